/**
 * The `draft` table's storage operations: read the autosaved draft and the
 * replaced draft kept for undo, write them, forget the replaced one. Plain
 * rows in and out; what they mean to the app (loading, undo, the autosave's
 * timing) is lib/state/draft.svelte.ts.
 *
 * A large cohort's groups are stored apart, in blocks (blocks.ts): an edit of
 * one group in 10 000 rewrites one block, and rows `current` and `replaced`
 * share the blocks they have in common (and with saved versions). A write is
 * one short transaction: it adds its blocks, puts its rows and deletes the
 * blocks no row uses any more, so an interrupted write leaves the draft stored
 * before it whole. As the page goes, the whole state is written at once.
 */
import { getDb, openDb, type DraftBlockRow, type DraftRow } from './db';
import {
  BLOCK_USERS,
  blocksToPut,
  blockText,
  forgetKnownBlocks,
  freshTexts,
  joinRow,
  readBlockTexts,
  remember,
  splitRow,
  unusedBlocks,
  type Block,
} from './blocks';

/** The two rows of the draft table as read; `failed` when the database could not be opened. */
export interface StoredDraftRows {
  row?: DraftRow;
  replaced?: DraftRow;
  failed?: boolean;
}

type Row = Omit<DraftRow, 'id'>;

/** Forget what this page knows is stored, and the writes under way (tests: a new database). */
export function forgetStoredBlocks(): void {
  forgetKnownBlocks();
  writing = null;
}

/**
 * Read rows `current` and `replaced`, each whole again (its blocks' groups back
 * in its cohorts, read one block per task). A row whose blocks are not all
 * there, or not readable, reads with no draft (`scenario` null: the app reports
 * it unreadable). A database that cannot be opened resolves `{ failed: true }`
 * (openDb has reported why); a failing read rejects.
 */
export async function readDraftRows(): Promise<StoredDraftRows> {
  const db = getDb();
  if (await openDb(db)) return { failed: true };
  const rows = () => db.draft.bulkGet(['current', 'replaced']);
  const first = await rows();
  if (!first.some((r) => r?.blocks)) return { row: first[0], replaced: first[1] };
  // Rows and blocks read together: another page's write may delete blocks between two reads.
  const { row, replaced, found } = await db.transaction('r', db.draft, db.draftBlocks, async () => {
    const [row, replaced] = await rows();
    return { row, replaced, found: await readBlockTexts(db.draftBlocks, [row, replaced]) };
  });
  const parsed = new Map<string, unknown[]>();
  return {
    row: await joinRow(row, found, parsed),
    replaced: await joinRow(replaced, found, parsed),
  };
}

/**
 * Write row `current` (the draft as edited) and/or row `replaced` (what a
 * replacement replaced, or null to forget it); undefined leaves a row as it
 * is. Writes are made one after the other, in the order asked for; the first
 * starts at once.
 *
 * `atOnce`: the page is going (hidden, closed), and the rows are the whole
 * state to keep. Every request is then issued before this returns, every
 * block of the rows included (another page may have deleted one this page
 * knows), in one piece; a write asked for before and not yet stored is
 * dropped (this one holds what it would); blocks no row uses are left for the
 * next write to delete.
 */
export function writeDraftRows(
  current: Row | undefined,
  replaced?: Row | null,
  atOnce = false,
): Promise<void> {
  const parts = [current, replaced].map((r) => (r ? splitRow(r) : undefined));
  const blocks = [...new Map(parts.flatMap((p) => p?.blocks ?? []).map((b) => [b.id, b])).values()];
  const rows: DraftRow[] = [];
  if (parts[0]) rows.push({ ...parts[0].row, id: 'current' });
  if (parts[1]) rows.push({ ...parts[1].row, id: 'replaced' });
  const write: Write = { blocks, rows, forgetReplaced: replaced === null };
  const written = atOnce && writeAtOnce(write);
  if (written) return written;
  const generation = wholeWrites;
  const run = () => writeInSteps(write, () => generation !== wholeWrites);
  const next = writing ? writing.then(run) : run();
  const settled = next.catch(() => {});
  writing = settled;
  void settled.then(() => {
    if (writing === settled) writing = null;
  });
  return next;
}

interface Write {
  blocks: Block[];
  rows: DraftRow[];
  forgetReplaced: boolean;
}

/** The write under way (settled, never rejects), if any: the next one waits for it. */
let writing: Promise<void> | null = null;
/** Writes made at once so far: a write asked for before one of them is not stored after it. */
let wholeWrites = 0;

/** The usual write's transaction while it runs. */
let running: { abort(): void } | null = null;

/**
 * The write as the page goes (see writeDraftRows); null when the database is
 * not open. A usual write's transaction still running is aborted first: this
 * one holds what it would store, and a closing page's write that waits behind
 * another transaction is lost with the page (seen in Chromium).
 */
function writeAtOnce({ blocks, rows, forgetReplaced }: Write): Promise<void> | null {
  const db = getDb();
  if (!db.isOpen()) return null;
  wholeWrites++;
  running?.abort();
  running = null;
  // Every request issued before this returns: Dexie issues its requests in later tasks,
  // which a page being unloaded never runs.
  const { tx, blockStore, rowStore, done } = draftTransaction(db.backendDB());
  for (const b of blocks) blockStore.put(blockText(b));
  for (const r of rows) rowStore.put(r);
  if (forgetReplaced) rowStore.delete('replaced');
  // Committed now, not when the requests' answers have come back to a page that may be gone
  // by then: a closing page's transaction still waiting for them is aborted with the page.
  tx.commit?.();
  return done.then(() => blocks.forEach(remember));
}

/**
 * A native read-write transaction over the draft's two stores (with `users`:
 * every table whose rows use blocks, for the blocks no row uses), and its outcome.
 */
function draftTransaction(idb: IDBDatabase, users = false) {
  const tx = idb.transaction(['draftBlocks', ...(users ? BLOCK_USERS : ['draft'])], 'readwrite');
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () =>
      reject(tx.error ?? new DOMException('The draft was not stored.', 'AbortError'));
  });
  return { tx, blockStore: tx.objectStore('draftBlocks'), rowStore: tx.objectStore('draft'), done };
}

/**
 * The usual write. The new blocks' text is made first, one block per task and
 * before the transaction: a transaction kept open across tasks would hold back
 * a write made as the page goes, and be cut short with it. Storing a string
 * then costs the page next to nothing.
 */
async function writeInSteps(
  { blocks, rows, forgetReplaced }: Write,
  superseded: () => boolean,
): Promise<void> {
  const db = getDb();
  // A draft without blocks starts its transaction at once, in the task that asked for it.
  const fresh = blocks.length ? await freshTexts(blocks) : new Map<string, DraftBlockRow>();
  if (superseded()) return;
  if (!db.isOpen()) await db.open();
  if (superseded()) return;
  try {
    await store(db.backendDB(), blocks, fresh, rows, forgetReplaced);
  } catch (err) {
    // Aborted by a write at once, which stores what this one would.
    if (superseded()) return;
    throw err;
  }
  blocks.forEach(remember);
}

/**
 * The usual write's one transaction, native so that it can be aborted from the
 * moment it exists (a write at once waits behind it otherwise): the blocks
 * that are not there yet, the rows, and the deletion of the blocks no row
 * uses any more (this write's, an earlier one's that was cut short, or a
 * deleted version's). Saved versions' rows are read for the blocks they use.
 */
function store(
  idb: IDBDatabase,
  blocks: Block[],
  fresh: Map<string, DraftBlockRow>,
  rows: DraftRow[],
  forgetReplaced: boolean,
): Promise<void> {
  const { tx, blockStore, rowStore, done } = draftTransaction(idb, true);
  running = tx;
  const stored = blockStore.getAllKeys();
  stored.onsuccess = () => {
    const existing = new Set(stored.result as string[]);
    for (const b of blocksToPut(blocks, fresh, existing)) blockStore.put(b);
    for (const r of rows) rowStore.put(r);
    if (forgetReplaced) rowStore.delete('replaced');
    // The blocks the rows use once written (the requests run in order), table by table.
    const used = new Set<IDBValidKey>();
    const indexes = BLOCK_USERS.map((t) => tx.objectStore(t).index('blockIds'));
    const next = () => {
      const index = indexes.shift();
      if (!index) {
        for (const id of unusedBlocks(existing, used)) blockStore.delete(id);
        return;
      }
      const cursor = index.openKeyCursor(null, 'nextunique');
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return next();
        used.add(c.key);
        c.continue();
      };
    };
    next();
  };
  return done.finally(() => {
    if (running === tx) running = null;
  });
}
