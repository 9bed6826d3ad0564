/**
 * Figures the Analyser tab and the printed report show beside the
 * analyses' own results (analyses.ts): the depreciation's sums, society's
 * year-by-year revenue and cumulative result, where each bridge step's bar
 * starts and ends, and the result against the benchmarks.
 */
import { depreciate, type BridgeStep, type DepreciationYear } from '../analyses';
import type { EvaluationResult, SegmentResult } from '../evaluate';

/** Sums of a depreciation over its years. */
export interface DepreciationTotals {
  revenue: number;
  cost: number;
  profit: number;
}

/**
 * Σ revenue, Σ cost and Σ profit over the years of a depreciation. Spreading
 * the cost moves profit between years, so the sums are the same whatever the
 * years of depreciation.
 */
export function depreciationTotals(rows: readonly DepreciationYear[]): DepreciationTotals {
  const totals = { revenue: 0, cost: 0, profit: 0 };
  for (const r of rows) {
    totals.revenue += r.revenue;
    totals.cost += r.cost;
    totals.profit += r.profit;
  }
  return totals;
}

/** The cost spread over `years` (`depreciate`) with its sums (`depreciationTotals`). */
export function depreciationWithTotals(
  cost: number,
  revenueByYear: readonly number[],
  years: number,
  horizon: number,
): { rows: DepreciationYear[]; totals: DepreciationTotals } {
  const rows = depreciate(cost, revenueByYear, years, horizon);
  return { rows, totals: depreciationTotals(rows) };
}

/** Society's figures for one year of the horizon. */
export interface SocietyYear {
  /** 1 for the first year. */
  year: number;
  /** The year's revenue. */
  revenue: number;
  /** The cumulative result (revenue less cost) at the year's end; NaN beyond the series. */
  cumulative: number;
}

/**
 * Society's revenue and cumulative result year by year: revenueByYear[y − 1]
 * and the monthly cumulative series at month 12·y. `years` caps the rows
 * (the horizon); without it every year the result holds.
 */
export function societyYears(t: SegmentResult, years?: number): SocietyYear[] {
  const shown = years === undefined ? t.revenueByYear : t.revenueByYear.slice(0, years);
  return shown.map((r, i) => ({
    year: i + 1,
    revenue: r.samhalle,
    cumulative: t.cumulative.samhalle[12 * (i + 1)] ?? Number.NaN,
  }));
}

/** Where a bridge step's bar stands on society's revenue axis. */
export interface BridgeSpan {
  key: BridgeStep['key'];
  /** Society's yearly revenue before the step (0 for the base: its bar stands on the axis). */
  from: number;
  /** Society's yearly revenue after the step. */
  to: number;
  /** The step's contribution (to − from; the base's whole revenue for the base). */
  delta: number;
}

/**
 * The bridge's bars: the base from 0 to its revenue, then each step from the
 * revenue before it (revenue − delta) to the revenue after it.
 */
export function bridgeSpans(steps: readonly BridgeStep[]): BridgeSpan[] {
  return steps.map((s) =>
    s.key === 'base'
      ? { key: s.key, from: 0, to: s.yearlyRevenue.samhalle, delta: s.yearlyRevenue.samhalle }
      : {
          key: s.key,
          from: s.yearlyRevenue.samhalle - s.delta.samhalle,
          to: s.yearlyRevenue.samhalle,
          delta: s.delta.samhalle,
        },
  );
}

/** The result against the benchmarks the reports cite. */
export interface BenchmarkVerdict {
  /** Society's payback is reached within the meta-study's payback. */
  paybackWithin: boolean;
  /** The budget per participant is at most the standard cost per participant. */
  costWithin: boolean;
}

/**
 * Society's payback ≤ the benchmark payback (a payback never reached is not
 * within), and the budget per participant ≤ the standard cost per participant.
 */
export function benchmarkVerdict(result: EvaluationResult): BenchmarkVerdict {
  const payback = result.total.paybackMonths.samhalle;
  return {
    paybackWithin: payback !== 'neg' && payback <= result.benchmarks.paybackMonths,
    costWithin: result.total.budgetPerParticipant <= result.benchmarks.costPerParticipant,
  };
}
