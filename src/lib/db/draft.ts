/**
 * The `draft` table's storage operations: read the autosaved draft and the
 * replaced draft kept for undo, write them, forget the replaced one. Plain
 * rows in and out; what they mean to the app (loading, undo, the autosave's
 * timing) is lib/state/draft.svelte.ts.
 *
 * A large cohort's groups are stored apart, in blocks of `DRAFT_BLOCK_SIZE`
 * (table `draftBlocks`). IndexedDB copies whatever it stores on the page's
 * thread: one row of 100 000 participants held the page ≈ 1 s, and an edit of
 * one group in 10 000 copied all of them again. In blocks, a write stores only
 * the blocks whose groups changed (a block is known by its groups' identity:
 * the draft's groups are immutable, an edit replaces one), as JSON text made
 * one block per task, so the page answers input meanwhile. Rows `current` and
 * `replaced` share the blocks they have in common. A write is then one short
 * transaction: it adds its blocks, puts its rows and deletes the blocks no row
 * uses any more, so an interrupted write leaves the draft stored before it
 * whole. As the page goes, the whole state is written at once.
 */
import { nextTask } from '../after-paint';
import { getDb, openDb, type DraftBlockRow, type DraftRow } from './db';

/** Groups per block; a cohort with more groups than this is stored in blocks. */
export const DRAFT_BLOCK_SIZE = 1000;

/** The two rows of the draft table as read; `failed` when the database could not be opened. */
export interface StoredDraftRows {
  row?: DraftRow;
  replaced?: DraftRow;
  failed?: boolean;
}

type Row = Omit<DraftRow, 'id'>;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A block this page wrote or found stored: its id and the groups it holds (by identity). */
interface Block {
  id: string;
  groups: readonly unknown[];
}

/** Blocks this page knows to be stored, by their first group (an object: groups are records). */
let known = new WeakMap<object, Block[]>();

/** Forget what this page knows is stored, and the writes under way (tests: a new database). */
export function forgetStoredBlocks(): void {
  known = new WeakMap();
  writing = null;
}

let serial = 0;
/** A block id unique across pages and sessions: the time, a random part and a counter. */
const newBlockId = () =>
  `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${(serial++).toString(36)}`;

const sameGroups = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((g, i) => g === b[i]);

function knownBlock(groups: readonly unknown[]): Block | undefined {
  const first = groups[0];
  if (typeof first !== 'object' || first === null) return undefined;
  return known.get(first)?.find((b) => sameGroups(b.groups, groups));
}

function remember(b: Block) {
  const first = b.groups[0];
  if (typeof first !== 'object' || first === null) return;
  const list = known.get(first);
  if (!list) known.set(first, [b]);
  else if (!list.includes(b)) list.push(b);
}

/** Whether this page wrote or found `b` stored (it may have been deleted since). */
const isKnown = (b: Block): boolean => knownBlock(b.groups) === b;

/** A cohort whose groups go to blocks. */
const blocked = (c: unknown): c is Record<string, unknown> & { groups: unknown[] } =>
  isRecord(c) && Array.isArray(c.groups) && c.groups.length > DRAFT_BLOCK_SIZE;

/**
 * `row` as stored: its large cohorts' groups cut into blocks (the blocks
 * listed, not yet written). A draft that is not a record of cohorts (it may be
 * anything while invalid) is stored as it is.
 */
function split(row: Row): { row: Row; blocks: Block[] } {
  const s = row.scenario;
  if (!isRecord(s) || !Array.isArray(s.cohorts) || !s.cohorts.some(blocked)) {
    const { blocks: _b, blockIds: _i, ...plain } = row;
    return { row: plain, blocks: [] };
  }
  const blocks: Block[] = [];
  const perCohort = s.cohorts.map((c) => {
    if (!blocked(c)) return null;
    const ids: string[] = [];
    for (let i = 0; i < c.groups.length; i += DRAFT_BLOCK_SIZE) {
      const groups = c.groups.slice(i, i + DRAFT_BLOCK_SIZE);
      const b = knownBlock(groups) ?? { id: newBlockId(), groups };
      blocks.push(b);
      ids.push(b.id);
    }
    return ids;
  });
  const cohorts = s.cohorts.map((c, i) => (perCohort[i] ? { ...(c as object), groups: [] } : c));
  return {
    row: {
      ...row,
      scenario: { ...s, cohorts },
      blocks: perCohort,
      blockIds: perCohort.flatMap((ids) => ids ?? []),
    },
    blocks,
  };
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
    const ids = [...new Set([...(row?.blockIds ?? []), ...(replaced?.blockIds ?? [])])];
    const found = new Map<string, string>();
    for (const b of await db.draftBlocks.bulkGet(ids)) if (b) found.set(b.id, b.json);
    return { row, replaced, found };
  });
  const parsed = new Map<string, unknown[]>();
  return { row: await joined(row, found, parsed), replaced: await joined(replaced, found, parsed) };
}

/**
 * The JSON text each cohort's groups were read from, by the array read: the
 * engine's worker is sent a restored draft as text (`storedDraftJson`).
 */
const groupsJson = new WeakMap<object, string>();

/**
 * A stored row whole again: its blocks' groups back in its cohorts, parsed one
 * block per task (`parsed`: blocks the other row shares, parsed once).
 */
async function joined(
  row: DraftRow | undefined,
  found: Map<string, string>,
  parsed: Map<string, unknown[]>,
): Promise<DraftRow | undefined> {
  if (!row?.blocks) return row;
  const { blocks, blockIds: _, ...rest } = row;
  const s = row.scenario;
  if (!isRecord(s) || !Array.isArray(s.cohorts)) return { ...rest, scenario: null };
  const cohorts: unknown[] = [];
  for (let i = 0; i < s.cohorts.length; i++) {
    const c = s.cohorts[i];
    const ids = blocks[i];
    if (!ids) {
      cohorts.push(c);
      continue;
    }
    const groups: unknown[] = [];
    const texts: string[] = [];
    for (const id of ids) {
      const json = found.get(id);
      let block = parsed.get(id);
      if (json !== undefined && !block) {
        await nextTask();
        block = readBlock(json);
        if (block) parsed.set(id, block);
      }
      if (json === undefined || !block) return { ...rest, scenario: null };
      for (const g of block) groups.push(g);
      // Each block is a non-empty array: its items' text is between the brackets.
      texts.push(json.slice(1, -1));
    }
    groupsJson.set(groups, `[${texts.join(',')}]`);
    cohorts.push({ ...(c as object), groups });
  }
  return { ...rest, scenario: { ...s, cohorts } };
}

/** A block's groups from its text; undefined when it is not a non-empty JSON array (damaged). */
function readBlock(json: string): unknown[] | undefined {
  try {
    const groups: unknown = JSON.parse(json);
    return Array.isArray(groups) && groups.length > 0 ? groups : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The JSON text of `doc`, a draft whose large cohorts' groups are the arrays
 * read from storage (or the validated draft that keeps them): built from the
 * text they were stored as, so that the engine's worker is sent one string,
 * not 100 000 objects copied one by one. Undefined when it has no such cohort,
 * or a large cohort's groups are not ones read.
 */
export function storedDraftJson(doc: unknown): string | undefined {
  const parts: string[] = [];
  let unknownGroups = false;
  // Each stored array is written as a placeholder, then the placeholders replaced by their text.
  const mark = `\u0001${Math.random().toString(36).slice(2)}:`;
  const shell = JSON.stringify(doc, (key, value: unknown) => {
    if (key !== 'groups' || !Array.isArray(value) || value.length <= DRAFT_BLOCK_SIZE) return value;
    const json = groupsJson.get(value);
    if (json === undefined) {
      unknownGroups = true;
      return null;
    }
    parts.push(json);
    return mark + (parts.length - 1);
  }) as string | undefined;
  if (shell === undefined || unknownGroups || parts.length === 0) return undefined;
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < parts.length; i++) {
    const token = JSON.stringify(mark + i);
    const at = shell.indexOf(token, from);
    // Each placeholder once, in order (the shell is small: the groups are not in it).
    if (at < 0 || shell.indexOf(token, at + 1) >= 0) return undefined;
    pieces.push(shell.slice(from, at), parts[i]);
    from = at + token.length;
  }
  pieces.push(shell.slice(from));
  return pieces.join('');
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
  const parts = [current, replaced].map((r) => (r ? split(r) : undefined));
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

const blockText = (b: Block): DraftBlockRow => ({ id: b.id, json: JSON.stringify(b.groups) });

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
  const { blockStore, rowStore, done } = draftTransaction(db.backendDB());
  for (const b of blocks) blockStore.put(blockText(b));
  for (const r of rows) rowStore.put(r);
  if (forgetReplaced) rowStore.delete('replaced');
  return done.then(() => blocks.forEach(remember));
}

/** A native read-write transaction over the draft's two stores, and its outcome. */
function draftTransaction(idb: IDBDatabase) {
  const tx = idb.transaction(['draft', 'draftBlocks'], 'readwrite');
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
  const fresh = new Map<string, DraftBlockRow>();
  for (const b of blocks) {
    if (isKnown(b)) continue;
    fresh.set(b.id, blockText(b));
    await nextTask();
  }
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
 * that are not there yet, the rows, and the deletion of the blocks no row uses
 * any more (this write's, or an earlier one's that was cut short).
 */
function store(
  idb: IDBDatabase,
  blocks: Block[],
  fresh: Map<string, DraftBlockRow>,
  rows: DraftRow[],
  forgetReplaced: boolean,
): Promise<void> {
  const { tx, blockStore, rowStore, done } = draftTransaction(idb);
  running = tx;
  const stored = blockStore.getAllKeys();
  stored.onsuccess = () => {
    const existing = new Set(stored.result as string[]);
    for (const b of fresh.values()) blockStore.put(b);
    // Blocks this page knows may have been deleted since, by another page's write.
    for (const b of blocks)
      if (!fresh.has(b.id) && !existing.has(b.id)) blockStore.put(blockText(b));
    for (const r of rows) rowStore.put(r);
    if (forgetReplaced) rowStore.delete('replaced');
    // The blocks the rows use once written (the requests run in order).
    const used = new Set<IDBValidKey>();
    const cursor = rowStore.index('blockIds').openKeyCursor(null, 'nextunique');
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (c) {
        used.add(c.key);
        c.continue();
        return;
      }
      for (const id of existing) if (!used.has(id) && !fresh.has(id)) blockStore.delete(id);
    };
  };
  return done.finally(() => {
    if (running === tx) running = null;
  });
}
