/**
 * The derived figures, checked against sums worked out by hand in each case
 * (small round numbers, so the expected value can be read off the case).
 */
import { describe, expect, it } from 'vitest';
import type { BridgeStep, DepreciationYear } from '../analyses';
import { evaluatePrepared, NO_WHAT_IF, prepare, type EvaluationResult } from '../evaluate';
import type { SegmentResult } from '../evaluate';
import { exampleScenario } from '../example';
import { parseScenario } from '../schema';
import type { SensitivityRow } from '../sensitivity';
import {
  benchmarkVerdict,
  bridgeSpans,
  depreciationTotals,
  depreciationWithTotals,
  discountFactorInYear,
  disposableIncomePerParticipant,
  eachSettingAlone,
  persistenceInYear,
  revenueChangeAlone,
  revenueChangeInYear,
  settingAlone,
  societyYears,
  tornadoChange,
  type SliderFigures,
} from '.';

/** A segment with only the fields a case reads; the rest is never touched. */
const segment = (fields: Record<string, unknown>) => fields as unknown as SegmentResult;
const society = (samhalle: number) => ({ samhalle }) as SegmentResult['yearlyRevenue'];

describe('disposable income per participant', () => {
  it.each([
    // before, after, n → before/n, after/n
    [1_200_000, 1_800_000, 10, 120_000, 180_000],
    [90_000, 150_000, 3, 30_000, 50_000],
    [500_000, 700_000, 0, 0, 0],
  ])('%d → %d kr for %d participants', (before, after, n, perBefore, perAfter) => {
    const t = segment({
      participants: n,
      disposableIncome: { before, after, change: after - before, changePerParticipant: 6_000 },
    });
    expect(disposableIncomePerParticipant(t)).toEqual({
      before: perBefore,
      after: perAfter,
      change: 6_000,
    });
  });
});

describe('each what-if setting alone', () => {
  const settings = {
    ...NO_WHAT_IF,
    subsidisedToUnsubsidisedShare: 0.5,
    studiesToWorkShare: 0.4,
    studiesToWorkDelayYears: 2,
    extraFunds: 1_000_000,
  };

  it('keeps one setting and puts the others at none; the delay goes with studies → work', () => {
    expect(settingAlone(settings, 'extraFunds')).toEqual({ ...NO_WHAT_IF, extraFunds: 1_000_000 });
    expect(settingAlone(settings, 'studiesToWorkShare')).toEqual({
      ...NO_WHAT_IF,
      studiesToWorkShare: 0.4,
      studiesToWorkDelayYears: 2,
    });
  });

  it('evaluates only the settings that differ from none', () => {
    const parsed = parseScenario(exampleScenario());
    if (!parsed.ok) throw new Error('example invalid');
    const prepared = prepare(parsed.value);
    const single = eachSettingAlone(prepared, settings);
    expect(Object.keys(single).sort()).toEqual([
      'extraFunds',
      'studiesToWorkDelayYears',
      'studiesToWorkShare',
      'subsidisedToUnsubsidisedShare',
    ]);
    // A setting alone is the same as an evaluation with only that setting.
    const alone = evaluatePrepared(prepared, { ...NO_WHAT_IF, extraFunds: 1_000_000 }).total;
    expect(single.extraFunds?.yearlyRevenue).toEqual(alone.yearlyRevenue);
    expect(single.extraFunds?.profitHorizon).toEqual(alone.profitHorizon);
    expect(single.extraFunds?.revenueByYear).toEqual(alone.revenueByYear.map((y) => y.samhalle));
  });

  it('gives a slider’s own change in revenue, over a year and in a given year', () => {
    const base = segment({
      yearlyRevenue: society(4_000_000),
      revenueByYear: [society(4_000_000), society(4_100_000), society(4_200_000)],
    });
    const single = {
      yearlyRevenue: society(4_750_000),
      revenueByYear: [4_000_000, 4_100_000, 5_000_000, 5_000_000],
    } as unknown as SliderFigures;
    // 4 750 000 − 4 000 000
    expect(revenueChangeAlone(single, base)).toBe(750_000);
    // Year 3: 5 000 000 − 4 200 000; year 1: no change.
    expect(revenueChangeInYear(single, base, 2)).toBe(800_000);
    expect(revenueChangeInYear(single, base, 0)).toBe(0);
    // Year 4 is beyond the base's series: 5 000 000 − 0.
    expect(revenueChangeInYear(single, base, 3)).toBe(5_000_000);
  });
});

describe('depreciation totals', () => {
  const row = (year: number, revenue: number, cost: number): DepreciationYear => ({
    year,
    revenue,
    cost,
    profit: revenue - cost,
    cumulative: 0,
  });

  it('adds revenue, cost and profit over the years', () => {
    const rows = [row(1, 100, 60), row(2, 100, 60), row(3, 120, 0)];
    // 100 + 100 + 120; 60 + 60 + 0; 40 + 40 + 120
    expect(depreciationTotals(rows)).toEqual({ revenue: 320, cost: 120, profit: 200 });
    expect(depreciationTotals([])).toEqual({ revenue: 0, cost: 0, profit: 0 });
  });

  it('gives the same sums whatever the years of depreciation', () => {
    // 300 kr against 100 kr a year for 5 years: revenue 500, cost 300, profit 200.
    for (const years of [1, 3, 5])
      expect(depreciationWithTotals(300, [100], years, 5).totals).toEqual({
        revenue: 500,
        cost: 300,
        profit: 200,
      });
    expect(depreciationWithTotals(300, [100], 3, 5).rows.map((r) => r.profit)).toEqual([
      0, 0, 0, 100, 100,
    ]);
  });
});

describe('society year by year', () => {
  // Cost 150 at month 0, revenue 120 a year (10 a month) for 2 years.
  const cumulative = Array.from({ length: 25 }, (_, m) => -150 + 10 * m);
  const t = segment({
    revenueByYear: [society(120), society(120), society(130)],
    cumulative: { samhalle: cumulative },
  });

  it('reads the revenue and the cumulative result at each year’s end', () => {
    expect(societyYears(t, 2)).toEqual([
      { year: 1, revenue: 120, cumulative: -30 }, // −150 + 120
      { year: 2, revenue: 120, cumulative: 90 }, // −150 + 240
    ]);
  });

  it('gives every year without a cap, NaN where the cumulative series ends', () => {
    const rows = societyYears(t);
    expect(rows).toHaveLength(3);
    expect(rows[2].revenue).toBe(130);
    expect(rows[2].cumulative).toBeNaN();
  });
});

describe('bridge spans', () => {
  const step = (key: BridgeStep['key'], revenue: number, delta: number) =>
    ({ key, yearlyRevenue: society(revenue), delta: society(delta) }) as unknown as BridgeStep;

  it('stands the base on the axis and each step on the revenue before it', () => {
    expect(
      bridgeSpans([
        step('base', 1_000, 0),
        step('subsidisedToUnsubsidisedShare', 1_300, 300),
        step('extraFunds', 1_200, -100),
      ]),
    ).toEqual([
      { key: 'base', from: 0, to: 1_000, delta: 1_000 },
      { key: 'subsidisedToUnsubsidisedShare', from: 1_000, to: 1_300, delta: 300 },
      { key: 'extraFunds', from: 1_300, to: 1_200, delta: -100 },
    ]);
  });
});

describe('benchmark verdict', () => {
  const result = (payback: number | 'neg', budgetPer: number) =>
    ({
      total: { paybackMonths: { samhalle: payback }, budgetPerParticipant: budgetPer },
      benchmarks: { paybackMonths: 12, costPerParticipant: 64_000 },
    }) as unknown as EvaluationResult;

  it.each<[number | 'neg', number, boolean, boolean]>([
    [12, 64_000, true, true],
    [13, 64_001, false, false],
    [4, 90_000, true, false],
    ['neg', 30_000, false, true],
  ])('payback %s, %d kr per participant', (payback, per, paybackWithin, costWithin) => {
    expect(benchmarkVerdict(result(payback, per))).toEqual({ paybackWithin, costWithin });
  });
});

describe('tornado change from the current result', () => {
  it('subtracts the current profitability from each end', () => {
    const row = { profitYear5: { low: 800_000, high: 1_500_000 } } as SensitivityRow;
    expect(tornadoChange(row, { profitYear5: 1_000_000, paybackMonths: 10 })).toEqual({
      low: -200_000,
      high: 500_000,
    });
  });
});

describe('appraisal settings in a given year', () => {
  it.each([
    // rate, year, 1 / (1 + rate)^year
    [0, 5, 1],
    [0.25, 1, 0.8],
    [0.25, 2, 0.64],
    [1, 3, 0.125],
  ])('discounts at %d over %d years', (rate, year, factor) => {
    expect(discountFactorInYear(rate, year)).toBeCloseTo(factor, 12);
  });

  it.each([
    // persistence, year, persistence^(year − 1)
    [0.5, 1, 1],
    [0.5, 5, 0.0625],
    [0.9, 3, 0.81],
    [1, 5, 1],
  ])('keeps %d of the effect to year %d', (p, year, left) => {
    expect(persistenceInYear(p, year)).toBeCloseTo(left, 12);
  });
});
