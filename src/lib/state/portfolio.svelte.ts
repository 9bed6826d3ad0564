/**
 * Rune state of the Portfölj view: the portfolios and the saved versions
 * (Dexie liveQueries, so every tab sees the same), the portfolio shown, and
 * the engine's answer for it. Members are valued in the engine worker a
 * batch at a time — the page shows the progress and the worker stays free
 * for the what-if sliders between batches — and each valuation is kept by
 * the version's id and last change, so a list of 200 is valued once and
 * re-totalled in milliseconds. The totals always come from the engine
 * (`portfolioTotals`); nothing is added up here. The portfolio chosen for the
 * printed report is kept computed too, whichever tab is open.
 */
import { liveQuery } from 'dexie';
import type { MemberEvaluation, PortfolioMemberInput, PortfolioResult } from '../../engine';
import { engineErrorMessage, type EngineClient } from '../engine-client';
import { inBothLanguages } from '../i18n/index.svelte';
import { onStorageProblem, storageProblem, type PortfolioRow, type SnapshotRow } from '../db/db';
import {
  createPortfolio,
  deletePortfolio,
  listPortfolios,
  memberRef,
  restorePortfolio,
  updatePortfolio,
} from '../db/portfolios';
import { listSnapshots, snapshotScenarioTexts, type Result } from '../db/snapshots';
import { followStorageProblems, storageStatus } from './storage-status.svelte';
import { portfolioPrint } from './portfolio-print.svelte';

followStorageProblems(onStorageProblem);

/** Versions valued per call to the worker: small enough to show progress and keep the sliders answering. */
export const BATCH = 10;
/** Progress is shown from this many versions to value. */
export const PROGRESS_FROM = 10;
/** The part of the engine client the portfolio uses (tests pass a stand-in). */
export type PortfolioEngine = Pick<EngineClient, 'evaluateMembers' | 'portfolio'>;

export interface Computed {
  /** The portfolio's row as it was when computed (`updatedAt` tells whether it is current). */
  key: string;
  result: PortfolioResult;
  /** Milliseconds from having every member valued to the totals in hand. */
  ms: number;
}

/** What the user is told when the totals could not be computed for another reason than the worker failing. */
const failed = () => inBothLanguages('portfolio:computeFailed');

/** A version's valuation is kept under its id and last change. */
const cacheKey = (row: SnapshotRow) => `${row.id}:${row.updatedAt}`;

/**
 * The scenarios of listed versions as the engine is sent them: a large
 * version, listed without its groups, as the JSON text its blocks are stored
 * as, which the worker parses (null when it is gone or a block is missing:
 * the engine reports it invalid).
 */
async function memberDocuments(rows: readonly SnapshotRow[]): Promise<unknown[]> {
  const large = rows.filter((r) => r.blocks);
  const read = large.length ? await snapshotScenarioTexts(large) : [];
  const texts = new Map(large.map((r, i) => [r.id, read[i]]));
  return rows.map((r) => (r.blocks ? (texts.get(r.id) ?? null) : r.scenario));
}

export class PortfolioState {
  /** Every portfolio, newest change first; null until the database answered. */
  portfolios = $state.raw<PortfolioRow[] | null>(null);
  /** The live saved versions; null until the database answered. */
  snapshots = $state.raw<SnapshotRow[] | null>(null);
  /** The portfolio shown in the view (null: the most recently changed one). */
  chosenId = $state<number | null>(null);
  open = $derived(
    // One deleted meanwhile (perhaps in another tab) gives way to the most recent.
    this.portfolios?.find((p) => p.id === this.chosenId) ?? this.portfolios?.[0] ?? null,
  );
  /** The portfolio printed as a section of the report. */
  printed = $derived(this.portfolios?.find((p) => p.inReport) ?? null);
  /** The engine's answer per portfolio id. */
  computed = $state.raw<Record<number, Computed>>({});
  /** Valuing the members of a portfolio: how far it has come. */
  progress = $state<{ id: number; done: number; total: number } | null>(null);
  error = $state<{ sv: string; en: string } | null>(null);
  /** The last deleted portfolio, while the deletion can be undone. */
  deleted = $state.raw<PortfolioRow | null>(null);

  #engine: PortfolioEngine | null = null;
  // Plain maps on purpose: caches and counters that no template reads.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #cache = new Map<string, MemberEvaluation>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #runs = new Map<number, number>();
  #subs: { unsubscribe(): void }[] = [];

  /** The live versions by id (replaced whole when the list changes, never mutated). */
  byId = $derived(
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Map((this.snapshots ?? []).map((s) => [s.id, s])),
  );

  /**
   * Follow the database and keep the shown and the printed portfolio
   * computed. Called once per page (the view and the app both may call it).
   */
  connect(engine: PortfolioEngine): void {
    this.#engine = engine;
    if (this.#subs.length) return;
    const failed = (err: unknown) => storageStatus.report(storageProblem(err));
    this.#subs.push(
      liveQuery(listPortfolios).subscribe({
        next: (rows) => {
          this.portfolios = [...rows].sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id);
          this.#refresh();
        },
        error: (err) => {
          failed(err);
          this.portfolios ??= [];
        },
      }),
      liveQuery(listSnapshots).subscribe({
        next: (rows) => {
          this.snapshots = rows;
          this.#refresh();
        },
        error: (err) => {
          failed(err);
          this.snapshots ??= [];
        },
      }),
    );
  }

  /** Compute what is shown and what is printed, when the database has answered. */
  #refresh() {
    if (!this.portfolios || !this.snapshots) return;
    const open = this.open;
    const printed = this.printed;
    if (open) void this.compute(open);
    if (printed && printed.id !== open?.id) void this.compute(printed);
    if (!printed) portfolioPrint.report = null;
  }

  /** The members as the engine takes them: valued, invalid (in the evaluation) or deleted (null). */
  #inputs(p: PortfolioRow): PortfolioMemberInput[] {
    return p.members.map((m, i) => {
      const row = m.snapshotId === null ? undefined : this.byId.get(m.snapshotId);
      return {
        key: row ? `v${row.id}` : `gone${i}`,
        label: row?.name ?? m.name,
        evaluation: row ? (this.#cache.get(cacheKey(row)) ?? null) : null,
      };
    });
  }

  /**
   * Value the members not valued yet (in batches, with progress), then ask
   * the engine for the totals. A newer request for the same portfolio makes
   * an older one stop between batches.
   */
  async compute(p: PortfolioRow): Promise<void> {
    const engine = this.#engine;
    if (!engine) return;
    const run = (this.#runs.get(p.id) ?? 0) + 1;
    this.#runs.set(p.id, run);
    const stale = () => this.#runs.get(p.id) !== run;
    const todo = p.members
      .map((m) => (m.snapshotId === null ? undefined : this.byId.get(m.snapshotId)))
      .filter((r): r is SnapshotRow => !!r && !this.#cache.has(cacheKey(r)));
    try {
      if (todo.length) {
        if (todo.length >= PROGRESS_FROM) this.progress = { id: p.id, done: 0, total: todo.length };
        for (let i = 0; i < todo.length; i += BATCH) {
          const batch = todo.slice(i, i + BATCH);
          const evaluations = await engine.evaluateMembers(await memberDocuments(batch));
          batch.forEach((r, k) => this.#cache.set(cacheKey(r), evaluations[k]));
          if (stale()) return;
          if (this.progress?.id === p.id)
            this.progress = { ...this.progress, done: Math.min(todo.length, i + BATCH) };
        }
      }
      const t0 = performance.now();
      const result = await engine.portfolio(this.#inputs(p), p.priceYear);
      const ms = performance.now() - t0;
      if (stale()) return;
      this.computed = { ...this.computed, [p.id]: { key: `${p.id}:${p.updatedAt}`, result, ms } };
      this.error = null;
      if (this.printed?.id === p.id)
        portfolioPrint.report = { name: p.name, notes: p.notes, result };
    } catch (e) {
      // The worker boundary times out, restarts and retries a hung or crashed
      // worker itself; what reaches here is its final word.
      if (stale()) return;
      this.error = engineErrorMessage(e) ?? failed();
    } finally {
      if (!stale() && this.progress?.id === p.id) this.progress = null;
    }
  }

  /** Try again after a failure. */
  retry() {
    this.error = null;
    this.#refresh();
  }

  choose(id: number) {
    this.chosenId = id;
    this.#refresh();
  }

  async create(name: string, members: SnapshotRow[] = []): Promise<Result<{ id: number }>> {
    const r = await createPortfolio({ name, members: members.map(memberRef) });
    if (r.ok) this.chosenId = r.id;
    return r;
  }

  /** Put a version in the open portfolio or take it out. */
  async toggleMember(p: PortfolioRow, row: SnapshotRow): Promise<Result<object>> {
    const has = p.members.some((m) => m.snapshotId === row.id);
    const members = has
      ? p.members.filter((m) => m.snapshotId !== row.id)
      : [...p.members, memberRef(row)];
    return updatePortfolio(p.id, { members });
  }

  /** Every live version not yet in it, added; or (`add` false) every member taken out. */
  async setAll(p: PortfolioRow, add: boolean, rows: readonly SnapshotRow[]) {
    if (!add) return updatePortfolio(p.id, { members: [] });
    const have = p.members.map((m) => m.snapshotId);
    return updatePortfolio(p.id, {
      members: [...p.members, ...rows.filter((r) => !have.includes(r.id)).map(memberRef)],
    });
  }

  /** Take out a member by its place (also one whose version was deleted). */
  async removeAt(p: PortfolioRow, index: number) {
    return updatePortfolio(p.id, { members: p.members.filter((_, i) => i !== index) });
  }

  rename(p: PortfolioRow, name: string, notes?: string) {
    return updatePortfolio(p.id, { name, ...(notes !== undefined ? { notes } : {}) });
  }

  setPriceYear(p: PortfolioRow, priceYear: number | null) {
    return updatePortfolio(p.id, { priceYear });
  }

  /** Print this portfolio with the report (one at a time), or not. */
  async setInReport(p: PortfolioRow, inReport: boolean) {
    if (inReport)
      for (const other of this.portfolios ?? [])
        if (other.id !== p.id && other.inReport)
          await updatePortfolio(other.id, { inReport: false });
    if (!inReport) portfolioPrint.report = null;
    return updatePortfolio(p.id, { inReport });
  }

  async remove(p: PortfolioRow) {
    const r = await deletePortfolio(p.id);
    if (r.ok) {
      this.deleted = r.row;
      if (this.chosenId === p.id) this.chosenId = null;
    }
    return r;
  }

  async undoRemove() {
    const row = this.deleted;
    if (!row) return;
    this.deleted = null;
    const r = await restorePortfolio(row);
    if (r.ok) this.chosenId = row.id;
    return r;
  }
}

/** The one portfolio state of the page, kept while the view is switched away from. */
export const portfolioState = new PortfolioState();
