/**
 * The draft's rows in storage: a large cohort's groups are stored in blocks of
 * GROUP_BLOCK_SIZE, an edit rewrites only the block it changed, rows `current`
 * and `replaced` share their common blocks, a write cut short leaves the draft
 * before it whole, and rows of earlier schema versions still read.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_WHAT_IF } from '../../engine';
import { NyttokalkylDb, setDb, STORES_V3, type DraftBlockRow } from './db';
import { GROUP_BLOCK_SIZE, storedScenarioJson } from './blocks';
import { forgetStoredBlocks, readDraftRows, writeDraftRows } from './draft';
import { freshDb } from './test-db';

let db: NyttokalkylDb;
beforeEach(() => {
  db = freshDb();
  forgetStoredBlocks();
});
afterEach(() => {
  vi.restoreAllMocks();
  setDb(null);
});

/** Frozen groups, as the app holds them: `n` individual participants numbered from `from`. */
const groups = (n: number, from = 0): readonly object[] =>
  Object.freeze(
    Array.from({ length: n }, (_, i) =>
      Object.freeze({ count: 1, gender: 'kvinna', before: { id: from + i } }),
    ),
  );

/** A draft of cohorts with these groups. */
const draft = (title: string, ...cohorts: (readonly object[])[]) => ({
  format: 'nyttokalkyl-scenario',
  title,
  cohorts: cohorts.map((g, i) => ({ name: `Kohort ${i + 1}`, groups: g })),
});

const row = (scenario: unknown, savedAt = 1) => ({ scenario, whatIf: NO_WHAT_IF, savedAt });

/** Every block written: how many groups each holds. */
function blockPuts() {
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put');
  return () =>
    spy.mock.calls
      .filter((_, i) => (spy.mock.contexts[i] as IDBObjectStore).name === 'draftBlocks')
      .map(([b]) => (JSON.parse((b as DraftBlockRow).json) as []).length);
}

describe('a large cohort is stored in blocks', () => {
  it('2 500 groups go to three blocks (1 000, 1 000, 500), the row keeps none, and read back whole', async () => {
    expect(GROUP_BLOCK_SIZE).toBe(1000);
    const puts = blockPuts();
    const small = groups(3, 9000);
    const d = draft('Stor', groups(2500), small);
    await writeDraftRows(row(d));

    expect(puts()).toEqual([1000, 1000, 500]);
    const stored = await db.draft.get('current');
    const cohorts = (stored?.scenario as ReturnType<typeof draft>).cohorts;
    expect(cohorts[0].groups).toEqual([]);
    // A cohort of at most GROUP_BLOCK_SIZE groups stays in the row.
    expect(cohorts[1].groups).toEqual(small);
    expect(stored?.blocks?.[0]).toHaveLength(3);
    expect(stored?.blocks?.[1]).toBeNull();
    expect(stored?.blockIds).toEqual(stored?.blocks?.[0]);

    const { row: read } = await readDraftRows();
    expect(read?.scenario).toEqual(d);
    expect(read).not.toHaveProperty('blocks');
  });

  it('a draft of small cohorts is stored as before: whole in its row', async () => {
    const puts = blockPuts();
    const d = draft('Liten', groups(GROUP_BLOCK_SIZE), groups(2));
    await writeDraftRows(row(d));
    expect(puts()).toEqual([]);
    const stored = await db.draft.get('current');
    expect(stored?.scenario).toEqual(d);
    expect(stored).not.toHaveProperty('blocks');
  });

  it('an edit of one group rewrites its block only; the block it replaced is deleted', async () => {
    const first = groups(2500);
    await writeDraftRows(row(draft('Före', first)));
    const puts = blockPuts();

    // Group 1 200 is in the second block (1 000–1 999).
    const edited = first.slice();
    edited[1200] = Object.freeze({ count: 2, gender: 'man', before: { id: 1200 } });
    const d = draft('Efter', edited);
    await writeDraftRows(row(d, 2));

    expect(puts()).toEqual([1000]);
    expect(await db.draftBlocks.count()).toBe(3);
    expect((await readDraftRows()).row?.scenario).toEqual(d);
  });

  it('rows current and replaced share their blocks; forgetting the replaced one deletes its own', async () => {
    const old = draft('Gammalt', groups(2500));
    await writeDraftRows(row(old));
    const puts = blockPuts();

    // A file replaces the draft: the old one is kept for undo without copying its groups again.
    const opened = draft('Fil', groups(1500, 5000));
    await writeDraftRows(row(opened, 2), { ...row(old), replacement: { reason: 'file' } });
    expect(puts()).toEqual([1000, 500]);
    expect(await db.draftBlocks.count()).toBe(3 + 2);
    const both = await readDraftRows();
    expect(both.row?.scenario).toEqual(opened);
    expect(both.replaced?.scenario).toEqual(old);
    expect(both.replaced?.replacement).toEqual({ reason: 'file' });

    await writeDraftRows(undefined, null);
    expect(await db.draft.get('replaced')).toBeUndefined();
    expect(await db.draftBlocks.count()).toBe(2);
    expect((await readDraftRows()).row?.scenario).toEqual(opened);
  });

  it('a write cut short leaves the draft before it whole, with no stray blocks', async () => {
    const before = draft('Före', groups(2500));
    await writeDraftRows(row(before));
    // The new blocks are put, then storing the row fails (a full disk, say).
    const original = IDBObjectStore.prototype.put;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'draft') throw new DOMException('The disk is full.', 'QuotaExceededError');
      return original.apply(this, args);
    });

    await expect(writeDraftRows(row(draft('Efter', groups(2500, 10_000)), 2))).rejects.toThrow();
    put.mockRestore();
    expect((await readDraftRows()).row?.scenario).toEqual(before);
    expect(await db.draftBlocks.count()).toBe(3);
  });

  it('a write at once (a closing page) issues every request before it returns', async () => {
    const before = draft('Före', groups(2500));
    await writeDraftRows(row(before));
    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    const deletes = vi.spyOn(IDBObjectStore.prototype, 'delete');
    const edited = draft('Stängd', groups(2500));
    const written = writeDraftRows(row(edited, 2), null, true);
    // Three blocks and the row, and forgetting the replaced draft: nothing waits for a later task.
    expect(puts).toHaveBeenCalledTimes(4);
    expect(deletes.mock.calls.map(([key]) => key)).toEqual(['replaced']);
    await written;
    puts.mockRestore();
    deletes.mockRestore();
    expect((await readDraftRows()).row?.scenario).toEqual(edited);
    // The blocks it left unused go with the next write made as usual.
    await writeDraftRows(row(edited, 3));
    expect(await db.draftBlocks.count()).toBe(3);
  });

  it('writes are stored in the order asked for, a large one before a small one asked for after it', async () => {
    await db.open();
    const first = writeDraftRows(row(draft('Först', groups(2500)), 1));
    const second = writeDraftRows(row(draft('Sedan', groups(3)), 2));
    await Promise.all([first, second]);
    expect((await readDraftRows()).row).toMatchObject({ savedAt: 2, scenario: { title: 'Sedan' } });
    expect(await db.draftBlocks.count()).toBe(0);
  });

  it('a write asked for before a write at once, and not stored yet, is dropped', async () => {
    await db.open();
    // The page goes while a large write is still making its blocks' text.
    const before = writeDraftRows(row(draft('Under arbete', groups(2500)), 1));
    const going = draft('Som sidan lämnades', groups(2500, 5000));
    await writeDraftRows(row(going, 2), null, true);
    await before;
    expect((await readDraftRows()).row?.scenario).toEqual(going);
  });

  it('a write at once aborts a usual write whose transaction is running, which then ends quietly', async () => {
    await db.open();
    const going = draft('Som sidan lämnades', groups(3));
    let atOnce: Promise<void> | undefined;
    const original = IDBObjectStore.prototype.put;
    // The page goes just as the usual write stores its blocks.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      const request = original.apply(this, args);
      if (this.name === 'draftBlocks') atOnce ??= writeDraftRows(row(going, 2), null, true);
      return request;
    });
    await expect(
      writeDraftRows(row(draft('Under arbete', groups(2500)), 1)),
    ).resolves.toBeUndefined();
    await atOnce;
    expect((await readDraftRows()).row?.scenario).toEqual(going);
    // Aborted, the usual write left none of its blocks.
    expect(await db.draftBlocks.count()).toBe(0);
  });

  it('a write at once before the database is open is made as usual', async () => {
    const d = draft('Ej öppnad', groups(1500));
    expect(db.isOpen()).toBe(false);
    await writeDraftRows(row(d), undefined, true);
    expect((await readDraftRows()).row?.scenario).toEqual(d);
  });

  it('a block deleted by another page meanwhile is written again', async () => {
    const d = draft('Två flikar', groups(2500));
    await writeDraftRows(row(d));
    // Another tab's write replaced the draft and deleted the blocks it no longer used.
    await db.draftBlocks.clear();
    const puts = blockPuts();
    await writeDraftRows(row(d, 2));
    expect(puts()).toEqual([1000, 1000, 500]);
    expect((await readDraftRows()).row?.scenario).toEqual(d);
  });

  it('a row whose blocks are not all there reads with no draft', async () => {
    await writeDraftRows(row(draft('Skadad', groups(2500))));
    const [someBlock] = (await db.draft.get('current'))?.blockIds ?? [];
    await db.draftBlocks.delete(someBlock);
    const { row: read } = await readDraftRows();
    expect(read?.scenario).toBeNull();
    expect(read?.savedAt).toBe(1);
  });

  it('a block that is not a JSON array of groups makes its row read with no draft', async () => {
    await writeDraftRows(row(draft('Skadad', groups(2500))));
    const [someBlock] = (await db.draft.get('current'))?.blockIds ?? [];
    for (const json of ['{"inte": "en lista"}', '[]', '[{"count": 1},']) {
      await db.draftBlocks.put({ id: someBlock, json });
      expect((await readDraftRows()).row?.scenario).toBeNull();
    }
  });

  it('a draft read from blocks has the JSON text it was stored as, for the worker', async () => {
    const d = draft('Text', groups(2500), groups(3, 7000), groups(1001, 9000));
    await writeDraftRows(row(d));
    const read = (await readDraftRows()).row?.scenario as ReturnType<typeof draft>;
    // Exactly the text of the draft, whose large cohorts' groups come from storage as text.
    expect(storedScenarioJson(read)).toBe(JSON.stringify(d));
    // A copy of the draft with other values around the same groups: its own text.
    const renamed = { ...read, title: 'Nytt namn \u0001 "citat"' };
    expect(storedScenarioJson(renamed)).toBe(JSON.stringify({ ...d, title: renamed.title }));
    // Not for groups that were not read (a copy), nor for a draft of small cohorts only.
    const copied = {
      ...read,
      cohorts: [{ ...read.cohorts[0], groups: read.cohorts[0].groups.slice() }],
    };
    expect(storedScenarioJson(copied)).toBeUndefined();
    expect(storedScenarioJson(draft('Liten', groups(5)))).toBeUndefined();
  });

  it('a draft stored whole by schema version 3 reads, and its next write moves it to blocks', async () => {
    const factory = new IDBFactory();
    const d = draft('Från v3', groups(2500));
    const v3 = new Dexie('draft-v3', { indexedDB: factory, IDBKeyRange });
    v3.version(3).stores(STORES_V3);
    await v3.table('draft').put({ id: 'current', ...row(d, 7) });
    v3.close();

    db = new NyttokalkylDb('draft-v3', { indexedDB: factory, IDBKeyRange });
    setDb(db);
    const { row: read } = await readDraftRows();
    expect(read).toMatchObject({ savedAt: 7 });
    expect(read?.scenario).toEqual(d);

    await writeDraftRows(row(d, 8));
    expect(await db.draftBlocks.count()).toBe(3);
    expect((await readDraftRows()).row?.scenario).toEqual(d);
  });
});
