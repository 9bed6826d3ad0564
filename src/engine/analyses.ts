/**
 * The further analyses of the published evaluations (MODEL.md §9): break-even
 * for interventions without outcome data, depreciation of the cost, years and
 * cohorts compared with their mean payback, follow-ups against targets, the
 * bridge from a base result to a what-if result, and full allocation of the
 * funds an association did not draw.
 */
import { meanPayback, paybackMonths, sumYears, type Payback } from './appraisal';
import {
  evaluatePrepared,
  NO_WHAT_IF,
  stepValue,
  type Prepared,
  type SegmentResult,
  type TimePointResult,
} from './evaluate';
import type { ParamValues } from './parameters';
import type { Situation, WhatIf } from './schema';
import type { BreakEvenStepId, Target } from './analysis-targets';
import {
  COST_PERSPECTIVES,
  PERSPECTIVES,
  type CostPerspective,
  type PerspectiveVector,
} from './types';

// ---------------------------------------------------------------------------
// Break-even ("brytpunkt")

const sit = (income: Situation['income']): Situation => ({ income, resources: [] });

/**
 * The steps the RAR Sörmland 2020 analysis used, as before/after situations
 * (their names are the app's texts: src/lib/i18n/sv/engine.ts `breakEvenSteps`).
 */
export const BREAK_EVEN_STEPS = {
  unemployedToFullTimeWork: {
    before: sit([{ source: 'arbetssokandeUtanErsattning', extent: 1 }]),
    after: sit([{ source: 'osubventioneratArbete', extent: 1 }]),
  },
  unemployedToHalfTimeSubsidised: {
    before: sit([{ source: 'arbetssokandeUtanErsattning', extent: 1 }]),
    // The report states the subsidy as the share of the labour cost actually paid: the form
    // that takes the share as given, not lönebidrag, whose ceiling would lower it.
    after: sit([
      { source: 'subventioneratArbete', extent: 0.5, subsidyShare: 0.8, subsidyForm: 'annat' },
    ]),
  },
  wagePlus5000: {
    before: sit([{ source: 'osubventioneratArbete', extent: 1, monthlyWage: 20_000 }]),
    after: sit([{ source: 'osubventioneratArbete', extent: 1, monthlyWage: 25_000 }]),
  },
} as const satisfies Record<BreakEvenStepId, { before: Situation; after: Situation }>;

export type { BreakEvenStepId } from './analysis-targets';

export interface BreakEvenResult {
  /** Yearly value of one person making the step, per perspective. */
  valuePerPersonYear: PerspectiveVector;
  /** Persons who must make the step for one year to repay the cost (null: the step never repays it). */
  personsForOneYear: Partial<Record<CostPerspective, number | null>>;
  /** Years `persons` must keep the step to repay the cost (null: never). */
  yearsForPersons: Partial<Record<CostPerspective, number | null>>;
  persons: number;
}

/**
 * Break-even for a cost with no outcome data: how many persons must make a
 * step for one year, ceil(C / V), or how many years n persons must keep it,
 * C / (n · V), per perspective with a known cost. MODEL.md §9: 57 mkr needs
 * ≈ 114 persons into full-time work, ≈ 850 into half-time work with 80 %
 * subsidy, or ≈ 580 persons earning 5 000 kr/month more.
 */
export function breakEven(
  cost: Partial<Record<CostPerspective, number>>,
  step: { before: Situation; after: Situation },
  params: ParamValues,
  persons = 1,
): BreakEvenResult {
  const value = stepValue(step.before, step.after, params);
  const personsForOneYear: BreakEvenResult['personsForOneYear'] = {};
  const yearsForPersons: BreakEvenResult['yearsForPersons'] = {};
  for (const p of COST_PERSPECTIVES) {
    const c = cost[p];
    if (c === undefined) continue;
    const v = value[p];
    if (c <= 0) {
      personsForOneYear[p] = 0;
      yearsForPersons[p] = 0;
    } else if (v <= 0) {
      personsForOneYear[p] = null;
      yearsForPersons[p] = null;
    } else {
      personsForOneYear[p] = Math.ceil(c / v - 1e-9);
      yearsForPersons[p] = persons > 0 ? c / (persons * v) : null;
    }
  }
  return { valuePerPersonYear: value, personsForOneYear, yearsForPersons, persons };
}

// ---------------------------------------------------------------------------
// Depreciation ("avskrivning")

export interface DepreciationYear {
  year: number;
  revenue: number;
  cost: number;
  profit: number;
  cumulative: number;
}

/**
 * The cost spread evenly over `years` as a social investment, year by year
 * over `horizon` years. Total revenue and total cost are unchanged; only
 * the short-term profitability moves.
 */
export function depreciate(
  cost: number,
  revenueByYear: readonly number[],
  years: number,
  horizon: number,
): DepreciationYear[] {
  const n = Math.max(1, Math.floor(years));
  const out: DepreciationYear[] = [];
  let cumulative = 0;
  for (let y = 1; y <= horizon; y++) {
    const revenue = revenueByYear[Math.min(y - 1, revenueByYear.length - 1)] ?? 0;
    const c = y <= n ? cost / n : 0;
    cumulative += revenue - c;
    out.push({ year: y, revenue, cost: c, profit: revenue - c, cumulative });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Years and cohorts compared

export interface CohortComparison {
  rows: {
    id: string;
    label: string;
    participants: number;
    revenue: PerspectiveVector;
    revenuePerParticipant: PerspectiveVector;
    profitYear1: PerspectiveVector;
    paybackMonths: Record<CostPerspective, Payback>;
  }[];
  /** Arithmetic mean of the yearly paybacks, rounded half up (the reports' summary tables). */
  meanPaybackMonths: Record<CostPerspective, Payback>;
}

export function compareCohorts(segments: readonly SegmentResult[]): CohortComparison {
  const meanPaybackMonths = {} as Record<CostPerspective, Payback>;
  for (const p of COST_PERSPECTIVES)
    meanPaybackMonths[p] = meanPayback(segments.map((s) => s.paybackMonths[p]));
  return {
    rows: segments.map((s) => ({
      id: s.id,
      label: s.label,
      participants: s.participants,
      revenue: s.yearlyRevenue,
      revenuePerParticipant: s.revenuePerParticipant,
      profitYear1: s.profitYear1,
      paybackMonths: s.paybackMonths,
    })),
    meanPaybackMonths,
  };
}

// ---------------------------------------------------------------------------
// Follow-ups against targets ("målbild")

// The targets and their SOT Västerås example live in analysis-targets.ts, which the
// scenario format reads without loading the evaluator.
export { SOT_TARGETS, type Target } from './analysis-targets';

export interface TargetGap {
  timePoint: TimePointResult['timePoint'];
  participants: number;
  outcome: { work: number; studies: number; other: number };
  target: Target | undefined;
  /** Outcome − target, in shares (positive: better than the target for work and studies). */
  gap: { work: number; studies: number; other: number } | undefined;
  paybackMonths: Payback;
  /** True when the payback is within the target; undefined without a payback target. */
  paybackMet: boolean | undefined;
}

export function targetGaps(
  followUps: readonly TimePointResult[],
  targets: Partial<Record<TimePointResult['timePoint'], Target>>,
): TargetGap[] {
  return followUps.map((f) => {
    const outcome = f.result.outcomeShares;
    const target = targets[f.timePoint];
    const payback = f.result.paybackMonths.samhalle;
    return {
      timePoint: f.timePoint,
      participants: f.participantsCovered,
      outcome,
      target,
      gap: target
        ? {
            work: outcome.work - target.work,
            studies: outcome.studies - target.studies,
            other: outcome.other - target.other,
          }
        : undefined,
      paybackMonths: payback,
      paybackMet:
        target?.paybackMonths === undefined
          ? undefined
          : payback !== 'neg' && payback <= target.paybackMonths,
    };
  });
}

// ---------------------------------------------------------------------------
// Scenario bridge (waterfall)

export interface BridgeStep {
  /** The what-if setting added at this step; 'base' for the start. */
  key: keyof WhatIf | 'base';
  yearlyRevenue: PerspectiveVector;
  /** Change from the previous step. */
  delta: PerspectiveVector;
  paybackMonths: Record<CostPerspective, Payback>;
}

const BRIDGE_ORDER: (keyof WhatIf)[] = [
  'subsidisedToUnsubsidisedShare',
  'subsidyShare',
  'studiesToWorkShare',
  'fewerPrimaryCareVisits',
  'fewerPsychiatricCareDays',
  'extraFunds',
];

/**
 * From the base result to the what-if result, one setting at a time in a
 * fixed order; each step's delta is that setting's contribution given the
 * ones before it. The last step equals the full what-if result.
 */
export function bridge(prep: Prepared, whatIf: WhatIf): BridgeStep[] {
  const steps: BridgeStep[] = [];
  let current: WhatIf = { ...NO_WHAT_IF };
  let prev = evaluatePrepared(prep, current).total;
  steps.push({
    key: 'base',
    yearlyRevenue: prev.yearlyRevenue,
    delta: prev.yearlyRevenue,
    paybackMonths: prev.paybackMonths,
  });
  for (const key of BRIDGE_ORDER) {
    if (whatIf[key] === NO_WHAT_IF[key]) continue;
    current =
      key === 'studiesToWorkShare'
        ? {
            ...current,
            studiesToWorkShare: whatIf.studiesToWorkShare,
            studiesToWorkDelayYears: whatIf.studiesToWorkDelayYears,
          }
        : { ...current, [key]: whatIf[key] };
    const next = evaluatePrepared(prep, current).total;
    const delta = {} as PerspectiveVector;
    for (const p of PERSPECTIVES) delta[p] = next.yearlyRevenue[p] - prev.yearlyRevenue[p];
    steps.push({
      key,
      yearlyRevenue: next.yearlyRevenue,
      delta,
      paybackMonths: next.paybackMonths,
    });
    prev = next;
  }
  return steps;
}

// ---------------------------------------------------------------------------
// Full allocation ("full tilldelning")

/** What full allocation is computed from: a segment's (usually the total's) figures. */
export interface FullAllocationBasis {
  participants: number;
  /** Budget excl. indirect taxes. */
  budget: number;
  cost: PerspectiveVector;
  yearlyRevenue: PerspectiveVector;
  revenueByYear: readonly PerspectiveVector[];
}

export interface AllocationFigures {
  participants: number;
  /** Budget excl. indirect taxes (the association's funds). */
  budget: number;
  cost: Record<CostPerspective, number>;
  yearlyRevenue: PerspectiveVector;
  profitYear1: Record<CostPerspective, number>;
  profitHorizon: Record<CostPerspective, number>;
  paybackMonths: Record<CostPerspective, Payback>;
}

export type FullAllocationResult =
  | {
      ok: true;
      undrawnFunds: number;
      /** The current budget per participant, at which the extra funds are spent. */
      costPerParticipant: number;
      horizonYears: number;
      /** Today's figures, the figures of the undrawn funds alone, and the two together. */
      current: AllocationFigures;
      extra: AllocationFigures;
      full: AllocationFigures;
    }
  | { ok: false; issue: FullAllocationIssue };

/**
 * Why full allocation cannot be computed: funds below 0 kr, or a calculation
 * without a cost per participant. The words are the app's
 * (src/lib/i18n/sv/engine.ts `fullAllocation`).
 */
export interface FullAllocationIssue {
  path: 'undrawnFunds';
  code: 'negativeFunds' | 'noCostPerParticipant';
}

function allocationFigures(
  basis: FullAllocationBasis,
  k: number,
  horizonYears: number,
): AllocationFigures {
  const cost = {} as Record<CostPerspective, number>;
  const yearlyRevenue = {} as PerspectiveVector;
  const profitYear1 = {} as Record<CostPerspective, number>;
  const profitHorizon = {} as Record<CostPerspective, number>;
  const paybackMonths_ = {} as Record<CostPerspective, Payback>;
  for (const p of PERSPECTIVES) yearlyRevenue[p] = k * basis.yearlyRevenue[p];
  for (const p of COST_PERSPECTIVES) {
    const series = basis.revenueByYear.map((r) => k * r[p]);
    cost[p] = k * basis.cost[p];
    profitYear1[p] = (series[0] ?? 0) - cost[p];
    profitHorizon[p] = sumYears(series, horizonYears) - cost[p];
    paybackMonths_[p] = paybackMonths(cost[p], series);
  }
  return {
    participants: k * basis.participants,
    budget: k * basis.budget,
    cost,
    yearlyRevenue,
    profitYear1,
    profitHorizon,
    paybackMonths: paybackMonths_,
  };
}

/**
 * Full allocation (MODEL.md §9; RAR Sörmland 2024: 4.57 mkr not drawn): the
 * undrawn funds F spent at today's budget per participant with today's
 * outcome mix. Everything scales by k = F / budget: F / (budget per
 * participant) extra participants, k × today's revenue each year, and k ×
 * today's cost per actor (each financier its share of F, övrig stat the
 * indirect taxes on it). The payback is therefore today's; what changes is
 * the size of the revenue and of the profitability.
 */
export function fullAllocation(
  basis: FullAllocationBasis,
  undrawnFunds: number,
  horizonYears: number,
): FullAllocationResult {
  const issue = (code: FullAllocationIssue['code']) =>
    ({ ok: false, issue: { path: 'undrawnFunds', code } }) as const;
  if (!Number.isFinite(undrawnFunds) || undrawnFunds < 0) return issue('negativeFunds');
  if (!(basis.budget > 0) || !(basis.participants > 0)) return issue('noCostPerParticipant');
  const k = undrawnFunds / basis.budget;
  const h = Math.max(1, Math.floor(horizonYears));
  return {
    ok: true,
    undrawnFunds,
    costPerParticipant: basis.budget / basis.participants,
    horizonYears: h,
    current: allocationFigures(basis, 1, h),
    extra: allocationFigures(basis, k, h),
    full: allocationFigures(basis, 1 + k, h),
  };
}
