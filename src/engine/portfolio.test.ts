/**
 * The portfolio's totals, worked by hand: members are built from a budget
 * (Finsam 25 % each, indirect taxes 24.35 % on övrig stat) and a yearly
 * revenue per actor, and every expected figure is written out as the
 * arithmetic a reader can check. Then real saved scenarios: a single member's
 * totals are its own figures, members from different years are carried to
 * one price year by KPI, and a member with adjusted arithmetic is flagged and
 * counted with the reports' arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { NEUTRAL_SETTINGS, type AppraisalSettings, type Payback } from './appraisal';
import { evaluateScenario } from './evaluate';
import { exampleScenario } from './example';
import { parseScenario } from './schema';
import {
  evaluateMember,
  portfolioTotals,
  type MemberEvaluation,
  type MemberFigures,
  type PortfolioMemberInput,
} from './portfolio';
import { PERSPECTIVES, type PerspectiveVector } from './types';

type Revenue = Omit<PerspectiveVector, 'statenTotalt'>;

/** A cost vector by hand: each Finsam party 25 % of the budget, övrig stat the indirect taxes. */
function finsamCost(budget: number): PerspectiveVector {
  const quarter = budget / 4;
  const ovrigStat = budget * 0.2435;
  return {
    samhalle: budget * 1.2435,
    kommun: quarter,
    region: quarter,
    af: quarter,
    fk: quarter,
    ovrigStat,
    statenTotalt: 2 * quarter + ovrigStat,
    individ: 0,
  };
}

const withState = (r: Revenue): PerspectiveVector => ({
  ...r,
  statenTotalt: r.af + r.fk + r.ovrigStat,
});

/**
 * A member's figures from its budget and its revenue per year (the last one
 * lasting), appraised the reports' way: profit = years × R − C, payback
 * ceil(12 · C / R). Only the fixture uses this; the totals are worked by hand below.
 */
function figures(
  participants: number,
  budget: number,
  years: Revenue[],
  horizon = 5,
): MemberFigures {
  const cost = finsamCost(budget);
  const revenueByYear = years.map(withState);
  const sum = (n: number) => {
    const v = {} as PerspectiveVector;
    for (const p of PERSPECTIVES) {
      v[p] = -cost[p];
      for (let y = 0; y < n; y++) v[p] += revenueByYear[Math.min(y, years.length - 1)][p];
    }
    return v;
  };
  const R = revenueByYear[0];
  const payback = (p: Exclude<keyof PerspectiveVector, 'individ'>): Payback =>
    R[p] > 0 ? Math.ceil((12 * cost[p]) / R[p]) : 'neg';
  return {
    participants,
    budget,
    cost,
    revenueByYear,
    yearlyRevenue: R,
    profitYear1: sum(1),
    profitYear5: sum(5),
    profitHorizon: sum(horizon),
    paybackMonths: {
      samhalle: payback('samhalle'),
      kommun: payback('kommun'),
      region: payback('region'),
      statenTotalt: payback('statenTotalt'),
      af: payback('af'),
      fk: payback('fk'),
      ovrigStat: payback('ovrigStat'),
    },
  };
}

function member(
  key: string,
  fig: MemberFigures,
  o: {
    priceYear?: number;
    horizon?: number;
    appraisal?: AppraisalSettings;
    report?: MemberFigures;
  } = {},
): PortfolioMemberInput {
  const evaluation: MemberEvaluation = {
    ok: true,
    title: key,
    priceYear: o.priceYear ?? 2024,
    ruleYears: [o.priceYear ?? 2024],
    horizonYears: o.horizon ?? 5,
    appraisal: o.appraisal ?? NEUTRAL_SETTINGS,
    figures: fig,
    reportFigures: o.report ?? null,
  };
  return { key, label: key, evaluation };
}

// A: 10 participants, budget 500 000 kr (50 000 kr per participant).
const A = figures(10, 500_000, [
  {
    samhalle: 800_000,
    kommun: 300_000,
    region: 100_000,
    af: 50_000,
    fk: 150_000,
    ovrigStat: 200_000,
    individ: 60_000,
  },
]);
// B: 14 participants, budget 1 000 000 kr (71 429 kr per participant).
const B = figures(14, 1_000_000, [
  {
    samhalle: 600_000,
    kommun: 100_000,
    region: 50_000,
    af: -100_000,
    fk: 200_000,
    ovrigStat: 350_000,
    individ: 120_000,
  },
]);

describe('portfolio totals, by hand', () => {
  it('adds cost and revenue and appraises the sums: profit adds up, payback does not', () => {
    const p = portfolioTotals([member('A', A), member('B', B)]);
    const t = p.totals!;
    expect(p.priceYear).toBe(2024);
    expect(p.horizonYears).toBe(5);
    expect(p.adjusted).toBe(false);
    expect(t.participants).toBe(10 + 14);
    expect(t.budget).toBe(500_000 + 1_000_000);
    // Society's cost: 1 500 000 × 1.2435 = 621 750 + 1 243 500.
    expect(t.cost.samhalle).toBeCloseTo(1_865_250, 6);
    expect(t.cost.kommun).toBeCloseTo(125_000 + 250_000, 6);
    expect(t.cost.ovrigStat).toBeCloseTo(121_750 + 243_500, 6);
    expect(t.yearlyRevenue.samhalle).toBe(800_000 + 600_000);
    expect(t.yearlyRevenue.af).toBe(50_000 - 100_000);
    expect(t.yearlyRevenue.statenTotalt).toBe(400_000 + 450_000);
    // 1 400 000 − 1 865 250; 5 × 1 400 000 − 1 865 250.
    expect(t.profitYear1.samhalle).toBeCloseTo(-465_250, 6);
    expect(t.profitYear5.samhalle).toBeCloseTo(5_134_750, 6);
    expect(t.profitHorizon.samhalle).toBeCloseTo(5_134_750, 6);
    expect(t.profitYear1.individ).toBe(60_000 + 120_000);
    // ceil(12 × 1 865 250 / 1 400 000) = ceil(15.99) = 16 — not the mean of 10 and 25.
    expect(A.paybackMonths.samhalle).toBe(10);
    expect(B.paybackMonths.samhalle).toBe(25);
    expect(t.paybackMonths.samhalle).toBe(16);
    // kommun: ceil(12 × 375 000 / 400 000) = ceil(11.25); region: 12 × 375 000 / 150 000 = 30 exactly;
    // fk: ceil(12 × 375 000 / 350 000) = ceil(12.86); övrig stat: ceil(12 × 365 250 / 550 000) = ceil(7.97).
    expect(t.paybackMonths).toMatchObject({
      kommun: 12,
      region: 30,
      fk: 13,
      af: 'neg',
      ovrigStat: 8,
    });
    // 1 500 000 / 24; 1 400 000 / 1 865 250.
    expect(t.costPerParticipant).toBeCloseTo(62_500, 6);
    expect(t.revenuePerKrona).toBeCloseTo(0.75057, 5);
    expect(p.counts).toEqual({
      members: 2,
      included: 2,
      invalid: 0,
      missing: 0,
      settingsDiffer: 0,
    });
  });

  it('gives each financier what it puts in against what it gets back', () => {
    const p = portfolioTotals([member('A', A), member('B', B)]);
    const kommun = p.financiers.find((f) => f.actor === 'kommun')!;
    // In: 125 000 + 250 000. Back: 400 000 a year, 2 000 000 over 5 years.
    expect(kommun.putIn).toBeCloseTo(375_000, 6);
    expect(kommun.yearlyBack).toBe(400_000);
    expect(kommun.backOverHorizon).toBeCloseTo(2_000_000, 6);
    expect(kommun.net).toBeCloseTo(1_625_000, 6);
    expect(kommun.backPerKrona).toBeCloseTo(2_000_000 / 375_000, 9);
    expect(kommun.paybackMonths).toBe(12);
    const af = p.financiers.find((f) => f.actor === 'af')!;
    // In 375 000, back −50 000 a year: −250 000 over 5 years, net −625 000, never repaid.
    expect(af.backOverHorizon).toBeCloseTo(-250_000, 6);
    expect(af.net).toBeCloseTo(-625_000, 6);
    expect(af.paybackMonths).toBe('neg');
    expect(p.financiers.map((f) => f.actor)).toEqual(['kommun', 'region', 'af', 'fk', 'ovrigStat']);
  });

  it('ranks by payback, revenue per krona and cost per participant against the benchmarks', () => {
    // C: 20 participants, budget 2 000 000 kr (100 000 kr each), revenue 2 487 000 a year:
    // payback ceil(12 × 2 487 000 / 2 487 000) = 12, exactly the benchmark; 1 kr per krona.
    const C = figures(20, 2_000_000, [
      { samhalle: 2_487_000, kommun: 0, region: 0, af: 0, fk: 0, ovrigStat: 0, individ: 0 },
    ]);
    const p = portfolioTotals([member('B', B), member('C', C), member('A', A)]);
    const r = p.rankings;
    expect(r.payback.map((e) => [e.key, e.rank, e.paybackMonths, e.paybackMet])).toEqual([
      ['A', 1, 10, true],
      ['C', 2, 12, true],
      ['B', 3, 25, false],
    ]);
    // A: 800 000 / 621 750 = 1.287; C: 1.000; B: 600 000 / 1 243 500 = 0.483.
    expect(r.revenuePerKrona.map((e) => [e.key, e.revenueMet])).toEqual([
      ['A', true],
      ['C', true],
      ['B', false],
    ]);
    expect(r.revenuePerKrona[2].revenuePerKrona).toBeCloseTo(600_000 / 1_243_500, 9);
    // 50 000 ≤ 64 000; 64 000 < 71 429 ≤ 82 000; 100 000 > 82 000.
    expect(r.costPerParticipant.map((e) => [e.key, e.costBand])).toEqual([
      ['A', 'withinStandard'],
      ['B', 'withinNns'],
      ['C', 'aboveNns'],
    ]);
    expect(p.benchmarks).toEqual({
      paybackMonths: 12,
      standardCostPerParticipant: 64_000,
      nnsCostPerParticipant: 82_000,
    });
  });

  it('gives equal values the same rank', () => {
    const p = portfolioTotals([member('B2', B), member('A', A), member('B1', B)]);
    expect(p.rankings.payback.map((e) => [e.key, e.rank])).toEqual([
      ['A', 1],
      ['B1', 2],
      ['B2', 2],
    ]);
  });

  it('carries members of different years to the newest price year by KPI', () => {
    const p = portfolioTotals([member('A', A, { priceYear: 2017 }), member('B', B)]);
    // KPI (1980 = 100): 2017 322.11, 2024 415.15 (SCB; 2024 partly estimated).
    const f = 415.15 / 322.11;
    const t = p.totals!;
    expect(p.priceYear).toBe(2024);
    expect(p.members[0].priceFactor).toBeCloseTo(f, 12);
    expect(t.cost.samhalle).toBeCloseTo(621_750 * f + 1_243_500, 4);
    expect(t.yearlyRevenue.samhalle).toBeCloseTo(800_000 * f + 600_000, 4);
    expect(t.participants).toBe(24);
    // 12 × 2 044 840 / 1 631 076 = 15.04 → 16 months.
    expect(t.paybackMonths.samhalle).toBe(16);
    // The member's own row is in the portfolio's price year; its payback is unchanged.
    expect(p.members[0].figures!.budget).toBeCloseTo(500_000 * f, 4);
    expect(p.members[0].figures!.paybackMonths.samhalle).toBe(10);

    // Or in a chosen price year: B is carried back to 2017.
    const q = portfolioTotals([member('A', A, { priceYear: 2017 }), member('B', B)], {
      priceYear: 2017,
    });
    expect(q.priceYear).toBe(2017);
    expect(q.totals!.cost.samhalle).toBeCloseTo(621_750 + 1_243_500 / f, 4);
  });

  it('uses the members’ shared adjusted arithmetic: fading effects, payback from the summed flows', () => {
    const fade: AppraisalSettings = {
      ...NEUTRAL_SETTINGS,
      persistence: { work: 0.5, studies: 0.5, other: 0.5 },
    };
    const halving = (r: number) =>
      Array.from({ length: 50 }, (_, y) => ({
        samhalle: r / 2 ** y,
        kommun: 0,
        region: 0,
        af: 0,
        fk: 0,
        ovrigStat: 0,
        individ: 0,
      }));
    // Society's cost 1.2435 × budget: budgets of 120 000 / 1.2435 and 240 000 / 1.2435 kr.
    const C1 = figures(5, 120_000 / 1.2435, halving(120_000));
    const C2 = figures(5, 240_000 / 1.2435, halving(120_000));
    const p = portfolioTotals([
      member('C1', C1, { appraisal: fade, report: C1 }),
      member('C2', C2, { appraisal: fade, report: C2 }),
    ]);
    expect(p.adjusted).toBe(true);
    expect(p.settings).toEqual(fade);
    expect(p.counts.settingsDiffer).toBe(0);
    const t = p.totals!;
    // Cost 360 000; revenue 240 000, 120 000, 60 000, 30 000, 15 000, …
    // After year 1: −120 000; year 2 brings 10 000 a month: repaid at month 24.
    expect(t.paybackMonths.samhalle).toBe(24);
    expect(t.profitYear1.samhalle).toBeCloseTo(240_000 - 360_000, 4);
    expect(t.profitYear5.samhalle).toBeCloseTo(
      240_000 + 120_000 + 60_000 + 30_000 + 15_000 - 360_000,
      4,
    );
  });

  it('flags a member with other settings and counts it with the reports’ arithmetic', () => {
    const dead: AppraisalSettings = { ...NEUTRAL_SETTINGS, deadweight: 0.5 };
    // Its own figures: half of B's revenue; with the reports' arithmetic: B's.
    const halfB = figures(14, 1_000_000, [
      {
        samhalle: 300_000,
        kommun: 50_000,
        region: 25_000,
        af: -50_000,
        fk: 100_000,
        ovrigStat: 175_000,
        individ: 60_000,
      },
    ]);
    const p = portfolioTotals([member('A', A), member('B', halfB, { appraisal: dead, report: B })]);
    expect(p.adjusted).toBe(false);
    expect(p.settings).toEqual(NEUTRAL_SETTINGS);
    const row = p.members[1];
    expect(row.settingsDiffer).toBe(true);
    // Own: ceil(12 × 1 243 500 / 300 000) = ceil(49.74) = 50; as counted: B's 25.
    expect(row.ownPaybackMonths).toBe(50);
    expect(row.figures!.paybackMonths.samhalle).toBe(25);
    expect(p.members[0].settingsDiffer).toBe(false);
    expect(p.counts.settingsDiffer).toBe(1);
    // The same totals as A and B.
    expect(p.totals!.yearlyRevenue.samhalle).toBe(800_000 + 600_000);
    expect(p.totals!.paybackMonths.samhalle).toBe(16);
  });

  it('takes the longest horizon and flags a member with a shorter one', () => {
    const A3 = figures(10, 500_000, A.revenueByYear, 3);
    const p = portfolioTotals([member('A3', A3, { horizon: 3 }), member('B', B)]);
    expect(p.horizonYears).toBe(5);
    expect(p.members.map((m) => m.horizonDiffers)).toEqual([true, false]);
    // The row keeps its own: 3 × 800 000 − 621 750. The totals: 5 × 1 400 000 − 1 865 250.
    expect(p.members[0].figures!.profitHorizon.samhalle).toBeCloseTo(1_778_250, 6);
    expect(p.members[0].figures!.horizonYears).toBe(3);
    expect(p.totals!.profitHorizon.samhalle).toBeCloseTo(5_134_750, 6);
  });

  it('lists a member that no longer validates or was deleted, and the rest still adds up', () => {
    const p = portfolioTotals([
      member('A', A),
      { key: 'gone', label: 'Borttagen', evaluation: null },
      {
        key: 'bad',
        label: 'Trasig',
        evaluation: {
          ok: false,
          issues: [{ path: 'cohorts', code: 'empty', params: {} }],
        },
      },
      member('B', B),
    ]);
    expect(p.members.map((m) => [m.key, m.status, m.included])).toEqual([
      ['A', 'ok', true],
      ['gone', 'missing', false],
      ['bad', 'invalid', false],
      ['B', 'ok', true],
    ]);
    expect(p.members[2].issues[0].path).toBe('cohorts');
    expect(p.counts).toMatchObject({ members: 4, included: 2, invalid: 1, missing: 1 });
    expect(p.totals!.participants).toBe(24);
    expect(p.totals!.paybackMonths.samhalle).toBe(16);
    expect(p.rankings.payback.map((e) => e.key)).toEqual(['A', 'B']);
  });

  it('has no totals while no member is valued', () => {
    const p = portfolioTotals([{ key: 'gone', label: 'X', evaluation: null }]);
    expect(p.totals).toBeNull();
    expect(p.financiers).toEqual([]);
    expect(p.rankings.payback).toEqual([]);
  });
});

describe('portfolio totals, edge cases by hand', () => {
  const zero = { samhalle: 0, kommun: 0, region: 0, af: 0, fk: 0, ovrigStat: 0, individ: 0 };
  const dead: AppraisalSettings = { ...NEUTRAL_SETTINGS, deadweight: 0.5 };

  it.each([
    ['discount rate', { ...NEUTRAL_SETTINGS, discountRate: 0.035 }],
    ['attribution', { ...NEUTRAL_SETTINGS, attribution: 0.8 }],
    // One outcome's persistence differing is enough; the others are the reports' 1.
    [
      'persistence of work',
      { ...NEUTRAL_SETTINGS, persistence: { work: 0.5, studies: 1, other: 1 } },
    ],
  ] as const)(
    'a member differing only in its %s is flagged and counted the reports’ way',
    (_, own) => {
      const p = portfolioTotals([member('A', A), member('B', B, { appraisal: own, report: B })]);
      expect(p.settings).toEqual(NEUTRAL_SETTINGS);
      expect(p.adjusted).toBe(false);
      expect(p.members.map((m) => m.settingsDiffer)).toEqual([false, true]);
      expect(p.counts.settingsDiffer).toBe(1);
    },
  );

  it('uses the reports’ arithmetic when the first member’s settings are not everyone’s', () => {
    const p = portfolioTotals([member('B', B, { appraisal: dead, report: B }), member('A', A)]);
    expect(p.settings).toEqual(NEUTRAL_SETTINGS);
    expect(p.adjusted).toBe(false);
    expect(p.members.map((m) => m.settingsDiffer)).toEqual([true, false]);
  });

  it('takes the newest price year whatever the members’ order', () => {
    const p = portfolioTotals([member('B', B), member('A', A, { priceYear: 2017 })]);
    expect(p.priceYear).toBe(2024);
    // KPI 2024 / 2017 = 415.15 / 322.11: A is carried up, B stays.
    const f = 415.15 / 322.11;
    expect(p.members.map((m) => m.priceFactor)).toEqual([1, expect.closeTo(f, 12)]);
  });

  it('carries a member’s budget, cost and profit to the price year (KPI factor, not its inverse)', () => {
    const p = portfolioTotals([member('A', A, { priceYear: 2017 }), member('B', B)]);
    const f = 415.15 / 322.11;
    expect(p.totals!.budget).toBeCloseTo(500_000 * f + 1_000_000, 4);
    const row = p.members[0].figures!;
    // A: cost 621 750, revenue 800 000, profit year 1 178 250, all × f.
    expect(row.cost.samhalle).toBeCloseTo(621_750 * f, 4);
    expect(row.yearlyRevenue.samhalle).toBeCloseTo(800_000 * f, 4);
    expect(row.profitYear1.samhalle).toBeCloseTo(178_250 * f, 4);
    expect(row.profitYear5.samhalle).toBeCloseTo((5 * 800_000 - 621_750) * f, 4);
    // Revenue per krona does not change: 800 000 / 621 750.
    expect(row.revenuePerKrona).toBeCloseTo(800_000 / 621_750, 9);
  });

  it('takes the longest horizon, also beyond five years', () => {
    const A3 = figures(10, 500_000, A.revenueByYear, 3);
    const B10 = figures(14, 1_000_000, B.revenueByYear, 10);
    const p = portfolioTotals([
      member('A3', A3, { horizon: 3 }),
      member('B10', B10, { horizon: 10 }),
    ]);
    expect(p.horizonYears).toBe(10);
    expect(p.totals!.horizonYears).toBe(10);
    // 10 × 1 400 000 − 1 865 250.
    expect(p.totals!.profitHorizon.samhalle).toBeCloseTo(12_134_750, 6);
    expect(p.members.map((m) => m.horizonDiffers)).toEqual([true, false]);
    // Shorter than five years: the horizon is the members' 3.
    const q = portfolioTotals([member('A3', A3, { horizon: 3 })]);
    expect(q.horizonYears).toBe(3);
    // 3 × 800 000 − 621 750.
    expect(q.totals!.profitHorizon.samhalle).toBeCloseTo(1_778_250, 6);
  });

  it('with shared adjusted settings appraises month by month over a ten-year horizon and beyond', () => {
    // Deadweight is already in the member's revenue; the sums are not discounted (rate 0).
    // Society's cost 120 000 kr (budget 120 000 / 1.2435), revenue 10 000 kr a year, lasting.
    const slow = figures(1, 120_000 / 1.2435, [{ ...zero, samhalle: 10_000 }], 10);
    const p = portfolioTotals([member('S', slow, { appraisal: dead, horizon: 10 })]);
    expect(p.adjusted).toBe(true);
    const t = p.totals!;
    // Year 1: 10 000 − 120 000; year 5: 50 000 − 120 000; year 10: 100 000 − 120 000.
    expect(t.profitYear1.samhalle).toBeCloseTo(-110_000, 4);
    expect(t.profitYear5.samhalle).toBeCloseTo(-70_000, 4);
    expect(t.profitHorizon.samhalle).toBeCloseTo(-20_000, 4);
    // Repaid after the ten years summed: 120 000 / (10 000 / 12) = month 144; the last year's revenue lasts.
    expect(t.paybackMonths.samhalle).toBe(144);
  });

  it('a member that spent nothing: no revenue per krona, payback 0, and an actor with nothing either way never repaid', () => {
    // Budget 0: every cost 0. Society and kommun get 100 000 kr a year, the others nothing.
    const free = figures(4, 0, [{ ...zero, samhalle: 100_000, kommun: 100_000 }]);
    const p = portfolioTotals([member('F', free)]);
    const t = p.totals!;
    expect(t.revenuePerKrona).toBeNull();
    expect(p.members[0].figures!.revenuePerKrona).toBeNull();
    // MODEL.md §7: 0 when C = 0 and R > 0; "not reached" when R ≤ 0.
    expect(t.paybackMonths).toEqual({
      samhalle: 0,
      kommun: 0,
      region: 'neg',
      statenTotalt: 'neg',
      af: 'neg',
      fk: 'neg',
      ovrigStat: 'neg',
    });
    // No financier put anything in: no revenue per krona put in.
    expect(p.financiers.map((f) => f.backPerKrona)).toEqual([null, null, null, null, null]);
    expect(p.financiers.find((f) => f.actor === 'kommun')!.backOverHorizon).toBe(500_000);
    // Nothing spent for a positive revenue meets the revenue benchmark.
    expect(p.rankings.revenuePerKrona.map((e) => [e.key, e.revenueMet])).toEqual([['F', true]]);
  });

  it('adds a member without a revenue series as its cost and no revenue', () => {
    const none: MemberFigures = { ...figures(10, 500_000, [zero]), revenueByYear: [] };
    const p = portfolioTotals([member('A', A), member('N', none)]);
    const t = p.totals!;
    // Cost 621 750 + 621 750; revenue A's 800 000 alone.
    expect(t.cost.samhalle).toBeCloseTo(1_243_500, 6);
    expect(t.yearlyRevenue.samhalle).toBe(800_000);
    // 5 × 800 000 − 1 243 500.
    expect(t.profitYear5.samhalle).toBeCloseTo(2_756_500, 6);
  });

  it('lists an invalid member with its first five problems and a missing one with none, neither counted', () => {
    const issues = Array.from({ length: 6 }, (_, i) => ({
      path: `cohorts.${i}`,
      code: 'empty' as const,
      params: {},
    }));
    const p = portfolioTotals([
      { key: 'bad', label: 'Trasig', evaluation: { ok: false, issues } },
      { key: 'gone', label: 'Borttagen', evaluation: null },
      member('A', A),
    ]);
    const empty = {
      included: false,
      priceYear: null,
      priceFactor: 1,
      ruleYears: [],
      appraisal: null,
      settingsDiffer: false,
      ownPaybackMonths: null,
      horizonDiffers: false,
      figures: null,
    };
    expect(p.members[0]).toEqual({
      key: 'bad',
      label: 'Trasig',
      status: 'invalid',
      issues: issues.slice(0, 5),
      ...empty,
    });
    expect(p.members[1]).toEqual({
      key: 'gone',
      label: 'Borttagen',
      status: 'missing',
      issues: [],
      ...empty,
    });
    expect(p.members[2].issues).toEqual([]);
    expect(p.counts).toEqual({
      members: 3,
      included: 1,
      invalid: 1,
      missing: 1,
      settingsDiffer: 0,
    });
  });
});

describe('saved scenarios as members', () => {
  const parsed = (doc: unknown) => {
    const r = parseScenario(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };
  const example = (edit: (s: ReturnType<typeof exampleScenario>) => void = () => {}) => {
    const s = exampleScenario();
    edit(s);
    return JSON.parse(JSON.stringify(s)) as unknown;
  };

  it('values a member as it was saved; one member’s totals are its own figures', () => {
    const doc = example();
    const ev = evaluateMember(doc);
    if (!ev.ok) throw new Error('invalid');
    const own = evaluateScenario(parsed(doc));
    expect(ev.reportFigures).toBeNull();
    expect(ev.figures.yearlyRevenue).toEqual(own.total.yearlyRevenue);
    const t = portfolioTotals([{ key: '1', label: 'Exemplet', evaluation: ev }]).totals!;
    for (const p of PERSPECTIVES) {
      expect(t.cost[p]).toBeCloseTo(own.total.cost[p], 4);
      expect(t.profitYear1[p]).toBeCloseTo(own.total.profitYear1[p], 4);
      expect(t.profitYear5[p]).toBeCloseTo(own.total.profitYear5[p], 4);
    }
    expect(t.paybackMonths).toEqual(own.total.paybackMonths);
  });

  it('an adjusted member alone keeps its own payback; beside a plain one it is counted the reports’ way', () => {
    const adjusted = example((s) => {
      s.appraisal = {
        discountRate: 0.035,
        persistence: { work: 0.8, studies: 0.9, other: 0.7 },
        deadweight: 0.2,
        attribution: 1,
      };
    });
    const ev = evaluateMember(adjusted);
    if (!ev.ok) throw new Error('invalid');
    const own = evaluateScenario(parsed(adjusted));
    expect(ev.figures.revenueByYear).toHaveLength(50);
    expect(ev.figures.paybackMonths).toEqual(own.total.paybackMonths);
    const alone = portfolioTotals([{ key: 'a', label: 'Justerad', evaluation: ev }]);
    expect(alone.adjusted).toBe(true);
    expect(alone.totals!.paybackMonths).toEqual(own.total.paybackMonths);
    expect(alone.totals!.profitYear5.samhalle).toBeCloseTo(own.total.profitYear5.samhalle, 3);

    const plain = evaluateMember(example());
    if (!plain.ok) throw new Error('invalid');
    const mixed = portfolioTotals([
      { key: 'p', label: 'Vanlig', evaluation: plain },
      { key: 'a', label: 'Justerad', evaluation: ev },
    ]);
    expect(mixed.adjusted).toBe(false);
    expect(mixed.members.map((m) => m.settingsDiffer)).toEqual([false, true]);
    // Two copies of the example, both counted the reports' way: twice its revenue, and its payback.
    expect(mixed.totals!.yearlyRevenue.samhalle).toBeCloseTo(
      2 * plain.figures.yearlyRevenue.samhalle,
      4,
    );
    expect(mixed.totals!.paybackMonths.samhalle).toBe(plain.figures.paybackMonths.samhalle);
    expect(mixed.members[1].ownPaybackMonths).toBe(own.total.paybackMonths.samhalle);
  });

  it('members from different years: the 2017 one carried to 2024 prices', () => {
    const y2017 = evaluateMember(example((s) => s.cohorts.forEach((c) => (c.year = 2017))));
    const y2024 = evaluateMember(example((s) => s.cohorts.forEach((c) => (c.year = 2024))));
    if (!y2017.ok || !y2024.ok) throw new Error('invalid');
    expect([y2017.priceYear, y2024.priceYear]).toEqual([2017, 2024]);
    expect(y2017.ruleYears).toEqual([2017]);
    const p = portfolioTotals([
      { key: 'a', label: '2017', evaluation: y2017 },
      { key: 'b', label: '2024', evaluation: y2024 },
    ]);
    const f = 415.15 / 322.11;
    expect(p.priceYear).toBe(2024);
    expect(p.totals!.cost.samhalle).toBeCloseTo(
      y2017.figures.cost.samhalle * f + y2024.figures.cost.samhalle,
      3,
    );
    expect(p.totals!.yearlyRevenue.kommun).toBeCloseTo(
      y2017.figures.yearlyRevenue.kommun * f + y2024.figures.yearlyRevenue.kommun,
      3,
    );
  });

  it('lists the rule years of its cohorts ascending, each once', () => {
    const doc = example((s) => {
      const c = s.cohorts[0];
      s.cohorts = [2024, 2017, 2020, 2017].map((year, i) => ({
        ...structuredClone(c),
        id: `c${i}`,
        year,
      }));
    });
    const ev = evaluateMember(doc);
    if (!ev.ok) throw new Error(JSON.stringify(ev.issues));
    expect(ev.ruleYears).toEqual([2017, 2020, 2024]);
    expect(ev.priceYear).toBe(2024);
  });

  it('a document that no longer validates is a member with its problems', () => {
    const ev = evaluateMember({ ...(example() as object), cohorts: [] });
    expect(ev.ok).toBe(false);
    if (!ev.ok) expect(ev.issues[0].path).toBe('cohorts');
  });
});
