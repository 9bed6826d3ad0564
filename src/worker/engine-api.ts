/**
 * The engine API behind the worker boundary. Keeps the last prepared
 * (aggregated) scenario so that a what-if change re-evaluates without
 * re-validating or re-aggregating the participants.
 */
import {
  appraiseKnownCase,
  BREAK_EVEN_STEPS,
  breakEven,
  bridge,
  compareCohorts,
  defaultParamValues,
  evaluateMember,
  fullAllocation,
  portfolioTotals,
  targetGaps,
  evaluatePrepared,
  NO_WHAT_IF,
  parseKnownCase,
  parseScenario,
  prepare,
  WhatIfSchema,
  toValidationIssues,
  issue,
  type EvaluationResult,
  type Prepared,
} from '../engine';
import { depreciationWithTotals, eachSettingAlone } from '../engine/figures';
import * as v from 'valibot';
import type { EvaluateResponse, WorkerApi } from './api';

const MISSING = issue('', 'scenarioNotKept');

/** The engine API; a worker exposes it, tests may expose it on a MessageChannel. */
export function createEngineApi(): WorkerApi {
  let kept: { revision: number; prepared: Prepared; base: EvaluationResult } | null = null;
  return {
    async evaluate(scenario, revision, whatIf): Promise<EvaluateResponse> {
      const t0 = performance.now();
      if (scenario !== null) {
        const parsed = parseScenario(scenario);
        if (!parsed.ok) return { ok: false, issues: parsed.issues };
        const prepared = prepare(parsed.value);
        kept = { revision, prepared, base: evaluatePrepared(prepared, NO_WHAT_IF) };
      }
      if (!kept || kept.revision !== revision) return { ok: false, issues: [MISSING] };
      const w = v.safeParse(WhatIfSchema, whatIf);
      if (!w.success) return { ok: false, issues: toValidationIssues(w.issues) };
      const settings = w.output;
      const result = evaluatePrepared(kept.prepared, settings);
      const single = eachSettingAlone(kept.prepared, settings);
      return { ok: true, result, base: kept.base, single, ms: performance.now() - t0 };
    },
    async appraiseKnown(input) {
      const parsed = parseKnownCase(input);
      if (!parsed.ok) return { ok: false, issues: parsed.issues };
      return { ok: true, result: appraiseKnownCase(parsed.value) };
    },
    async breakEven({ cost, step, persons }) {
      const params = kept?.prepared.ctx.params ?? defaultParamValues();
      return breakEven(cost, BREAK_EVEN_STEPS[step], params, persons);
    },
    async depreciation({ cost, revenueByYear, years, horizon }) {
      return depreciationWithTotals(cost, revenueByYear, years, horizon);
    },
    async compareCohorts(segments) {
      return compareCohorts(segments);
    },
    async targetGaps(followUps, targets) {
      return targetGaps(followUps, targets);
    },
    async bridge(whatIf) {
      if (!kept) return { ok: false, issues: [MISSING] };
      const w = v.safeParse(WhatIfSchema, whatIf);
      if (!w.success) return { ok: false, issues: toValidationIssues(w.issues) };
      return { ok: true, steps: bridge(kept.prepared, w.output) };
    },
    async fullAllocation({ basis, undrawnFunds, horizonYears }) {
      return fullAllocation(basis, undrawnFunds, horizonYears);
    },
    async evaluateMembers(documents) {
      return documents.map(evaluateMember);
    },
    async portfolio(members, priceYear) {
      return portfolioTotals(members, { priceYear });
    },
  };
}
