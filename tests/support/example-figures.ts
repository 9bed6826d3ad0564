/**
 * What the page must show for the built-in example: society's payback. Written out below
 * with its arithmetic (MODEL.md §7: ⌈12 · C / R⌉ months) and checked against the engine in
 * Node by tests/unit/example-figures.test.ts; the page computes it in its worker and formats
 * it, and the browser tests compare the page with the figure written here.
 */
// The engine's rule data, installed as the worker installs it.
import '../../src/engine/rules/install';
import { evaluatePrepared, exampleScenario, NO_WHAT_IF, prepare } from '../../src/engine';
import type { Scenario, WhatIf } from '../../src/engine';

/**
 * The example's society cost: Balder 2017's 4 750 000 kr for 152 participants (the report's
 * table 2), for the 63 evaluated, plus indirect taxes of 24.35 % (MODEL.md §7):
 * 4 750 000 / 152 × 63 = 1 968 750 kr; × 1.2435 = 2 448 140.625 kr.
 */
export const EXAMPLE_SOCIETY_COST = (4_750_000 / 152) * 63 * 1.2435;

/**
 * Society's payback for the example as it opens, in whole months: ⌈12 · C / R⌉ with C =
 * 2 448 140.625 kr (above) and R, society's yearly revenue of the example's 63 participants
 * with the 2017 rules, 6 078 801 kr: ⌈12 × 2 448 140.625 / 6 078 801⌉ = ⌈4.83⌉ = 5.
 * (The example is modelled on Balder, not on its printed figures: the report's R is
 * 2 279 000 kr, which gives 13 months.) 5 months holds for any R in
 * [12 · C / 5, 12 · C / 4) = [5 875 537.5, 7 344 421.875) kr.
 */
export const EXAMPLE_PAYBACK_MONTHS = 5;

/** The payback as the Swedish page shows it when it opens: "5 mån". */
export const EXAMPLE_PAYBACK_TEXT = `${EXAMPLE_PAYBACK_MONTHS} mån`;

/**
 * Society's payback in whole months for the example (changed by `edit`, if given) at the
 * given what-if settings and discount rate, as the engine gives it in Node — for the states
 * the page reaches by moving a slider or editing an input, to compare with what the page
 * computes in its worker.
 */
export function examplePaybackMonths(
  whatIf: Partial<WhatIf> = {},
  discountRate = 0,
  edit: (s: Scenario) => void = () => {},
): number {
  const s = exampleScenario();
  s.appraisal = { ...s.appraisal, discountRate };
  edit(s);
  const t = evaluatePrepared(prepare(s), { ...NO_WHAT_IF, ...whatIf }).total;
  const months = t.paybackMonths.samhalle;
  if (months === 'neg') throw new Error('the example pays back');
  if (discountRate === 0 && months !== Math.ceil((12 * t.cost.samhalle) / t.yearlyRevenue.samhalle))
    throw new Error('payback is not ⌈12 · C / R⌉');
  return months;
}
