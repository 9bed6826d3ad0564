/**
 * The engine API behind the worker boundary. Keeps the last prepared
 * (aggregated) scenario so that a what-if change re-evaluates without
 * re-validating or re-aggregating the participants, and an edit of a few
 * groups is sent, validated and valued as those groups alone.
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
  exampleScenario,
  NO_WHAT_IF,
  parseKnownCase,
  parseScenario,
  parseScenarioEdit,
  prepare,
  ValueStore,
  WhatIfSchema,
  toValidationIssues,
  issue,
  type EvaluationResult,
  type Prepared,
  type Scenario,
  type WhatIf,
} from '../engine';
import { depreciationWithTotals, eachSettingAlone } from '../engine/figures';
import * as v from 'valibot';
import type { EvaluateResponse, WorkerApi } from './api';

const MISSING = issue('', 'scenarioNotKept');

/**
 * A document sent as its JSON text (a file read, a large saved version: one
 * string crosses to the worker instead of its objects one by one). Text that
 * is not JSON stays a string, which the engine refuses as a document.
 */
function fromJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The engine API; a worker exposes it, tests may expose it on a MessageChannel.
 * `store` keeps valued situations between the scenarios it is sent: those
 * valued for one revision are not valued again for the next (an edit changes few).
 */
export function createEngineApi(store = new ValueStore()): WorkerApi {
  let kept: { revision: number; prepared: Prepared; base: EvaluationResult } | null = null;
  /** A scenario as sent (its document, or its JSON text), validated; aggregated if read ahead. */
  type Read = { parsed: ReturnType<typeof parseScenario>; prepared: Prepared | null };
  const read = (scenario: unknown): Read => ({
    parsed: parseScenario(typeof scenario === 'string' ? fromJson(scenario) : scenario),
    prepared: null,
  });
  const keep = (revision: number, scenario: Scenario, aggregated: Prepared | null = null) => {
    const prepared = aggregated ?? prepare(scenario, store);
    kept = { revision, prepared, base: evaluatePrepared(prepared, NO_WHAT_IF) };
  };
  /** A text read ahead (readAhead), with what it gives. */
  let early: (Read & { text: string }) | null = null;
  /** The kept scenario evaluated with `whatIf`. */
  const answer = (revision: number, whatIf: WhatIf, t0: number): EvaluateResponse => {
    if (!kept || kept.revision !== revision) return { ok: false, issues: [MISSING] };
    const w = v.safeParse(WhatIfSchema, whatIf);
    if (!w.success) return { ok: false, issues: toValidationIssues(w.issues) };
    const settings = w.output;
    const result = evaluatePrepared(kept.prepared, settings);
    const single = eachSettingAlone(kept.prepared, settings);
    return { ok: true, result, base: kept.base, single, ms: performance.now() - t0 };
  };
  return {
    async evaluate(scenario, revision, whatIf): Promise<EvaluateResponse> {
      const t0 = performance.now();
      const ahead = early;
      early = null;
      if (scenario !== null) {
        // The text read ahead, if this is it (compared whole: a file of the same size differs).
        const r = typeof scenario === 'string' && ahead?.text === scenario ? ahead : read(scenario);
        if (!r.parsed.ok) return { ok: false, issues: r.parsed.issues };
        keep(revision, r.parsed.value, r.prepared);
      }
      return answer(revision, whatIf, t0);
    },
    async readAhead(text) {
      early = null;
      const { parsed } = read(text);
      early = { text, parsed, prepared: parsed.ok ? prepare(parsed.value, store) : null };
    },
    async evaluateEdit(from, edits, revision, whatIf): Promise<EvaluateResponse> {
      const t0 = performance.now();
      if (!kept || kept.revision !== from) return { ok: false, issues: [MISSING] };
      if (edits.length === 0) kept = { ...kept, revision };
      else {
        const parsed = parseScenarioEdit(kept.prepared.scenario, edits);
        if (!parsed.ok) return { ok: false, issues: parsed.issues };
        keep(revision, parsed.value);
      }
      return answer(revision, whatIf, t0);
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
      return documents.map((d) => evaluateMember(typeof d === 'string' ? fromJson(d) : d));
    },
    async portfolio(members, priceYear) {
      return portfolioTotals(members, { priceYear });
    },
  };
}

/**
 * Value the built-in example once, as a request would, into `store` (the one
 * the worker's API keeps its valued situations in), and keep nothing else. A
 * page without a stored draft opens on the example: run while the page still
 * loads and mounts its own code, this takes the engine's first, unoptimised
 * run (≈ 50 ms in a new worker) off the path to the first figures, and the
 * page's own request then finds the example's situations valued.
 */
export function warmUp(store: ValueStore): void {
  const parsed = parseScenario(exampleScenario());
  if (!parsed.ok) return;
  const prepared = prepare(parsed.value, store);
  evaluatePrepared(prepared, NO_WHAT_IF);
  eachSettingAlone(prepared, NO_WHAT_IF);
}
