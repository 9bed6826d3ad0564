/**
 * Random numbers and the parameters' distributions for the Monte Carlo
 * analysis (MODEL.md §10): a seeded generator, so a run can be reproduced,
 * and triangular, uniform or truncated normal draws over each parameter's
 * low–high range.
 */
import {
  PARAM_IDS,
  PARAMETER_DEFS,
  paramDefsFor,
  type ParamId,
  type ParamValues,
} from '../parameters';
import type { DistributionKind, UncertaintySettings } from '../schema';

/** Mulberry32: a small, fast generator with a 32-bit seed; uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** z of the 95th percentile: low–high is read as a 90 % interval for the normal distribution. */
const Z95 = 1.6448536269514722;

export interface SampledParameter {
  id: ParamId;
  distribution: DistributionKind;
  low: number;
  mode: number;
  high: number;
}

/**
 * The parameters a run samples, with their distribution and range: every
 * parameter with low < high that is not fixed. A value edited outside its
 * range widens the range to include it.
 */
export function sampledParameters(
  values: ParamValues,
  settings: UncertaintySettings,
  year?: number,
): SampledParameter[] {
  const out: SampledParameter[] = [];
  const defs = paramDefsFor(year);
  for (const id of PARAM_IDS) {
    const choice = settings.distributions[id] ?? settings.distribution;
    if (choice === 'fixed') continue;
    const def = defs[id];
    const mode = values[id];
    const low = Math.min(def.low, mode);
    const high = Math.max(def.high, mode);
    if (!(high > low)) continue;
    out.push({ id, distribution: choice, low, mode, high });
  }
  return out;
}

/** Standard normal deviate (Box–Muller). */
function gauss(rand: () => number): number {
  const u = 1 - rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** One draw of a parameter. */
export function drawParameter(p: SampledParameter, rand: () => number): number {
  const { low, mode, high } = p;
  switch (p.distribution) {
    case 'uniform':
      return low + rand() * (high - low);
    case 'triangular': {
      const u = rand();
      const c = (mode - low) / (high - low);
      return u < c
        ? low + Math.sqrt(u * (high - low) * (mode - low))
        : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
    }
    case 'normal': {
      const sd = (high - low) / (2 * Z95);
      const max = PARAMETER_DEFS[p.id].unit === 'share' ? 1 : Infinity;
      // Truncated to the parameter's domain (≥ 0; shares ≤ 1) by redrawing.
      for (let i = 0; i < 50; i++) {
        const x = mode + sd * gauss(rand);
        if (x >= 0 && x <= max) return x;
      }
      return Math.min(max, Math.max(0, mode));
    }
  }
}
