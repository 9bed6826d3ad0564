/**
 * What the page must show for the built-in example: society's payback as the engine gives
 * it, evaluated here in Node. The page computes it in its worker and formats it; the two
 * paths must agree. With the reports' arithmetic it is MODEL.md §7's ⌈12 · C / R⌉ months,
 * which is checked here too.
 */
// The engine's rule data, installed as the worker installs it.
import '../../src/engine/rules/install';
import { evaluatePrepared, exampleScenario, NO_WHAT_IF, prepare } from '../../src/engine';
import type { WhatIf } from '../../src/engine';

/** Society's payback in whole months for the example at the given what-if settings and discount rate. */
export function examplePaybackMonths(whatIf: Partial<WhatIf> = {}, discountRate = 0): number {
  const s = exampleScenario();
  s.appraisal = { ...s.appraisal, discountRate };
  const t = evaluatePrepared(prepare(s), { ...NO_WHAT_IF, ...whatIf }).total;
  const months = t.paybackMonths.samhalle;
  if (months === 'neg') throw new Error('the example pays back');
  if (discountRate === 0 && months !== Math.ceil((12 * t.cost.samhalle) / t.yearlyRevenue.samhalle))
    throw new Error('payback is not ⌈12 · C / R⌉');
  return months;
}

/** The payback as the Swedish page shows it when it opens, e.g. "5 mån". */
export const EXAMPLE_PAYBACK_TEXT = `${examplePaybackMonths()} mån`;
