/**
 * Evaluating a scenario (MODEL.md §7). Participants are aggregated by
 * situation (evaluation/prepare.ts), each distinct situation is valued once
 * through the ledger (evaluation/values.ts), and the what-if settings — which
 * act linearly on the after-situations (evaluation/what-if.ts) — are applied
 * to per-segment sums of a few "basis" variants (evaluation/basis.ts,
 * evaluation/segments.ts) before each segment's figures are appraised
 * (evaluation/segment-result.ts). The cost of an evaluation grows with the
 * number of distinct situations, not of participants, and a slider move costs
 * microseconds once its basis exists. This module ties the steps together and
 * is the door the rest of the app imports them through.
 */
import { makeContext, ledgerFor, summarise } from './ledger';
import type { ParamValues } from './parameters';
import type { Scenario, Situation, WhatIf } from './schema';
import type { PerspectiveVector } from './types';
import { asUnits, type Kronor, type Months, type Share } from './units';
import { sliderBaseline } from './evaluation/baseline';
import { prepare, type Prepared } from './evaluation/prepare';
import type {
  EvaluationResult,
  KeyFigures,
  SegmentResult,
  TimePointResult,
} from './evaluation/result-types';
import { finish, sub, vectorOf } from './evaluation/segment-result';
import { accumulate } from './evaluation/segments';
import { situationCount } from './evaluation/values';
import { evaluationWarnings } from './evaluation/warnings';
import { extraFundsScale } from './evaluation/what-if';

export {
  cohortBudget,
  cohortParameterSet,
  contextIndexOfKey,
  contextOfKey,
  prepare,
  scenarioPriceYear,
  type Prepared,
  type TimePointAgg,
  type ValuationContext,
} from './evaluation/prepare';
export {
  TIME_POINTS,
  type CohortRules,
  type EvaluationResult,
  type KeyFigures,
  type KronorVector,
  type PaybackMonths,
  type SegmentResult,
  type SourceStat,
  type TimePoint,
  type TimePointResult,
  type Warning,
  type WarningCode,
} from './evaluation/result-types';
export { afterVariant, conversionWeights, NO_WHAT_IF, type Kind } from './evaluation/what-if';
export { beforeRowsByOutcome, outcomeOf } from './evaluation/basis';
export type { EvaluationCache } from './evaluation/cache';
export { ValueStore } from './evaluation/value-store';
export type { Kronor, Months, Share } from './units';

/** Evaluate a prepared scenario with the given what-if settings. */
export function evaluatePrepared(
  prep: Prepared,
  whatIf: WhatIf = prep.scenario.whatIf,
): EvaluationResult {
  const sc = prep.scenario;
  const p = prep.ctx.params;
  const totalBudget = prep.cohortBudget.reduce((a, b) => a + b, 0);
  const scale = extraFundsScale(whatIf, totalBudget);
  const nCohorts = sc.cohorts.length;
  const exit = accumulate(prep, whatIf, 'exit');
  const total = finish(exit[0], prep, whatIf, scale);
  const byCohort = exit.slice(1, 1 + nCohorts).map((a) => finish(a, prep, whatIf, scale));
  const byGender = exit
    .slice(1 + nCohorts)
    .filter((a) => a.participants > 0)
    .map((a) => finish(a, prep, whatIf, scale));

  const followUps: TimePointResult[] = [
    { timePoint: 'exit', participantsCovered: exit[0].participants, result: total },
  ];
  for (const tp of ['m6', 'm24'] as const) {
    if (!prep.timePoints[tp]) continue;
    const acc = accumulate(prep, whatIf, tp)[0];
    followUps.push({
      timePoint: tp,
      participantsCovered: acc.participants,
      result: finish(acc, prep, whatIf, scale),
    });
  }

  const warnings = evaluationWarnings(prep, whatIf, totalBudget, exit[0].participants);
  const { subW, subExt, inSub, inStudies } = sliderBaseline(prep);
  return {
    title: sc.title,
    horizonYears: sc.horizonYears,
    parameterSetId:
      sc.parameters?.setId ?? [...new Set(prep.cohortRules.map((r) => r.setId))].join(', '),
    priceYear: prep.priceYear,
    rules: prep.cohortRules,
    whatIf,
    total,
    byCohort,
    byGender,
    followUps,
    baseline: {
      averageSubsidyShare: subExt > 0 ? asUnits<Share>(subW / subExt) : null,
      personsInSubsidisedWork: inSub,
      personsInStudies: inStudies,
      extraParticipants: exit[0].participants * (scale - 1),
    },
    benchmarks: {
      paybackMonths: asUnits<Months>(p.benchmarkPaybackMonths),
      costPerParticipant: asUnits<Kronor>(p.standardCostPerParticipant),
    },
    stats: { transitions: prep.transitions, situations: situationCount(prep) },
    warnings,
  };
}

/** A segment's headline figures (what a slider's own effect and a Monte Carlo draw report). */
export function keyFigures(t: SegmentResult): KeyFigures {
  return {
    yearlyRevenue: t.yearlyRevenue,
    profitYear1: t.profitYear1,
    profitYear5: t.profitYear5,
    paybackMonths: t.paybackMonths,
  };
}

/** Evaluate a (validated) scenario with its own what-if settings. */
export function evaluateScenario(scenario: Scenario): EvaluationResult {
  return evaluatePrepared(prepare(scenario));
}

/** The value of one situation per perspective (net yearly effect), for explanations and tests. */
export function situationValue(
  s: Situation,
  params: ParamValues,
  options: Parameters<typeof makeContext>[2] = {},
): PerspectiveVector {
  return vectorOf(summarise(ledgerFor(s, makeContext(params, [], options))));
}

/** Society's yearly revenue of moving one person from `before` to `after`. */
export function stepValue(
  before: Situation,
  after: Situation,
  params: ParamValues,
): PerspectiveVector {
  return sub(situationValue(after, params), situationValue(before, params));
}
