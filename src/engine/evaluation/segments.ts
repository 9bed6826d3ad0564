/**
 * One time point accumulated into its segments (the total, each cohort, each
 * gender): the basis sums of basis.ts combined with the what-if weights of
 * what-if.ts into an after-situation with all what-ifs (side A) and one
 * without the studies → work move for its delay years (side B), with the
 * before-sums they are compared with.
 */
import { persistenceVaries } from '../appraisal';
import type { IncomeSource } from '../catalogue';
import { CELL_SIZE } from '../ledger';
import type { WhatIf } from '../schema';
import { OUTCOMES } from '../types';
import { addScaled, beforeByOutcome, beforeSums, getBasis, timePoint } from './basis';
import type { Prepared } from './prepare';
import type { SourceStat, TimePoint } from './result-types';
import { unitValue } from './values';
import {
  careReductions,
  conversionWeights,
  delayedWeights,
  isDelayed,
  movedToType,
  participantsOnSideA,
  STUDIES,
  subsidyParts,
  type Kind,
} from './what-if';

export class Accumulator {
  participants = 0;
  budget = 0;
  /** Σ participants × full-time production at the potential wage of their year. */
  fullPotential = 0;
  before: Float64Array = new Float64Array(CELL_SIZE);
  /** After-situation with all what-ifs (A), and without studies→work (B) for the delay years. */
  afterA = new Float64Array(CELL_SIZE);
  afterB: Float64Array = new Float64Array(CELL_SIZE);
  sourcesBefore: Map<IncomeSource, SourceStat> = new Map();
  sourcesAfter = new Map<IncomeSource, SourceStat>();
  outcome = { work: 0, studies: 0, other: 0 };
  /**
   * Per outcome type (index into OUTCOMES), only when persistence differs by
   * type: the after-sums A and B and the before-sums they are compared with.
   */
  byOutcome: {
    afterA: Float64Array[];
    afterB: Float64Array[];
    beforeA: Float64Array[];
    beforeB: Float64Array[];
  } | null = null;
  constructor(
    readonly id: string,
    readonly label: string,
  ) {}
}

/**
 * Accumulate one time point into its segments by combining basis sums with
 * the what-if weights: (1−q₁)(1−q₂), q₁(1−q₂), (1−q₁)q₂, q₁q₂ for the
 * conversions, (1−s)·[s=0] + s·[s=1] for a common subsidy level, and a care
 * reduction that is linear in the number of visits and days.
 */
export function accumulate(prep: Prepared, w: WhatIf, tp: TimePoint): Accumulator[] {
  const a = timePoint(prep, tp)[0];
  const nSeg = prep.segments.length;
  const accs = prep.segments.map((s) => new Accumulator(s.id, s.label));
  const before = beforeSums(prep, tp);
  const q2 = w.studiesToWorkShare;
  const delayed = isDelayed(w);
  const split = persistenceVaries(prep.scenario.appraisal);
  if (split)
    for (const acc of accs) {
      const arrays = () => OUTCOMES.map(() => new Float64Array(CELL_SIZE));
      const afterA = arrays();
      acc.byOutcome = {
        afterA,
        afterB: delayed ? arrays() : afterA,
        beforeA: arrays(),
        beforeB: [],
      };
    }
  /** Add weight · (the after-situations of this kind, at the chosen subsidy level) to side A or B. */
  const addKind = (side: 'A' | 'B', kind: Kind, weight: number, withStats: boolean) => {
    if (weight <= 0) return;
    for (const [sb, wt] of subsidyParts(w, kind, weight)) {
      if (wt <= 0) continue;
      const basis = getBasis(prep, tp, kind, sb);
      for (let seg = 0; seg < nSeg; seg++) {
        const acc = accs[seg];
        addScaled(side === 'A' ? acc.afterA : acc.afterB, basis.sums[seg], wt);
        const bo = acc.byOutcome;
        if (bo)
          basis.byOutcome.forEach((sums, c) =>
            addScaled((side === 'A' ? bo.afterA : bo.afterB)[c], sums[seg], wt),
          );
      }
    }
    if (!withStats) return;
    const basis = getBasis(prep, tp, kind, 'own');
    for (let seg = 0; seg < nSeg; seg++) {
      const acc = accs[seg];
      for (const st of basis.sources[seg].values()) {
        const cur = acc.sourcesAfter.get(st.source) ?? { source: st.source, persons: 0, fte: 0 };
        cur.persons += weight * st.persons;
        cur.fte += weight * st.fte;
        acc.sourcesAfter.set(st.source, cur);
      }
      const o = basis.outcome[seg];
      acc.outcome.work += weight * o.work;
      acc.outcome.studies += weight * o.studies;
      acc.outcome.other += weight * o.other;
    }
  };
  for (const [kind, weight] of conversionWeights(w)) addKind('A', kind, weight, true);
  if (delayed) for (const [kind, weight] of delayedWeights(w)) addKind('B', kind, weight, false);
  const care: [number, Float64Array][] = careReductions(w).map(([item, amount]) => [
    amount,
    unitValue(prep, item),
  ]);
  for (let seg = 0; seg < nSeg; seg++) {
    const acc = accs[seg];
    acc.participants = a.participants[seg];
    acc.budget = a.budget[seg];
    acc.fullPotential = a.fullPotential[seg];
    acc.before = before.sums[seg];
    acc.sourcesBefore = before.sources[seg];
    for (const [amount, unit] of care) {
      addScaled(acc.afterA, unit, -amount * acc.participants);
      if (delayed) addScaled(acc.afterB, unit, -amount * acc.participants);
    }
    if (!delayed) acc.afterB = acc.afterA;
    if (acc.byOutcome) splitBefore(acc.byOutcome, beforeByOutcome(prep, tp), seg, q2, care);
  }
  return accs;
}

/**
 * The before-sums per outcome type that side A (with studies → work share q2)
 * and side B (no conversion) are compared with — converting studies to work
 * moves q2 of the studies type's participants, and their before-situations,
 * to the work type — and the care reductions, per participant of each type.
 */
function splitBefore(
  bo: NonNullable<Accumulator['byOutcome']>,
  before: { sums: Float64Array[][]; participants: Float64Array[] },
  seg: number,
  q2: number,
  care: [number, Float64Array][],
) {
  bo.beforeB = before.sums.map((sums) => sums[seg]);
  bo.beforeA = bo.beforeB.map((sums, c) => {
    const out = Float64Array.from(sums);
    if (movedToType(c, q2)) addScaled(out, bo.beforeB[STUDIES], movedToType(c, q2));
    return out;
  });
  for (let c = 0; c < OUTCOMES.length; c++) {
    const n = before.participants[c][seg];
    const nA = participantsOnSideA(c, q2, n, before.participants[STUDIES][seg]);
    for (const [amount, unit] of care) {
      addScaled(bo.afterA[c], unit, -amount * nA);
      if (bo.afterB !== bo.afterA) addScaled(bo.afterB[c], unit, -amount * n);
    }
  }
}
