/**
 * The working draft, saved automatically so that a reload, a crash or a
 * closed tab loses nothing: the scenario as edited (even while invalid) and
 * the what-if settings, in the draft store's `current` row, and the draft a
 * replacement replaced (for its undo) in row `replaced`. Writes are debounced
 * and flushed when the page is hidden. Without storage the app keeps working
 * from memory and the storage status says what is lost on close. The rows
 * are read and written by lib/db/draft.ts; this module decides what they mean.
 */
import { untrack } from 'svelte';
import * as v from 'valibot';
import {
  isRecord,
  NO_WHAT_IF,
  parseScenario,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  upgradeDraft,
  WhatIfSchema,
  type Scenario,
  type WhatIf,
} from '../../engine';
import { afterNextPaint } from '../after-paint';
import { validateStoredInSteps } from '../validated-scenario';
import { AppState, type DraftReplacement, type DraftState, type ReplaceReason } from './app.svelte';
import { sameData } from './held-groups.svelte';
import { noteStoredDraft } from './draft-marker';
import { followStorageProblems, storageStatus } from './storage-status.svelte';
import {
  draftUnreadable,
  onStorageProblem,
  PROBLEMS,
  storageProblem,
  type DraftRow,
} from '../db/db';
import {
  forgetStoredBlocks,
  readDraftRows,
  writeDraftRows,
  type StoredDraftRows,
} from '../db/draft';

followStorageProblems(onStorageProblem);

export const AUTOSAVE_DELAY_MS = 500;
/**
 * The longest a due write waits for the figures of the change (see `startAutosave`): a
 * worker that takes longer than this (or hangs until its own time limit) does not keep
 * the user's work unsaved.
 */
export const AUTOSAVE_MAX_WAIT_MS = 10_000;
export const RESTORE_TIMEOUT_MS = 5000;

/**
 * False while a restore is still outstanding (storage too slow or blocked):
 * the stored draft has not been read yet, so it must not be overwritten.
 */
let writesAllowed = true;

/**
 * A stored draft that fails validation is still loaded when its shape is the
 * editors' (the user closed the tab mid-correction: that work is kept and its
 * errors shown); anything else (damaged, foreign) is refused.
 */
function editableShape(s: unknown): s is Scenario {
  return (
    isRecord(s) &&
    s.format === SCENARIO_FORMAT &&
    typeof s.version === 'number' &&
    s.version >= 1 &&
    s.version <= SCENARIO_VERSION &&
    typeof s.title === 'string' &&
    (s.parameters === undefined || (isRecord(s.parameters) && isRecord(s.parameters.values))) &&
    isRecord(s.financing) &&
    Array.isArray(s.customResources) &&
    Array.isArray(s.cohorts) &&
    s.cohorts.every((c) => isRecord(c) && isRecord(c.cost) && Array.isArray(c.groups))
  );
}

/** A stored draft as the app loads it, with its row's what-if settings and when it was saved. */
interface Readable {
  scenario: Scenario;
  savedAt: number;
}

/**
 * A stored draft read for the app; null when there is none or it cannot be
 * used (reported). Validated in steps (a draft of 100 000 participants takes
 * a while) and once only: with the row's what-if settings, as `load` takes it.
 */
async function readable(row: DraftRow | undefined): Promise<Readable | null> {
  if (!row) return null;
  const whatIf = storedWhatIf(row.whatIf);
  const withWhatIf = isRecord(row.scenario) ? { ...row.scenario, whatIf } : row.scenario;
  // A large draft goes to the engine's worker as the text its groups were stored as.
  const parsed = await validateStoredInSteps(withWhatIf);
  if (parsed.ok) return { scenario: parsed.value, savedAt: row.savedAt };
  if (editableShape(row.scenario)) {
    const upgraded = upgradeDraft(row.scenario) as unknown as Scenario;
    return { scenario: { ...upgraded, whatIf }, savedAt: row.savedAt };
  }
  storageStatus.report(draftUnreadable());
  return null;
}

/** Put a stored draft into the app; false when there is none. */
function apply(app: AppState, draft: Readable | null): boolean {
  if (!draft) return false;
  app.load(draft.scenario);
  storageStatus.draftSavedAt = draft.savedAt;
  return true;
}

/** Exactly what a page load would have shown of a stored draft: what an undo brings back. */
function shownState(draft: Readable): DraftState {
  const shown = new AppState();
  shown.load(draft.scenario);
  return shown.capture();
}

/**
 * The user replaced or edited what the page showed before their stored draft was read: the
 * stored draft becomes what that was done to, so that Ångra brings it back. A replacement
 * made meanwhile keeps its reason; edits, or an undo made meanwhile, become the example's
 * replacement of the draft (redoing an action undone in those seconds is then no longer
 * offered: the stored draft is the one thing that must not be lost).
 */
function keepUnderUndo(app: AppState, previous: DraftState) {
  const r = app.replaced;
  app.replaced =
    r && r.reason !== 'undo'
      ? { ...r, previous, at: Date.now() }
      : { reason: 'example', previous, at: Date.now() };
}

/**
 * A stored draft as the editors take it, kept exactly as stored when it is of
 * this version (an undo must bring back exactly what was there); null when it
 * is damaged or foreign.
 */
function storedDraft(s: unknown): Scenario | null {
  if (editableShape(s))
    return s.version === SCENARIO_VERSION ? s : (upgradeDraft(s) as unknown as Scenario);
  const parsed = parseScenario(s);
  return parsed.ok ? parsed.value : null;
}

function storedWhatIf(w: unknown): WhatIf {
  const r = v.safeParse(WhatIfSchema, w);
  return { ...NO_WHAT_IF, ...(r.success ? r.output : {}) };
}

const REASONS: readonly string[] = ['example', 'file', 'link', 'csv', 'snapshot', 'new', 'undo'];
const isReason = (x: unknown): x is ReplaceReason => typeof x === 'string' && REASONS.includes(x);

/** The stored replacement (row `replaced`) as the app keeps it; null when there is none or it is damaged. */
function storedReplacement(row: DraftRow | undefined): DraftReplacement | null {
  const meta = row?.replacement;
  if (!row || !meta || !isReason(meta.reason)) return null;
  // An undo keeps what it undid, so that it can be redone.
  if (meta.reason === 'undo' && !(isReason(meta.undone) && meta.undone !== 'undo')) return null;
  const draft = storedDraft(row.scenario);
  if (!draft) return null;
  return {
    reason: meta.reason,
    ...(isReason(meta.undone) && meta.undone !== 'undo' ? { undone: meta.undone } : {}),
    ...(typeof meta.name === 'string' ? { name: meta.name.slice(0, 200) } : {}),
    previous: { draft, whatIf: storedWhatIf(row.whatIf) },
    at: row.savedAt,
    restored: true,
  };
}

/** The row that keeps a replacement (its previous draft) in the draft store. */
function replacementRow(r: DraftReplacement): Omit<DraftRow, 'id'> {
  return {
    scenario: r.previous.draft,
    whatIf: r.previous.whatIf,
    savedAt: r.at,
    replacement: {
      reason: r.reason,
      ...(r.undone ? { undone: r.undone } : {}),
      ...(r.name !== undefined ? { name: r.name } : {}),
    },
  };
}

/**
 * Load the last autosaved draft into `app`, and with it the offer to undo the
 * replacement that was still open when the page closed; false when there is
 * none, it cannot be read, or storage does not answer within `timeoutMs` (the
 * app then carries on with what it has; a late answer is applied only if the
 * user has not changed anything meanwhile).
 *
 * `beneath`: the page opened a shared link, which already replaced the draft
 * (`app.replaced`); the stored draft is then what the link replaced — what
 * its undo brings back — and is not loaded.
 *
 * `opened`: what the page showed when it opened, when that was before this call.
 */
export async function restoreDraft(
  app: AppState,
  timeoutMs: number = RESTORE_TIMEOUT_MS,
  mode: 'load' | 'beneath' = 'load',
  opened?: DraftState,
): Promise<boolean> {
  // The state the stored draft would replace: if the user changes it before the
  // answer comes, their new work wins and the stored draft is not loaded over it.
  const before = opened ?? app.capture();
  const link = app.replaced;
  const read = readDraftRows().catch((err: unknown): StoredDraftRows => {
    storageStatus.report(storageProblem(err));
    return { failed: true };
  });

  /**
   * Put what was read into the app, unless the user has moved on meanwhile (also while it
   * is validated): their new work then stays, and the stored draft is kept under its undo.
   */
  const use = async (rows: StoredDraftRows): Promise<boolean> => {
    // Read back: the next page knows whether to wait for a draft (draft-marker.ts).
    noteStoredDraft(rows.row !== undefined);
    if (mode === 'beneath') {
      if (!link || app.replaced !== link) return false;
      const draft = await readable(rows.row);
      if (app.replaced !== link || !draft) return false;
      app.replaced = { ...link, previous: shownState(draft) };
      storageStatus.draftSavedAt = draft.savedAt;
      return true;
    }
    const draft = await readable(rows.row);
    if (sameData(app.capture(), before)) {
      if (!apply(app, draft)) return false;
      app.replaced = storedReplacement(rows.replaced);
      return true;
    }
    // The page showed the example while the draft was read, and the user acted on it: the
    // autosave would now write their new work over the draft they came back for.
    if (draft) keepUnderUndo(app, shownState(draft));
    return false;
  };

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
      void use(late);
    });
    return false;
  }
  if (outcome.failed) return false;
  storageStatus.ok(); // e.g. a blocked upgrade that resolved in time
  return await use(outcome);
}

export interface AutosaveOptions {
  /**
   * True while the figures of a change are being computed (reactive: read in an effect).
   * Storing a large draft holds the main thread (IndexedDB copies all of it: ≈ 1 s for
   * 100 000 participants), so a write that falls due meanwhile waits until the figures
   * are painted, at most `AUTOSAVE_MAX_WAIT_MS`; it would otherwise hold them back.
   */
  busy?: () => boolean;
}

/**
 * Save the draft and what-if settings whenever they change, `delayMs` after
 * the last change (or once the figures are in, see `busy`), and at once when
 * the page is hidden or closed. Returns a stop function (which flushes a
 * pending save). Safe to call outside a component: the effect lives in its own
 * `$effect.root`.
 */
export function startAutosave(
  app: AppState,
  delayMs: number = AUTOSAVE_DELAY_MS,
  options: AutosaveOptions = {},
): () => void {
  const busy = options.busy ?? (() => false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** A write fell due while `busy`: it runs when that ends, or at this deadline. */
  let waiting: ReturnType<typeof setTimeout> | undefined;
  // Plain data: what goes into IndexedDB must be cloneable (STYLE.md §3). The draft is
  // the app's one plain copy per change (`app.plain`), never copied or serialised here:
  // a keystroke in a 10 000-participant draft must not copy the whole document. It and
  // the what-if settings are followed by separate effects, so moving a slider does not
  // touch the draft at all.
  let scenario: unknown = null;
  let whatIf: WhatIf = { ...NO_WHAT_IF };
  let dirty = false;
  /** The draft last written (or restored): an unchanged draft is not written again. */
  let lastScenario: unknown = null;
  let lastWhatIfJson: string | null = null;
  let firstDraft = true;
  let firstWhatIf = true;
  // The open replacement (row `replaced`): written at once, with the draft that replaced it.
  let replacement: DraftReplacement | null = null;
  let replacementDirty = false;
  let firstReplacement = true;

  /** Writes asked for and not yet stored: the page going meanwhile stores the whole state. */
  let unstored = 0;

  /**
   * Store what changed. `whole`: the page is going; the draft and the replaced one are
   * both written, at once (see writeDraftRows), whatever was written before.
   */
  async function write(whole = false) {
    timer = undefined;
    if ((!whole && !dirty && !replacementDirty) || !writesAllowed || !storageStatus.available)
      return;
    const writeCurrent = dirty || whole;
    const writeReplacement = replacementDirty || whole;
    const r = replacement;
    dirty = false;
    replacementDirty = false;
    const p = { scenario, whatIf };
    const whatIfJson = JSON.stringify(whatIf);
    const draftChanged = !sameData(scenario, lastScenario) || whatIfJson !== lastWhatIfJson;
    if (!writeReplacement && !draftChanged) return;
    unstored++;
    try {
      const savedAt = Date.now();
      const current = writeCurrent && (draftChanged || whole);
      // One write: the rows share the blocks of groups they have in common (lib/db/draft.ts).
      await writeDraftRows(
        current ? { ...p, savedAt } : undefined,
        writeReplacement ? (r ? replacementRow(r) : null) : undefined,
        whole,
      );
      if (current) {
        noteStoredDraft(true);
        [lastScenario, lastWhatIfJson] = [p.scenario, whatIfJson];
        storageStatus.draftSavedAt = savedAt;
      }
      storageStatus.ok();
    } catch (err) {
      storageStatus.report(storageProblem(err));
    } finally {
      unstored--;
    }
  }

  /** The page is hidden or going, or the autosave stops: store at once what is not stored yet. */
  function flush() {
    // Asked by what is unwritten, not by the timers: a change whose figures are in waits,
    // with no timer, for their paint, which a page going never makes.
    if (!dirty && !replacementDirty && unstored === 0) return;
    clearTimeout(timer);
    timer = undefined;
    stopWaiting();
    void write(true);
  }

  function stopWaiting() {
    clearTimeout(waiting);
    waiting = undefined;
  }

  /** The delay after the last change is over: write now, or once the figures are in. */
  function due() {
    timer = undefined;
    if (!untrack(busy)) return void write();
    waiting ??= setTimeout(() => {
      waiting = undefined;
      void write();
    }, AUTOSAVE_MAX_WAIT_MS);
  }

  function changed() {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(due, delayMs);
  }

  const stopEffects = $effect.root(() => {
    // A write that waits for the figures runs once they are painted.
    $effect(() => {
      if (busy() || waiting === undefined) return;
      stopWaiting();
      void afterNextPaint().then(() => {
        if (timer === undefined && waiting === undefined) void write();
      });
    });
    $effect(() => {
      scenario = app.plain;
      if (firstDraft) {
        // The state we start from was just restored (or is not the user's work yet).
        firstDraft = false;
        lastScenario = scenario;
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
    $effect(() => {
      const r = app.replaced;
      const first = firstReplacement;
      firstReplacement = false;
      replacement = r;
      // One read back from storage is there already; one made before autosave started
      // (a shared link opened with the page) is not, and neither is the draft that replaced it.
      if (first && (!r || r.restored)) return;
      untrack(() => {
        scenario = app.plain;
        whatIf = $state.snapshot(app.whatIf);
      });
      lastScenario = null;
      dirty = true;
      replacementDirty = true;
      // After the usual delay, not at once: storing a 10 000-participant document takes
      // IndexedDB ≈ 0.4 s of the main thread, which would hold back the new figures.
      // Until then the stored rows still hold the draft that was replaced.
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

/** Tests: forget a timed-out restore, and what this page stored. */
export function resetDraftState() {
  writesAllowed = true;
  forgetStoredBlocks();
}
