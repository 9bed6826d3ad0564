/**
 * Monte Carlo statistics (MODEL.md §10): the quantiles, probabilities and histograms a run
 * reports, checked against their definitions written out here and against a full
 * evaluation of every draw (the fast valuation is not the judge of its own summary).
 */
import { describe, expect, it } from 'vitest';
import { evaluatePrepared, prepare } from './evaluate';
import type { Payback } from './appraisal';
import { exampleScenario } from './example';
import { defaultParameterSet, PARAMETER_DEFS, type ParamValues } from './parameters';
import type { Scenario, UncertaintySettings } from './schema';
import { COST_PERSPECTIVES, PERSPECTIVES } from './types';
import {
  drawParameter,
  histogram,
  monteCarlo,
  quantile,
  sampledParameters,
  seededRandom,
  type SampledParameter,
} from './uncertainty';

describe('quantile: linear interpolation between order statistics (Hyndman & Fan type 7)', () => {
  // h = (n − 1)·q; the value is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
  it.each<[number[], number, number]>([
    // n = 4: h = 3q.
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 1, 4],
    [[1, 2, 3, 4], 0.5, 2.5], // h = 1.5: 2 + 0.5 · (3 − 2)
    [[1, 2, 3, 4], 0.05, 1.15], // h = 0.15: 1 + 0.15 · 1
    [[1, 2, 3, 4], 0.95, 3.85], // h = 2.85: 3 + 0.85 · 1
    [[10, 20], 0.25, 12.5], // h = 0.25
    [[-30, 0, 90], 0.75, 45], // h = 1.5: 0 + 0.5 · 90
    [[7], 0.3, 7],
    [[3, 3, 3], 0.37, 3],
  ])('of %j at %d is %d', (xs, q, expected) => {
    expect(quantile(Float64Array.from(xs), q)).toBeCloseTo(expected, 12);
  });

  it('is not a number for no values', () => {
    expect(quantile(new Float64Array(0), 0.5)).toBeNaN();
  });

  it('between two equal infinite values is that value, not ∞ − ∞', () => {
    expect(quantile(Float64Array.from([1, Infinity, Infinity]), 0.75)).toBe(Infinity);
    expect(quantile(Float64Array.from([-Infinity, -Infinity, 0]), 0.25)).toBe(-Infinity);
  });
});

describe('histogram: equal-width bins over the finite values', () => {
  it('puts all-equal values in one bin of zero width', () => {
    expect(histogram([7, 7, 7], 24)).toEqual([{ x0: 7, x1: 7, count: 3 }]);
  });

  it('leaves non-finite draws out of every bin, also when the finite ones are equal', () => {
    expect(histogram([5, Infinity, 5, NaN, -Infinity], 4)).toEqual([{ x0: 5, x1: 5, count: 2 }]);
    // 1 and 3 over two bins of width 1: [1, 2) and [2, 3].
    expect(histogram([NaN, 1, Infinity, 3], 2)).toEqual([
      { x0: 1, x1: 2, count: 1 },
      { x0: 2, x1: 3, count: 1 },
    ]);
  });

  it('gives no bins when no draw is finite', () => {
    expect(histogram([NaN, Infinity], 10)).toEqual([]);
    expect(histogram([], 10)).toEqual([]);
  });

  it('ends the last bin at the highest value exactly, whatever the rounding of the width', () => {
    // (max − min) / 24 · 24 + min is not max in floating point for these two values.
    const lo = 12.175814602404378;
    const hi = 24.77712574581874;
    expect(lo + 24 * ((hi - lo) / 24)).not.toBe(hi);
    const bins = histogram([lo, hi], 24);
    expect(bins.at(-1)!.x1).toBe(hi);
    expect(bins.at(-1)!.count).toBe(1);
  });

  it('counts a value on an inner edge in the upper bin and the maximum in the last', () => {
    // 0 … 10 in 5 bins of width 2: 2 opens bin 1, 10 closes bin 4.
    expect(histogram([0, 2, 10, 9.99, 1.99], 5)).toEqual([
      { x0: 0, x1: 2, count: 2 },
      { x0: 2, x1: 4, count: 1 },
      { x0: 4, x1: 6, count: 0 },
      { x0: 6, x1: 8, count: 0 },
      { x0: 8, x1: 10, count: 2 },
    ]);
  });
});

/** A generator that returns the given numbers in turn, counting its calls (a bound on the work done). */
function scripted(...values: number[]) {
  let i = 0;
  const rand = () => values[i++ % values.length];
  return Object.assign(rand, { calls: () => i });
}

describe('one draw of a parameter', () => {
  const p = (
    distribution: SampledParameter['distribution'],
    low: number,
    mode: number,
    high: number,
    id: SampledParameter['id'] = 'referenceMonthlyWage',
  ): SampledParameter => ({ id, distribution, low, mode, high });

  it('uniform: low + u · (high − low)', () => {
    expect(drawParameter(p('uniform', 20_000, 25_000, 30_000), scripted(0.25))).toBe(22_500);
  });

  it.each([
    // low 0, mode 1, high 4: the mode's share of the range is c = 0.25.
    [0.1, Math.sqrt(0.1 * 4 * 1)], // u < c: low + √(u · 4 · 1)
    [0.25, 1], // u = c: high − √(0.75 · 4 · 3) = 4 − 3, the mode
    [0.5, 4 - Math.sqrt(0.5 * 4 * 3)], // u > c: high − √((1 − u) · 4 · 3)
    [0, 0],
  ])('triangular (0, 1, 4) at u = %d is %d', (u, expected) => {
    expect(drawParameter(p('triangular', 0, 1, 4), scripted(u))).toBeCloseTo(expected, 12);
  });

  it('triangular (2, 3, 6): the mode splits the range at c = (3 − 2) / (6 − 2) = 0.25', () => {
    // u = 0.2 < c: 2 + √(0.2 · 4 · 1); u = 0.3 > c: 6 − √(0.7 · 4 · 3).
    expect(drawParameter(p('triangular', 2, 3, 6), scripted(0.2))).toBeCloseTo(
      2 + Math.sqrt(0.8),
      12,
    );
    expect(drawParameter(p('triangular', 2, 3, 6), scripted(0.3))).toBeCloseTo(
      6 - Math.sqrt(8.4),
      12,
    );
  });

  it('normal: low–high is the 90 % interval, so z = 1.645 lands half the range above the value', () => {
    // Box–Muller with u = e^(−z²/2) and an angle of 0 gives z; the generator returns 1 − u.
    const z95 = 1.6448536269514722;
    const rand = scripted(1 - Math.exp((-z95 * z95) / 2), 0);
    const x = drawParameter(p('normal', 20_000, 24_000, 30_000), rand);
    expect(x).toBeCloseTo(24_000 + (30_000 - 20_000) / 2, 6);
    expect(rand.calls()).toBe(2);
  });

  it('normal: after draws that all fall outside the domain, falls back to the value itself', () => {
    // u near 0 makes |z| huge: angle 0 gives a share far above 1, angle ½ a wage far below 0.
    const share = scripted(1 - 1e-300, 0);
    expect(drawParameter(p('normal', 0.2, 0.8, 1, 'defaultSubsidyShare'), share)).toBe(0.8);
    expect(PARAMETER_DEFS.defaultSubsidyShare.unit).toBe('share');
    const wage = scripted(1 - 1e-300, 0.5);
    expect(drawParameter(p('normal', 20_000, 25_000, 30_000), wage)).toBe(25_000);
    // The redrawing is bounded: a hostile generator cannot keep it going.
    expect(share.calls()).toBeGreaterThan(2);
    expect(share.calls()).toBeLessThanOrEqual(1_000);
    expect(wage.calls()).toBe(share.calls());
  });

  it('normal: a share above 1 or a wage below 0 is redrawn, not clamped', () => {
    const z = (u: number) => 1 - u;
    // First a draw far above 1, then one of exactly the value (angle ¼: cos = 0).
    const rand = scripted(z(1e-300), 0, z(0.5), 0.25);
    expect(drawParameter(p('normal', 0.2, 0.8, 1, 'defaultSubsidyShare'), rand)).toBeCloseTo(
      0.8,
      12,
    );
    expect(rand.calls()).toBe(4);
  });

  it('normal: a draw exactly on the domain’s edge (0, or 1 for a share) is kept, not redrawn', () => {
    // A generator value of 0 gives u = 1 − 0 = 1 and z = √(−2 ln 1) = 0: the draw is the value.
    // Were it redrawn, the next pair (z = 1.645 up or down) would land half the range away.
    const z95 = 1.6448536269514722;
    const u95 = 1 - Math.exp((-z95 * z95) / 2);
    const atZero = scripted(0, 0, u95, 0);
    expect(drawParameter(p('normal', 0, 0, 1_552, 'handlingCsn'), atZero)).toBe(0);
    expect(atZero.calls()).toBe(2);
    const atOne = scripted(0, 0, u95, 0.5);
    expect(drawParameter(p('normal', 0.5, 1, 1, 'defaultSubsidyShare'), atOne)).toBe(1);
    expect(atOne.calls()).toBe(2);
  });

  it('normal: gives up after 50 draws outside the domain, even if the next one would do', () => {
    // Each try takes two numbers (Box–Muller): 50 tries far below 0 are 100 numbers; the 101st
    // and 102nd would give z = 1.645, i.e. 25 000 + 5 000. The value itself is used instead.
    const z95 = 1.6448536269514722;
    let i = 0;
    const rand = () => {
      i++;
      if (i <= 100) return i % 2 ? 1 - 1e-300 : 0.5;
      return i % 2 ? 1 - Math.exp((-z95 * z95) / 2) : 0;
    };
    expect(drawParameter(p('normal', 20_000, 25_000, 30_000), rand)).toBe(25_000);
    expect(i).toBe(100);
  });

  it('the seeded generator is Mulberry32: its first numbers for seed 0', () => {
    // Mulberry32 (Tommy Ettinger's published 32-bit algorithm), worked in unsigned 32-bit
    // arithmetic for seed 0: state a = 0 + 0x6D2B79F5 = 1831565813;
    // t = (a ^ a >>> 15) · (a | 1) mod 2³² = 4269581823;
    // t ^= t + (t ^ t >>> 7) · (t | 61) mod 2³² gives 1144366260; t ^ t >>> 14 = 1144304738.
    // The next two states (a + 0x6D2B79F5 each time) give 1416247 and 958946056.
    const rand = seededRandom(0);
    expect(rand()).toBe(1_144_304_738 / 2 ** 32);
    expect(rand()).toBe(1_416_247 / 2 ** 32);
    expect(rand()).toBe(958_946_056 / 2 ** 32);
  });

  it('the seeded generator repeats for its seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = Array.from({ length: 1_000 }, () => a());
    expect(Array.from({ length: 1_000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1_000 }, () => c())).not.toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    // Roughly uniform: the mean of 1 000 draws is within 0.05 of ½ (4 standard errors).
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.05);
  });
});

/**
 * The example with its 2017 rules pinned, and a cost that makes society's 5-year result about
 * zero: 5 · R = C · 1.2435 with R ≈ 6.08 mkr a year, so some draws are profitable and some not.
 */
function nearBreakEven(): Scenario {
  const s = exampleScenario();
  s.parameters = defaultParameterSet(2017);
  s.cohorts[0].cost = { mode: 'total', budget: 24_400_000 };
  return s;
}

/** Each draw of a run evaluated in full: the same parameter draws, the full ledger for each. */
function fullDraws(scenario: Scenario, settings: UncertaintySettings) {
  const pinned = scenario.parameters!;
  const sampled = sampledParameters(pinned.values, settings, pinned.year);
  const rand = seededRandom(settings.seed);
  const values: ParamValues = { ...pinned.values };
  return Array.from({ length: settings.draws }, () => {
    for (const p of sampled) values[p.id] = drawParameter(p, rand);
    const drawn = { ...scenario, parameters: { ...pinned, values: { ...values } } };
    return evaluatePrepared(prepare(drawn), scenario.whatIf).total;
  });
}

/** Paybacks in order, "never" last. */
const byPayback = (xs: Payback[]) =>
  [...xs].sort((a, b) => (a === 'neg' ? Infinity : a) - (b === 'neg' ? Infinity : b));

describe('a Monte Carlo run summarises its draws by their definitions', () => {
  const scenario = nearBreakEven();
  // 40 draws: type-7 quantiles at h = 39q = 1.95, 19.5 and 37.05; nearest-rank paybacks at
  // the ⌈40q⌉-th smallest: the 2nd, the 20th and the 38th.
  const settings: UncertaintySettings = {
    seed: 11,
    draws: 40,
    distribution: 'triangular',
    distributions: {},
    paybackTargetMonths: 60,
  };
  // Computed in each test (not once for the file): a test proves only what it runs itself.
  const summarise = () => ({
    draws: fullDraws(scenario, settings),
    run: monteCarlo(prepare(scenario), scenario.whatIf, settings),
  });

  it('the run is near break-even: some draws profitable after 5 years and some not', () => {
    const { draws } = summarise();
    const profitable = draws.filter((d) => d.profitYear5.samhalle > 0).length;
    expect(profitable).toBeGreaterThan(0);
    expect(profitable).toBeLessThan(40);
  });

  it('the probability of a positive 5-year result is the share of draws above zero', () => {
    const { draws, run } = summarise();
    for (const p of PERSPECTIVES) {
      const hits = draws.filter((d) => d.profitYear5[p] > 0).length;
      expect(run.probabilityProfitableYear5[p], p).toBeCloseTo(hits / 40, 12);
    }
  });

  it('the probability of the payback target is the share of draws paid back within it', () => {
    const { draws } = summarise();
    for (const target of [12, 60, 61]) {
      const r = monteCarlo(prepare(scenario), scenario.whatIf, {
        ...settings,
        paybackTargetMonths: target,
      });
      for (const p of COST_PERSPECTIVES) {
        const hits = draws.filter((d) => {
          const m = d.paybackMonths[p];
          return m !== 'neg' && m <= target;
        }).length;
        expect(r.probabilityWithinTarget[p], `${p} within ${target}`).toBeCloseTo(hits / 40, 12);
      }
    }
  });

  it('bands: 5th, 50th and 95th percentile by interpolation, and the mean', () => {
    const { draws, run } = summarise();
    for (const p of PERSPECTIVES) {
      const x = draws.map((d) => d.profitYear5[p]).sort((a, b) => a - b);
      const between = (lo: number, frac: number) => x[lo] + frac * (x[lo + 1] - x[lo]);
      const tol = Math.max(1e-3, 1e-9 * Math.abs(x[39]));
      const band = run.profitYear5[p];
      expect(Math.abs(band.p5 - between(1, 0.95)), p).toBeLessThan(tol);
      expect(Math.abs(band.median - between(19, 0.5)), p).toBeLessThan(tol);
      expect(Math.abs(band.p95 - between(37, 0.05)), p).toBeLessThan(tol);
      expect(Math.abs(band.mean - x.reduce((a, b) => a + b, 0) / 40), p).toBeLessThan(tol);
      const y = draws.map((d) => d.yearlyRevenue[p]).sort((a, b) => a - b);
      expect(
        Math.abs(run.yearlyRevenue[p].median - (y[19] + y[20]) / 2),
        `${p} revenue`,
      ).toBeLessThan(Math.max(1e-3, 1e-9 * Math.abs(y[39])));
      const one = draws.map((d) => d.profitYear1[p]).sort((a, b) => a - b);
      expect(Math.abs(run.profitYear1[p].p5 - (one[1] + 0.95 * (one[2] - one[1]))), p).toBeLessThan(
        Math.max(1e-3, 1e-9 * Math.abs(one[39])),
      );
    }
  });

  it('paybacks: the nearest rank, whole months, "never" when it falls among draws that never pay back', () => {
    const { draws, run } = summarise();
    for (const p of COST_PERSPECTIVES) {
      const sorted = byPayback(draws.map((d) => d.paybackMonths[p]));
      expect(run.paybackMonths[p], p).toEqual({
        p5: sorted[1],
        median: sorted[19],
        p95: sorted[37],
      });
    }
    // The ranks matter here: neighbouring draws differ for society.
    const society = byPayback(draws.map((d) => d.paybackMonths.samhalle));
    expect(new Set([society[0], society[1], society[2]]).size).toBeGreaterThan(1);
    expect(new Set([society[18], society[19], society[20]]).size).toBeGreaterThan(1);
    expect(new Set([society[36], society[37], society[38]]).size).toBeGreaterThan(1);
  });

  it('histograms: profit bins from the lowest to the highest draw; payback bins of whole months', () => {
    const { draws, run } = summarise();
    const profits = draws.map((d) => d.profitYear5.samhalle);
    const bins = run.histograms.profitYear5;
    expect(bins).toHaveLength(24);
    expect(bins[0].x0).toBeCloseTo(Math.min(...profits), 3);
    expect(bins[23].x1).toBeCloseTo(Math.max(...profits), 3);
    expect(bins.reduce((a, b) => a + b.count, 0)).toBe(40);
    const below = profits.filter((x) => x < bins[12].x0).length;
    expect(bins.slice(0, 12).reduce((a, b) => a + b.count, 0)).toBe(below);

    const months = draws.map((d) => d.paybackMonths.samhalle);
    const finite = months.filter((m) => m !== 'neg');
    const never = months.length - finite.length;
    expect(run.histograms.neverPaysBack).toBe(never);
    const pb = run.histograms.paybackMonths;
    const lo = Math.min(...finite);
    const hi = Math.max(...finite);
    // At most 24 bins, each a whole number of months wide, from the lowest payback on.
    const width = Math.max(1, Math.ceil((hi - lo + 1) / 24));
    expect(pb[0].x0).toBe(lo);
    expect(pb.at(-1)!.x1).toBeGreaterThan(hi);
    expect(pb.at(-1)!.x0).toBeLessThanOrEqual(hi);
    for (const b of pb) expect(b.x1 - b.x0).toBe(width);
    for (const b of pb)
      expect(b.count, `${b.x0}–${b.x1}`).toBe(finite.filter((m) => m >= b.x0 && m < b.x1).length);
  });
});

describe('a run where no draw ever pays back', () => {
  // Nobody changes situation, and the intervention still costs: revenue 0 in every draw.
  const s = exampleScenario();
  s.parameters = defaultParameterSet(2017);
  for (const g of s.cohorts[0].groups) g.after = structuredClone(g.before);
  const settings: UncertaintySettings = {
    seed: 3,
    draws: 30,
    distribution: 'uniform',
    distributions: {},
    paybackTargetMonths: 12,
  };
  const summarise = () => monteCarlo(prepare(s), s.whatIf, settings);

  it('reports "never" at every percentile, no chance within the target and no payback bins', () => {
    const run = summarise();
    for (const p of COST_PERSPECTIVES) {
      expect(run.paybackMonths[p], p).toEqual({ p5: 'neg', median: 'neg', p95: 'neg' });
      expect(run.probabilityWithinTarget[p], p).toBe(0);
    }
    expect(run.histograms.paybackMonths).toEqual([]);
    expect(run.histograms.neverPaysBack).toBe(30);
  });

  it('no draw is profitable: each has no revenue and loses its cost', () => {
    const run = summarise();
    expect(run.probabilityProfitableYear5.samhalle).toBe(0);
    for (const q of ['p5', 'median', 'p95', 'mean'] as const) {
      expect(Math.abs(run.yearlyRevenue.samhalle[q]), q).toBeLessThan(1e-6);
      expect(run.profitYear5.samhalle[q], q).toBeLessThan(0);
    }
    expect(run.deterministic.yearlyRevenue.samhalle).toBeCloseTo(0, 6);
  });

  it('a 5-year result of exactly zero is not a positive result', () => {
    // The participants bear no cost and their situation does not change: each draw's 5-year
    // result for them is 0 − 0 = 0 (the same situations, valued alike, cancel exactly).
    const run = summarise();
    for (const q of ['p5', 'median', 'p95'] as const) expect(run.profitYear5.individ[q], q).toBe(0);
    expect(run.probabilityProfitableYear5.individ).toBe(0);
  });
});

describe('progress of a run', () => {
  const scenario = exampleScenario();
  const settings = (draws: number): UncertaintySettings => ({
    seed: 1,
    draws,
    distribution: 'uniform',
    distributions: {},
    paybackTargetMonths: 12,
  });
  const progress = (draws: number, every?: number) => {
    const seen: [number, number][] = [];
    monteCarlo(prepare(scenario), scenario.whatIf, settings(draws), {
      onProgress: (d, n) => seen.push([d, n]),
      progressEvery: every,
    });
    return seen;
  };

  it('every given number of draws, and the last once', () => {
    expect(progress(1_000, 300)).toEqual([
      [300, 1000],
      [600, 1000],
      [900, 1000],
      [1000, 1000],
    ]);
    // The last draw falls on a report: it is still reported once.
    expect(progress(1_000, 500)).toEqual([
      [500, 1000],
      [1000, 1000],
    ]);
  });

  it('every 500 draws unless told otherwise', () => {
    expect(progress(1_100)).toEqual([
      [500, 1100],
      [1000, 1100],
      [1100, 1100],
    ]);
  });
});

describe('a run where every draw pays back at once', () => {
  it('has one payback bin, 0–1 months, holding every draw', () => {
    // No cost: the payback is 0 months whenever the revenue is positive (MODEL.md §7).
    const s = exampleScenario();
    s.cohorts[0].cost = { mode: 'total', budget: 0 };
    const settings: UncertaintySettings = {
      seed: 4,
      draws: 25,
      distribution: 'triangular',
      distributions: {},
      paybackTargetMonths: 12,
    };
    const run = monteCarlo(prepare(s), s.whatIf, settings);
    expect(run.histograms.paybackMonths).toEqual([{ x0: 0, x1: 1, count: 25 }]);
    expect(run.histograms.neverPaysBack).toBe(0);
    expect(run.paybackMonths.samhalle).toEqual({ p5: 0, median: 0, p95: 0 });
    expect(run.probabilityWithinTarget.samhalle).toBe(1);
  });
});
