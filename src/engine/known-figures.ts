/**
 * Known figures as part of a scenario (MODEL.md §8): the yearly revenue per
 * actor a report prints, appraised with the scenario's own financing, horizon
 * and indirect-tax mark-up, so that a saved calculation, its print and its
 * export hold them beside (or instead of) what the participants give.
 */
import { defaultParamValues, ruleYearOf } from './parameters';
import type { KnownCaseInput, KnownFigures, Scenario } from './schema';
import { PERSPECTIVES, type Perspective } from './types';
import { scenarioPriceYear } from './evaluate';

/** What of a scenario the known figures are appraised with. */
export type KnownFrame = Pick<
  Scenario,
  'parameters' | 'parameterSets' | 'priceYear' | 'financing' | 'horizonYears'
> & { cohorts: readonly { year?: number }[]; knownFigures?: KnownFigures };

/** Has the user typed anything into the known figures? */
export function hasKnownFigures(k: KnownFigures | undefined): k is KnownFigures {
  if (!k) return false;
  if (k.participants !== undefined || k.cost !== undefined) return true;
  return PERSPECTIVES.some((p) => k.yearlyRevenue?.[p] !== undefined);
}

/** The indirect-tax mark-up of the scenario's price year: the rate its costs are valued with. */
function indirectTaxRateOf(s: KnownFrame): number {
  if (s.parameters) return s.parameters.values.indirectTaxRate;
  const year = ruleYearOf(scenarioPriceYear(s));
  const own = s.parameterSets?.find((p) => p.year === year);
  return (own?.values ?? defaultParamValues(year)).indirectTaxRate;
}

/**
 * The known-revenue case a scenario's known figures make, to be checked with
 * `parseKnownCase` and appraised with `appraiseKnownCase`: the cost as a
 * budget (excl. indirect taxes) or as society's cost, the scenario's
 * financing and horizon, and the price year's mark-up. Null when the known
 * figures are empty. Works on a draft that may not be valid yet.
 */
export function knownCaseInput(s: KnownFrame): KnownCaseInput | null {
  const k = s.knownFigures;
  if (!hasKnownFigures(k)) return null;
  const yearlyRevenue: Partial<Record<Perspective, number>> = {};
  for (const p of PERSPECTIVES) {
    const x = k.yearlyRevenue?.[p];
    if (x !== undefined) yearlyRevenue[p] = x;
  }
  return {
    participants: k.participants as number,
    ...(k.costGiven === 'societalCost' ? { societalCost: k.cost } : { budget: k.cost }),
    yearlyRevenue,
    horizonYears: s.horizonYears,
    financing: s.financing,
    indirectTaxRate: indirectTaxRateOf(s),
  };
}
