/**
 * The histogram of paybacks a Monte Carlo run shows (MODEL.md §7, §10): whole months, at most a
 * given number of bins, and the draws that never pay back ("neg", stored as ∞) left out of
 * every bin — the run counts them apart.
 */
import { describe, expect, it } from 'vitest';
import { paybackHistogram } from './statistics';

const months = (...xs: number[]) => Float64Array.from(xs);

describe('payback histogram: bins of whole months', () => {
  it('leaves the draws that never pay back out of the bins', () => {
    // Finite paybacks 3 and 5: 3 months wide (3, 4, 5), one month per bin as 3 ≤ 24.
    expect(paybackHistogram(months(3, Infinity, 5, Infinity), 24)).toEqual([
      { x0: 3, x1: 4, count: 1 },
      { x0: 4, x1: 5, count: 0 },
      { x0: 5, x1: 6, count: 1 },
    ]);
  });

  it('gives no bins when no draw pays back', () => {
    expect(paybackHistogram(months(Infinity, Infinity), 24)).toEqual([]);
    expect(paybackHistogram(months(), 24)).toEqual([]);
  });

  it('one month per bin while the months fit in the bins allowed', () => {
    // 0 … 23 is 24 whole months: 24 bins of 1 month, the highest payback in the last.
    const bins = paybackHistogram(months(0, 23), 24);
    expect(bins).toHaveLength(24);
    expect(bins[0]).toEqual({ x0: 0, x1: 1, count: 1 });
    expect(bins[23]).toEqual({ x0: 23, x1: 24, count: 1 });
  });

  it('wider bins, of whole months, once the months do not fit', () => {
    // 0 … 24 is 25 whole months; at most 24 bins: ⌈25 / 24⌉ = 2 months each,
    // ⌈25 / 2⌉ = 13 bins from 0 to 26. A payback of 2 opens the second bin.
    const bins = paybackHistogram(months(0, 2, 24, 1), 24);
    expect(bins).toHaveLength(13);
    for (const [i, b] of bins.entries()) expect([b.x0, b.x1]).toEqual([2 * i, 2 * i + 2]);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('all draws with the same payback: one bin of one month', () => {
    expect(paybackHistogram(months(7, 7, Infinity, 7), 24)).toEqual([{ x0: 7, x1: 8, count: 3 }]);
  });
});
