/**
 * The what-if algebra (MODEL.md §7), in one place for the full evaluation
 * (segments.ts, segment-result.ts) and the Monte Carlo fast path
 * (monte-carlo/reduce.ts), so that the two cannot drift apart:
 *
 * - the after-situation variants: subsidised work or studies converted to
 *   unsubsidised work, and every subsidy set to one level;
 * - the weights of the conversions, (1−q₁)(1−q₂), q₁(1−q₂), (1−q₁)q₂, q₁q₂,
 *   and of the subsidy level, (1−s)·[s=0] + s·[s=1];
 * - the studies → work move: side A (all what-ifs) moves q₂ of the studies
 *   type's participants, and their before-situations, to the work type;
 *   side B (no conversion of studies) holds for the delay years;
 * - the care reductions, per participant, and the extra funds, which scale
 *   participants, cost and revenue with the budget.
 */
import type { IncomeSource } from '../catalogue';
import type { Situation, WhatIf } from '../schema';
import { OUTCOMES } from '../types';

export const NO_WHAT_IF: WhatIf = {
  subsidisedToUnsubsidisedShare: 0,
  subsidyShare: null,
  studiesToWorkShare: 0,
  studiesToWorkDelayYears: 0,
  extraFunds: 0,
  fewerPrimaryCareVisits: 0,
  fewerPsychiatricCareDays: 0,
};

/** Indices into OUTCOMES of the two types the studies → work move connects. */
export const WORK = OUTCOMES.indexOf('work');
export const STUDIES = OUTCOMES.indexOf('studies');

function convert(s: Situation, from: IncomeSource): Situation {
  if (!s.income.some((i) => i.source === from)) return s;
  return {
    ...s,
    income: s.income.map((i) =>
      i.source === from
        ? {
            source: 'osubventioneratArbete' as const,
            extent: i.extent,
            ...(i.monthlyWage !== undefined ? { monthlyWage: i.monthlyWage } : {}),
          }
        : i,
    ),
  };
}

function withSubsidy(s: Situation, share: number): Situation {
  if (!s.income.some((i) => i.source === 'subventioneratArbete')) return s;
  return {
    ...s,
    income: s.income.map((i) =>
      i.source === 'subventioneratArbete' ? { ...i, subsidyShare: share } : i,
    ),
  };
}

/**
 * Basis variants of an after-situation. Kind bit 1: subsidised work became
 * unsubsidised; bit 2: studies became unsubsidised work. Subsidy "s0"/"s1":
 * every subsidy set to 0 or 1 (the value is linear in the subsidy share).
 */
export type Kind = 0 | 1 | 2 | 3;
export type SubsidyBasis = 'own' | 's0' | 's1';

export function variant(s: Situation, kind: Kind, subsidy: SubsidyBasis): Situation {
  let out = s;
  if (kind & 1) out = convert(out, 'subventioneratArbete');
  if (kind & 2) out = convert(out, 'studier');
  if (subsidy !== 'own') out = withSubsidy(out, subsidy === 's0' ? 0 : 1);
  return out;
}

/**
 * An after-situation with the what-ifs applied: `kind` as in `variant`, and
 * every subsidy set to `subsidyShare` unless it is null. For the uncertainty
 * analysis, which values each variant itself instead of interpolating bases.
 */
export function afterVariant(s: Situation, kind: Kind, subsidyShare: number | null): Situation {
  const out = variant(s, kind, 'own');
  return subsidyShare === null ? out : withSubsidy(out, subsidyShare);
}

/** The four conversion kinds of the what-ifs with their weights (side A: all what-ifs). */
export function conversionWeights(w: WhatIf): [Kind, number][] {
  const q1 = w.subsidisedToUnsubsidisedShare;
  const q2 = w.studiesToWorkShare;
  return [
    [0, (1 - q1) * (1 - q2)],
    [1, q1 * (1 - q2)],
    [2, (1 - q1) * q2],
    [3, q1 * q2],
  ];
}

/** The kinds of side B, the delay years before studies turn into work: no studies converted. */
export function delayedWeights(w: WhatIf): [Kind, number][] {
  const q1 = w.subsidisedToUnsubsidisedShare;
  return [
    [0, 1 - q1],
    [1, q1],
  ];
}

/** Does the studies → work move wait some years (so side B differs from side A)? */
export const isDelayed = (w: WhatIf): boolean =>
  w.studiesToWorkShare > 0 && w.studiesToWorkDelayYears > 0;

/** Is year y (1-based) one of the delay years, valued with side B? */
export const inDelay = (w: WhatIf, y: number): boolean => !(y > w.studiesToWorkDelayYears);

/**
 * The years a revenue series holds: the horizon, at least the five years the
 * reports show, and the first year after a studies → work delay. A series' last
 * year is taken to last (payback, depreciation), so it must be a year after the
 * delay, not one of it: else the move to work would never count.
 */
export const seriesYears = (horizonYears: number, w: WhatIf): number =>
  Math.max(horizonYears, 5, isDelayed(w) ? w.studiesToWorkDelayYears + 1 : 0);

/**
 * The subsidy level a kind's after-situations are valued at: the common
 * level chosen, or their own (null) when none is chosen or the subsidised
 * work was converted.
 */
export const subsidyShareFor = (w: WhatIf, kind: Kind): number | null =>
  kind & 1 ? null : w.subsidyShare;

/** A kind's weight split over the subsidy bases it interpolates between. */
export function subsidyParts(w: WhatIf, kind: Kind, weight: number): [SubsidyBasis, number][] {
  const s = subsidyShareFor(w, kind);
  return s === null
    ? [['own', weight]]
    : [
        ['s0', weight * (1 - s)],
        ['s1', weight * s],
      ];
}

/**
 * The share of the studies type moved to outcome type c (index into
 * OUTCOMES) on side A: +q₂ to work, −q₂ from studies.
 */
export const movedToType = (c: number, q2: number): number =>
  c === WORK ? q2 : c === STUDIES ? -q2 : 0;

/**
 * Participants of outcome type c on side A, given n of that type and
 * nStudies of the studies type before the move: n + moved share · nStudies
 * (the care reductions are per participant of each type).
 */
export const participantsOnSideA = (c: number, q2: number, n: number, nStudies: number): number =>
  n + movedToType(c, q2) * nStudies;

/** Care reductions per participant: the built-in item and how many visits or days fewer. */
export type CareItem = 'vardcentralBesok' | 'psykiatriVarddygn';
export function careReductions(w: WhatIf): [CareItem, number][] {
  const out: [CareItem, number][] = [];
  if (w.fewerPrimaryCareVisits > 0) out.push(['vardcentralBesok', w.fewerPrimaryCareVisits]);
  if (w.fewerPsychiatricCareDays > 0) out.push(['psykiatriVarddygn', w.fewerPsychiatricCareDays]);
  return out;
}

/**
 * Extra funds spent like the budget: participants, cost and revenue scale by
 * 1 + extra / budget. Nothing to scale without a budget (a warning says so).
 */
export const extraFundsScale = (w: WhatIf, budget: number): number =>
  w.extraFunds > 0 && budget > 0 ? 1 + w.extraFunds / budget : 1;
