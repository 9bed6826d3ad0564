/**
 * The app's working state as rune classes: the scenario being edited (a
 * draft that may be invalid while the user types), the what-if settings,
 * the validation of both, and the last result from the engine worker.
 * Shared through context (`setAppState` / `useAppState`).
 */
import { getContext, setContext } from 'svelte';
import * as v from 'valibot';
import {
  exampleScenario,
  NO_WHAT_IF,
  parseScenario,
  toValidationIssues,
  WhatIfSchema,
  type EvaluationResult,
  type Scenario,
  type ValidationIssue,
  type WhatIf,
} from '../../engine';
import type { EngineClient } from '../engine-client';
import type { KeyFigures } from '../../worker/api';

export type Status = 'computing' | 'ready' | 'outdated' | 'failed';

/** A number per validation result: a worker re-aggregates a scenario only when it changes. */
const revisions = new WeakMap<object, number>();
let nextRevision = 0;
function revisionOf(validation: object): number {
  let r = revisions.get(validation);
  if (r === undefined) revisions.set(validation, (r = ++nextRevision));
  return r;
}

export class AppState {
  /** The scenario as edited. Fields may hold invalid values until corrected. */
  draft = $state<Scenario>(exampleScenario());
  whatIf = $state<WhatIf>({ ...NO_WHAT_IF });

  validation = $derived(parseScenario($state.snapshot(this.draft)));
  whatIfValidation = $derived(v.safeParse(WhatIfSchema, $state.snapshot(this.whatIf)));
  /** Identifies the scenario as validated now: the workers keep it under this number. */
  revision = $derived(revisionOf(this.validation));
  /** Identifies the inputs (scenario and what-if settings) a result was computed for. */
  inputsKey = $derived(`${this.revision}:${JSON.stringify(this.whatIf)}`);

  /** Every problem in the inputs, what-if settings included. */
  issues: ValidationIssue[] = $derived([
    ...(this.validation.ok ? [] : this.validation.issues),
    ...(this.whatIfValidation.success
      ? []
      : toValidationIssues(this.whatIfValidation.issues).map((i) => ({
          ...i,
          path: `whatIf.${i.path}`,
        }))),
  ]);

  /** Problems by path, for showing each message next to its field. */
  issuesByPath: Map<string, ValidationIssue[]> = $derived.by(() => {
    // Rebuilt as a whole on every change, never mutated afterwards: a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const m = new Map<string, ValidationIssue[]>();
    for (const i of this.issues) m.set(i.path, [...(m.get(i.path) ?? []), i]);
    return m;
  });

  result = $state.raw<EvaluationResult | null>(null);
  base = $state.raw<EvaluationResult | null>(null);
  /** What each what-if setting does on its own. */
  single = $state.raw<Partial<Record<keyof WhatIf, KeyFigures>>>({});
  status = $state<Status>('computing');
  engineMessage = $state<{ sv: string; en: string } | null>(null);
  /** Milliseconds from the last input change to its result on screen. */
  latencyMs = $state<number | null>(null);

  /** Issues at exactly `path` (e.g. `cohorts[0].groups[2].count`). */
  issuesAt(path: string): ValidationIssue[] {
    return this.issuesByPath.get(path) ?? [];
  }

  /** Issues at `path` or below it. */
  issuesUnder(path: string): ValidationIssue[] {
    return this.issues.filter(
      (i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`),
    );
  }

  /** Replace the whole scenario (load the example, a snapshot or an import). */
  load(scenario: Scenario) {
    this.draft = structuredClone(scenario);
    this.whatIf = { ...NO_WHAT_IF, ...scenario.whatIf };
  }

  resetWhatIf() {
    this.whatIf = { ...NO_WHAT_IF };
  }
}

const KEY = Symbol('app-state');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function useAppState(): AppState {
  const s = getContext<AppState | undefined>(KEY);
  if (!s) throw new Error('useAppState() outside <App>');
  return s;
}

/**
 * Connect the state to the engine: whenever the draft or the what-if
 * settings change and are valid, ask the worker; an invalid input leaves the
 * last valid result on screen, marked as out of date. Call inside a
 * component (it uses $effect).
 */
export function connectEngine(state: AppState, client: EngineClient) {
  client.onRestart = (m) => (state.engineMessage = m);
  $effect(() => {
    const validation = state.validation;
    const w = state.whatIfValidation;
    // A new validation result means a new draft: the worker re-aggregates it once per revision.
    const revision = state.revision;
    if (!validation.ok || !w.success) {
      state.status = 'outdated';
      return;
    }
    const started = performance.now();
    state.status = 'computing';
    void client.evaluate(validation.value, revision, w.output).then((outcome) => {
      if (outcome.kind === 'superseded') return;
      if (outcome.kind === 'failed') {
        state.status = 'failed';
        state.engineMessage = outcome.message;
        return;
      }
      const r = outcome.response;
      if (!r.ok) {
        state.status = 'outdated';
        return;
      }
      state.result = r.result;
      state.base = r.base;
      state.single = r.single;
      state.status = 'ready';
      state.latencyMs = performance.now() - started;
    });
  });
}
