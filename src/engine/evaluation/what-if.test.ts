/**
 * The what-if settings (MODEL.md §7) on small cohorts: converting subsidised work keeps
 * the job's wage, a common subsidy level changes only the subsidised items, the delay
 * years of studies → work, care reductions of converted students, and extra funds
 * without a budget. Expected values are hand calculations from one person's step
 * (stepValue) and the year's parameters, or the same figures reached another way.
 */
import { describe, expect, it } from 'vitest';
import {
  ae,
  eb,
  group as anyGroup,
  oneCohortScenario,
  sit,
  study,
  subs,
  work,
} from '../../../tests/support/scenario-builders';
import { evaluatePrepared, evaluateScenario, prepare, stepValue } from '../evaluate';
import { defaultParamValues } from '../parameters';
import { type Group, type Situation } from '../schema';
import { PERSPECTIVES } from '../types';
import { NO_WHAT_IF } from './what-if';

// The example's cohort is of 2017: valued with the rules of 2017, in 2017 prices.
const params = defaultParamValues(2017);

/** A group of women (gender does not enter these figures). */
const group = (id: string, count: number, before: Situation, after: Situation): Group =>
  anyGroup(id, count, 'kvinna', before, after);

const scenario = oneCohortScenario;

describe('subsidised → unsubsidised work', () => {
  it('keeps the wage of the job: the same figures as unsubsidised work at that wage', () => {
    // 30 000 kr a month, not the reference wage (25 000): a lost wage would show.
    const wage = 30_000;
    const converted = evaluateScenario(
      scenario(
        [group('a', 2, sit(eb()), sit({ ...subs(1, 0.6), monthlyWage: wage }))],
        (s) => (s.whatIf.subsidisedToUnsubsidisedShare = 1),
      ),
    ).total;
    const direct = evaluateScenario(
      scenario([group('a', 2, sit(eb()), sit({ ...work(1), monthlyWage: wage }))]),
    ).total;
    for (const p of PERSPECTIVES)
      expect(converted.yearlyRevenue[p], p).toBeCloseTo(direct.yearlyRevenue[p], 4);
    // And it is not the reference wage's figure.
    const atReference = stepValue(sit(eb()), sit(work()), params).individ;
    expect(Math.abs(direct.yearlyRevenue.individ - 2 * atReference)).toBeGreaterThan(1000);
  });
});

describe('a common subsidy level', () => {
  it('sets the subsidy of the subsidised work: half of the capped labour cost, paid by af', () => {
    // 1 person, social assistance → full-time subsidised work at the reference wage; level 50 %.
    const r = evaluateScenario(
      scenario([group('a', 1, sit(eb()), sit(subs(1, 0.9)))], (s) => (s.whatIf.subsidyShare = 0.5)),
    ).total;
    // The subsidy is paid on the wage up to the year's ceiling, with employer contributions.
    const capped = Math.min(params.referenceMonthlyWage, params.wageSubsidyCeilingPerMonth);
    const subsidy = capped * 12 * (1 + params.employerContributionRate) * 0.5;
    expect(-r.components.af.subsidy).toBeCloseTo(subsidy, 4);
  });

  it('gives a situation the same identity as a participant’s own situation at that level', () => {
    // Group a's situation at subsidy 0 is group b's situation: one situation, valued once.
    // The aktivitetsersättning beside the job keeps no subsidy share of its own.
    const s = scenario(
      [
        group('a', 1, sit(eb()), sit(subs(0.5, 0.8), ae(0.5))),
        group('b', 1, sit(eb()), sit(subs(0.5, 0), ae(0.5))),
      ],
      (x) => (x.whatIf.subsidyShare = 0.5),
    );
    const r = evaluateScenario(s);
    // Before: 1; after: a and b; the level 0 of both is b; the level 1 of both is one more.
    expect(r.stats.situations).toBe(4);
  });
});

describe('studies → work with a delay', () => {
  // 2 persons social assistance → subsidised work, 2 → studies.
  const groups = [
    group('a', 2, sit(eb()), sit(subs(1, 0.8))),
    group('b', 2, sit(eb()), sit(study())),
  ];
  const prep = prepare(scenario(groups));

  it('values the delay years with the subsidised-work conversion alone', () => {
    const delayed = evaluatePrepared(prep, {
      ...NO_WHAT_IF,
      subsidisedToUnsubsidisedShare: 0.5,
      studiesToWorkShare: 1,
      studiesToWorkDelayYears: 2,
    }).total;
    const subsidisedOnly = evaluatePrepared(prep, {
      ...NO_WHAT_IF,
      subsidisedToUnsubsidisedShare: 0.5,
    }).total;
    const both = evaluatePrepared(prep, {
      ...NO_WHAT_IF,
      subsidisedToUnsubsidisedShare: 0.5,
      studiesToWorkShare: 1,
    }).total;
    for (const p of PERSPECTIVES) {
      expect(delayed.revenueByYear[0][p], p).toBeCloseTo(subsidisedOnly.yearlyRevenue[p], 4);
      expect(delayed.revenueByYear[1][p], p).toBeCloseTo(subsidisedOnly.yearlyRevenue[p], 4);
      expect(delayed.revenueByYear[2][p], p).toBeCloseTo(both.yearlyRevenue[p], 4);
    }
    // Hand check of the first year: 2 × (half subsidised, half unsubsidised work) + 2 × studies.
    const toSubs = stepValue(sit(eb()), sit(subs(1, 0.8)), params).samhalle;
    const toWork = stepValue(sit(eb()), sit(work()), params).samhalle;
    const toStudies = stepValue(sit(eb()), sit(study()), params).samhalle;
    expect(delayed.revenueByYear[0].samhalle).toBeCloseTo(
      2 * (0.5 * toSubs + 0.5 * toWork) + 2 * toStudies,
      4,
    );
  });
});

describe('care reductions with persistence per outcome type', () => {
  it('count the converted students with the work type, fading at its rate', () => {
    // 3 persons social assistance → studies, all converted to work; 2 primary care visits fewer
    // each. Work lasts (persistence 1), studies are gone after year 1 (persistence 0).
    const r = evaluateScenario(
      scenario([group('a', 3, sit(eb()), sit(study()))], (s) => {
        s.appraisal.persistence = { work: 1, studies: 0, other: 1 };
        s.whatIf.studiesToWorkShare = 1;
        s.whatIf.fewerPrimaryCareVisits = 2;
      }),
    ).total;
    // Year 2: all 3 in work at full effect, with their 2 visits each: the region gains
    // 3 × (step to work) + 3 × 2 × the cost of a visit.
    const toWork = stepValue(sit(eb()), sit(work()), params).region;
    expect(r.revenueByYear[1].region).toBeCloseTo(
      3 * toWork + 3 * 2 * params.costPrimaryCareVisit,
      4,
    );
  });
});

describe('extra funds without a budget', () => {
  const groups = [group('a', 2, sit(eb()), sit(work()))];
  const free = (extra: number) =>
    evaluateScenario(
      scenario(groups, (s) => {
        s.cohorts[0].cost = { mode: 'total', budget: 0 };
        s.whatIf.extraFunds = extra;
      }),
    );

  it('scale nothing: no budget to spend them like', () => {
    const r = free(50_000);
    expect(r.total.participants).toBe(2);
    expect(r.total.yearlyRevenue.samhalle).toBeCloseTo(
      2 * stepValue(sit(eb()), sit(work()), params).samhalle,
      4,
    );
    expect(r.warnings.map((w) => w.code)).toContain('extraFundsWithoutCost');
  });

  it('and without extra funds a zero budget is just that', () => {
    const r = free(0);
    expect(r.total.participants).toBe(2);
    expect(r.total.cost.samhalle).toBe(0);
    expect(r.warnings.map((w) => w.code)).not.toContain('extraFundsWithoutCost');
    expect(r.warnings.map((w) => w.code)).toContain('zeroCost');
  });
});
