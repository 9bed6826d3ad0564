/**
 * The one typed boundary between the page and the engine worker. The main
 * thread imports only these types; the implementation lives in
 * engine.worker.ts and is reached through Comlink's `wrap<EngineApi>()`.
 */
import type { EvaluationResult, KnownCaseResult, ValidationIssue, WhatIf } from '../engine';

export type EvaluateResponse =
  | {
      ok: true;
      /** The scenario evaluated with the requested what-if settings. */
      result: EvaluationResult;
      /** The same scenario without any what-if change: the base the sliders compare with. */
      base: EvaluationResult;
      /** Time spent in the worker, in milliseconds. */
      ms: number;
    }
  | { ok: false; issues: ValidationIssue[] };

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
