/**
 * Cost, profitability and payback (MODEL.md §7–8): the layer that turns
 * yearly revenue per actor into the figures the reports print. Also appraises
 * a known-revenue case directly (the shape of published-cases.json).
 */
import { defaultParamValues } from './parameters';
import type { Financing, KnownCase } from './schema';
import {
  OUTCOMES,
  PERSPECTIVES,
  zeroVector,
  type Outcome,
  type CostPerspective,
  type Perspective,
  type PerspectiveVector,
} from './types';

/** Months until the cost is repaid, or "neg" when the revenue never repays it. */
export type Payback = number | 'neg';

export const DEFAULT_FINANCING: Financing = {
  kommun: 0.25,
  region: 0.25,
  af: 0.25,
  fk: 0.25,
  ovrigStat: 0,
};

/**
 * Cost per perspective of a budget (excl. indirect taxes): each financier's
 * share of the budget; ovrigStat also bears the indirect taxes budget · t;
 * society bears budget · (1 + t).
 */
export function costVector(
  budget: number,
  financing: Financing,
  indirectTaxRate: number,
): PerspectiveVector {
  const c = zeroVector();
  c.kommun = budget * financing.kommun;
  c.region = budget * financing.region;
  c.af = budget * financing.af;
  c.fk = budget * financing.fk;
  c.ovrigStat = budget * financing.ovrigStat + budget * indirectTaxRate;
  c.statenTotalt = c.af + c.fk + c.ovrigStat;
  c.samhalle = budget * (1 + indirectTaxRate);
  return c;
}

/** ceil that ignores floating-point noise just above a whole number. */
function ceilMonths(x: number): number {
  return Math.max(0, Math.ceil(x - 1e-9 * Math.max(1, Math.abs(x))));
}

/**
 * Payback in months for a cost taken in year 1 and a revenue per year
 * (`series[y]` for year y+1; the last value lasts). With a constant revenue R
 * this is ceil(12 · C / R); 0 when C = 0 and R > 0; "neg" when R ≤ 0.
 */
export function paybackMonths(cost: number, series: readonly number[]): Payback {
  if (series.length === 0) return 'neg';
  let cum = 0;
  for (let y = 0; y < series.length; y++) {
    const r = series[y];
    if (r > 0 && cum + r >= cost - 1e-9 * Math.max(1, Math.abs(cost)))
      return 12 * y + ceilMonths((12 * (cost - cum)) / r);
    cum += r;
  }
  const last = series[series.length - 1];
  if (last <= 0) return 'neg';
  return 12 * series.length + ceilMonths((12 * (cost - cum)) / last);
}

/** Sum of the first `years` values of a series whose last value lasts. */
export function sumYears(series: readonly number[], years: number): number {
  let s = 0;
  for (let y = 0; y < years; y++) s += series[Math.min(y, series.length - 1)] ?? 0;
  return s;
}

/** Cumulative net result (revenue − cost) at the end of each month 0..months. */
export function cumulativeByMonth(
  cost: number,
  series: readonly number[],
  months: number,
): number[] {
  const out = new Array<number>(months + 1);
  let acc = -cost;
  out[0] = acc;
  for (let m = 1; m <= months; m++) {
    const y = Math.floor((m - 1) / 12);
    acc += (series[Math.min(y, series.length - 1)] ?? 0) / 12;
    out[m] = acc;
  }
  return out;
}

export const perParticipant = (x: number, n: number) => (n > 0 ? x / n : 0);

// ---------------------------------------------------------------------------
// Known-revenue appraisal

export interface KnownCaseResult {
  id?: string;
  participants: number;
  horizonYears: number;
  /** The budget excl. indirect taxes: given, or derived from society's cost; null without either. */
  budget: number | null;
  budgetPerParticipant: number | null;
  cost: Partial<PerspectiveVector>;
  yearlyRevenue: Partial<PerspectiveVector>;
  revenuePerParticipant: Partial<PerspectiveVector>;
  profitYear1: Partial<PerspectiveVector>;
  profitYear5: Partial<PerspectiveVector>;
  profitHorizon: Partial<PerspectiveVector>;
  profitYear1PerParticipant: Partial<PerspectiveVector>;
  profitYear5PerParticipant: Partial<PerspectiveVector>;
  paybackMonths: Partial<Record<CostPerspective, Payback>>;
}

/**
 * Appraise per-actor yearly revenue taken from a report. Cost: a budget
 * (excl. indirect taxes, split by financing, default Finsam 25 % each) or
 * society's cost (incl. them), from which the budget follows as
 * societalCost / (1 + t) and is split the same way: Balder's 2 448 000 gives
 * a budget of 1 968 637 kr, 492 159 kr for each Finsam party and 479 363 kr
 * for ovrigStat (the report: 492 000 and 480 000, from rounded inputs).
 * When only "staten totalt" is given its cost is af + fk + ovrigStat.
 */
export function appraiseKnownCase(
  c: KnownCase,
  defaultIndirectTaxRate = defaultParamValues().indirectTaxRate,
): KnownCaseResult {
  const t = c.indirectTaxRate ?? defaultIndirectTaxRate;
  const revenue: Partial<PerspectiveVector> = { ...c.yearlyRevenue };
  for (const k of Object.keys(revenue) as Perspective[])
    if (revenue[k] === undefined) delete revenue[k];
  if (
    revenue.statenTotalt === undefined &&
    revenue.af !== undefined &&
    revenue.fk !== undefined &&
    revenue.ovrigStat !== undefined
  )
    revenue.statenTotalt = revenue.af + revenue.fk + revenue.ovrigStat;

  const cost: Partial<PerspectiveVector> = {};
  const budget = c.budget ?? (c.societalCost !== undefined ? c.societalCost / (1 + t) : undefined);
  if (budget !== undefined) {
    const full = costVector(budget, c.financing ?? DEFAULT_FINANCING, t);
    for (const p of PERSPECTIVES) if (p !== 'individ') cost[p] = full[p];
    // Society's cost as the report states it, not as the budget's rounding gives it back.
    if (c.societalCost !== undefined) cost.samhalle = c.societalCost;
  }

  const res: KnownCaseResult = {
    ...(c.id ? { id: c.id } : {}),
    participants: c.participants,
    horizonYears: c.horizonYears,
    budget: budget ?? null,
    budgetPerParticipant: budget === undefined ? null : perParticipant(budget, c.participants),
    cost,
    yearlyRevenue: revenue,
    revenuePerParticipant: {},
    profitYear1: {},
    profitYear5: {},
    profitHorizon: {},
    profitYear1PerParticipant: {},
    profitYear5PerParticipant: {},
    paybackMonths: {},
  };
  for (const p of PERSPECTIVES) {
    const r = revenue[p];
    if (r === undefined) continue;
    res.revenuePerParticipant[p] = perParticipant(r, c.participants);
    const k = p === 'individ' ? 0 : cost[p];
    if (k === undefined) continue;
    res.profitYear1[p] = r - k;
    res.profitYear5[p] = 5 * r - k;
    res.profitHorizon[p] = c.horizonYears * r - k;
    res.profitYear1PerParticipant[p] = perParticipant(r - k, c.participants);
    res.profitYear5PerParticipant[p] = perParticipant(5 * r - k, c.participants);
    if (p !== 'individ') res.paybackMonths[p] = paybackMonths(k, [r]);
  }
  return res;
}

/** Arithmetic mean of yearly paybacks, rounded half up; "neg" if any year is "neg". */
export function meanPayback(paybacks: readonly Payback[]): Payback {
  if (paybacks.length === 0 || paybacks.some((p) => p === 'neg')) return 'neg';
  const nums = paybacks as number[];
  return Math.floor(nums.reduce((a, b) => a + b, 0) / nums.length + 0.5);
}

// ---------------------------------------------------------------------------
// Beyond the reports (MODEL.md §10): discounting, persistence, deadweight and
// attribution. All neutral by default, so the published figures reproduce.

export interface AppraisalSettings {
  /** Real discount rate per year (0 = no discounting, as in the reports). */
  discountRate: number;
  /**
   * Share of the effect that remains from one year to the next, per outcome
   * type of the after-situation (1 = lasts unchanged, as in the reports).
   */
  persistence: Record<Outcome, number>;
  /** Share of the change that would have happened anyway (0 = none). */
  deadweight: number;
  /** Share of the remaining change attributed to this intervention (1 = all). */
  attribution: number;
}

export const NEUTRAL_SETTINGS: AppraisalSettings = {
  discountRate: 0,
  persistence: { work: 1, studies: 1, other: 1 },
  deadweight: 0,
  attribution: 1,
};

/** Does the persistence differ between outcome types (so revenue must be split by type)? */
export const persistenceVaries = (s: AppraisalSettings) =>
  s.persistence.work !== s.persistence.studies || s.persistence.work !== s.persistence.other;

export const isNeutral = (s: AppraisalSettings) =>
  s.discountRate === 0 &&
  OUTCOMES.every((o) => s.persistence[o] === 1) &&
  s.deadweight === 0 &&
  s.attribution === 1;

/**
 * Factor on year y's effect (y from 1) of participants with outcome `o`:
 * (1 − deadweight) · attribution · persistence[o]^(y−1).
 */
export function effectFactor(s: AppraisalSettings, year: number, o: Outcome): number {
  return (1 - s.deadweight) * s.attribution * s.persistence[o] ** (year - 1);
}

/** How far a payback is searched for when the effect fades or is discounted (100 years). */
export const MAX_PAYBACK_MONTHS = 1200;

/**
 * Cumulative net result month by month: the revenue of year y (already
 * adjusted for persistence, deadweight and attribution) spread evenly over
 * its months, each month discounted by (1 + r)^(−m/12); the cost is taken at
 * month 0. Returns the cumulative values for months 0..`months` and the
 * (discounted) payback: the first month the cumulative result reaches zero,
 * "neg" when it does not within 100 years.
 */
export function discountedFlows(
  cost: number,
  revenue: (year: number) => number,
  discountRate: number,
  months: number,
  /**
   * Optional: an upper bound of the (undiscounted) revenue from year y on.
   * When it cannot repay what is left, the search stops early with "neg" —
   * the same answer, found sooner (the uncertainty analysis asks 10 000 times).
   */
  futureBound?: (year: number) => number,
): { cumulative: number[]; payback: Payback } {
  const cumulative = [-cost];
  let acc = -cost;
  let payback: Payback | undefined = cost <= 0 && revenue(1) > 0 ? 0 : undefined;
  const monthly = 1 / (1 + discountRate) ** (1 / 12);
  let discount = 1;
  const end = Math.max(months, MAX_PAYBACK_MONTHS);
  // A shortfall this small is rounding noise: it counts as repaid.
  const noise = 1e-9 * Math.max(1, Math.abs(cost));
  for (let m = 1; m <= end; m++) {
    const y = Math.floor((m - 1) / 12) + 1;
    discount *= monthly;
    acc += (revenue(y) / 12) * discount;
    if (m <= months) cumulative.push(acc);
    // Repaid once the cumulative result reaches zero; with nothing to repay, once something
    // is gained (nothing in and nothing back is "not reached", MODEL.md §7).
    if (payback === undefined && acc >= -noise && (cost > 0 || acc > 0)) payback = m;
    if (payback !== undefined && m >= months) break;
    // Stop early only when the search could not find a payback either, the noise included.
    if (futureBound && m >= months && m % 12 === 0 && futureBound(y + 1) < -acc - noise) break;
  }
  return { cumulative, payback: payback ?? 'neg' };
}
