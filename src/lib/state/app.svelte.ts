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
  knownCaseInput,
  parseKnownCase,
  NO_WHAT_IF,
  parseScenario,
  toValidationIssues,
  upgradeDraft,
  yearParameterSet,
  WhatIfSchema,
  type ParamValues,
  type EvaluationResult,
  type Group,
  type KnownCaseInput,
  type KnownCaseResult,
  type Scenario,
  type ValidationIssue,
  type WhatIf,
} from '../../engine';
import type { EngineClient } from '../engine-client';
import type { SliderFigures } from '../../worker/api';
import { heldArray, hold, holdGroups, plainOf, sameData } from './held-groups.svelte';
import { afterNextPaint } from '../after-paint';
import { passSourceText, validated, validateScenario } from '../validated-scenario';

export { validateScenario };

export type Status = 'computing' | 'ready' | 'outdated' | 'failed';

/**
 * What replaced the working draft: the example, a scenario file, a shared
 * link, a CSV import that replaced a cohort's groups, a saved version, a new
 * empty calculation — or an undo, which swaps the two drafts back.
 */
export type ReplaceReason = 'example' | 'file' | 'link' | 'csv' | 'snapshot' | 'new' | 'undo';

/** The draft and what-if settings as plain data (what undo brings back, what storage keeps). */
export interface DraftState {
  draft: Scenario;
  whatIf: WhatIf;
}

/** The last replacement of the draft, kept (and stored) until the user dismisses it. */
export interface DraftReplacement {
  reason: ReplaceReason;
  /** After an undo: the action that was undone (an undo of the undo redoes it). */
  undone?: Exclude<ReplaceReason, 'undo'>;
  /** What the message names: the file's scenario title, the saved version's name. */
  name?: string;
  /** What was there before: exactly what undo restores. */
  previous: DraftState;
  /** When it happened (ms since 1970). */
  at: number;
  /** Read back from storage after a reload, not done in this page. */
  restored?: boolean;
}

/**
 * A moment that comes once: `promise` settles after the page has painted what
 * `settle` was first called for; later calls do nothing.
 */
function paintedOnce(): { readonly promise: Promise<void>; settle: () => void } {
  let settled = false;
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return {
    promise,
    settle: () => {
      if (settled) return;
      settled = true;
      void afterNextPaint().then(resolve);
    },
  };
}

/** A number per validation result: a worker re-aggregates a scenario only when it changes. */
const revisions = new WeakMap<object, number>();
let nextRevision = 0;
function revisionOf(validation: object): number {
  let r = revisions.get(validation);
  if (r === undefined) revisions.set(validation, (r = ++nextRevision));
  return r;
}

export class AppState {
  /**
   * The scenario as edited. Fields may hold invalid values until corrected.
   * A loaded draft holds its groups as frozen plain data (held-groups.svelte.ts):
   * change a group by replacing it, a cohort's groups with `editGroups`.
   */
  draft = $state<Scenario>(exampleScenario());
  whatIf = $state<WhatIf>({ ...NO_WHAT_IF });

  /** The document last put into the draft as a whole: its plain copy until it is edited. */
  #installed: Scenario | null = null;

  /**
   * The draft as plain data, one copy per change, shared by validation, the
   * autosave, undo and the worker. Held group arrays are shared, not copied.
   * Read-only: nobody may mutate it.
   */
  plain: Scenario = $derived.by(() => {
    const p = plainOf(this.draft);
    // Untouched since it was loaded: the loaded (already validated) document itself.
    const installed = this.#installed;
    return installed && sameData(p, installed) ? installed : p;
  });

  /**
   * The draft with its what-if settings as one plain document: what a saved
   * version, a downloaded file and a share link hold. Built on `plain`, so a
   * large calculation's held groups are shared, not copied (a deep copy of
   * 100 000 of them held the page for seconds).
   */
  document(): Scenario & { whatIf: WhatIf } {
    return { ...this.plain, whatIf: $state.snapshot(this.whatIf) };
  }

  validation = $derived(validateScenario(this.plain));
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

  /**
   * The known figures ("Kända siffror") as a case for the engine, with the
   * draft's financing, horizon and mark-up; null while they are empty. Built
   * from plain copies of the few parts it needs (it crosses to the worker).
   */
  knownInput: KnownCaseInput | null = $derived.by(() => {
    const d = this.draft;
    return knownCaseInput({
      parameters: $state.snapshot(d.parameters),
      parameterSets: $state.snapshot(d.parameterSets),
      priceYear: d.priceYear,
      cohorts: d.cohorts.map((c) => ({ year: c.year })),
      financing: $state.snapshot(d.financing),
      horizonYears: d.horizonYears,
      knownFigures: $state.snapshot(d.knownFigures),
    });
  });
  knownValidation = $derived(this.knownInput ? parseKnownCase(this.knownInput) : null);
  /** The engine's appraisal of the known figures, once they are complete and valid. */
  known = $state.raw<KnownCaseResult | null>(null);
  /** The key figures on top show the known figures rather than the participants' result. */
  knownInKeyFigures = $derived(!!this.draft.knownFigures?.inKeyFigures);

  result = $state.raw<EvaluationResult | null>(null);
  base = $state.raw<EvaluationResult | null>(null);
  /** What each what-if setting does on its own. */
  single = $state.raw<Partial<Record<keyof WhatIf, SliderFigures>>>({});
  status = $state<Status>('computing');
  /**
   * The page opened with a stored draft to restore (draft-marker.ts): until it is read, the
   * figures are that draft's to give, so the example it replaces is not evaluated meanwhile.
   */
  restoring = $state(false);
  /** The result on screen is not that of the inputs: they are invalid, or the engine failed. */
  resultStale = $derived(this.status === 'outdated' || this.status === 'failed');
  /**
   * Painted once (connectEngine settles them): the engine's first answer of any kind (figures,
   * an invalid draft, a failed worker), and the first figures. Code that is not on the way to
   * the first figures waits for one of them, once rather than on every result: on a 2-core
   * machine its download and compilation would slow that way down.
   */
  readonly firstAnswer = paintedOnce();
  readonly firstFigures = paintedOnce();
  engineMessage = $state<{ sv: string; en: string } | null>(null);
  /** Milliseconds from the last input change to its result on screen. */
  latencyMs = $state<number | null>(null);

  /**
   * The parameter values a cohort of `year` is valued with: the pinned set,
   * the scenario's own copy of that year, or the year's defaults.
   */
  paramsFor(year: number | undefined): ParamValues {
    return yearParameterSet(this.draft, year).set.values;
  }

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

  /**
   * Replace the whole scenario (load the example, a snapshot or an import).
   * A document of an older version is brought up to this one first.
   */
  load(scenario: Scenario) {
    // A document read through a door was validated there; any other may be changed later by its owner.
    const parsed = validated.get(scenario) ?? parseScenario(scenario);
    this.#install(parsed.ok ? parsed.value : (upgradeDraft(structuredClone(scenario)) as Scenario));
    this.whatIf = { ...NO_WHAT_IF, ...scenario.whatIf };
  }

  /**
   * Make `doc` the draft with its groups held. `doc` is not copied: the
   * draft's proxy never writes to the object it wraps, so `doc` stays as it
   * was (undo relies on that) and serves as the draft's plain copy until the
   * first edit.
   */
  #install(doc: Scenario) {
    const held = holdGroups(doc);
    const r = validated.get(doc);
    if (r?.ok && r.value === doc) {
      validated.set(held, { ...r, value: held });
      passSourceText(doc, held);
    }
    this.#installed = held;
    this.draft = held;
  }

  /** Replace cohort `ci`'s group `i` by `g` (a held group is never edited in place). */
  setGroup(ci: number, i: number, g: Group) {
    const cohort = this.draft.cohorts[ci];
    if (!cohort || i < 0 || i >= cohort.groups.length) return;
    const held = heldArray(cohort.groups);
    if (!held) {
      cohort.groups[i] = g;
      return;
    }
    const next = held.slice();
    next[i] = g;
    cohort.groups = hold(next, true);
  }

  resetWhatIf() {
    this.whatIf = { ...NO_WHAT_IF };
  }

  /**
   * The last replacement of the whole draft, while its undo is offered. The
   * draft store keeps it too, so a reload does not lose the replaced draft
   * before the user has dismissed the offer (lib/state/draft.svelte.ts).
   */
  replaced = $state.raw<DraftReplacement | null>(null);

  /** The draft and what-if settings now, as plain data. */
  capture(): DraftState {
    return {
      draft: this.plain,
      whatIf: $state.snapshot<WhatIf>(this.whatIf),
    };
  }

  /**
   * Replace the whole draft by `next` (the one door for the example, a file,
   * a shared link, a CSV import that replaces groups, a saved version and a
   * new calculation) and remember what was there, for undo. `keepWhatIf`
   * keeps the what-if settings (an import changes the groups, not the
   * question asked of them). The previous result is dropped: it belongs to
   * the other calculation and must not stand under this one's title.
   */
  replaceDraft(
    next: Scenario,
    reason: Exclude<ReplaceReason, 'undo'>,
    options: { name?: string; keepWhatIf?: boolean } = {},
  ) {
    const previous = this.capture();
    if (options.keepWhatIf) this.#install(next);
    else this.load(next);
    this.#dropResult();
    this.replaced = { reason, name: options.name, previous, at: Date.now() };
  }

  /**
   * Bring back exactly the draft (and what-if settings) that the last
   * replacement replaced. What is undone is kept in turn, so the undo can be
   * undone: nothing is lost either way.
   */
  undoReplace() {
    const r = this.replaced;
    if (!r) return;
    const current = this.capture();
    this.#install(r.previous.draft);
    this.whatIf = structuredClone(r.previous.whatIf);
    this.#dropResult();
    this.replaced =
      r.reason === 'undo'
        ? { reason: r.undone ?? 'new', name: r.name, previous: current, at: Date.now() }
        : { reason: 'undo', undone: r.reason, name: r.name, previous: current, at: Date.now() };
  }

  /** The user has seen the replacement and lets the previous draft go. */
  dismissReplace() {
    this.replaced = null;
  }

  #dropResult() {
    this.result = null;
    this.base = null;
    this.single = {};
    this.known = null;
  }
}

const KEY = Symbol('app-state');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

/** The app's state when there is one (a field used on its own, e.g. in a report, has none). */
export function useAppStateIfAny(): AppState | undefined {
  return getContext<AppState | undefined>(KEY);
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
  // The known figures: appraised whenever they are complete; a newer request makes an older answer stale.
  let knownRequest = 0;
  $effect(() => {
    const input = state.knownInput;
    const valid = state.knownValidation?.ok ?? false;
    const req = ++knownRequest;
    if (!input || !valid) {
      state.known = null;
      return;
    }
    void client.appraiseKnown(input).then(
      (r) => {
        if (req === knownRequest) state.known = r.ok ? r.result : null;
      },
      () => {
        if (req === knownRequest) state.known = null;
      },
    );
  });
  $effect(() => {
    if (state.result) state.firstFigures.settle();
    if (state.result || state.status === 'outdated' || state.status === 'failed')
      state.firstAnswer.settle();
  });
  // The figures asked for last: an answer to an earlier request is not shown, also when the
  // draft has since become invalid and asked for none (the answer would stand as current
  // figures under a calculation they do not belong to).
  let evaluation = 0;
  // A pre-effect runs as soon as it is made, before the page's elements are built: the worker
  // evaluates the first figures while the main thread builds the page, not after.
  $effect.pre(() => {
    const req = ++evaluation;
    if (state.restoring) {
      state.status = 'computing';
      return;
    }
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
      if (outcome.kind === 'superseded' || req !== evaluation) return;
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
