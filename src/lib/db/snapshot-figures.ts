/**
 * What a saved version keeps of the engine's answer and how it is checked
 * later: the compact copy of a result (`figuresFrom`), whether two copies
 * differ by more than rounding, and which of its parameters differ from
 * today's defaults. Pure functions; the store is snapshots.ts.
 */
import {
  changedParameters,
  paramDefsFor,
  PERSPECTIVES,
  withDefaultRules,
  type EvaluationResult,
  type ParamId,
  type Scenario,
} from '../../engine';
import type { StoredFigures } from './db';
import { COST_PERSPECTIVES } from './snapshot-fields';

/** The compact copy of a result that a snapshot keeps (no figure is computed here). */
export function figuresFrom(result: EvaluationResult): StoredFigures {
  const t = result.total;
  return {
    parameterSetId: result.parameterSetId,
    horizonYears: result.horizonYears,
    participants: t.participants,
    budget: t.budget,
    cost: { ...t.cost },
    yearlyRevenue: { ...t.yearlyRevenue },
    profitYear1: { ...t.profitYear1 },
    profitYear5: { ...t.profitYear5 },
    profitHorizon: { ...t.profitHorizon },
    paybackMonths: { ...t.paybackMonths },
  };
}

/**
 * Whether two sets of figures differ by more than rounding (half a krona, or
 * any payback month): a stored snapshot that today's engine no longer
 * reproduces (a changed model, or a hand-edited file).
 */
export function figuresDiffer(a: StoredFigures, b: StoredFigures): boolean {
  const vectors = ['cost', 'yearlyRevenue', 'profitYear1', 'profitYear5', 'profitHorizon'] as const;
  if (a.participants !== b.participants || a.horizonYears !== b.horizonYears) return true;
  for (const k of vectors)
    for (const p of PERSPECTIVES) if (!(Math.abs(a[k][p] - b[k][p]) <= 0.5)) return true;
  return COST_PERSPECTIVES.some((p) => a.paybackMonths[p] !== b.paybackMonths[p]);
}

export interface ParamDifference {
  id: ParamId;
  /** The rule year of the set the value belongs to. */
  year: number;
  saved: number;
  today: number;
}

/**
 * The parameters whose saved value differs from today's default — the
 * values a snapshot would not reproduce if it were recomputed with the
 * defaults (they changed since it was saved, or the user set them).
 */
export function paramDifferences(scenario: Scenario): ParamDifference[] {
  return changedParameters(scenario).map(({ year, id, value }) => {
    const def = paramDefsFor(year)[id];
    return { id, year, saved: value, today: def.value };
  });
}

/** The same scenario with today's defaults: each cohort valued with the rules of its year. */
export function withTodaysDefaults(scenario: Scenario): Scenario {
  return withDefaultRules(scenario);
}
