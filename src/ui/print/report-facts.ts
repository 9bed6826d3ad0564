/**
 * What the printed report says about the calculation itself, read from the
 * result: whether the what-if settings differ from the base, the cohorts'
 * years and the rule years they were valued with.
 */
import type { EvaluationResult } from '../../engine';

/** Do the result's what-if settings differ from the base's? */
export function whatIfDiffers(r: EvaluationResult | null, base: EvaluationResult | null): boolean {
  return !!r && !!base && JSON.stringify(r.whatIf) !== JSON.stringify(base.whatIf);
}

/** The cohorts' years, "2022–2024" (null when no cohort has a year). */
export function cohortPeriod(rules: EvaluationResult['rules']): string | null {
  const years = rules.flatMap((c) => (c.cohortYear === null ? [] : [c.cohortYear]));
  if (!years.length) return null;
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** The rule years the cohorts were valued with, "2023, 2024", and whether the user edited a set. */
export function ruleYearsOf(rules: EvaluationResult['rules']): { years: string; edited: boolean } {
  const years = [...new Set(rules.map((c) => c.ruleYear))].sort((a, b) => a - b);
  return { years: years.join(', '), edited: rules.some((c) => c.edited) };
}
