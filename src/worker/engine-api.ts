/**
 * The engine API behind the worker boundary. Keeps the last prepared
 * (aggregated) scenario so that a what-if change re-evaluates without
 * re-validating or re-aggregating the participants.
 */
import {
  appraiseKnownCase,
  evaluatePrepared,
  NO_WHAT_IF,
  parseKnownCase,
  parseScenario,
  prepare,
  WhatIfSchema,
  toValidationIssues,
  type EvaluationResult,
  type Prepared,
  type WhatIf,
} from '../engine';
import * as v from 'valibot';
import type { EngineApi, EvaluateResponse, KeyFigures } from './api';

function keyFigures(r: EvaluationResult): KeyFigures {
  const t = r.total;
  return {
    yearlyRevenue: t.yearlyRevenue,
    profitYear1: t.profitYear1,
    profitYear5: t.profitYear5,
    paybackMonths: t.paybackMonths,
  };
}

/** The engine API; a worker exposes it, tests may expose it on a MessageChannel. */
export function createEngineApi(): EngineApi {
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
      if (!kept || kept.revision !== revision)
        return {
          ok: false,
          issues: [
            {
              path: '',
              sv: 'Scenariot saknas i beräkningsmotorn; det skickas på nytt.',
              en: 'The engine does not have the scenario; it will be sent again.',
            },
          ],
        };
      const w = v.safeParse(WhatIfSchema, whatIf);
      if (!w.success) return { ok: false, issues: toValidationIssues(w.issues) };
      const settings: WhatIf = w.output;
      const result = evaluatePrepared(kept.prepared, settings);
      const single: Partial<Record<keyof WhatIf, KeyFigures>> = {};
      for (const key of Object.keys(settings) as (keyof WhatIf)[]) {
        if (settings[key] === NO_WHAT_IF[key]) continue;
        // The delay only means something together with a share of studies → work.
        const alone: WhatIf =
          key === 'studiesToWorkShare'
            ? {
                ...NO_WHAT_IF,
                studiesToWorkShare: settings.studiesToWorkShare,
                studiesToWorkDelayYears: settings.studiesToWorkDelayYears,
              }
            : { ...NO_WHAT_IF, [key]: settings[key] };
        single[key] = keyFigures(evaluatePrepared(kept.prepared, alone));
      }
      return { ok: true, result, base: kept.base, single, ms: performance.now() - t0 };
    },
    async appraiseKnown(input) {
      const parsed = parseKnownCase(input);
      if (!parsed.ok) return { ok: false, issues: parsed.issues };
      return { ok: true, result: appraiseKnownCase(parsed.value) };
    },
  };
}
