/**
 * The one typed boundary between the page and the engine worker. The main
 * thread imports only these types; the implementation lives in
 * engine.worker.ts and is reached through Comlink's `wrap<EngineApi>()`.
 */
import type {
  CostPerspective,
  EvaluationResult,
  KnownCaseResult,
  Payback,
  PerspectiveVector,
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
      single: Partial<Record<keyof WhatIf, KeyFigures>>;
      /** Time spent in the worker, in milliseconds. */
      ms: number;
    }
  | { ok: false; issues: ValidationIssue[] };

/** The headline figures of a result, per perspective. */
export interface KeyFigures {
  yearlyRevenue: PerspectiveVector;
  profitYear1: PerspectiveVector;
  profitYear5: PerspectiveVector;
  paybackMonths: Record<CostPerspective, Payback>;
}

export type KnownCaseResponse =
  { ok: true; result: KnownCaseResult } | { ok: false; issues: ValidationIssue[] };

export interface EngineApi {
  /**
   * Evaluate a scenario. Pass the scenario document when its structure
   * changed (it is validated and aggregated, and kept under `revision`);
   * pass `null` to re-evaluate the kept scenario with other what-if settings.
   */
  evaluate(scenario: unknown | null, revision: number, whatIf: WhatIf): Promise<EvaluateResponse>;
  /** Appraise per-actor yearly revenue known from a report. */
  appraiseKnown(input: unknown): Promise<KnownCaseResponse>;
}
