/**
 * The working draft, saved automatically so that a reload, a crash or a
 * closed tab loses nothing: the scenario as edited (even while invalid) and
 * the what-if settings, in the single `draft` row. Writes are debounced and
 * flushed when the page is hidden. Without storage the app keeps working
 * from memory and the storage status says what is lost on close.
 */
import * as v from 'valibot';
import {
  NO_WHAT_IF,
  parseScenario,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  WhatIfSchema,
  type Scenario,
  type WhatIf,
} from '../../engine';
import type { AppState } from '../state/app.svelte';
import { storageStatus } from '../state/snapshots.svelte';
import { getDb, openDb, PROBLEMS, storageProblem, type DraftRow } from './db';

export const AUTOSAVE_DELAY_MS = 500;
export const RESTORE_TIMEOUT_MS = 5000;

/**
 * False while a restore is still outstanding (storage too slow or blocked):
 * the stored draft has not been read yet, so it must not be overwritten.
 */
let writesAllowed = true;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * A stored draft that fails validation is still loaded when its shape is the
 * editors' (the user closed the tab mid-correction: that work is kept and its
 * errors shown); anything else (damaged, foreign) is refused.
 */
function editableShape(s: unknown): s is Scenario {
  return (
    isRecord(s) &&
    s.format === SCENARIO_FORMAT &&
    s.version === SCENARIO_VERSION &&
    typeof s.title === 'string' &&
    isRecord(s.parameters) &&
    isRecord(s.parameters.values) &&
    isRecord(s.financing) &&
    Array.isArray(s.customResources) &&
    Array.isArray(s.cohorts) &&
    s.cohorts.every((c) => isRecord(c) && isRecord(c.cost) && Array.isArray(c.groups))
  );
}

/** Put a stored draft into the app; false when it cannot be used. */
function apply(app: AppState, row: DraftRow | undefined): boolean {
  if (!row) return false;
  const parsed = parseScenario(row.scenario);
  const scenario = parsed.ok ? parsed.value : editableShape(row.scenario) ? row.scenario : null;
  if (!scenario) {
    storageStatus.report({
      kind: 'failed',
      sv: 'Det autosparade utkastet kunde inte läsas (det är skadat eller från en annan version) och har inte lästs in.',
      en: 'The autosaved draft could not be read (it is damaged or from another version) and was not restored.',
    });
    return false;
  }
  const w = v.safeParse(WhatIfSchema, row.whatIf);
  const whatIf: WhatIf = { ...NO_WHAT_IF, ...(w.success ? w.output : {}) };
  app.load({ ...scenario, whatIf });
  storageStatus.draftSavedAt = row.savedAt;
  return true;
}

/**
 * Load the last autosaved draft into `app`; false when there is none, it
 * cannot be read, or storage does not answer within `timeoutMs` (the app
 * then carries on with what it has; a late answer is applied only if the
 * user has not changed anything meanwhile).
 */
export async function restoreDraft(
  app: AppState,
  timeoutMs: number = RESTORE_TIMEOUT_MS,
): Promise<boolean> {
  const db = getDb();
  // The state the stored draft would replace: if the user changes it before the
  // answer comes, their new work wins and the stored draft is not loaded over it.
  const stateNow = () => JSON.stringify([$state.snapshot(app.draft), $state.snapshot(app.whatIf)]);
  const before = stateNow();
  const read = (async (): Promise<{ row?: DraftRow; failed?: boolean }> => {
    if (await openDb(db)) return { failed: true };
    return { row: await db.draft.get('current') };
  })().catch((err: unknown) => {
    storageStatus.report(storageProblem(err));
    return { failed: true } as { row?: DraftRow; failed?: boolean };
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const outcome = await Promise.race([read, timeout]);
  clearTimeout(timer);

  if (outcome === 'timeout') {
    writesAllowed = false;
    if (storageStatus.problem?.kind !== 'blocked') storageStatus.report(PROBLEMS.timeout);
    void read.then((late) => {
      if (late.failed) return;
      writesAllowed = true;
      storageStatus.ok(); // the wait (blocked, timeout) is over
      if (stateNow() === before) apply(app, late.row);
    });
    return false;
  }
  if (outcome.failed) return false;
  storageStatus.ok(); // e.g. a blocked upgrade that resolved in time
  return stateNow() === before ? apply(app, outcome.row) : false;
}

/**
 * Save the draft and what-if settings whenever they change, `delayMs` after
 * the last change, and at once when the page is hidden or closed. Returns a
 * stop function (which flushes a pending save). Safe to call outside a
 * component: the effect lives in its own `$effect.root`.
 */
export function startAutosave(app: AppState, delayMs: number = AUTOSAVE_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Plain copies: what goes into IndexedDB must be cloneable (STYLE.md §3). The draft
  // and the what-if settings are copied by separate effects, so moving a slider does
  // not copy (and re-serialise) a 10 000-participant draft each time: that made a
  // slider take ≈ 0.7 s on such a draft (issue 7's latency budget).
  let scenario: unknown = null;
  let whatIf: WhatIf = { ...NO_WHAT_IF };
  let scenarioJson: string | null = null;
  let dirty = false;
  let lastScenarioJson: string | null = null;
  let lastWhatIfJson: string | null = null;
  let firstDraft = true;
  let firstWhatIf = true;

  async function write() {
    timer = undefined;
    if (!dirty || !writesAllowed || !storageStatus.available) return;
    dirty = false;
    const p = { scenario, whatIf };
    scenarioJson ??= JSON.stringify(scenario);
    const json = [scenarioJson, JSON.stringify(whatIf)] as const;
    if (json[0] === lastScenarioJson && json[1] === lastWhatIfJson) return;
    try {
      const savedAt = Date.now();
      await getDb().draft.put({ id: 'current', ...p, savedAt });
      [lastScenarioJson, lastWhatIfJson] = json;
      storageStatus.draftSavedAt = savedAt;
      storageStatus.ok();
    } catch (err) {
      storageStatus.report(storageProblem(err));
    }
  }

  function flush() {
    if (timer === undefined) return;
    clearTimeout(timer);
    void write();
  }

  function changed() {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(() => void write(), delayMs);
  }

  const stopEffects = $effect.root(() => {
    $effect(() => {
      scenario = $state.snapshot(app.draft) as unknown;
      scenarioJson = null;
      if (firstDraft) {
        // The state we start from was just restored (or is not the user's work yet).
        firstDraft = false;
        lastScenarioJson = scenarioJson = JSON.stringify(scenario);
        return;
      }
      changed();
    });
    $effect(() => {
      whatIf = $state.snapshot(app.whatIf);
      if (firstWhatIf) {
        firstWhatIf = false;
        lastWhatIfJson = JSON.stringify(whatIf);
        return;
      }
      changed();
    });
  });

  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  globalThis.addEventListener?.('pagehide', flush);
  globalThis.document?.addEventListener('visibilitychange', onVisibility);

  return () => {
    flush();
    stopEffects();
    globalThis.removeEventListener?.('pagehide', flush);
    globalThis.document?.removeEventListener('visibilitychange', onVisibility);
  };
}

/** Tests: forget a timed-out restore. */
export function resetDraftState() {
  writesAllowed = true;
}
