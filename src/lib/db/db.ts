/**
 * The browser database (IndexedDB through Dexie): saved snapshots, the
 * autosaved working draft and portfolios of saved snapshots. One class, one replaceable singleton, and a schema
 * history that is never rewritten — each `version()` below stays forever, and
 * every change ships a test that seeds the previous version
 * (db.upgrade.test.ts; the pattern of Dexie's test/tests-upgrading.js).
 *
 * Storage is optional: private browsing, a full disk or another tab holding
 * an older schema must never stop the calculator. Every failure is turned
 * into a {sv, en} message (`storageProblem`; the texts are in the i18n
 * snapshots namespace) and reported to whoever listens (`onStorageProblem`),
 * while the working state stays in memory.
 */
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { CostPerspective, Payback, PerspectiveVector, Scenario, WhatIf } from '../../engine';
import { inBothLanguages, type resources } from '../i18n/index.svelte';
import type { BlockFields } from './blocks';

export const DB_NAME = 'nyttokalkyl';

/**
 * The figures a snapshot was saved with: a compact copy of the engine's
 * result for the whole intervention (`result.total`), per perspective. The
 * list and the comparison show these; nothing is recomputed in the UI.
 */
export interface StoredFigures {
  /** The parameter set id the result was computed with (e.g. "se-2025"). */
  parameterSetId: string;
  horizonYears: number;
  participants: number;
  /** Budget excl. indirect taxes, kronor. */
  budget: number;
  cost: PerspectiveVector;
  yearlyRevenue: PerspectiveVector;
  profitYear1: PerspectiveVector;
  profitYear5: PerspectiveVector;
  profitHorizon: PerspectiveVector;
  paybackMonths: Record<CostPerspective, Payback>;
}

export interface SnapshotRow {
  id: number;
  name: string;
  notes: string;
  /** Milliseconds since 1970 (Date.now()). */
  createdAt: number;
  updatedAt: number;
  /**
   * 0 while the snapshot is live; the time it was deleted while an undo is
   * still possible. A number, not undefined, because IndexedDB does not index
   * a missing value and the list is the query `deletedAt = 0` (schema v2).
   */
  deletedAt: number;
  /** The full scenario, what-if settings and every parameter value included. */
  scenario: Scenario;
  /** The figures computed from `scenario`, or null when not yet computed (a plain scenario import). */
  figures: StoredFigures | null;
  /**
   * Schema v5: the blocks of `draftBlocks` its large cohorts' groups are stored in (their
   * `groups` in `scenario` are then empty: `getSnapshot` and `wholeSnapshots` read them
   * back). Absent when every cohort's groups are in `scenario`.
   */
  blocks?: BlockFields['blocks'];
  /** Schema v5: every id in `blocks`, indexed (multiEntry) like the draft's. */
  blockIds?: string[];
}

/**
 * A member of a portfolio: a saved version, by its id, with the name and
 * creation time it had when it was added — so a version deleted since is
 * still named, and an export can find it again.
 */
export interface PortfolioMemberRef {
  /** The snapshot's id; null when the version was not in an imported file. */
  snapshotId: number | null;
  name: string;
  createdAt: number;
}

/**
 * A portfolio (schema v3): a named selection of saved versions that the
 * Portfölj view values and adds up for the association's board.
 */
export interface PortfolioRow {
  id: number;
  name: string;
  notes: string;
  /** Milliseconds since 1970. */
  createdAt: number;
  updatedAt: number;
  /** The members in the user's order. */
  members: PortfolioMemberRef[];
  /** The price year of the totals; null: the newest of the members' own. */
  priceYear: number | null;
  /** Printed as a section of the report. */
  inReport: boolean;
}

/**
 * A row of the `draft` table: `current`, the draft as edited; and
 * `replaced`, while the user may still undo the last replacement of the whole
 * draft (the example, a file, a link, a saved version …), the draft it
 * replaced — so a reload loses nothing before the user has dismissed the undo.
 */
export interface DraftRow {
  id: 'current' | 'replaced';
  /** The draft as edited: may be invalid while the user types. */
  scenario: unknown;
  whatIf: WhatIf;
  savedAt: number;
  /** Row `replaced`: what replaced this draft (the app's ReplaceReason) and the name it showed. */
  replacement?: { reason: string; undone?: string; name?: string };
  /**
   * Schema v4: the blocks of `draftBlocks` its large cohorts' groups are stored in (blocks.ts).
   * Absent when every cohort's groups are in `scenario` (every row written before v4).
   */
  blocks?: BlockFields['blocks'];
  /** Schema v4: every id in `blocks`, indexed (multiEntry) so the blocks in use are found without reading a row. */
  blockIds?: string[];
}

/**
 * Schema v4: a block of a large cohort's groups, stored apart from its row so that
 * an edit rewrites the block it changed, not the whole draft (lib/db/blocks.ts). A block
 * is shared by the rows that hold the same groups: the draft's `current` and `replaced`
 * and, from v5, saved versions. The groups are stored as their JSON text (an array): read
 * back, the text is what the engine's worker is sent, and a string is stored and read
 * without copying object by object.
 */
export interface DraftBlockRow {
  id: string;
  json: string;
}

/** Schema version 1: the first shipped schema. Kept verbatim for the upgrade test. */
export const STORES_V1 = {
  snapshots: '++id, name, createdAt, updatedAt',
  draft: 'id',
} as const;

/** Schema version 2: `deletedAt` is indexed so the live list is an index query and old deletions can be purged. */
export const STORES_V2 = {
  snapshots: '++id, name, createdAt, updatedAt, deletedAt',
  draft: 'id',
} as const;

/** Schema version 3: portfolios, each a named selection of saved versions. */
export const STORES_V3 = {
  ...STORES_V2,
  portfolios: '++id, name, updatedAt',
} as const;

/** Schema version 4: large cohorts' groups of the draft in blocks, the blocks a draft row uses indexed. */
export const STORES_V4 = {
  ...STORES_V3,
  draft: 'id, *blockIds',
  draftBlocks: 'id',
} as const;

/**
 * Schema version 5: a saved version's large cohorts' groups in blocks too (shared with the
 * draft's when the same), the blocks it uses indexed. Rows of earlier versions keep theirs inline.
 */
export const STORES_V5 = {
  ...STORES_V4,
  snapshots: '++id, name, createdAt, updatedAt, deletedAt, *blockIds',
} as const;

export const SCHEMA_VERSION = 5;

export class NyttokalkylDb extends Dexie {
  snapshots!: EntityTable<SnapshotRow, 'id'>;
  draft!: EntityTable<DraftRow, 'id'>;
  draftBlocks!: EntityTable<DraftBlockRow, 'id'>;
  portfolios!: EntityTable<PortfolioRow, 'id'>;

  /**
   * @param options Dexie options; tests pass `{ indexedDB, IDBKeyRange }` from
   *   fake-indexeddb. By default the page's current `indexedDB` is used, read
   *   when the database is created (so a missing API is seen as missing).
   */
  constructor(name: string = DB_NAME, options: DexieOptions = {}) {
    super(name, {
      indexedDB: globalThis.indexedDB,
      IDBKeyRange: globalThis.IDBKeyRange,
      ...options,
    });

    this.version(1).stores(STORES_V1);

    // v2: index deletedAt. v1 rows carry no deletedAt (or undefined for live
    // ones) and would vanish from the `deletedAt = 0` list: give them 0.
    this.version(2)
      .stores(STORES_V2)
      .upgrade((tx) =>
        tx
          .table('snapshots')
          .toCollection()
          .modify((row: Partial<SnapshotRow>) => {
            if (typeof row.deletedAt !== 'number') row.deletedAt = 0;
            if (typeof row.notes !== 'string') row.notes = '';
            if (row.figures === undefined) row.figures = null;
          }),
      );

    // v3: a new table; the snapshots and the draft are unchanged.
    this.version(3).stores(STORES_V3);

    // v4: a new table and an index; rows of earlier versions keep their groups inline.
    this.version(4).stores(STORES_V4);

    // v5: an index; rows of earlier versions keep their groups inline.
    this.version(5).stores(STORES_V5);

    // Another tab opened a newer schema: close at once so its upgrade can
    // proceed, and never reopen with this (older) code — writing old-shaped
    // rows into the new schema is how data gets corrupted. The user reloads.
    this.on('versionchange', (ev: IDBVersionChangeEvent) => {
      this.close({ disableAutoOpen: true });
      reportStorageProblem(
        ev.newVersion === null || ev.newVersion === 0 ? PROBLEMS.deleted : PROBLEMS.versionchange,
      );
      return false; // Dexie's default handler would allow an auto-reopen.
    });

    // Our upgrade waits for another tab that keeps the old version open.
    this.on('blocked', () => {
      reportStorageProblem(PROBLEMS.blocked);
    });
  }
}

// ---------------------------------------------------------------------------
// The singleton

let instance: NyttokalkylDb | null = null;

/** The app's database, created on first use. */
export function getDb(): NyttokalkylDb {
  instance ??= new NyttokalkylDb();
  return instance;
}

/**
 * Replace the singleton (tests: a database on fake-indexeddb; null: create a
 * fresh one on next use). The previous instance is closed.
 */
export function setDb(db: NyttokalkylDb | null): void {
  if (instance && instance !== db) instance.close();
  instance = db;
}

// ---------------------------------------------------------------------------
// Problems, as messages a user understands

export type StorageProblemKind =
  'unavailable' | 'quota' | 'blocked' | 'versionchange' | 'deleted' | 'timeout' | 'failed';

export interface StorageProblem {
  kind: StorageProblemKind;
  sv: string;
  en: string;
}

type ProblemText = keyof (typeof resources)['sv']['snapshots']['storage']['problems'];

/** A problem's message in both languages (snapshots namespace of the i18n resources). */
function problem(
  kind: StorageProblemKind,
  text: ProblemText,
  options?: Record<string, string>,
): StorageProblem {
  const key = `snapshots:storage.problems.${text}` as const;
  return Object.assign(inBothLanguages(key, options), { kind });
}

export const PROBLEMS = {
  unavailable: problem('unavailable', 'unavailable'),
  quota: problem('quota', 'quota'),
  blocked: problem('blocked', 'blocked'),
  versionchange: problem('versionchange', 'versionchange'),
  deleted: problem('deleted', 'deleted'),
  timeout: problem('timeout', 'timeout'),
} as const satisfies Record<string, StorageProblem>;

/** The autosaved draft was there but could not be used. */
export const draftUnreadable = (): StorageProblem => problem('failed', 'draftUnreadable');

type ErrorLike = { name?: unknown; message?: unknown; inner?: unknown; failures?: unknown };

/** The error and every error it wraps (Dexie's `inner`, a BulkError's `failures`). */
function errorChain(err: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const queue: unknown[] = [err];
  while (queue.length && out.length < 20) {
    const e = queue.shift();
    if (!e || typeof e !== 'object') continue;
    const el = e as ErrorLike;
    out.push(el);
    if (el.inner) queue.push(el.inner);
    if (Array.isArray(el.failures)) queue.push(...el.failures.slice(0, 5));
  }
  return out;
}

/**
 * The words to show for an error: its message, else its name, else the thrown value itself
 * when that is a string or a number. An object without either would read "[object Object]".
 */
function errorText(err: unknown, first: ErrorLike | undefined): string {
  if (typeof first?.message === 'string') return first.message;
  if (typeof first?.name === 'string') return first.name;
  return typeof err === 'string' || typeof err === 'number' ? String(err) : '';
}

/** Translate a Dexie/IndexedDB error into a message for the user. */
export function storageProblem(err: unknown): StorageProblem {
  const chain = errorChain(err);
  const names = chain.map((e) => (typeof e.name === 'string' ? e.name : ''));
  const has = (...n: string[]) => names.some((x) => n.includes(x));
  if (has('QuotaExceededError')) return PROBLEMS.quota;
  if (has('MissingAPIError', 'SecurityError', 'InvalidStateError')) return PROBLEMS.unavailable;
  if (has('VersionChangeError', 'VersionError')) return PROBLEMS.versionchange;
  if (has('DatabaseClosedError')) return PROBLEMS.versionchange;
  const msg = errorText(err, chain[0]).slice(0, 300);
  if (has('OpenFailedError')) return problem('unavailable', 'openFailed', { message: msg });
  return problem('failed', 'failed', { message: msg });
}

type Listener = (problem: StorageProblem) => void;
const listeners = new Set<Listener>();

/** Hear about storage problems (the storage status store subscribes). Returns an unsubscribe. */
export function onStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportStorageProblem(problem: StorageProblem): void {
  for (const l of listeners) l(problem);
}

/**
 * Open the database, resolving with a problem instead of throwing (and
 * reporting it). `indexedDB.open` may throw synchronously in some private
 * modes; Dexie may reject; both end here.
 */
export async function openDb(db: NyttokalkylDb = getDb()): Promise<StorageProblem | null> {
  try {
    await db.open();
    return null;
  } catch (err) {
    const p = storageProblem(err);
    reportStorageProblem(p);
    return p;
  }
}
