/**
 * The sums an evaluation combines (MODEL.md §7): per segment, Σ participants
 * × value of their before-situations, and of each basis variant of their
 * after-situations (segments.ts weighs the bases with the what-if settings).
 * Each sum is built once per prepared scenario and kept in its cache.
 */
import { CELL_SIZE, extentBySource, situationKey } from '../ledger';
import { persistenceVaries } from '../appraisal';
import { SOURCE_DEFS, type IncomeSource } from '../catalogue';
import type { Situation } from '../schema';
import { GENDERS, OUTCOMES, type Outcome } from '../types';
import { timePointCache, type Basis, type TimePointCache } from './cache';
import type { Prepared, TimePointAgg } from './prepare';
import type { SourceStat, TimePoint } from './result-types';
import { addVariant, situationOf, valueOf } from './values';
import { variant, type Kind, type SubsidyBasis } from './what-if';

/** target += k · src, over a value matrix. */
export function addScaled(target: Float64Array, src: Float64Array, k: number) {
  for (let i = 0; i < CELL_SIZE; i++) target[i] += k * src[i];
}

interface SourceProfile {
  extents: [IncomeSource, number][];
  outcome: Outcome;
}
const profiles = new WeakMap<Situation, SourceProfile>();

/** The outcome type of a situation: work (any work), studies (studies, no work) or other. */
export const outcomeOf = (s: Situation) => profileOf(s).outcome;

/** Extent per source and the outcome class of a situation, computed once per situation object. */
function profileOf(s: Situation): SourceProfile {
  let p = profiles.get(s);
  if (!p) {
    const m = extentBySource(s);
    let outcome: Outcome = m.has('studier') ? 'studies' : 'other';
    for (const src of m.keys()) if (SOURCE_DEFS[src].category === 'work') outcome = 'work';
    p = { extents: [...m], outcome };
    profiles.set(s, p);
  }
  return p;
}

/** Count n participants of an outcome type (named stores: the type varies from call to call). */
function addOutcome(o: Basis['outcome'][number], type: Outcome, n: number) {
  if (type === 'work') o.work += n;
  else if (type === 'studies') o.studies += n;
  else o.other += n;
}

function addSources(map: Map<IncomeSource, SourceStat>, profile: SourceProfile, n: number) {
  for (const [source, e] of profile.extents) {
    let st = map.get(source);
    if (!st) map.set(source, (st = { source, persons: 0, fte: 0 }));
    st.persons += n;
    st.fte += n * e;
  }
}

/** The participants of a time point and its memo. */
export function timePoint(prep: Prepared, tp: TimePoint): [TimePointAgg, TimePointCache] {
  const a = prep.timePoints[tp];
  if (!a) throw new Error(`no participants at time point ${tp}`);
  return [a, timePointCache(prep.cache, tp)];
}

/** The sums of one basis variant of the after-situations at time point `tp`. */
export function getBasis(prep: Prepared, tp: TimePoint, kind: Kind, subsidy: SubsidyBasis): Basis {
  const [a, memo] = timePoint(prep, tp);
  // Sums per outcome type only when persistence differs by type: the common path stays lean.
  // (Part of the cache key: a copy of a Prepared with other settings may share the cache.)
  const split = persistenceVaries(prep.scenario.appraisal);
  const id = `${kind}:${subsidy}${split ? ':split' : ''}`;
  let basis = memo.basis.get(id);
  if (basis) return basis;
  const nSeg = prep.segments.length;
  basis = {
    sums: prep.segments.map(() => new Float64Array(CELL_SIZE)),
    byOutcome: split
      ? OUTCOMES.map(() => prep.segments.map(() => new Float64Array(CELL_SIZE)))
      : [],
    sources: prep.segments.map(() => new Map()),
    outcome: prep.segments.map(() => ({ work: 0, studies: 0, other: 0 })),
  };
  const { sums, sources, outcome } = basis;
  a.after.forEach((counts, key) => {
    const s = situationOf(prep, key)!;
    const t = variant(s, kind, subsidy);
    let k = key;
    if (t !== s) {
      // The variant keeps its source's context (the prefix up to '|').
      k = key.slice(0, key.indexOf('|') + 1) + situationKey(t);
      addVariant(prep, k, t);
    }
    const v = valueOf(prep, k);
    // Source counts do not depend on the subsidy level: only the "own" bases carry them.
    const profile = subsidy === 'own' ? profileOf(t) : undefined;
    const byOutcome = split ? basis.byOutcome[OUTCOMES.indexOf(profileOf(t).outcome)] : null;
    for (let seg = 0; seg < nSeg; seg++) {
      const n = counts[seg];
      if (!n) continue;
      addScaled(sums[seg], v, n);
      if (byOutcome) addScaled(byOutcome[seg], v, n);
      if (profile) {
        addSources(sources[seg], profile, n);
        addOutcome(outcome[seg], profile.outcome, n);
      }
    }
  });
  memo.basis.set(id, basis);
  return basis;
}

/** Per segment, Σ count · value(before) and the before-situations' sources: independent of what-ifs. */
export function beforeSums(prep: Prepared, tp: TimePoint): NonNullable<TimePointCache['before']> {
  const [a, memo] = timePoint(prep, tp);
  if (!memo.before) {
    const nSeg = prep.segments.length;
    const sums = prep.segments.map(() => new Float64Array(CELL_SIZE));
    const sources = prep.segments.map(() => new Map<IncomeSource, SourceStat>());
    a.before.forEach((counts, key) => {
      const v = valueOf(prep, key);
      const profile = profileOf(situationOf(prep, key)!);
      for (let seg = 0; seg < nSeg; seg++) {
        const n = counts[seg];
        if (!n) continue;
        addScaled(sums[seg], v, n);
        addSources(sources[seg], profile, n);
      }
    });
    memo.before = { sums, sources };
  }
  return memo.before;
}

/**
 * Participants per before-situation and segment, split by the outcome type of
 * their after-situation at time point `tp`. A second pass over the groups,
 * made only when needed, so that the common path stays as fast as it was.
 */
export function beforeRowsByOutcome(prep: Prepared, tp: TimePoint): Map<string, Float64Array>[] {
  const memo = timePoint(prep, tp)[1];
  if (memo.beforeRowsByOutcome) return memo.beforeRowsByOutcome;
  const nSeg = prep.segments.length;
  const nCohorts = prep.scenario.cohorts.length;
  const rows = OUTCOMES.map(() => new Map<string, Float64Array>());
  const keys = new WeakMap<Situation, string>();
  prep.scenario.cohorts.forEach((cohort, ci) => {
    cohort.groups.forEach((g, gi) => {
      const n = g.count;
      const after = tp === 'exit' ? g.after : tp === 'm6' ? g.followUp6 : g.followUp24;
      if (n <= 0 || !after) return;
      let bare = keys.get(g.before);
      if (bare === undefined) keys.set(g.before, (bare = situationKey(g.before)));
      const key = `${prep.groupContext[ci][gi]}|${bare}`;
      const byKey = rows[OUTCOMES.indexOf(profileOf(after).outcome)];
      let row = byKey.get(key);
      if (!row) byKey.set(key, (row = new Float64Array(nSeg)));
      row[0] += n;
      row[1 + ci] += n;
      row[1 + nCohorts + GENDERS.indexOf(g.gender)] += n;
    });
  });
  return (memo.beforeRowsByOutcome = rows);
}

/** Per outcome type of the after-situation: the before-sums and participants of each segment. */
export function beforeByOutcome(
  prep: Prepared,
  tp: TimePoint,
): NonNullable<TimePointCache['beforeByOutcome']> {
  const memo = timePoint(prep, tp)[1];
  if (!memo.beforeByOutcome) {
    const nSeg = prep.segments.length;
    const byOutcome = beforeRowsByOutcome(prep, tp);
    const sums = byOutcome.map((rows) => {
      const out = prep.segments.map(() => new Float64Array(CELL_SIZE));
      for (const [key, counts] of rows) {
        const v = valueOf(prep, key);
        for (let seg = 0; seg < nSeg; seg++) if (counts[seg]) addScaled(out[seg], v, counts[seg]);
      }
      return out;
    });
    const participants = byOutcome.map((rows) => {
      const n = new Float64Array(nSeg);
      for (const counts of rows.values())
        for (let seg = 0; seg < nSeg; seg++) n[seg] += counts[seg];
      return n;
    });
    memo.beforeByOutcome = { sums, participants };
  }
  return memo.beforeByOutcome;
}
