/**
 * The uncertainty analyses behind their own worker: the sensitivity
 * (tornado) and the Monte Carlo run. A separate worker keeps the what-if
 * sliders answering while a run is under way, and lets a run be cancelled at
 * once by terminating it. Keeps the last prepared scenario by revision, like
 * the engine API.
 */
import * as v from 'valibot';
import {
  evaluatePrepared,
  monteCarlo,
  NEUTRAL_SETTINGS,
  parseScenario,
  prepare,
  sensitivity,
  toValidationIssues,
  WhatIfSchema,
  type MonteCarloResult,
  type Payback,
  type Prepared,
  type SensitivityResult,
  type ValidationIssue,
  type WhatIf,
} from '../engine';

/** Society's headline figures with the reports' arithmetic (no appraisal adjustments). */
export interface ReportArithmetic {
  profitYear5: number;
  paybackMonths: Payback;
}

export type SensitivityResponse =
  | { ok: true; result: SensitivityResult; reportArithmetic: ReportArithmetic; ms: number }
  | { ok: false; issues: ValidationIssue[] };

export type MonteCarloResponse =
  { ok: true; result: MonteCarloResult; ms: number } | { ok: false; issues: ValidationIssue[] };

export interface UncertaintyApi {
  /** One-at-a-time sensitivity of a scenario document at the what-if settings. */
  sensitivity(scenario: unknown, revision: number, whatIf: WhatIf): Promise<SensitivityResponse>;
  /**
   * Monte Carlo with the scenario's uncertainty settings; `progress` is
   * called with (draws done, draws) as the run goes.
   */
  monteCarlo(
    scenario: unknown,
    revision: number,
    whatIf: WhatIf,
    progress?: (done: number, total: number) => void,
  ): Promise<MonteCarloResponse>;
}

export function createUncertaintyApi(): UncertaintyApi {
  let kept: { revision: number; prepared: Prepared } | null = null;
  const load = (
    scenario: unknown,
    revision: number,
    whatIf: WhatIf,
  ):
    { ok: true; prepared: Prepared; whatIf: WhatIf } | { ok: false; issues: ValidationIssue[] } => {
    if (!kept || kept.revision !== revision) {
      const parsed = parseScenario(scenario);
      if (!parsed.ok) return parsed;
      kept = { revision, prepared: prepare(parsed.value) };
    }
    const w = v.safeParse(WhatIfSchema, whatIf);
    if (!w.success) return { ok: false, issues: toValidationIssues(w.issues) };
    return { ok: true, prepared: kept.prepared, whatIf: w.output };
  };
  return {
    async sensitivity(scenario, revision, whatIf) {
      const t0 = performance.now();
      const l = load(scenario, revision, whatIf);
      if (!l.ok) return l;
      const result = sensitivity(l.prepared, l.whatIf);
      // The same participants valued with the appraisal settings neutral: what the reports would say.
      const neutral = evaluatePrepared(
        { ...l.prepared, scenario: { ...l.prepared.scenario, appraisal: NEUTRAL_SETTINGS } },
        l.whatIf,
      ).total;
      const reportArithmetic = {
        profitYear5: neutral.profitYear5.samhalle,
        paybackMonths: neutral.paybackMonths.samhalle,
      };
      return { ok: true, result, reportArithmetic, ms: performance.now() - t0 };
    },
    async monteCarlo(scenario, revision, whatIf, progress) {
      const t0 = performance.now();
      const l = load(scenario, revision, whatIf);
      if (!l.ok) return l;
      const result = monteCarlo(l.prepared, l.whatIf, l.prepared.scenario.uncertainty, {
        onProgress: progress ? (done, total) => void progress(done, total) : undefined,
      });
      return { ok: true, result, ms: performance.now() - t0 };
    },
  };
}
