/**
 * The one typed boundary between the page and the engine worker. The main
 * thread imports only these types; the implementation lives in
 * engine.worker.ts and is reached through Comlink's `wrap<EngineApi>()`.
 */
import type {
  BreakEvenResult,
  BreakEvenStepId,
  BridgeStep,
  CohortComparison,
  CostPerspective,
  DepreciationYear,
  FullAllocationBasis,
  FullAllocationResult,
  KeyFigures,
  SegmentResult,
  Target,
  TargetGap,
  TimePointResult,
  EvaluationResult,
  GroupEdit,
  KnownCaseResult,
  MemberEvaluation,
  PortfolioMemberInput,
  PortfolioResult,
  ValidationIssue,
  WhatIf,
} from '../engine';

export type EvaluateResponse =
  | {
      ok: true;
      /** The scenario evaluated with the requested what-if settings. */
      result: EvaluationResult;
      /** The same scenario without any what-if change: the base the sliders compare with. */
      base: EvaluationResult;
      /**
       * Each what-if setting applied alone to the base: the change that one
       * slider makes (e.g. payback 13 → 4 months). Only for settings that differ.
       */
      single: Partial<Record<keyof WhatIf, SliderFigures>>;
      /** Time spent in the worker, in milliseconds. */
      ms: number;
    }
  | { ok: false; issues: ValidationIssue[] };

export type { KeyFigures };

/**
 * What one what-if setting does on its own: the key figures, and what a
 * delayed effect needs to be told truly (studies → work after a delay
 * changes nothing in year 1, but every year from the delay on).
 */
export interface SliderFigures extends KeyFigures {
  profitHorizon: KeyFigures['yearlyRevenue'];
  /** Society's revenue year by year, over max(horizon, 5) years. */
  revenueByYear: number[];
}

export type KnownCaseResponse =
  { ok: true; result: KnownCaseResult } | { ok: false; issues: ValidationIssue[] };

export interface BreakEvenInput {
  /** The cost to repay, per perspective; only the perspectives given are answered. */
  cost: Partial<Record<CostPerspective, number>>;
  step: BreakEvenStepId;
  /** Persons for the question "how many years must they keep the step". */
  persons: number;
}

export interface DepreciationInput {
  cost: number;
  /** Revenue per year (the last one repeats). */
  revenueByYear: number[];
  /** Years the cost is spread over. */
  years: number;
  horizon: number;
}

export interface DepreciationResponse {
  rows: DepreciationYear[];
  /** Sums over the horizon: the same whatever the years of depreciation. */
  totals: { revenue: number; cost: number; profit: number };
}

export interface FullAllocationInput {
  /** The figures the undrawn funds are spent like (the total's). */
  basis: FullAllocationBasis;
  undrawnFunds: number;
  horizonYears: number;
}

export type BridgeResponse =
  { ok: true; steps: BridgeStep[] } | { ok: false; issues: ValidationIssue[] };

export interface EngineApi {
  /**
   * Evaluate a scenario. Pass the scenario document when its structure
   * changed (it is validated and aggregated, and kept under `revision`),
   * or its JSON text as a string (a document read from a file: one string
   * crosses faster than its objects); pass `null` to re-evaluate the kept
   * scenario with other what-if settings.
   */
  evaluate(scenario: unknown | null, revision: number, whatIf: WhatIf): Promise<EvaluateResponse>;
  /**
   * Evaluate the kept scenario of revision `from` with some groups replaced
   * (and keep it as `revision`): an edit costs its groups, not a copy of
   * the whole document. Answers "scenario not kept" unless `from` is kept.
   */
  evaluateEdit(
    from: number,
    edits: GroupEdit[],
    revision: number,
    whatIf: WhatIf,
  ): Promise<EvaluateResponse>;
  /** Appraise per-actor yearly revenue known from a report. */
  appraiseKnown(input: unknown): Promise<KnownCaseResponse>;
}

/** The further analyses (MODEL.md §9); kept apart so a stand-in EngineApi need not implement them. */
export interface AnalysesApi {
  /** Break-even of a cost for a step, with the kept scenario's parameters (defaults without one). */
  breakEven(input: BreakEvenInput): Promise<BreakEvenResult>;
  /** The cost spread over a number of years, year by year. */
  depreciation(input: DepreciationInput): Promise<DepreciationResponse>;
  /** Cohorts (years) side by side with their mean payback. */
  compareCohorts(segments: SegmentResult[]): Promise<CohortComparison>;
  /** Follow-up outcomes against targets per time point. */
  targetGaps(
    followUps: TimePointResult[],
    targets: Partial<Record<TimePointResult['timePoint'], Target>>,
  ): Promise<TargetGap[]>;
  /** From the kept scenario's base result to the what-if result, one setting at a time. */
  bridge(whatIf: WhatIf): Promise<BridgeResponse>;
  /** The undrawn funds spent at today's cost per participant and outcome mix. */
  fullAllocation(input: FullAllocationInput): Promise<FullAllocationResult>;
}

/** The association's portfolio: saved versions valued one by one, then added up. */
export interface PortfolioApi {
  /**
   * Value saved scenario documents as they were saved (a batch at a time, so the page can
   * show progress). A document may be given as its JSON text.
   */
  evaluateMembers(documents: unknown[]): Promise<MemberEvaluation[]>;
  /** The members in one price year (null: the newest of theirs), the totals, financiers and rankings. */
  portfolio(members: PortfolioMemberInput[], priceYear: number | null): Promise<PortfolioResult>;
}

/** Work the worker may start before it is asked for figures. */
export interface EarlyApi {
  /**
   * Read a scenario file's JSON text now, while the page reads it too: the
   * evaluation of that same text that follows (`evaluate` with the text)
   * finds it parsed, validated and aggregated. Any evaluation forgets it.
   */
  readAhead(text: string): Promise<void>;
}

/** Everything the worker exposes. */
export type WorkerApi = EngineApi & AnalysesApi & PortfolioApi & EarlyApi;
