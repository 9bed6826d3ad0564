/**
 * Uncertainty (MODEL.md §10): Monte Carlo over the parameter ranges. Every
 * parameter with a low–high range is drawn from a distribution — triangular
 * (low, value, high) by default, uniform (low, high), or normal (mean =
 * value, low–high as the 90 % interval, truncated to the parameter's domain) —
 * independently, from a seeded generator, so a run can be reproduced.
 *
 * A draw changes every parameter, so every situation must be valued anew.
 * To make 10 000 draws cheap, the participants are reduced once to what a
 * valuation needs: the distinct income items (whose entries are linear in
 * the parameters), the distinct combinations of items that are taxed
 * together (income tax is not linear) and the resource uses, each with its
 * weight — participants × what-if weight, signed (+ after, − before), per
 * outcome type and side (with and without the delayed studies → work). A
 * draw then values a few dozen items and evaluates the tax of each
 * combination, instead of building the ledger of every situation. The result
 * equals the full evaluation at the drawn parameters (tested draw by draw).
 *
 * The steps live in monte-carlo/: draws.ts (generator and distributions),
 * reduce.ts (the reduced form), valuer.ts (one draw) and statistics.ts
 * (quantiles and histograms); this module runs them and summarises a run.
 */
import type { Prepared } from './evaluation/prepare';
import type { KeyFigures } from './evaluation/result-types';
import {
  drawParameter,
  sampledParameters,
  seededRandom,
  type SampledParameter,
} from './monte-carlo/draws';
import { NP, PI } from './monte-carlo/reduce';
import {
  band,
  histogram,
  paybackHistogram,
  paybackQuantile,
  type Band,
  type HistogramBin,
  type PaybackBand,
} from './monte-carlo/statistics';
import { createValuer, drawFigures } from './monte-carlo/valuer';
import type { UncertaintySettings, WhatIf } from './schema';
import { COST_PERSPECTIVES, PERSPECTIVES, type CostPerspective, type Perspective } from './types';

export {
  drawParameter,
  sampledParameters,
  seededRandom,
  type SampledParameter,
} from './monte-carlo/draws';
export {
  histogram,
  quantile,
  type Band,
  type HistogramBin,
  type PaybackBand,
} from './monte-carlo/statistics';
export { createValuer, drawFigures } from './monte-carlo/valuer';

export interface MonteCarloResult {
  seed: number;
  draws: number;
  sampled: SampledParameter[];
  /** The figures at the parameters' values (the deterministic result). */
  deterministic: KeyFigures;
  yearlyRevenue: Record<Perspective, Band>;
  profitYear1: Record<Perspective, Band>;
  profitYear5: Record<Perspective, Band>;
  paybackMonths: Record<CostPerspective, PaybackBand>;
  paybackTargetMonths: number;
  /** Share of draws whose payback is at most the target. */
  probabilityWithinTarget: Record<CostPerspective, number>;
  /** Share of draws whose 5-year profitability is positive. */
  probabilityProfitableYear5: Record<Perspective, number>;
  histograms: {
    /** Society's 5-year profitability. */
    profitYear5: HistogramBin[];
    /** Society's payback in months; draws that never pay back are counted apart. */
    paybackMonths: HistogramBin[];
    neverPaysBack: number;
  };
}

export interface MonteCarloOptions {
  /** Called every `progressEvery` draws and at the end. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

/**
 * Run the Monte Carlo analysis of a prepared scenario at the what-if
 * settings `w`, with the scenario's uncertainty settings (or `settings`).
 */
export function monteCarlo(
  prep: Prepared,
  w: WhatIf,
  settings: UncertaintySettings = prep.scenario.uncertainty,
  options: MonteCarloOptions = {},
): MonteCarloResult {
  const values = prep.ctx.params;
  const sampled = sampledParameters(values, settings, prep.primaryYear);
  const rand = seededRandom(settings.seed);
  // Only the sampled parameters differ from the set's values from draw to draw.
  const valuer = createValuer(
    prep,
    w,
    sampled.map((p) => p.id),
  );
  const n = settings.draws;
  const out = new Float64Array(4 * NP);
  /** Per metric block and perspective, the draws: [block · NP + k][draw]. */
  const store = Array.from({ length: 4 * NP }, () => new Float64Array(n));
  const params = { ...values };
  const every = options.progressEvery ?? 500;
  for (let d = 0; d < n; d++) {
    for (const p of sampled) params[p.id] = drawParameter(p, rand);
    valuer(params, out);
    for (let j = 0; j < 4 * NP; j++) store[j][d] = out[j];
    if (options.onProgress && (d + 1) % every === 0 && d + 1 < n) options.onProgress(d + 1, n);
  }
  options.onProgress?.(n, n);

  const bands = (block: number) =>
    Object.fromEntries(PERSPECTIVES.map((p, k) => [p, band(store[block * NP + k])])) as Record<
      Perspective,
      Band
    >;
  const paybacks = {} as Record<CostPerspective, PaybackBand>;
  const within = {} as Record<CostPerspective, number>;
  const target = settings.paybackTargetMonths;
  for (const p of COST_PERSPECTIVES) {
    const raw = store[3 * NP + PI[p]];
    const sorted = Float64Array.from(raw).sort();
    paybacks[p] = {
      p5: paybackQuantile(sorted, 0.05),
      median: paybackQuantile(sorted, 0.5),
      p95: paybackQuantile(sorted, 0.95),
    };
    let hits = 0;
    for (const x of raw) if (x <= target) hits++;
    within[p] = hits / n;
  }
  const profitable = {} as Record<Perspective, number>;
  PERSPECTIVES.forEach((p, k) => {
    let hits = 0;
    for (const x of store[2 * NP + k]) if (x > 0) hits++;
    profitable[p] = hits / n;
  });
  const societyPayback = store[3 * NP + PI.samhalle];
  let never = 0;
  for (const x of societyPayback) if (!Number.isFinite(x)) never++;

  valuer(values, out);
  return {
    seed: settings.seed,
    draws: n,
    sampled,
    deterministic: drawFigures(out),
    yearlyRevenue: bands(0),
    profitYear1: bands(1),
    profitYear5: bands(2),
    paybackMonths: paybacks,
    paybackTargetMonths: target,
    probabilityWithinTarget: within,
    probabilityProfitableYear5: profitable,
    histograms: {
      profitYear5: histogram(store[2 * NP + PI.samhalle], 24),
      paybackMonths: paybackHistogram(societyPayback, 24),
      neverPaysBack: never,
    },
  };
}
