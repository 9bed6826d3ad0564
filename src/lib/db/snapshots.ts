/**
 * Saved snapshots: named copies of a scenario with notes and the figures the
 * engine computed for it. Pure async functions over the database singleton
 * (`getDb()`, replaceable in tests), plus exporting and importing the
 * versions file, whose format is read and written in versions-file.ts. An
 * import is checked completely before anything is written, and written in
 * one transaction: a bad file changes nothing and says what is wrong.
 */
import { withParametersWritten, type Scenario } from '../../engine';
import { validateScenarioInSteps } from '../validated-scenario';
import { wordedIssue, type WordedIssue } from '../validation-text';
import {
  BLOCK_USERS,
  blocksToPut,
  freshTexts,
  joinRow,
  readBlockTexts,
  remember,
  splitRow,
  storedRowJson,
  unusedBlocks,
} from './blocks';
import {
  getDb,
  storageProblem,
  type NyttokalkylDb,
  type SnapshotRow,
  type StoredFigures,
} from './db';
import {
  exportPortfolios,
  resolveMembers,
  samePortfolio,
  type NewPortfolio,
} from './portfolio-file';
import {
  checkName,
  checkNotes,
  clock,
  issue,
  joinPath,
  MAX_NAME,
  type Result,
} from './snapshot-fields';
import { parseImport, versionsFileParts, type FileParts, type NewRow } from './versions-file';

// The versions file, the field checks and the figures live in their own
// modules; these names stay importable from here.
export {
  figuresDiffer,
  figuresFrom,
  paramDifferences,
  withTodaysDefaults,
  type ParamDifference,
} from './snapshot-figures';
export { clock, FiguresSchema, MAX_NAME, MAX_NOTES, type Result } from './snapshot-fields';
export {
  checkExportVersion,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  migrateExport,
  parseImport,
  tooLargeIssue,
  type ExportedSnapshot,
  type ExportEnvelope,
  type FileParts,
  type NewRow,
} from './versions-file';

/** Soft-deleted snapshots older than this are purged for good. */
export const PURGE_AFTER_MS = 10 * 60 * 1000;

function storageIssues(err: unknown): { ok: false; issues: WordedIssue[] } {
  const p = storageProblem(err);
  return { ok: false, issues: [issue('', p.sv, p.en)] };
}

// ---------------------------------------------------------------------------
// Save, edit, duplicate, delete

export interface SaveInput {
  name: string;
  notes?: string;
  /** The scenario with the what-if settings in `whatIf`. Must be valid. */
  scenario: unknown;
  /** The engine's result for exactly this scenario, or null when there is none yet. */
  figures: StoredFigures | null;
}

/**
 * Save a new snapshot. The scenario is validated first, in steps; nothing
 * invalid is stored. A large cohort's groups go to blocks (blocks.ts): those
 * the draft has stored already are shared, not written again.
 */
export async function saveSnapshot(input: SaveInput): Promise<Result<{ id: number }>> {
  const notes = input.notes ?? '';
  const issues = [...checkName(input.name), ...checkNotes(notes)];
  const parsed = await validateScenarioInSteps(input.scenario);
  if (!parsed.ok)
    issues.push(
      ...parsed.issues.map((i) => wordedIssue({ ...i, path: joinPath('scenario', i.path) })),
    );
  if (issues.length || !parsed.ok) return { ok: false, issues };
  const now = clock.now();
  try {
    const id = await addRow({
      name: input.name.trim(),
      notes,
      createdAt: now,
      updatedAt: now,
      deletedAt: 0,
      // Every rule year the cohorts take is written out, so the version reproduces exactly
      // after the defaults change.
      scenario: withParametersWritten(parsed.value),
      figures: input.figures,
    });
    return { ok: true, id };
  } catch (err) {
    return storageIssues(err);
  }
}

/**
 * Add a snapshot row with its blocks, in one transaction: the blocks' text is
 * made first, one block per task, so that neither the text nor the store
 * holds the page. Resolves the row's id.
 */
async function addRow(row: Omit<SnapshotRow, 'id'>): Promise<number> {
  const db = getDb();
  const { row: stored, blocks } = splitRow(row);
  const fresh = await freshTexts(blocks);
  const id = await db.transaction('rw', db.snapshots, db.draftBlocks, async () => {
    if (blocks.length) {
      // Blocks this page knows may have been deleted since, by another page's write.
      const ids = blocks.map((b) => b.id);
      const existing = new Set(await db.draftBlocks.where(':id').anyOf(ids).primaryKeys());
      await db.draftBlocks.bulkPut(blocksToPut(blocks, fresh, existing));
    }
    return db.snapshots.add(stored);
  });
  blocks.forEach(remember);
  return id;
}

/** The blocks' table and every table whose rows use blocks: the scope `deleteUnusedBlocks` needs. */
const blockTables = (db: NyttokalkylDb) => [db.draftBlocks, ...BLOCK_USERS.map((t) => db.table(t))];

/**
 * Delete the blocks no row uses any more (after versions were deleted for
 * good), inside a transaction over `blockTables`.
 */
async function deleteUnusedBlocks(db: NyttokalkylDb): Promise<void> {
  const [stored, ...uses] = await Promise.all([
    db.draftBlocks.toCollection().primaryKeys(),
    ...BLOCK_USERS.map((t) => db.table(t).orderBy('blockIds').uniqueKeys()),
  ]);
  const unused = unusedBlocks(stored, new Set(uses.flat()));
  if (unused.length) await db.draftBlocks.bulkDelete(unused);
}

/** Change a snapshot's name and/or notes. */
export async function editSnapshot(
  id: number,
  changes: { name?: string; notes?: string },
): Promise<Result<object>> {
  const issues = [
    ...(changes.name !== undefined ? checkName(changes.name) : []),
    ...(changes.notes !== undefined ? checkNotes(changes.notes) : []),
  ];
  if (issues.length) return { ok: false, issues };
  try {
    const n = await getDb().snapshots.update(id, {
      ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
      ...(changes.notes !== undefined ? { notes: changes.notes } : {}),
      updatedAt: clock.now(),
    });
    return n ? { ok: true } : { ok: false, issues: [notFound(id)] };
  } catch (err) {
    return storageIssues(err);
  }
}

/** Rename a snapshot. */
export function renameSnapshot(id: number, name: string): Promise<Result<object>> {
  return editSnapshot(id, { name });
}

/** Store the figures for a snapshot that had none (e.g. imported as a plain scenario, then opened). */
export async function setFigures(id: number, figures: StoredFigures): Promise<Result<object>> {
  try {
    await getDb().snapshots.update(id, { figures });
    return { ok: true };
  } catch (err) {
    return storageIssues(err);
  }
}

/** A copy of a snapshot under a new name (default "<name> (kopia)"). */
export async function duplicateSnapshot(
  id: number,
  name?: string,
): Promise<Result<{ id: number }>> {
  const db = getDb();
  try {
    // Read and added together: the copy shares the blocks of a large version, which a
    // purge of the original in another tab must not delete in between.
    return await db.transaction('rw', db.snapshots, async (): Promise<Result<{ id: number }>> => {
      const row = await db.snapshots.get(id);
      if (!row || row.deletedAt) return { ok: false, issues: [notFound(id)] };
      const newName = (name ?? `${row.name} (kopia)`).trim().slice(0, MAX_NAME);
      const now = clock.now();
      const { id: _old, ...rest } = row;
      const newId = await db.snapshots.add({
        ...rest,
        name: newName,
        createdAt: now,
        updatedAt: now,
        deletedAt: 0,
      });
      return { ok: true, id: newId };
    });
  } catch (err) {
    return storageIssues(err);
  }
}

/** Hide a snapshot from the list; `undoDelete` brings it back until it is purged. */
export async function softDelete(id: number): Promise<Result<object>> {
  try {
    const n = await getDb().snapshots.update(id, { deletedAt: clock.now() });
    return n ? { ok: true } : { ok: false, issues: [notFound(id)] };
  } catch (err) {
    return storageIssues(err);
  }
}

export async function undoDelete(id: number): Promise<Result<object>> {
  try {
    const n = await getDb().snapshots.update(id, { deletedAt: 0 });
    return n ? { ok: true } : { ok: false, issues: [notFound(id)] };
  } catch (err) {
    return storageIssues(err);
  }
}

/**
 * Delete for good: the given soft-deleted snapshot, or (without an id) every
 * snapshot deleted more than `olderThanMs` ago. Live snapshots are never
 * touched. Returns how many were removed.
 */
export async function purge(id?: number, olderThanMs = PURGE_AFTER_MS): Promise<number> {
  const db = getDb();
  return db.transaction('rw', blockTables(db), async () => {
    let n: number;
    if (id !== undefined) {
      const row = await db.snapshots.get(id);
      if (!row || !row.deletedAt) return 0;
      await db.snapshots.delete(id);
      n = 1;
    } else
      n = await db.snapshots
        .where('deletedAt')
        .between(1, clock.now() - olderThanMs, true, true)
        .delete();
    if (n) await deleteUnusedBlocks(db);
    return n;
  });
}

function notFound(id: number): WordedIssue {
  return issue(
    '',
    `Versionen (id ${id}) finns inte längre; den kan ha tagits bort i en annan flik.`,
    `The version (id ${id}) no longer exists; it may have been deleted in another tab.`,
  );
}

// ---------------------------------------------------------------------------
// Listing

/** The live snapshots (not deleted), in no particular order. Use inside `liveQuery`. */
export function listSnapshots(): Promise<SnapshotRow[]> {
  return getDb().snapshots.where('deletedAt').equals(0).toArray();
}

/** A snapshot read whole: `scenario` null when a block of it is missing or damaged. */
export type WholeSnapshot = Omit<SnapshotRow, 'scenario'> & { scenario: Scenario | null };

/**
 * A live snapshot, whole: its large cohorts' groups read back from their
 * blocks. Undefined when it does not exist or is deleted.
 */
export async function getSnapshot(id: number): Promise<WholeSnapshot | undefined> {
  const [row] = await wholeSnapshots([id]);
  return row ?? undefined;
}

/**
 * Rows as listed (`listSnapshots`: a large version's groups are in blocks,
 * not in the row) whole again, or live snapshots by id (null: gone or
 * deleted). The rows and their blocks are read together, then the blocks
 * parsed one per task.
 */
export async function wholeSnapshots(
  rowsOrIds: readonly (SnapshotRow | number)[],
): Promise<(WholeSnapshot | null)[]> {
  const { rows, found } = await readWithBlocks(rowsOrIds);
  const parsed = new Map<string, unknown[]>();
  const out: (WholeSnapshot | null)[] = [];
  for (const r of rows) {
    const whole = r && (await joinRow<WholeSnapshot>(r, found, parsed));
    out.push(whole ?? null);
  }
  return out;
}

/**
 * Large versions' scenarios as JSON text, their blocks' stored text put in as
 * it is, none parsed: for the engine's worker, which parses it itself. Null
 * for a version gone, deleted or with a block missing.
 */
export async function snapshotScenarioTexts(
  rows: readonly SnapshotRow[],
): Promise<(string | null)[]> {
  const read = await readWithBlocks(rows);
  return read.rows.map((r) => (r && storedRowJson(r, read.found)) ?? null);
}

/** Live snapshots by row or id (null: gone or deleted), and their blocks' texts, read together. */
function readWithBlocks(rowsOrIds: readonly (SnapshotRow | number)[]) {
  const db = getDb();
  return db.transaction('r', db.snapshots, db.draftBlocks, async () => {
    const ids = rowsOrIds.map((r) => (typeof r === 'number' ? r : r.id));
    const read = await db.snapshots.bulkGet(ids);
    const rows = read.map((r) => (r && !r.deletedAt ? r : null));
    return { rows, found: await readBlockTexts(db.draftBlocks, rows) };
  });
}

/** Whether a snapshot read whole has its scenario (every block of it read). */
export const isWhole = (r: WholeSnapshot | null | undefined): r is SnapshotRow =>
  !!r && r.scenario !== null;

/**
 * Listed rows whole again, for an export. A row deleted meanwhile is left out,
 * and so is one whose blocks are damaged: the file would be refused whole.
 */
async function wholeListed(rows: readonly SnapshotRow[]): Promise<SnapshotRow[]> {
  if (!rows.some((r) => r.blocks)) return [...rows];
  return (await wholeSnapshots(rows)).filter(isWhole);
}

/** The listed large versions named as one of `rows`, whole, by id: an import's possible duplicates. */
async function wholeNamed(
  listed: readonly SnapshotRow[],
  rows: readonly { name: string }[],
): Promise<Map<number, SnapshotRow>> {
  const names = new Set(rows.map((r) => r.name));
  const large = listed.filter((r) => r.blocks && names.has(r.name));
  const out = new Map<number, SnapshotRow>();
  if (large.length) for (const r of await wholeSnapshots(large)) if (isWhole(r)) out.set(r.id, r);
  return out;
}

export type SnapshotSort = 'date' | 'name' | 'payback';

/** Swedish alphabetical order (å, ä, ö last), case-insensitive, "Version 2" before "Version 10". */
const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** Comparable payback: months, with "not reached" and "not computed" last. */
function paybackKey(row: SnapshotRow): number {
  const p = row.figures?.paybackMonths.samhalle;
  if (p === undefined) return Number.POSITIVE_INFINITY;
  return p === 'neg' ? Number.MAX_VALUE : p;
}

/**
 * Filter by a search text (in the name or the notes, case-insensitive) and
 * sort: by date (last changed first), name (Swedish alphabetical order) or
 * payback (shortest first; not reached and not computed last).
 */
export function searchSnapshots(
  rows: readonly SnapshotRow[],
  query: string,
  sort: SnapshotSort,
): SnapshotRow[] {
  const q = query.trim().toLocaleLowerCase('sv');
  const hits = q
    ? rows.filter(
        (r) =>
          r.name.toLocaleLowerCase('sv').includes(q) || r.notes.toLocaleLowerCase('sv').includes(q),
      )
    : [...rows];
  const byName = (a: SnapshotRow, b: SnapshotRow) => collator.compare(a.name, b.name);
  const byDate = (a: SnapshotRow, b: SnapshotRow) => b.updatedAt - a.updatedAt || b.id - a.id;
  if (sort === 'name') return hits.sort((a, b) => byName(a, b) || byDate(a, b));
  if (sort === 'payback') return hits.sort((a, b) => paybackKey(a) - paybackKey(b) || byName(a, b));
  return hits.sort(byDate);
}

// ---------------------------------------------------------------------------
// Export

const oldestFirst = (a: SnapshotRow, b: SnapshotRow) => a.createdAt - b.createdAt || a.id - b.id;

/** Every live snapshot and every portfolio as an export file, oldest first. */
export async function exportAll(): Promise<FileParts> {
  const rows = (await wholeListed(await listSnapshots())).sort(oldestFirst);
  const portfolios = await getDb().portfolios.toArray();
  portfolios.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  return versionsFileParts(rows, exportPortfolios(portfolios, rows));
}

/** One portfolio with the live versions it holds, as an export file; undefined when it does not exist. */
export async function exportPortfolio(id: number): Promise<FileParts | undefined> {
  const portfolio = await getDb().portfolios.get(id);
  if (!portfolio) return undefined;
  const ids = new Set(portfolio.members.map((m) => m.snapshotId));
  const rows = (await wholeListed((await listSnapshots()).filter((r) => ids.has(r.id)))).sort(
    oldestFirst,
  );
  return versionsFileParts(rows, exportPortfolios([portfolio], rows));
}

/** One snapshot as an export file; undefined when it does not exist or its blocks are damaged. */
export async function exportOne(id: number): Promise<FileParts | undefined> {
  const row = await getSnapshot(id);
  return isWhole(row) ? versionsFileParts([row]) : undefined;
}

// ---------------------------------------------------------------------------
// Import

/** What to do with an imported version that is already stored. */
export type DuplicateChoice = 'skip' | 'replace';

/** Plain data with its object keys sorted: two scenarios compare equal whatever their key order. */
function canonical(x: unknown): string {
  return JSON.stringify(x, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : value,
  );
}

/**
 * Whether an imported version is one already stored: the same name, and the
 * same moment of creation (an exported copy of it, perhaps edited since) or
 * the same scenario (the same file imported again).
 */
function sameVersion(
  imported: NewRow,
  stored: SnapshotRow,
  importedKey: () => string,
  whole: ReadonlyMap<number, SnapshotRow>,
): boolean {
  if (imported.name !== stored.name) return false;
  if (imported.createdAt === stored.createdAt) return true;
  // A large version listed without its groups is compared whole (read before the transaction).
  const scenario = stored.blocks ? whole.get(stored.id)?.scenario : stored.scenario;
  return scenario !== undefined && importedKey() === canonical(scenario);
}

/** For each row to import, the live snapshot it duplicates (or null). */
function matchStored(
  rows: readonly NewRow[],
  stored: readonly SnapshotRow[],
  whole: ReadonlyMap<number, SnapshotRow> = new Map(),
): (SnapshotRow | null)[] {
  const taken = new Set<number>();
  return rows.map((row) => {
    let key: string | undefined;
    const importedKey = () => (key ??= canonical(row.scenario));
    const hit = stored.find((s) => !taken.has(s.id) && sameVersion(row, s, importedKey, whole));
    if (!hit) return null;
    taken.add(hit.id);
    return hit;
  });
}

/** An import checked and compared with what is stored, waiting for the user's choice. */
export interface ImportPlan {
  rows: NewRow[];
  /** The stored versions the file holds again (by name), in the file's order. */
  duplicates: { id: number; name: string }[];
  /** The file's portfolios, and those of them stored already (same name and creation time). */
  portfolios?: NewPortfolio[];
  portfolioDuplicates?: { id: number; name: string }[];
}

/** Check an export file and find the versions it holds that are stored already. */
export async function planImport(text: string): Promise<Result<{ plan: ImportPlan }>> {
  const parsed = await parseImport(text);
  if (!parsed.ok) return parsed;
  try {
    const stored = await listSnapshots();
    const matches = matchStored(parsed.rows, stored, await wholeNamed(stored, parsed.rows));
    const duplicates = matches
      .filter((m): m is SnapshotRow => m !== null)
      .map((m) => ({ id: m.id, name: m.name }));
    const plan: ImportPlan = { rows: parsed.rows, duplicates };
    if (parsed.portfolios) {
      const stored = await getDb().portfolios.toArray();
      plan.portfolios = parsed.portfolios;
      plan.portfolioDuplicates = parsed.portfolios.flatMap((p) => {
        const hit = stored.find((s) => samePortfolio(p, s));
        return hit ? [{ id: hit.id, name: hit.name }] : [];
      });
    }
    return { ok: true, plan };
  } catch (err) {
    return storageIssues(err);
  }
}

/** How an import went: versions added, stored ones replaced, and duplicates skipped. */
export interface ImportCounts {
  count: number;
  replaced: number;
  skipped: number;
  /** Portfolios added or replaced; only when the file holds portfolios. */
  portfolios?: number;
}

/**
 * Write checked rows in one transaction: new versions are added; one that is
 * stored already is skipped or replaces the stored one (keeping its place in
 * the list), as the user chose. Duplicates are looked up again inside the
 * transaction, so a version saved meanwhile in another tab is not doubled.
 */
export async function commitImport(
  rows: readonly NewRow[],
  duplicates: DuplicateChoice,
  portfolios?: readonly NewPortfolio[],
): Promise<Result<ImportCounts>> {
  const db = getDb();
  try {
    // Done before the transaction, which must not wait on anything but the database: the
    // large versions that may be duplicates read whole, the file's large ones cut into blocks.
    const whole = await wholeNamed(await listSnapshots(), rows);
    const split = rows.map((r) => splitRow(r));
    const fresh = await freshTexts(split.flatMap((p) => p.blocks));
    const tables = [db.portfolios, ...blockTables(db)];
    return await db.transaction('rw', tables, async () => {
      const matches = matchStored(rows, await listSnapshots(), whole);
      const add: NewRow[] = [];
      const addAt: number[] = [];
      const replace: SnapshotRow[] = [];
      /** The stored id of each of the file's versions: added, replaced or skipped as stored. */
      const ids: (number | null)[] = rows.map(() => null);
      rows.forEach((_, i) => {
        const row = split[i].row;
        const hit = matches[i];
        if (!hit) {
          add.push(row);
          addAt.push(i);
          return;
        }
        ids[i] = hit.id;
        if (duplicates === 'replace') replace.push({ ...row, id: hit.id });
      });
      const written = new Set([...add, ...replace].flatMap((r) => r.blockIds ?? []));
      const blocks = [...fresh.values()].filter((b) => written.has(b.id));
      if (blocks.length) await db.draftBlocks.bulkPut(blocks);
      if (add.length) {
        const added = await db.snapshots.bulkAdd(add, { allKeys: true });
        added.forEach((id, k) => (ids[addAt[k]] = id));
      }
      if (replace.length) {
        await db.snapshots.bulkPut(replace);
        // The blocks of the versions replaced.
        await deleteUnusedBlocks(db);
      }
      const counts: ImportCounts = {
        count: add.length,
        replaced: replace.length,
        skipped: rows.length - add.length - replace.length,
      };
      if (portfolios?.length) {
        // A portfolio stored already follows the same choice as the versions.
        const stored = await db.portfolios.toArray();
        let written = 0;
        for (const p of portfolios) {
          const hit = stored.find((s) => samePortfolio(p, s));
          if (hit && duplicates === 'skip') continue;
          const row = { ...p, members: resolveMembers(p, ids) };
          if (hit) await db.portfolios.put({ ...row, id: hit.id });
          else await db.portfolios.add(row);
          written++;
        }
        counts.portfolios = written;
      }
      return { ok: true as const, ...counts };
    });
  } catch (err) {
    return storageIssues(err);
  }
}

/**
 * Import an export file (or a single scenario file). Everything is checked
 * before anything is written; the rows are then written in one transaction,
 * so a failure (a full disk) leaves the stored snapshots exactly as they
 * were. A version that is stored already is never added twice: it is skipped
 * or replaces the stored one (`duplicates`).
 */
export async function importFile(
  text: string,
  duplicates: DuplicateChoice = 'skip',
): Promise<Result<ImportCounts>> {
  const parsed = await parseImport(text);
  if (!parsed.ok) return parsed;
  return commitImport(parsed.rows, duplicates, parsed.portfolios);
}
