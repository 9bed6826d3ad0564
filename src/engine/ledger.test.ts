/**
 * The ledger's entries, one situation at a time (MODEL.md §2–5): which actor
 * pays or bears what, of which component and kind. The property tests prove
 * that the entries balance; these prove that each figure lands on the right
 * actor with the right sign. The parameters are round numbers so that every
 * expected amount is a hand calculation written out beside it.
 */
import { describe, expect, it } from 'vitest';
import {
  effectiveSubsidyShare,
  incomeItemEntries,
  labourCost,
  ledgerFor,
  makeContext,
  partyRow,
  productionValue,
  rowTotal,
  SOCIETY_ROW,
  subsidyPerYear,
  summarise,
  type LedgerContext,
  type LedgerEntry,
} from './ledger';
import { defaultParamValues, type ParamValues } from './parameters';
import type { IncomeItem, Situation } from './schema';
import type { Component, Party } from './types';

/**
 * Round parameters (the rest as in 2025, unused here): contributions 30 %, indirect taxes
 * 25 %, a reference wage of 20 000 kr/month, and a tax scale simple enough to follow by
 * hand. With a price base amount of 10 000 kr every taxable income here is above
 * 7.88 PBB, so the grundavdrag is 0.293 × 10 000 = 2 930, rounded up to 3 000 kr
 * (IL 63 kap. 3 §). The jobbskatteavdrag base is flat at 5 PBB = 50 000 kr above 3 PBB.
 * The reduction for sjuk- och aktivitetsersättning is 10 % of the benefit times the local
 * rate; the reduction for förvärvsinkomst 1 % of the taxable income, at most 500 kr.
 */
const P: ParamValues = {
  ...defaultParamValues(2025),
  referenceMonthlyWage: 20_000,
  employerContributionRate: 0.3,
  indirectTaxRate: 0.25,
  employerContributionRateYouth15to18: 0.1,
  employerContributionRateYouth19to23: 0.15,
  employerContributionRateYouth24to25: 0.2,
  employerContributionYouthWageCap: 0,
  defaultSubsidyShare: 0.5,
  wageSubsidyCeilingPerMonth: 16_000,
  newStartJobCeilingPerMonth: 12_000,
  wageSubsidyCeilingIncludesContributions: 0,
  wageSubsidyCeilingProRata: 1,
  prisbasbelopp: 10_000,
  municipalTaxRate: 0.2,
  regionalTaxRate: 0.1,
  stateIncomeTaxRate: 0.2,
  stateIncomeTaxThreshold: 200_000,
  upperStateTaxRate: 0,
  upperStateTaxThreshold: 0,
  jobTaxCreditStep1Pbb: 1,
  jobTaxCreditStep2Pbb: 2,
  jobTaxCreditStep3Pbb: 3,
  jobTaxCreditRate2: 0.5,
  jobTaxCreditBaseAtStep2Pbb: 1.5,
  jobTaxCreditRate3: 3.5,
  jobTaxCreditMaxPbb: 5,
  jobTaxCreditPhaseOutPbb: 0,
  jobTaxCreditPhaseOutRate: 0,
  sickCompensationCreditStep1Pbb: 100,
  sickCompensationCreditRate1: 0.1,
  sickCompensationCreditStep2Pbb: 100,
  sickCompensationCreditRate2: 0.1,
  sickCompensationCreditBaseAtStep2Pbb: 10,
  sickCompensationCreditRate3: 0.1,
  sickCompensationCreditLessAllowance: 0,
  sickCompensationCreditMinShare: 0,
  incomeCreditThreshold: 0,
  incomeCreditRate: 0.01,
  incomeCreditMax: 500,
  temporaryWorkCreditFloor: 0,
  temporaryWorkCreditRate: 0,
  temporaryWorkCreditMax: 0,
  temporaryWorkCreditPhaseOutFrom: 0,
  temporaryWorkCreditPhaseOutRate: 0,
  unemploymentBenefitPerYear: 100_000,
  activitySupportPerYear: 90_000,
  disabilityPensionPerYear: 100_000,
  socialAssistancePerYear: 80_000,
  handlingAfJobseeker: 20_000,
  handlingAfSubsidisedWork: 10_000,
  handlingUnemploymentFund: 5_000,
  handlingFkLongTerm: 6_000,
  handlingSocialAssistance: 15_000,
  programmeCostPerYear: 30_000,
  costPrimaryCareVisit: 2_000,
  costSocialServicesHour: 500,
};

const ctx = (params: Partial<ParamValues> = {}, options: Parameters<typeof makeContext>[2] = {}) =>
  makeContext({ ...P, ...params }, [], options);

const real = (component: Component, bearer: Party, amount: number, source: string) =>
  ({ kind: 'real', component, bearer, amount, source }) as const;
const fin = (component: Component, from: Party, to: Party, amount: number, source: string) =>
  ({ kind: 'financial', component, from, to, amount, source }) as const;

/** Entries as comparable text, in any order, amounts to the öre (no float noise, no −0). */
const key = (e: LedgerEntry) =>
  [
    e.kind,
    e.component,
    e.kind === 'real' ? e.bearer : `${e.from}→${e.to}`,
    e.source,
    (Math.round(e.amount * 100) / 100 + 0).toFixed(2),
  ].join(' | ');
const sameEntries = (actual: readonly LedgerEntry[], expected: readonly LedgerEntry[]) =>
  expect(actual.map(key).sort()).toEqual(expected.map(key).sort());

const sit = (income: IncomeItem[], more: Partial<Situation> = {}): Situation => ({
  income,
  resources: [],
  ...more,
});

/** Each actor's net effect and society's real effect of a situation. */
function byActor(s: Situation, c: LedgerContext) {
  const m = summarise(ledgerFor(s, c));
  const row = (p: Party) => rowTotal(m, partyRow(p));
  return {
    kommun: row('kommun'),
    region: row('region'),
    af: row('af'),
    fk: row('fk'),
    ovrigStat: row('ovrigStat'),
    individ: row('individ'),
    arbetsgivare: row('arbetsgivare'),
    samhalle: rowTotal(m, SOCIETY_ROW),
  };
}

function expectActors(actual: ReturnType<typeof byActor>, expected: ReturnType<typeof byActor>) {
  for (const k of Object.keys(expected) as (keyof typeof expected)[])
    expect(actual[k], k).toBeCloseTo(expected[k], 6);
}

describe('a full-time unsubsidised job (MODEL.md §3)', () => {
  const s = sit([{ source: 'osubventioneratArbete', extent: 1 }]);

  it('books production, wage, contributions, indirect taxes and the income tax by actor', () => {
    // Wage 20 000 × 12 = 240 000; contributions 0.3 × 240 000 = 72 000; labour cost 312 000;
    // indirect taxes 0.25 × 312 000 = 78 000; production 312 000 + 78 000 = 390 000.
    // Income tax on 240 000: grundavdrag 3 000, taxable 237 000; kommun 0.2 × 237 000 =
    // 47 400; region 0.1 × 237 000 = 23 700; state 0.2 × (237 000 − 200 000) = 7 400;
    // jobbskatteavdrag (50 000 − 3 000) × 0.3 = 14 100; förvärvsinkomst min(1 % × 237 000,
    // 500) = 500. No subsidy and no sick-compensation reduction, so no such entries.
    sameEntries(ledgerFor(s, ctx()), [
      real('production', 'arbetsgivare', 390_000, 'osubventioneratArbete'),
      fin('wage', 'arbetsgivare', 'individ', 240_000, 'osubventioneratArbete'),
      fin('tax', 'arbetsgivare', 'ovrigStat', 72_000, 'osubventioneratArbete'),
      fin('tax', 'arbetsgivare', 'ovrigStat', 78_000, 'osubventioneratArbete'),
      fin('tax', 'individ', 'kommun', 47_400, 'incomeTax'),
      fin('tax', 'individ', 'region', 23_700, 'incomeTax'),
      fin('tax', 'individ', 'ovrigStat', 7_400, 'incomeTax'),
      fin('tax', 'ovrigStat', 'individ', 14_100, 'jobTaxCredit'),
      fin('tax', 'ovrigStat', 'individ', 500, 'incomeCredit'),
    ]);
  });

  it('leaves the individual the wage net of tax and the state the contributions and taxes', () => {
    // individ 240 000 − 47 400 − 23 700 − 7 400 + 14 100 + 500 = 176 100;
    // ovrigStat 72 000 + 78 000 + 7 400 − 14 100 − 500 = 142 800; the employer nets zero.
    expectActors(byActor(s, ctx()), {
      kommun: 47_400,
      region: 23_700,
      af: 0,
      fk: 0,
      ovrigStat: 142_800,
      individ: 176_100,
      arbetsgivare: 0,
      samhalle: 390_000,
    });
  });
});

describe('a subsidised job (MODEL.md §3)', () => {
  it('a half-time lönebidrag job pays the share of the labour cost up to the pro-rata ceiling, from af to the employer', () => {
    const s = sit([{ source: 'subventioneratArbete', extent: 0.5, subsidyShare: 0.5 }]);
    // Wage 0.5 × 20 000 = 10 000 a month, 120 000 a year; contributions 36 000; labour 156 000.
    // Ceiling 16 000 × 0.5 = 8 000 on the wage, with contributions: 8 000 × 1.3 = 10 400 a
    // month; subsidy 0.5 × 10 400 × 12 = 62 400. Employer's net cost 156 000 − 62 400 =
    // 93 600; indirect taxes 0.25 × 93 600 = 23 400; production 117 000.
    // Tax on 120 000: taxable 117 000; kommun 23 400; region 11 700; no state tax;
    // jobbskatteavdrag 14 100; förvärvsinkomst 500. af handles the job: 0.5 × 10 000 = 5 000.
    sameEntries(ledgerFor(s, ctx()), [
      real('production', 'arbetsgivare', 117_000, 'subventioneratArbete'),
      fin('wage', 'arbetsgivare', 'individ', 120_000, 'subventioneratArbete'),
      fin('tax', 'arbetsgivare', 'ovrigStat', 36_000, 'subventioneratArbete'),
      fin('tax', 'arbetsgivare', 'ovrigStat', 23_400, 'subventioneratArbete'),
      fin('subsidy', 'af', 'arbetsgivare', 62_400, 'subventioneratArbete'),
      real('handling', 'af', -5_000, 'subventioneratArbete'),
      fin('tax', 'individ', 'kommun', 23_400, 'incomeTax'),
      fin('tax', 'individ', 'region', 11_700, 'incomeTax'),
      fin('tax', 'ovrigStat', 'individ', 14_100, 'jobTaxCredit'),
      fin('tax', 'ovrigStat', 'individ', 500, 'incomeCredit'),
    ]);
    // af: −62 400 − 5 000; ovrigStat: 36 000 + 23 400 − 14 100 − 500 = 44 800;
    // individ: 120 000 − 23 400 − 11 700 + 14 100 + 500 = 99 500; society 117 000 − 5 000.
    expectActors(byActor(s, ctx()), {
      kommun: 23_400,
      region: 11_700,
      af: -67_400,
      fk: 0,
      ovrigStat: 44_800,
      individ: 99_500,
      arbetsgivare: 0,
      samhalle: 112_000,
    });
  });

  const full = { source: 'subventioneratArbete' as const, extent: 1, subsidyShare: 0.5 };

  it('a nystartsjobb is capped by its own ceiling on the wage, not by lönebidrag’s', () => {
    // min(20 000, 12 000) × 1.3 = 15 600 a month; 0.5 × 15 600 × 12 = 93 600.
    expect(subsidyPerYear({ ...full, subsidyForm: 'nystartsjobb' }, ctx())).toBeCloseTo(93_600, 6);
    // Even in a year whose lönebidrag ceiling is on the labour cost, nystartsjobb's stays on
    // the wage with contributions added.
    expect(
      subsidyPerYear(
        { ...full, subsidyForm: 'nystartsjobb' },
        ctx({ wageSubsidyCeilingIncludesContributions: 1 }),
      ),
    ).toBeCloseTo(93_600, 6);
  });

  it('lönebidrag with the ceiling on the labour cost caps the labour cost itself', () => {
    // Labour cost 20 000 × 1.3 = 26 000 a month, capped at 16 000; 0.5 × 16 000 × 12 = 96 000.
    const c = ctx({ wageSubsidyCeilingIncludesContributions: 1 });
    expect(subsidyPerYear(full, c)).toBeCloseTo(96_000, 6);
    expect(subsidyPerYear({ ...full, subsidyForm: 'lonebidrag' }, c)).toBeCloseTo(96_000, 6);
  });

  it('lönebidrag with the ceiling on the wage adds contributions to the capped wage', () => {
    // min(20 000, 16 000) × 1.3 = 20 800 a month; 0.5 × 20 800 × 12 = 124 800.
    expect(subsidyPerYear(full, ctx())).toBeCloseTo(124_800, 6);
  });

  it('a job without working time or without wage has an effective subsidy share of 0', () => {
    // No labour cost: the share shown in the inputs is 0, not 0/0.
    expect(effectiveSubsidyShare({ ...full, extent: 0 }, ctx())).toBe(0);
    expect(effectiveSubsidyShare({ ...full, monthlyWage: 0 }, ctx())).toBe(0);
  });

  it('production is the employer’s net labour cost with indirect taxes: e·W·12·(1+a)·(1−s)·(1+t)', () => {
    // 1 × 20 000 × 12 × 1.3 × (1 − 0.5) × 1.25 = 195 000.
    expect(productionValue(1, 20_000, 0.5, ctx())).toBeCloseTo(195_000, 6);
  });
});

describe('employer contributions of young people', () => {
  // 20 000 kr a month full time: 240 000 a year, plus the band's contributions.
  const cases = [
    // The reduced rates of the three youth bands.
    { band: '15-18', rate: 0.1, labour: 264_000 },
    { band: '19-23', rate: 0.15, labour: 276_000 },
    { band: '24-25', rate: 0.2, labour: 288_000 },
    // Older bands, and no band, pay the standard 30 %.
    { band: '26-29', rate: 0.3, labour: 312_000 },
    { band: '30-', rate: 0.3, labour: 312_000 },
    { band: undefined, rate: 0.3, labour: 312_000 },
  ] as const;

  it.each(cases)('age band $band pays $rate on the wage', ({ band, rate, labour }) => {
    const c = ctx({}, band ? { ageBand: band } : {});
    // labour = 240 000 × (1 + rate)
    expect(labourCost(1, 20_000, c)).toBeCloseTo(labour, 6);
    // The employer pays ovrigStat the contributions, 240 000 × rate, and the indirect taxes,
    // 0.25 × labour.
    const toState = ledgerFor(sit([{ source: 'osubventioneratArbete', extent: 1 }]), c)
      .filter((e) => e.kind === 'financial' && e.from === 'arbetsgivare' && e.to === 'ovrigStat')
      .map((e) => e.amount)
      .sort((a, b) => a - b);
    expect(toState).toEqual([expect.closeTo(240_000 * rate, 6), expect.closeTo(0.25 * labour, 6)]);
  });

  it('pays the reduced rate only on the monthly wage up to the cap, on what the person earns', () => {
    // Cap 15 000 kr a month, band 19–23, 20 000 kr a month at full time:
    // 0.15 × 15 000 + 0.3 × 5 000 = 2 250 + 1 500 = 3 750 a month, 45 000 a year;
    // labour cost 240 000 + 45 000 = 285 000.
    const c = ctx({ employerContributionYouthWageCap: 15_000 }, { ageBand: '19-23' });
    expect(labourCost(1, 20_000, c)).toBeCloseTo(285_000, 6);
    const contributions = ledgerFor(sit([{ source: 'osubventioneratArbete', extent: 1 }]), c)
      .filter((e) => e.kind === 'financial' && e.from === 'arbetsgivare' && e.to === 'ovrigStat')
      .map((e) => e.amount);
    // The contributions and the indirect taxes 0.25 × 285 000 = 71 250.
    expect(contributions.sort((a, b) => a - b)).toEqual([
      expect.closeTo(45_000, 6),
      expect.closeTo(71_250, 6),
    ]);
    // Half time at 40 000 kr: the person earns 20 000 a month, so the same 3 750 a month.
    expect(labourCost(0.5, 40_000, c)).toBeCloseTo(285_000, 6);
  });
});

describe('benefits (MODEL.md §4)', () => {
  it('a-kassa is paid by ovrigStat, taxed without the sick-compensation reduction, and handled by the fund and af', () => {
    // Benefit 100 000; tax on 100 000: taxable 97 000; kommun 19 400; region 9 700; no state
    // tax, no jobbskatteavdrag (no work), no reduction for sjukersättning (it is not one);
    // förvärvsinkomst min(970, 500) = 500. Handling: the fund 5 000, af 20 000. No programme.
    const s = sit([{ source: 'arbetsloshetsersattning', extent: 1 }]);
    sameEntries(ledgerFor(s, ctx()), [
      fin('benefit', 'ovrigStat', 'individ', 100_000, 'arbetsloshetsersattning'),
      real('handling', 'ovrigStat', -5_000, 'arbetsloshetsersattning'),
      real('handling', 'af', -20_000, 'arbetsloshetsersattning'),
      fin('tax', 'individ', 'kommun', 19_400, 'incomeTax'),
      fin('tax', 'individ', 'region', 9_700, 'incomeTax'),
      fin('tax', 'ovrigStat', 'individ', 500, 'incomeCredit'),
    ]);
    // individ 100 000 − 19 400 − 9 700 + 500 = 71 400; ovrigStat −100 000 − 5 000 − 500.
    expectActors(byActor(s, ctx()), {
      kommun: 19_400,
      region: 9_700,
      af: -20_000,
      fk: 0,
      ovrigStat: -105_500,
      individ: 71_400,
      arbetsgivare: 0,
      samhalle: -25_000,
    });
  });

  it('aktivitetsstöd is paid by Försäkringskassan and carries a programme cost borne by af', () => {
    // Benefit 90 000 (fk); programme 1 × 30 000 consumed by af; af's handling 20 000.
    // Tax on 90 000: taxable 87 000; kommun 17 400; region 8 700; förvärvsinkomst 500.
    const s = sit([{ source: 'aktivitetsstod', extent: 1 }]);
    sameEntries(ledgerFor(s, ctx()), [
      fin('benefit', 'fk', 'individ', 90_000, 'aktivitetsstod'),
      real('programme', 'af', -30_000, 'aktivitetsstod'),
      real('handling', 'af', -20_000, 'aktivitetsstod'),
      fin('tax', 'individ', 'kommun', 17_400, 'incomeTax'),
      fin('tax', 'individ', 'region', 8_700, 'incomeTax'),
      fin('tax', 'ovrigStat', 'individ', 500, 'incomeCredit'),
    ]);
    // af −30 000 − 20 000; fk −90 000; individ 90 000 − 17 400 − 8 700 + 500 = 64 400.
    expectActors(byActor(s, ctx()), {
      kommun: 17_400,
      region: 8_700,
      af: -50_000,
      fk: -90_000,
      ovrigStat: -500,
      individ: 64_400,
      arbetsgivare: 0,
      samhalle: -50_000,
    });
  });

  it('sjukersättning gets its own tax reduction, borne by ovrigStat', () => {
    // Benefit 100 000 (fk); tax: taxable 97 000; kommun 19 400; region 9 700; reduction for
    // sjukersättning 10 % × 100 000 × 0.3 = 3 000; förvärvsinkomst min(970, 500) = 500.
    const s = sit([{ source: 'sjukersattning', extent: 1 }]);
    sameEntries(ledgerFor(s, ctx()), [
      fin('benefit', 'fk', 'individ', 100_000, 'sjukersattning'),
      real('handling', 'fk', -6_000, 'sjukersattning'),
      fin('tax', 'individ', 'kommun', 19_400, 'incomeTax'),
      fin('tax', 'individ', 'region', 9_700, 'incomeTax'),
      fin('tax', 'ovrigStat', 'individ', 3_000, 'sickCompensationCredit'),
      fin('tax', 'ovrigStat', 'individ', 500, 'incomeCredit'),
    ]);
    // individ 100 000 − 19 400 − 9 700 + 3 000 + 500 = 74 400; ovrigStat −3 500.
    expectActors(byActor(s, ctx()), {
      kommun: 19_400,
      region: 9_700,
      af: 0,
      fk: -106_000,
      ovrigStat: -3_500,
      individ: 74_400,
      arbetsgivare: 0,
      samhalle: -6_000,
    });
  });

  it('tax-free försörjningsstöd books no income tax at all', () => {
    // 80 000 from kommun, untaxed; kommun's handling 15 000. Nothing to tax, nothing to reduce.
    sameEntries(ledgerFor(sit([{ source: 'ekonomisktBistand', extent: 1 }]), ctx()), [
      fin('benefit', 'kommun', 'individ', 80_000, 'ekonomisktBistand'),
      real('handling', 'kommun', -15_000, 'ekonomisktBistand'),
    ]);
  });
});

describe('studies (MODEL.md §4–5)', () => {
  // Round costs for the test: a study year at komvux 60 000, gymnasium 100 000, folkhögskola
  // 80 000 kr; the grant 30 000 kr a year; CSN's handling 2 000 kr a year.
  const studies = {
    educationCostKomvux: 60_000,
    educationCostGymnasium: 100_000,
    educationCostFolkhogskola: 80_000,
    studyGrantPerYear: 30_000,
    handlingCsn: 2_000,
  };

  it('a half-time student without a school named is at komvux, paid for by kommun, with a tax-free grant', () => {
    // Grant 0.5 × 30 000 = 15 000 from ovrigStat, not taxed (no income tax entries at all);
    // komvux 0.5 × 60 000 = 30 000 consumed by kommun; CSN's handling 0.5 × 2 000 = 1 000.
    const s = sit([{ source: 'studier', extent: 0.5 }]);
    sameEntries(ledgerFor(s, ctx(studies)), [
      fin('benefit', 'ovrigStat', 'individ', 15_000, 'studier'),
      real('education', 'kommun', -30_000, 'studier'),
      real('handling', 'ovrigStat', -1_000, 'studier'),
    ]);
    expectActors(byActor(s, ctx(studies)), {
      kommun: -30_000,
      region: 0,
      af: 0,
      fk: 0,
      ovrigStat: -16_000,
      individ: 15_000,
      arbetsgivare: 0,
      samhalle: -31_000,
    });
  });

  it('the school decides the cost and who bears it: gymnasium kommun, folkhögskola the state', () => {
    const education = (school: IncomeItem['school']) =>
      ledgerFor(sit([{ source: 'studier', extent: 1, school }]), ctx(studies)).filter(
        (e) => e.component === 'education',
      );
    sameEntries(education('komvux'), [real('education', 'kommun', -60_000, 'studier')]);
    sameEntries(education('gymnasium'), [real('education', 'kommun', -100_000, 'studier')]);
    sameEntries(education('folkhogskola'), [real('education', 'ovrigStat', -80_000, 'studier')]);
  });
});

describe('a source at zero extent', () => {
  it('books nothing and adds nothing to the income taxed', () => {
    expect(ledgerFor(sit([{ source: 'osubventioneratArbete', extent: 0 }]), ctx())).toEqual([]);
    expect(ledgerFor(sit([{ source: 'arbetsloshetsersattning', extent: 0 }]), ctx())).toEqual([]);
    const out: LedgerEntry[] = [];
    expect(incomeItemEntries({ source: 'sjukersattning', extent: 0 }, ctx(), out)).toEqual({
      taxable: 0,
      work: 0,
      sick: 0,
    });
    expect(out).toEqual([]);
  });

  it('leaves the income tax of the rest of the year as it is', () => {
    // The full-time job's tax as above: kommun 47 400, region 23 700, state 7 400.
    const m = byActor(
      sit([
        { source: 'osubventioneratArbete', extent: 1 },
        { source: 'sjukpenning', extent: 0 },
      ]),
      ctx(),
    );
    expect(m.kommun).toBeCloseTo(47_400, 6);
    expect(m.region).toBeCloseTo(23_700, 6);
    expect(m.individ).toBeCloseTo(176_100, 6);
  });
});

describe('registration at Arbetsförmedlingen (MODEL.md §4)', () => {
  it('a registered person on försörjningsstöd carries af’s handling of a job seeker', () => {
    const s = sit([{ source: 'ekonomisktBistand', extent: 1 }], { registered: true });
    const reg = ledgerFor(s, ctx()).filter((e) => e.source === 'registration');
    // Nothing else carries af's handling: the whole 20 000.
    sameEntries(reg, [real('handling', 'af', -20_000, 'registration')]);
    expect(byActor(s, ctx()).af).toBeCloseTo(-20_000, 6);
  });

  it('adds nothing when a-kassa already carries it, or when the person is not registered', () => {
    const covered = sit([{ source: 'arbetsloshetsersattning', extent: 1 }], { registered: true });
    expect(ledgerFor(covered, ctx()).filter((e) => e.source === 'registration')).toEqual([]);
    const notRegistered = sit([{ source: 'ekonomisktBistand', extent: 1 }]);
    expect(ledgerFor(notRegistered, ctx()).filter((e) => e.source === 'registration')).toEqual([]);
  });
});

describe('resource use (MODEL.md §5)', () => {
  const custom = [{ id: 'boendestod', name: 'Boendestöd', unitCost: 700, bearer: 'fk' as const }];

  it('care is borne by the region, social services by kommun, an own item by its payer', () => {
    const c = makeContext(P, custom);
    const s: Situation = {
      income: [],
      resources: [
        { item: 'vardcentralBesok', quantity: 3 },
        { item: 'socialtjanstStodTimme', quantity: 10 },
        { item: 'boendestod', quantity: 4 },
      ],
    };
    // 3 visits × 2 000 = 6 000 (region, care); 10 hours × 500 = 5 000 (kommun, other
    // resources); 4 × 700 = 2 800 (fk, other resources).
    sameEntries(ledgerFor(s, c), [
      real('care', 'region', -6_000, 'vardcentralBesok'),
      real('otherResources', 'kommun', -5_000, 'socialtjanstStodTimme'),
      real('otherResources', 'fk', -2_800, 'boendestod'),
    ]);
  });

  it('books nothing for a use of zero, or for an item the scenario does not define', () => {
    const c = makeContext(P, custom);
    const s: Situation = {
      income: [],
      resources: [
        { item: 'psykiatriVarddygn', quantity: 0 },
        { item: 'boendestod', quantity: 0 },
        { item: 'borttagen', quantity: 5 },
      ],
    };
    expect(ledgerFor(s, c)).toEqual([]);
  });

  it('a context made without own resources knows none', () => {
    expect([...makeContext(P).customResources.keys()]).toEqual([]);
    expect([...makeContext(P, custom).customResources.keys()]).toEqual(['boendestod']);
  });
});
