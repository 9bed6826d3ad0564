/**
 * The built-in example: a fictional cohort modelled on the description of
 * the intervention Balder in the seeds (young adults 18–29 with mental ill
 * health; 63 evaluated participants; at exit 6 in unsubsidised work, 19 in
 * subsidised work, 11 in studies). The people and groups are invented; only
 * the shape follows the published description.
 */
import {
  defaultAnalysesSettings,
  sotTargetPercents,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type Group,
  type IncomeItem,
  type Scenario,
  type Situation,
} from './schema';
import type { Gender } from './types';
import { NO_WHAT_IF } from './evaluation/what-if';

const sit = (...income: IncomeItem[]): Situation => ({ income, resources: [] });
const ae = (extent = 1): IncomeItem => ({ source: 'aktivitetsersattning', extent });
const eb = (extent = 1): IncomeItem => ({ source: 'ekonomisktBistand', extent });
const sp = (extent = 1): IncomeItem => ({ source: 'sjukpenning', extent });
const none = (): IncomeItem => ({ source: 'ingenOffentligForsorjning', extent: 1 });
const work = (extent = 1): IncomeItem => ({ source: 'osubventioneratArbete', extent });
const subs = (extent = 1, subsidyShare = 0.8): IncomeItem => ({
  source: 'subventioneratArbete',
  extent,
  subsidyShare,
});
const study = (school: IncomeItem['school'] = 'komvux'): IncomeItem => ({
  source: 'studier',
  extent: 1,
  school,
});

const g = (
  id: string,
  count: number,
  gender: Gender,
  label: string,
  before: Situation,
  after: Situation,
): Group => ({
  id,
  label,
  count,
  gender,
  before,
  after,
});

export const EXAMPLE_GROUPS: Group[] = [
  g('g01', 3, 'kvinna', 'Aktivitetsersättning → arbete 75 %', sit(ae()), sit(work(0.75))),
  g('g02', 3, 'man', 'Ingen försörjning → arbete heltid', sit(none()), sit(work())),
  g(
    'g03',
    5,
    'kvinna',
    'Aktivitetsersättning → lönebidrag 50 %',
    sit(ae()),
    sit(subs(0.5), ae(0.5)),
  ),
  g('g04', 4, 'man', 'Ekonomiskt bistånd → lönebidrag heltid', sit(eb()), sit(subs())),
  g('g05', 5, 'man', 'Ingen försörjning → nystartsjobb', sit(none()), sit(subs(1, 0.45))),
  g(
    'g06',
    5,
    'kvinna',
    'Sjukpenning → subventionerat arbete 75 %',
    sit(sp()),
    sit(subs(0.75, 0.6), sp(0.25)),
  ),
  g('g07', 4, 'man', 'Aktivitetsersättning → komvux', sit(ae()), sit(study('komvux'))),
  g('g08', 3, 'kvinna', 'Ekonomiskt bistånd → komvux', sit(eb()), sit(study('komvux'))),
  g('g09', 4, 'man', 'Ingen försörjning → folkhögskola', sit(none()), sit(study('folkhogskola'))),
  g('g10', 8, 'kvinna', 'Aktivitetsersättning, fortsatt rehabilitering', sit(ae()), sit(ae())),
  g('g11', 6, 'man', 'Aktivitetsersättning, fortsatt rehabilitering', sit(ae()), sit(ae())),
  g(
    'g12',
    3,
    'kvinna',
    'Ingen försörjning → arbetssökande',
    sit(none()),
    sit({ source: 'arbetssokandeUtanErsattning', extent: 1 }),
  ),
  g(
    'g13',
    4,
    'man',
    'Ekonomiskt bistånd → aktivitetsstöd',
    sit(eb()),
    sit({ source: 'aktivitetsstod', extent: 1 }),
  ),
  g('g14', 3, 'kvinna', 'Ekonomiskt bistånd, fortsatt rehabilitering', sit(eb()), sit(eb())),
  g(
    'g15',
    3,
    'man',
    'Sjukpenning → sjukpenning 50 % och aktivitetsstöd 50 %',
    sit(sp()),
    sit(sp(0.5), { source: 'aktivitetsstod', extent: 0.5 }),
  ),
];

/**
 * A fresh copy of the example scenario. It pins no parameter set: its 2017
 * cohort is valued with the rules of 2017, and its results are in 2017 prices.
 */
export function exampleScenario(): Scenario {
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    title: 'Exempel (fiktivt): unga vuxna med psykisk ohälsa',
    description:
      'Fiktiv kohort som följer beskrivningen av insatsen Balder (Insjöriket 2017): 63 utvärderade deltagare 18–29 år; vid avslut 6 i osubventionerat arbete, 19 i subventionerat arbete och 11 i studier. Kostnad 4 750 000 kr för årets 152 deltagare (≈ 31 000 kr per deltagare). / Fictional cohort following the description of Balder.',
    parameterSets: [],
    // The Balder report counts the remaining potential over ten years to retirement.
    valuation: { activitySupportPayer: 'fk', yearsToRetirement: 10 },
    financing: { kommun: 0.25, region: 0.25, af: 0.25, fk: 0.25, ovrigStat: 0 },
    horizonYears: 5,
    cohorts: [
      {
        id: 'c2017',
        name: 'Deltagare 2017',
        year: 2017,
        cost: { mode: 'annualShare', annualBudget: 4_750_000, annualParticipants: 152 },
        groups: structuredClone(EXAMPLE_GROUPS),
      },
    ],
    customResources: [],
    appraisal: {
      discountRate: 0,
      persistence: { work: 1, studies: 1, other: 1 },
      deadweight: 0,
      attribution: 1,
    },
    uncertainty: {
      seed: 1,
      draws: 10_000,
      distribution: 'triangular',
      distributions: {},
      paybackTargetMonths: 12,
    },
    // The fictional example shows the Analyser tab's målbild with the SOT Västerås targets.
    analyses: { ...defaultAnalysesSettings(), ...sotTargetPercents() },
    whatIf: { ...NO_WHAT_IF },
  };
}
