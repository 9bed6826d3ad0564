/** Discounting, persistence, deadweight and attribution (MODEL.md §10) against hand-worked examples. */
import { describe, expect, it } from 'vitest';
import { adjustedFlows, NEUTRAL_SETTINGS, paybackMonths } from './appraisal';
import { evaluateScenario } from './evaluate';
import { exampleScenario } from './example';
import { PERSPECTIVES } from './types';

describe('adjustedFlows', () => {
  it('with neutral settings gives the reports’ payback ceil(12·C/R)', () => {
    for (const [c, r] of [
      [2_448_141, 2_279_000],
      [1200, 1200],
      [1201, 1200],
    ])
      expect(adjustedFlows(c, () => r, NEUTRAL_SETTINGS, 60).payback).toBe(paybackMonths(c, [r]));
  });

  it('discounts month by month: payback from the geometric series', () => {
    // C = 1 200, R = 1 200 a year (100 a month), r = 5 %: S(M) = 100·q·(1 − q^M)/(1 − q), q = 1.05^(−1/12).
    const q = 1.05 ** (-1 / 12);
    const exact = Math.log(1 - (1200 * (1 - q)) / (100 * q)) / Math.log(q);
    const { payback, cumulative } = adjustedFlows(
      1200,
      () => 1200,
      { ...NEUTRAL_SETTINGS, discountRate: 0.05 },
      60,
    );
    expect(payback).toBe(Math.ceil(exact));
    expect(payback).toBe(13);
    expect(cumulative[12]).toBeCloseTo(-1200 + (100 * q * (1 - q ** 12)) / (1 - q), 9);
  });

  it('lets the effect fade with persistence: 50 % a year repays 1.5 R in 24 months, never 3 R', () => {
    const s = { ...NEUTRAL_SETTINGS, persistence: 0.5 };
    expect(adjustedFlows(1.5 * 1200, () => 1200, s, 60).payback).toBe(24);
    expect(adjustedFlows(3 * 1200, () => 1200, s, 60).payback).toBe('neg');
  });

  it('takes deadweight and attribution off every year', () => {
    const s = { ...NEUTRAL_SETTINGS, deadweight: 0.2, attribution: 0.5 };
    // 40 % of 1 200 a year = 480: a cost of 960 is repaid in 24 months.
    expect(adjustedFlows(960, () => 1200, s, 60).payback).toBe(24);
  });
});

describe('appraisal settings in a scenario', () => {
  const base = evaluateScenario(exampleScenario()).total;

  it('are neutral by default (the published arithmetic)', () => {
    const s = exampleScenario();
    expect(s.appraisal).toEqual(NEUTRAL_SETTINGS);
  });

  it('deadweight 25 % scales every yearly revenue to 75 % and moves profit and payback with it', () => {
    const s = exampleScenario();
    s.appraisal.deadweight = 0.25;
    const r = evaluateScenario(s).total;
    for (const p of PERSPECTIVES) {
      expect(r.yearlyRevenue[p]).toBeCloseTo(0.75 * base.yearlyRevenue[p], 4);
      expect(r.profitYear5[p]).toBeCloseTo(5 * 0.75 * base.yearlyRevenue[p] - base.cost[p], 3);
    }
    expect(r.paybackMonths.samhalle).toBe(
      paybackMonths(base.cost.samhalle, [0.75 * base.yearlyRevenue.samhalle]),
    );
  });

  it('discounting lowers the 5-year profit and never shortens the payback', () => {
    const s = exampleScenario();
    s.appraisal.discountRate = 0.035;
    const r = evaluateScenario(s).total;
    expect(r.profitYear5.samhalle).toBeLessThan(base.profitYear5.samhalle);
    expect(r.paybackMonths.samhalle as number).toBeGreaterThanOrEqual(
      base.paybackMonths.samhalle as number,
    );
    expect(r.cumulative.samhalle.at(-1)).toBeCloseTo(r.profitYear5.samhalle, 4);
  });
});
