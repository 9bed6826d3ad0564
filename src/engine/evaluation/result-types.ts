/**
 * The shape of an evaluation's result (MODEL.md §7): what the worker sends to
 * the tables, charts, print and CLI. Plain data only, so it crosses the
 * worker boundary and is stored as it is.
 */
import type { IncomeSource } from '../catalogue';
import type { WhatIf } from '../schema';
import type { Component, CostPerspective, Outcome, Perspective } from '../types';
import type { Kronor, Months, Share } from '../units';

/** Kronor per perspective. */
export type KronorVector = Record<Perspective, Kronor>;

/** Months until the cost is repaid, or "neg" when the revenue never repays it (appraisal.ts `Payback`). */
export type PaybackMonths = Months | 'neg';

export const TIME_POINTS = ['exit', 'm6', 'm24'] as const;
export type TimePoint = (typeof TIME_POINTS)[number];

/** Which rules and price conversion each cohort was valued with (for results, print and the CLI). */
export interface CohortRules {
  cohortId: string;
  cohortYear: number | null;
  setId: string;
  ruleYear: number;
  /** True when the set is the scenario's own edited or pinned copy, not the year's defaults. */
  edited: boolean;
  priceFactor: number;
}

export interface SourceStat {
  source: IncomeSource;
  persons: number;
  fte: number;
}

export interface SegmentResult {
  id: string;
  label: string;
  participants: number;
  /** Budget excl. indirect taxes. */
  budget: Kronor;
  /** Budget per participant (excl. indirect taxes), to compare with the standard cost. */
  budgetPerParticipant: Kronor;
  cost: KronorVector;
  /** Yearly revenue in year 1 (= every year unless a delay is set). */
  yearlyRevenue: KronorVector;
  revenuePerParticipant: KronorVector;
  /** Revenue per year over max(horizon, 5) years, and through the first year after a studies → work delay. */
  revenueByYear: KronorVector[];
  /** Year-1 revenue by component, per perspective. */
  components: Record<Perspective, Record<Component, Kronor>>;
  profitYear1: KronorVector;
  profitYear5: KronorVector;
  profitHorizon: KronorVector;
  profitYear1PerParticipant: KronorVector;
  profitYear5PerParticipant: KronorVector;
  profitHorizonPerParticipant: KronorVector;
  paybackMonths: Record<CostPerspective, PaybackMonths>;
  /** Cumulative net result per month, 0..max(60, 12·horizon), per cost perspective. */
  cumulative: Record<CostPerspective, Kronor[]>;
  potential: {
    before: Kronor;
    after: Kronor;
    utilised: Kronor;
    beforePerParticipant: Kronor;
    afterPerParticipant: Kronor;
    utilisedPerParticipant: Kronor;
    utilisedShare: Share;
    /** The years to retirement the remaining potential is counted over, if chosen. */
    yearsToRetirement: number | null;
    /** The remaining potential after × years to retirement (the Balder report's ≈ 354 mkr). */
    remainingToRetirement: Kronor | null;
  };
  disposableIncome: { before: Kronor; after: Kronor; change: Kronor; changePerParticipant: Kronor };
  incomeSources: { before: SourceStat[]; after: SourceStat[] };
  outcomeShares: { work: Share; studies: Share; other: Share };
}

export interface TimePointResult {
  timePoint: TimePoint;
  participantsCovered: number;
  result: SegmentResult;
}

/**
 * A note on the result: a code and the values its text needs. The texts are
 * the app's (src/lib/i18n/sv/engine.ts and its English pair); warnings.ts
 * says when each note is given.
 */
export type Warning =
  | { code: 'extraFundsWithoutCost' | 'noParticipants' | 'zeroCost'; values: Record<string, never> }
  /** Cohorts without a year, valued with the rules of `year`. */
  | { code: 'cohortYearMissing'; values: { cohorts: string[]; year: number } }
  /** Cohorts whose year has no rules, valued with the nearest year's; rules end at `lastYear`. */
  | {
      code: 'cohortYearOutsideRules';
      values: { lastYear: number; cohorts: { name: string; year: number; ruleYear: number }[] };
    }
  /** Rule years carried to the price year by KPI, with their factors. */
  | {
      code: 'priceYearConverted';
      values: { priceYear: number; conversions: { ruleYear: number; priceFactor: number }[] };
    }
  /** The appraisal settings that depart from the reports' arithmetic (null: as the reports). */
  | {
      code: 'appraisalAdjusted';
      values: {
        discountRate: number | null;
        persistence: Record<Outcome, number> | null;
        deadweight: number | null;
        attribution: number | null;
      };
    };

export type WarningCode = Warning['code'];

export interface EvaluationResult {
  title: string;
  horizonYears: number;
  /** The parameter set(s) the cohorts were valued with, e.g. "se-2017" or "se-2017, se-2022". */
  parameterSetId: string;
  /** The year whose price level every amount is shown in. */
  priceYear: number;
  /** Per cohort: the rules it was valued with and the factor that carried it to the price year. */
  rules: CohortRules[];
  whatIf: WhatIf;
  total: SegmentResult;
  byCohort: SegmentResult[];
  byGender: SegmentResult[];
  followUps: TimePointResult[];
  baseline: {
    averageSubsidyShare: Share | null;
    personsInSubsidisedWork: number;
    personsInStudies: number;
    extraParticipants: number;
  };
  benchmarks: { paybackMonths: Months; costPerParticipant: Kronor };
  /** Distinct transitions and situations, for the curious and the benchmark. */
  stats: { transitions: number; situations: number };
  warnings: Warning[];
}

/** The headline figures of a result, per perspective. */
export interface KeyFigures {
  yearlyRevenue: KronorVector;
  profitYear1: KronorVector;
  profitYear5: KronorVector;
  paybackMonths: Record<CostPerspective, PaybackMonths>;
}
