/**
 * Rune state for saved versions: the snapshots list (a Dexie liveQuery, so every open tab sees the same list)
 * with its search, sort, compare selection and undo of a deletion.
 */
import { liveQuery } from 'dexie';
import type { AppState } from './app.svelte';
import { onStorageProblem, storageProblem, type SnapshotRow } from '../db/db';
import { followStorageProblems, storageStatus } from './storage-status.svelte';
import {
  commitImport,
  figuresFrom,
  listSnapshots,
  planImport,
  purge,
  saveSnapshot,
  searchSnapshots,
  softDelete,
  undoDelete,
  type DuplicateChoice,
  type ImportCounts,
  type ImportPlan,
  type Result,
  type SnapshotSort,
} from '../db/snapshots';

followStorageProblems(onStorageProblem);

/** Snapshots drawn at first, and added by each "show more". */
export const PAGE_SIZE = 60;

/** Seconds during which a deletion can be undone in the list. */
export const UNDO_SECONDS = 8;

export class SnapshotsState {
  /** Live snapshots from the database; null until the first answer. */
  rows = $state.raw<SnapshotRow[] | null>(null);
  query = $state('');
  sort = $state<SnapshotSort>('date');
  /** Ids ticked for comparison, in the order they were ticked. */
  selected = $state<number[]>([]);
  /** Showing the comparison of the chosen snapshots instead of the list. */
  comparing = $state(false);
  /** A checked import that holds versions stored already, waiting for "skip" or "replace". */
  pendingImport = $state.raw<ImportPlan | null>(null);
  /** The last deleted snapshot, while it can be undone. */
  deleted = $state<{ id: number; name: string } | null>(null);
  #undoTimer: ReturnType<typeof setTimeout> | undefined;

  /** How many of the matching snapshots are drawn (more on request: a long list stays quick). */
  limit = $state(PAGE_SIZE);
  matching = $derived(searchSnapshots(this.rows ?? [], this.query, this.sort));
  visible = $derived(this.matching.slice(0, this.limit));
  /** The ticked snapshots that still exist, in the order they were ticked. */
  chosen = $derived(
    this.selected
      .map((id) => this.rows?.find((r) => r.id === id))
      .filter((r): r is SnapshotRow => !!r),
  );

  /**
   * Follow the database: every change in any tab updates `rows`. Purges
   * deletions older than the undo window left behind by closed tabs.
   * Returns the unsubscribe function (call from an $effect).
   */
  connect(): () => void {
    const sub = liveQuery(listSnapshots).subscribe({
      next: (rows) => {
        this.rows = rows;
        this.selected = this.selected.filter((id) => rows.some((r) => r.id === id));
      },
      error: (err) => {
        storageStatus.report(storageProblem(err));
        this.rows ??= [];
      },
    });
    void purge().catch(() => {});
    // The undo window outlives the view (switching tabs does not cancel it).
    return () => sub.unsubscribe();
  }

  toggle(id: number) {
    this.selected = this.selected.includes(id)
      ? this.selected.filter((x) => x !== id)
      : [...this.selected, id];
  }

  /** Put a chosen snapshot first: the comparison's reference column. */
  makeReference(id: number) {
    if (this.selected.includes(id)) this.selected = [id, ...this.selected.filter((x) => x !== id)];
  }

  /** Delete with undo: hidden at once, gone for good after UNDO_SECONDS. */
  async remove(row: SnapshotRow) {
    this.#finishUndo();
    // Offer the undo at once, so the row never vanishes without it.
    this.deleted = { id: row.id, name: row.name };
    const r = await softDelete(row.id);
    if (!r.ok) {
      this.deleted = null;
      return r;
    }
    this.#undoTimer = setTimeout(() => this.#finishUndo(), UNDO_SECONDS * 1000);
    return r;
  }

  /**
   * Import an export file: at once when it holds only new versions; when it
   * holds versions that are stored already, the plan waits in
   * `pendingImport` for the user's choice (`resolveImport`) and null is
   * returned — importing the same file twice never doubles a version silently.
   */
  async importText(text: string): Promise<Result<ImportCounts> | null> {
    this.pendingImport = null;
    const planned = await planImport(text);
    if (!planned.ok) return planned;
    if (planned.plan.duplicates.length || planned.plan.portfolioDuplicates?.length) {
      this.pendingImport = planned.plan;
      return null;
    }
    return commitImport(planned.plan.rows, 'skip', planned.plan.portfolios);
  }

  /** Finish the waiting import: skip the duplicates or replace the stored versions. */
  async resolveImport(choice: DuplicateChoice): Promise<Result<ImportCounts> | null> {
    const plan = this.pendingImport;
    if (!plan) return null;
    this.pendingImport = null;
    return commitImport(plan.rows, choice, plan.portfolios);
  }

  cancelImport() {
    this.pendingImport = null;
  }

  async undo() {
    const d = this.deleted;
    if (!d) return;
    clearTimeout(this.#undoTimer);
    this.deleted = null;
    return undoDelete(d.id);
  }

  #finishUndo() {
    clearTimeout(this.#undoTimer);
    const d = this.deleted;
    this.deleted = null;
    if (d) void purge(d.id).catch(() => {});
  }
}

/**
 * Save the draft as it is now, with its what-if settings, as a new version
 * named after its title (a shared calculation the user wants to keep). The
 * figures on screen go with it when they are the draft's; otherwise the list
 * computes them when the version is opened.
 */
export async function saveDraftAsVersion(
  app: AppState,
): Promise<{ ok: true; name: string } | { ok: false; message: { sv: string; en: string } }> {
  const name = app.draft.title.trim();
  const figures = app.status === 'ready' && app.result ? figuresFrom(app.result) : null;
  const r = await saveSnapshot({
    name,
    scenario: app.document(),
    figures,
  });
  return r.ok ? { ok: true, name } : { ok: false, message: r.issues[0] };
}

/** The one list state, kept while the view is switched away from (tabs unmount it). */
export const snapshotsState = new SnapshotsState();
