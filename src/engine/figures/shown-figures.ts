/**
 * Small figures the results, print and uncertainty views show that the
 * evaluation does not hold as such: the participants' disposable income per
 * participant, how far a tornado input moves the result from the current
 * one, and what the appraisal settings mean in a given year.
 */
import { perParticipant } from '../appraisal';
import type { SegmentResult } from '../evaluate';
import type { SensitivityResult, SensitivityRow } from '../sensitivity';

/** The participants' disposable income per participant and year. */
export interface DisposableIncomePer {
  before: number;
  after: number;
  change: number;
}

/**
 * Disposable income per participant: before / n, after / n and the engine's
 * change per participant; 0 without participants.
 */
export function disposableIncomePerParticipant(t: SegmentResult): DisposableIncomePer {
  const d = t.disposableIncome;
  return {
    before: perParticipant(d.before, t.participants),
    after: perParticipant(d.after, t.participants),
    change: d.changePerParticipant,
  };
}

/**
 * How far a tornado input moves society's 5-year profitability from the
 * current result, at its low and its high value: profit(low) − base and
 * profit(high) − base.
 */
export function tornadoChange(
  row: SensitivityRow,
  base: SensitivityResult['base'],
): { low: number; high: number } {
  return {
    low: row.profitYear5.low - base.profitYear5,
    high: row.profitYear5.high - base.profitYear5,
  };
}

/** What a krona in year `year` is worth today at a yearly discount rate: (1 + rate)^(−year). */
export function discountFactorInYear(rate: number, year: number): number {
  return 1 / (1 + rate) ** year;
}

/**
 * The share of an effect left in year `year` when a share `persistence` of
 * it stays from one year to the next: persistence^(year − 1), as in
 * `effectFactor` (the first year is whole).
 */
export function persistenceInYear(persistence: number, year: number): number {
  return persistence ** (year - 1);
}
