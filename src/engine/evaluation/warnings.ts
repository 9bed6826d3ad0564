/**
 * The notes an evaluation adds to its result: no participants, no cost,
 * extra funds without a cost, adjusted appraisal arithmetic, and the rules
 * and price conversion the cohorts were valued with. Codes and values only:
 * the app words them (src/lib/engine-texts.ts), in Swedish and English.
 */
import { isNeutral } from '../appraisal';
import { ruleYearOf } from '../parameters';
import type { Scenario, WhatIf } from '../schema';
import { OUTCOMES } from '../types';
import type { Prepared } from './prepare';
import type { Warning } from './result-types';

const NO_VALUES: Record<string, never> = {};

/** The notes on one evaluation, in the order the results list them. */
export function evaluationWarnings(
  prep: Prepared,
  whatIf: WhatIf,
  totalBudget: number,
  participants: number,
): Warning[] {
  const warnings: Warning[] = [];
  if (whatIf.extraFunds > 0 && !(totalBudget > 0))
    warnings.push({ code: 'extraFundsWithoutCost', values: NO_VALUES });
  if (participants === 0) warnings.push({ code: 'noParticipants', values: NO_VALUES });
  if (!isNeutral(prep.scenario.appraisal)) warnings.push(adjustedWarning(prep.scenario.appraisal));
  warnings.push(...rulesWarnings(prep));
  if (totalBudget === 0) warnings.push({ code: 'zeroCost', values: NO_VALUES });
  return warnings;
}

/**
 * Notes on the rules: a cohort without a year, or outside the years the
 * engine holds rules for, and the conversion of several years to one price year.
 */
function rulesWarnings(prep: Prepared): Warning[] {
  const out: Warning[] = [];
  const sc = prep.scenario;
  if (!sc.parameters) {
    const missing = sc.cohorts.filter((c) => c.year === undefined).map((c) => c.name);
    if (missing.length)
      out.push({
        code: 'cohortYearMissing',
        values: { cohorts: missing, year: ruleYearOf(undefined) },
      });
    const outside = sc.cohorts.flatMap((c) =>
      c.year !== undefined && ruleYearOf(c.year) !== c.year
        ? [{ name: c.name, year: c.year, ruleYear: ruleYearOf(c.year) }]
        : [],
    );
    if (outside.length)
      out.push({
        code: 'cohortYearOutsideRules',
        values: { lastYear: ruleYearOf(undefined), cohorts: outside },
      });
  }
  const converted = prep.cohortRules.filter((r) => r.priceFactor !== 1);
  if (converted.length)
    out.push({
      code: 'priceYearConverted',
      values: {
        priceYear: prep.priceYear,
        conversions: converted.map((r) => ({ ruleYear: r.ruleYear, priceFactor: r.priceFactor })),
      },
    });
  return out;
}

/** A note that the figures use appraisal settings beyond the reports' arithmetic. */
function adjustedWarning(a: Scenario['appraisal']): Warning {
  return {
    code: 'appraisalAdjusted',
    values: {
      discountRate: a.discountRate > 0 ? a.discountRate : null,
      persistence: OUTCOMES.some((o) => a.persistence[o] !== 1) ? { ...a.persistence } : null,
      deadweight: a.deadweight > 0 ? a.deadweight : null,
      attribution: a.attribution < 1 ? a.attribution : null,
    },
  };
}
