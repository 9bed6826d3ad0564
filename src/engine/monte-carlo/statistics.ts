/**
 * Statistics of the Monte Carlo draws: quantiles, bands (p5, median, p95,
 * mean), the nearest-rank quantiles of whole-month paybacks, and histograms.
 */
import type { Payback } from '../appraisal';

export interface Band {
  p5: number;
  median: number;
  p95: number;
  mean: number;
}

export interface PaybackBand {
  p5: Payback;
  median: Payback;
  p95: Payback;
}

export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

/** Linear-interpolation quantile of sorted values (type 7). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo];
  const b = sorted[hi];
  if (a === b) return a;
  return a + (h - lo) * (b - a);
}

/** Nearest-rank quantile for whole months: "neg" when it falls among draws that never pay back. */
export function paybackQuantile(sorted: Float64Array, q: number): Payback {
  const x = sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
  return Number.isFinite(x) ? x : 'neg';
}

/** The p5, median, p95 and mean of a metric's draws. */
export function band(values: Float64Array): Band {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const x of values) sum += x;
  return {
    p5: quantile(sorted, 0.05),
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    mean: sum / values.length,
  };
}

/** Equal-width bins over [min, max] of the finite values. */
export function histogram(values: ArrayLike<number>, bins: number): HistogramBin[] {
  let min = Infinity;
  let max = -Infinity;
  let finite = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (!Number.isFinite(x)) continue;
    finite++;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (min > max) return [];
  if (min === max) return [{ x0: min, x1: max, count: finite }];
  const width = (max - min) / bins;
  const out = Array.from({ length: bins }, (_, i) => ({
    x0: min + i * width,
    x1: i === bins - 1 ? max : min + (i + 1) * width,
    count: 0,
  }));
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (!Number.isFinite(x)) continue;
    out[Math.min(bins - 1, Math.floor((x - min) / width))].count++;
  }
  return out;
}

/** Bins of whole months for paybacks: at most `maxBins` bins, each a whole number of months wide. */
export function paybackHistogram(values: Float64Array, maxBins: number): HistogramBin[] {
  let max = -Infinity;
  let min = Infinity;
  for (const x of values)
    if (Number.isFinite(x)) {
      if (x > max) max = x;
      if (x < min) min = x;
    }
  if (min > max) return [];
  const width = Math.max(1, Math.ceil((max - min + 1) / maxBins));
  const n = Math.ceil((max - min + 1) / width);
  const out = Array.from({ length: n }, (_, i) => ({
    x0: min + i * width,
    x1: min + (i + 1) * width,
    count: 0,
  }));
  for (const x of values) if (Number.isFinite(x)) out[Math.floor((x - min) / width)].count++;
  return out;
}
