/**
 * What the "Sparade versioner" view does with saved versions, apart from
 * drawing them: save the draft as a version, open one (with the notice of
 * parameters changed since and the check of its stored figures against
 * today's computation), rename, duplicate, delete, and export and import
 * files — each ending in the one message the view shows. One instance per
 * mounted view, so the message and the half-done rename go with the view;
 * the list itself is the page's SnapshotsState (snapshots.svelte.ts).
 */
import { getContext, setContext, untrack } from 'svelte';
import { sameData, type Scenario, type WhatIf } from '../../engine';
import { validateStoredInSteps } from '../validated-scenario';
import { wordedIssue, type WordedIssue } from '../validation-text';
import type { SnapshotRow, StoredFigures } from '../db/db';
import {
  duplicateSnapshot,
  editSnapshot,
  exportAll,
  exportOne,
  figuresDiffer,
  figuresFrom,
  getSnapshot,
  MAX_IMPORT_BYTES,
  paramDifferences,
  saveSnapshot,
  setFigures,
  tooLargeIssue,
  withTodaysDefaults,
  type DuplicateChoice,
  type ImportCounts,
  type ParamDifference,
  type Result,
} from '../db/snapshots';
import { downloadText, safeFileName } from '../download';
import { i18n } from '../i18n/index.svelte';
import type { AppState } from './app.svelte';
import type { SnapshotsState } from './snapshots.svelte';
import { storageStatus } from './storage-status.svelte';

/** Today's computation of an opened version differs from the figures it was saved with. */
export interface FiguresMismatch {
  id: number;
  name: string;
  stored: StoredFigures;
  now: StoredFigures;
}

export interface SnapshotMessage {
  kind: 'ok' | 'error';
  text: string;
  issues?: WordedIssue[];
  /** The opened snapshot's parameters that differ from today's defaults. */
  params?: { diffs: ParamDifference[]; scenario: Scenario };
  /** Today's computation of the opened snapshot differs from its stored figures. */
  mismatch?: FiguresMismatch;
}

/**
 * The snapshot just opened, until its result is on screen: then a snapshot
 * without figures (a plain scenario import) gets them, and one whose stored
 * figures differ from today's computation says so.
 */
interface Checking {
  id: number;
  name: string;
  /** The draft as the version put it (compared as data: held groups by identity, no copy). */
  doc: Scenario & { whatIf: WhatIf };
  stored: StoredFigures | null;
  /** The engine has started on it (a "ready" seen before that is the previous draft's). */
  started: boolean;
}

const failure = (r: { issues: WordedIssue[] }): SnapshotMessage => ({
  kind: 'error',
  text: i18n.pick(r.issues[0]),
  issues: r.issues.slice(1),
});

export class SnapshotActions {
  #app: AppState;
  #list: SnapshotsState;

  message = $state.raw<SnapshotMessage | null>(null);
  /** The save form's fields. */
  name = $state('');
  notes = $state('');
  /** The version being renamed, with its fields as edited. */
  editing = $state<{ id: number; name: string; notes: string } | null>(null);
  #checking: Checking | null = null;

  /** Why the draft cannot be saved now; null when it can. */
  saveBlocked = $derived.by(() => {
    const app = this.#app;
    if (!storageStatus.available) return i18n.t('snapshots:save.noStorage');
    if (app.resultStale) return i18n.t('snapshots:save.fixInputs');
    if (app.status !== 'ready' || !app.result) return i18n.t('snapshots:save.waitComputing');
    return null;
  });

  constructor(app: AppState, list: SnapshotsState) {
    this.#app = app;
    this.#list = list;
  }

  /** The draft with its what-if settings, as a version stores it. */
  #current() {
    return this.#app.document();
  }

  // ---- Save ---------------------------------------------------------------

  /** Save the draft and the figures on screen under the form's name (the title when empty). */
  async save() {
    const result = this.#app.result;
    if (this.saveBlocked || !result) return;
    const name = this.name.trim() || this.#app.draft.title;
    const r = await saveSnapshot({
      name,
      notes: this.notes,
      scenario: this.#current(),
      figures: figuresFrom(result),
    });
    if (!r.ok) {
      this.message = failure(r);
      return;
    }
    this.name = '';
    this.notes = '';
    this.message = { kind: 'ok', text: i18n.t('snapshots:save.saved', { name }) };
  }

  // ---- Open and verify ----------------------------------------------------

  /** The version being opened (its groups read and validated in steps): a later choice wins. */
  #opening = 0;
  /** The large version being read and validated, for its button to say so; null when none. */
  openingId = $state<number | null>(null);

  /**
   * Replace the draft by a saved version, through the app's one door (its
   * notice offers the undo). A large version is read whole first (it is listed
   * without its groups), and validated in steps, so the page answers meanwhile.
   */
  async open(row: SnapshotRow) {
    const opening = ++this.#opening;
    this.openingId = row.blocks ? row.id : null;
    if (row.blocks)
      this.message = { kind: 'ok', text: i18n.t('snapshots:open.opening', { name: row.name }) };
    const whole = row.blocks ? await getSnapshot(row.id).catch(() => undefined) : row;
    const parsed =
      opening === this.#opening && whole?.scenario
        ? await validateStoredInSteps(whole.scenario)
        : null;
    if (opening !== this.#opening) return;
    this.openingId = null;
    if (!parsed?.ok) {
      this.message = {
        kind: 'error',
        text: i18n.t('snapshots:open.invalid', { name: row.name }),
        issues: parsed ? parsed.issues.map(wordedIssue) : [],
      };
      return;
    }
    this.#app.replaceDraft(parsed.value, 'snapshot', { name: row.name });
    this.#checking = {
      id: row.id,
      name: row.name,
      doc: this.#current(),
      stored: row.figures,
      started: false,
    };
    const diffs = paramDifferences(parsed.value);
    this.message = {
      kind: 'ok',
      text: i18n.t('snapshots:open.opened', { name: row.name }),
      params: diffs.length ? { diffs, scenario: parsed.value } : undefined,
    };
  }

  /** The opened version with today's parameter values instead of its own. */
  recomputeWithDefaults(scenario: Scenario) {
    this.#app.load(withTodaysDefaults(scenario));
    this.#checking = null;
    if (this.message)
      this.message = {
        ...this.message,
        params: undefined,
        text: i18n.t('snapshots:open.recomputed'),
      };
  }

  /** Keep the version's own parameter values: the notice goes. */
  keepParams() {
    if (this.message) this.message = { ...this.message, params: undefined };
  }

  dismissMessage() {
    this.message = null;
  }

  /**
   * Watch the engine for the opened version's result, and then give it its
   * figures or report that they differ. Call during component initialisation.
   */
  follow() {
    $effect(() => {
      const status = this.#app.status;
      const result = this.#app.result;
      untrack(() => this.#verify(status, result));
    });
  }

  #verify(status: AppState['status'], result: AppState['result']) {
    const c = this.#checking;
    if (!c) return;
    if (status === 'computing') {
      if (!c.started) this.#checking = { ...c, started: true };
      return;
    }
    if (status !== 'ready' || !result || !c.started) return;
    this.#checking = null;
    // The user may have changed something meanwhile: then this result is not the snapshot's.
    if (!sameData(this.#current(), c.doc)) return;
    const now = figuresFrom(result);
    if (!c.stored) void setFigures(c.id, now);
    else if (figuresDiffer(c.stored, now)) {
      this.message = {
        ...(this.message ?? { kind: 'ok', text: '' }),
        mismatch: { id: c.id, name: c.name, stored: c.stored, now },
      };
    }
  }

  /** Store today's figures with the version whose saved ones differ. */
  async updateFigures(m: FiguresMismatch) {
    const r = await setFigures(m.id, m.now);
    this.message = r.ok
      ? { kind: 'ok', text: i18n.t('snapshots:open.figuresUpdated', { name: m.name }) }
      : { kind: 'error', text: i18n.pick(r.issues[0]) };
  }

  // ---- Edit, duplicate, delete --------------------------------------------

  startEdit(row: SnapshotRow) {
    this.editing = { id: row.id, name: row.name, notes: row.notes };
  }

  cancelEdit() {
    this.editing = null;
  }

  async saveEdit() {
    const e = this.editing;
    if (!e) return;
    const r = await editSnapshot(e.id, { name: e.name, notes: e.notes });
    if (!r.ok) {
      this.message = failure(r);
      return;
    }
    this.editing = null;
  }

  async duplicate(row: SnapshotRow) {
    const copy = i18n.t('snapshots:actions.copyName', { name: row.name });
    const r = await duplicateSnapshot(row.id, copy);
    this.message = r.ok
      ? { kind: 'ok', text: i18n.t('snapshots:actions.duplicated', { name: copy }) }
      : { kind: 'error', text: i18n.pick(r.issues[0]) };
  }

  async remove(row: SnapshotRow) {
    const r = await this.#list.remove(row);
    if (r && !r.ok) this.message = { kind: 'error', text: i18n.pick(r.issues[0]) };
  }

  // ---- Files --------------------------------------------------------------

  async exportAll() {
    const text = await exportAll();
    // Read once for the file's name, never mutated: no reactive date is needed.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const day = new Date().toISOString().slice(0, 10);
    downloadText(text, `${i18n.t('snapshots:file.exportName')}-${day}.json`, 'application/json');
  }

  async exportOne(row: SnapshotRow) {
    const text = await exportOne(row.id);
    if (text) downloadText(text, safeFileName(row.name, 'json', 'version', 60), 'application/json');
  }

  /**
   * Import a chosen export file. 'pending' when it holds versions stored
   * already: the user then chooses what to do with them (`resolveDuplicates`).
   */
  async importFile(file: File): Promise<'done' | 'pending'> {
    // Refuse a huge file before reading it into memory.
    if (file.size > MAX_IMPORT_BYTES) {
      this.#importFailed([tooLargeIssue(file.size)]);
      return 'done';
    }
    this.message = null;
    const r = await this.#list.importText(await file.text());
    if (r === null) return 'pending';
    this.#importDone(r);
    return 'done';
  }

  async resolveDuplicates(choice: DuplicateChoice) {
    const r = await this.#list.resolveImport(choice);
    if (r) this.#importDone(r);
  }

  #importFailed(issues: WordedIssue[]) {
    this.message = {
      kind: 'error',
      text: i18n.t('snapshots:file.failed', { count: issues.length }),
      issues,
    };
  }

  #importDone(r: Result<ImportCounts>) {
    if (!r.ok) return this.#importFailed(r.issues);
    const parts = [
      r.count || (!r.replaced && !r.skipped)
        ? i18n.t('snapshots:file.imported', { count: r.count })
        : '',
      r.replaced ? i18n.t('snapshots:file.replaced', { count: r.replaced }) : '',
      r.skipped ? i18n.t('snapshots:file.skipped', { count: r.skipped }) : '',
      r.portfolios ? i18n.t('portfolio:import.imported', { count: r.portfolios }) : '',
    ];
    this.message = { kind: 'ok', text: parts.filter(Boolean).join(' ') };
  }
}

const KEY = Symbol('snapshot-actions');

/** Share a view's actions with its parts (the list items, the message, the import notice). */
export function setSnapshotActions(actions: SnapshotActions): SnapshotActions {
  return setContext(KEY, actions);
}

export function useSnapshotActions(): SnapshotActions {
  const a = getContext<SnapshotActions | undefined>(KEY);
  if (!a) throw new Error('useSnapshotActions() outside the saved-versions view');
  return a;
}
