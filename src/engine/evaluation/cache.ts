/**
 * What an evaluation keeps between calls (the memo of a prepared scenario):
 * the valued situations, the what-if variants of the after-situations, and
 * per time point the sums that do not depend on the what-if settings or
 * depend on them only through a few basis variants. One explicit object,
 * created by `prepare` and shared by shallow copies of a prepared scenario
 * (portfolio.ts and the settings tests evaluate copies with other appraisal
 * settings); the aggregated participants themselves are never changed.
 */
import type { IncomeSource } from '../catalogue';
import type { Situation } from '../schema';
import type { SourceStat, TimePoint } from './result-types';

/** Per segment, Σ count · value(variant of the after-situation), with its source counts. */
export interface Basis {
  sums: Float64Array[];
  /**
   * The same sums split by the outcome type of the (transformed) after-situation:
   * [type][segment]; empty unless persistence differs by type.
   */
  byOutcome: Float64Array[][];
  sources: Map<IncomeSource, SourceStat>[];
  outcome: { work: number; studies: number; other: number }[];
}

/** The memo of one time point. */
export interface TimePointCache {
  /** Sums of the after-situation variants, by basis id. */
  basis: Map<string, Basis>;
  /** Per segment, Σ count · value(before) and the before-situations' sources. */
  before?: { sums: Float64Array[]; sources: Map<IncomeSource, SourceStat>[] };
  /**
   * The before-situations split by the outcome type of the after-situation
   * (index into OUTCOMES): for persistence per outcome type and the
   * uncertainty analysis.
   */
  beforeRowsByOutcome?: Map<string, Float64Array>[];
  /** Per outcome type, per segment: Σ count · value(before), and participants. */
  beforeByOutcome?: { sums: Float64Array[][]; participants: Float64Array[] };
}

/** The what-if sliders' baseline: the situation at exit without what-ifs. */
export interface SliderBaseline {
  subW: number;
  subExt: number;
  inSub: number;
  inStudies: number;
}

export interface EvaluationCache {
  /** Situation key → its value matrix (see ledger.ts `summarise`), in the price year. */
  values: Map<string, Float64Array>;
  /** What-if variants of after-situations that are not among the prepared situations. */
  variants: Map<string, Situation>;
  timePoints: Partial<Record<TimePoint, TimePointCache>>;
  baseline?: SliderBaseline;
}

export const newCache = (): EvaluationCache => ({
  values: new Map(),
  variants: new Map(),
  timePoints: {},
});

/** The memo of time point `tp`, created on first use. */
export const timePointCache = (cache: EvaluationCache, tp: TimePoint): TimePointCache =>
  (cache.timePoints[tp] ??= { basis: new Map() });
