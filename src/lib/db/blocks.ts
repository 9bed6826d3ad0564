/**
 * Large cohorts' groups stored apart from the row that holds their scenario,
 * in blocks of `GROUP_BLOCK_SIZE` (table `draftBlocks`): the draft's rows and
 * saved versions both store them so (draft.ts, snapshots.ts). The table keeps
 * the name it had when only the draft used it: renaming it would copy every
 * block in an upgrade.
 *
 * IndexedDB copies whatever it stores or reads on the page's thread: one row
 * of 100 000 participants held the page ≈ 1 s to store, and as long again
 * each time the versions' list was read. In blocks, each block is JSON text,
 * made one block per task (`freshTexts`) so the page answers meanwhile; a
 * string is stored and read without copying object by object, and the rows
 * left are small. A block is known by its groups' identity (groups held by
 * the app are immutable, an edit replaces one), so a block already stored is
 * not written again: an edit of the draft rewrites one block, and a version
 * saved from the draft, or the draft opened from a version, shares the blocks
 * it has in common with the other.
 *
 * A block lives while a row uses it: rows list theirs in `blockIds`, indexed
 * (multiEntry) in both tables, and whoever deletes rows or blocks from use
 * deletes the blocks no row uses any more (`unusedBlocks`).
 */
import type { EntityTable } from 'dexie';
import { isRecord } from '../../engine';
import { nextTask } from '../after-paint';
import type { DraftBlockRow } from './db';

/** The tables whose rows use blocks (each with the index `*blockIds`): a block no row of them lists is unused. */
export const BLOCK_USERS = ['draft', 'snapshots'] as const;

/** Groups per block; a cohort with more groups than this is stored in blocks. */
export const GROUP_BLOCK_SIZE = 1000;

/** A stored row's block fields (the draft's rows and saved versions both have them). */
export interface BlockFields {
  /**
   * Per cohort, the blocks its groups are stored in, in order (its `groups` in
   * `scenario` are then empty), or null when they are in `scenario`. Absent
   * when every cohort's groups are in `scenario` (every row of a small
   * scenario, and every row written before the blocks).
   */
  blocks?: (string[] | null)[];
  /** Every id in `blocks`, indexed so the blocks in use are found without reading a row. */
  blockIds?: string[];
}

type Stored = BlockFields & { scenario: unknown };

/** A block this page wrote or found stored: its id and the groups it holds (by identity). */
export interface Block {
  id: string;
  groups: readonly unknown[];
}

/** Blocks this page knows to be stored, by their first group (an object: groups are records). */
let known = new WeakMap<object, Block[]>();

/** Forget what this page knows is stored (tests: a new database). */
export function forgetKnownBlocks(): void {
  known = new WeakMap();
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

/** Note that `b` is stored (written by this page, or read). */
export function remember(b: Block): void {
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
  isRecord(c) && Array.isArray(c.groups) && c.groups.length > GROUP_BLOCK_SIZE;

/**
 * `row` as stored: its large cohorts' groups cut into blocks (the blocks
 * listed, not yet written). A scenario that is not a record of cohorts (a
 * draft may be anything while invalid) is stored as it is.
 */
export function splitRow<R extends Stored>(row: R): { row: R; blocks: Block[] } {
  const s = row.scenario;
  if (!isRecord(s) || !Array.isArray(s.cohorts) || !s.cohorts.some(blocked)) {
    const { blocks: _b, blockIds: _i, ...plain } = row;
    return { row: plain as R, blocks: [] };
  }
  const blocks: Block[] = [];
  const perCohort = s.cohorts.map((c) => {
    if (!blocked(c)) return null;
    const ids: string[] = [];
    for (let i = 0; i < c.groups.length; i += GROUP_BLOCK_SIZE) {
      const groups = c.groups.slice(i, i + GROUP_BLOCK_SIZE);
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

/** A block as stored: its groups' JSON text. */
export const blockText = (b: Block): DraftBlockRow => ({
  id: b.id,
  json: JSON.stringify(b.groups),
});

/** The text of the blocks not known to be stored, one block per task. */
export async function freshTexts(blocks: readonly Block[]): Promise<Map<string, DraftBlockRow>> {
  const fresh = new Map<string, DraftBlockRow>();
  for (const b of blocks) {
    if (isKnown(b) || fresh.has(b.id)) continue;
    fresh.set(b.id, blockText(b));
    await nextTask();
  }
  return fresh;
}

/**
 * What a write puts into the blocks' table: the fresh blocks, and the known
 * ones that are not among `existing` (another page's write may have deleted
 * one this page knows).
 */
export function blocksToPut(
  blocks: readonly Block[],
  fresh: ReadonlyMap<string, DraftBlockRow>,
  existing: ReadonlySet<unknown>,
): DraftBlockRow[] {
  const out = [...fresh.values()];
  for (const b of blocks) if (!fresh.has(b.id) && !existing.has(b.id)) out.push(blockText(b));
  return out;
}

/**
 * The stored text of the blocks `rows` use, by id (a block not there is left
 * out). Call it in the transaction that read the rows: another page's write
 * may delete blocks between two transactions.
 */
export async function readBlockTexts(
  table: EntityTable<DraftBlockRow, 'id'>,
  rows: readonly (BlockFields | null | undefined)[],
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => r?.blockIds ?? []))];
  const found = new Map<string, string>();
  if (ids.length) for (const b of await table.bulkGet(ids)) if (b) found.set(b.id, b.json);
  return found;
}

/** The ids of `stored` blocks that no row in `used` lists. */
export function unusedBlocks<K>(stored: Iterable<K>, used: ReadonlySet<unknown>): K[] {
  const out: K[] = [];
  for (const id of stored) if (!used.has(id)) out.push(id);
  return out;
}

/**
 * The JSON text each cohort's groups were read from, by the array read: the
 * engine's worker is sent a restored scenario as text (`storedScenarioJson`).
 */
const groupsJson = new WeakMap<object, string>();

/**
 * A stored row whole again: its blocks' groups back in its cohorts, parsed one
 * block per task (`parsed`: blocks another row shares, parsed once), and the
 * blocks remembered as stored. A row whose blocks are not all in `found`, or
 * not readable, reads with `scenario` null (its reader reports it unreadable).
 */
export async function joinRow<R extends Stored>(
  row: R | undefined,
  found: ReadonlyMap<string, string>,
  parsed: Map<string, unknown[]> = new Map(),
): Promise<R | undefined> {
  if (!row?.blocks) return row;
  const { blocks, blockIds: _, ...rest } = row;
  const s = row.scenario;
  if (!isRecord(s) || !Array.isArray(s.cohorts)) return { ...rest, scenario: null } as R;
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
        if (block) {
          parsed.set(id, block);
          remember({ id, groups: block });
        }
      }
      if (json === undefined || !block) return { ...rest, scenario: null } as R;
      for (const g of block) groups.push(g);
      texts.push(json);
    }
    groupsJson.set(groups, joinedText(texts));
    cohorts.push({ ...(c as object), groups });
  }
  return { ...rest, scenario: { ...s, cohorts } } as R;
}

/** One array's JSON text from its blocks' texts, each a non-empty array: their items are between the brackets. */
const joinedText = (blocks: readonly string[]): string =>
  `[${blocks.map((json) => json.slice(1, -1)).join(',')}]`;

/**
 * The JSON text of a stored row's scenario, its blocks' text put in as it is
 * stored (`found`), no block parsed: for a reader that parses it itself (the
 * engine's worker). Undefined when the row has no blocks, or a block is missing.
 */
export function storedRowJson(row: Stored, found: ReadonlyMap<string, string>): string | undefined {
  const s = row.scenario;
  if (!row.blocks || !isRecord(s) || !Array.isArray(s.cohorts)) return undefined;
  // The stored cohorts' (empty) group arrays, each with the text of its blocks.
  const texts = new Map<unknown, string>();
  for (let i = 0; i < s.cohorts.length; i++) {
    const c: unknown = s.cohorts[i];
    const ids = row.blocks[i];
    if (!ids || !isRecord(c)) continue;
    const blocks = ids.map((id) => found.get(id));
    if (blocks.some((json) => json === undefined)) return undefined;
    texts.set(c.groups, joinedText(blocks as string[]));
  }
  return splicedParts(s, (groups) => texts.get(groups))?.join('');
}

/** Whether some cohort of `doc` holds groups read from blocks (`storedScenarioJson` has their text). */
export const hasStoredGroups = (doc: unknown): boolean =>
  isRecord(doc) &&
  Array.isArray(doc.cohorts) &&
  doc.cohorts.some((c) => isRecord(c) && Array.isArray(c.groups) && groupsJson.has(c.groups));

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
 * The JSON text of `doc`, a scenario (or an export file of scenarios) whose
 * large cohorts' groups are the arrays read from storage (or the validated
 * scenario that keeps them): built from the text they were stored as, so that
 * the engine's worker is sent one string, not 100 000 objects copied one by
 * one, and an export is written without parsing and writing them again.
 * `space` indents the rest as JSON.stringify does; the stored groups stay
 * compact (indented, 100 000 participants took three times the bytes).
 * Undefined when it has no such cohort, or a large cohort's groups are not
 * ones read.
 */
export function storedScenarioJson(doc: unknown, space?: number): string | undefined {
  return storedScenarioParts(doc, space)?.join('');
}

/**
 * `storedScenarioJson` in pieces, in order, not joined: a file written from
 * them (a Blob of the pieces) never holds a second copy of the groups' text,
 * and each piece is encoded as it is (the groups' text is mostly one byte a
 * character, and one two-byte character in the rest would make a joined
 * text two bytes a character throughout).
 */
export function storedScenarioParts(doc: unknown, space?: number): string[] | undefined {
  return splicedParts(
    doc,
    (groups) => (groups.length > GROUP_BLOCK_SIZE ? (groupsJson.get(groups) ?? null) : undefined),
    space,
  );
}

/**
 * JSON.stringify of `doc` in pieces, each cohort's `groups` array for which
 * `textOf` gives a text written as that text (undefined: as it is), a piece
 * of its own. Undefined when `textOf` gives null for one (a text needed and
 * not known) or none was put in.
 */
function splicedParts(
  doc: unknown,
  textOf: (groups: unknown[]) => string | null | undefined,
  space?: number,
): string[] | undefined {
  const parts: string[] = [];
  let unknownGroups = false;
  // Each array is written as a placeholder, then the placeholders replaced by their text.
  const mark = `\u0001${Math.random().toString(36).slice(2)}:`;
  const shell = JSON.stringify(
    doc,
    (key, value: unknown) => {
      if (key !== 'groups' || !Array.isArray(value)) return value;
      const json = textOf(value);
      if (json === undefined) return value;
      if (json === null) {
        unknownGroups = true;
        return null;
      }
      parts.push(json);
      return mark + (parts.length - 1);
    },
    space,
  ) as string | undefined;
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
  return pieces;
}
