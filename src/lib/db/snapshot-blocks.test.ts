/**
 * Saved versions of large calculations: a cohort of more than GROUP_BLOCK_SIZE
 * groups is stored in blocks, shared with the draft's when the groups are the
 * same objects; the list reads rows without those groups, and every reader
 * that needs them (open, export, compare, portfolio, import's duplicate check)
 * gets the version whole. Blocks live while a row uses them.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_WHAT_IF, withParametersWritten, type Scenario } from '../../engine';
import { GROUP_BLOCK_SIZE, forgetKnownBlocks } from './blocks';
import { NyttokalkylDb, setDb, STORES_V4 } from './db';
import { forgetStoredBlocks, writeDraftRows } from './draft';
import {
  duplicateSnapshot,
  exportAll,
  exportOne,
  getSnapshot,
  importFile,
  listSnapshots,
  planImport,
  purge,
  saveSnapshot,
  snapshotScenarioTexts,
  softDelete,
  wholeSnapshots,
} from './snapshots';
import { freshDb, scenarioAndFigures } from './test-db';

let db: NyttokalkylDb;
beforeEach(() => {
  db = freshDb();
  forgetStoredBlocks();
});
afterEach(() => setDb(null));

/**
 * The example with its first cohort made of `n` groups (its groups repeated), validated;
 * `small`: a second cohort with the example's groups.
 */
function large(n = 2500, title = 'Stor kalkyl', small = false): Scenario {
  const { scenario } = scenarioAndFigures((s) => {
    s.title = title;
    if (small) s.cohorts.push({ ...s.cohorts[0], id: 'liten', name: 'Liten' });
    s.cohorts[0].groups = Array.from({ length: n }, (_, i) => ({
      ...s.cohorts[0].groups[i % 3],
      id: `g${i}`,
    }));
  });
  return scenario;
}

async function saveLarge(name: string, scenario = large()): Promise<number> {
  const r = await saveSnapshot({ name, scenario, figures: null });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.id;
}

describe('a large version in blocks', () => {
  it('is listed without its large cohort’s groups and read back whole', async () => {
    expect(GROUP_BLOCK_SIZE).toBe(1000);
    const scenario = large(2500, 'Stor kalkyl', true);
    const id = await saveLarge('Stor', scenario);
    // 2 500 groups: blocks of 1 000, 1 000 and 500.
    expect(await db.draftBlocks.count()).toBe(3);
    const [listed] = await listSnapshots();
    expect(listed.scenario.cohorts[0].groups).toEqual([]);
    expect(listed.blocks?.[0]).toHaveLength(3);
    // The small cohort stays in the row.
    expect(listed.blocks?.[1]).toBeNull();
    expect(listed.scenario.cohorts[1].groups).toHaveLength(scenario.cohorts[1].groups.length);

    const whole = await getSnapshot(id);
    expect(whole?.scenario).toEqual(withParametersWritten(scenario));
    expect(whole?.blocks).toBeUndefined();
    expect(await wholeSnapshots([listed])).toEqual([whole]);
    // As text for the worker, from the blocks' stored text: exactly the whole scenario's JSON.
    expect(await snapshotScenarioTexts([listed])).toEqual([JSON.stringify(whole?.scenario)]);
  });

  it('keeps a version of at most GROUP_BLOCK_SIZE groups in its row', async () => {
    await saveLarge('Liten', large(GROUP_BLOCK_SIZE));
    expect(await db.draftBlocks.count()).toBe(0);
    const [listed] = await listSnapshots();
    expect(listed.blocks).toBeUndefined();
    expect(listed.scenario.cohorts[0].groups).toHaveLength(GROUP_BLOCK_SIZE);
  });

  it('shares the blocks the draft has stored for the same groups', async () => {
    const scenario = large(2500);
    await writeDraftRows({ scenario, whatIf: NO_WHAT_IF, savedAt: 1 });
    const draftBlocks = (await db.draftBlocks.toCollection().primaryKeys()).sort();
    expect(draftBlocks).toHaveLength(3);
    await saveLarge('Från utkastet', scenario);
    const [listed] = await listSnapshots();
    expect([...(listed.blockIds ?? [])].sort()).toEqual(draftBlocks);
    expect(await db.draftBlocks.count()).toBe(3);
  });

  it('keeps its blocks when the draft moves on, and frees them when purged', async () => {
    const scenario = large(2500);
    await writeDraftRows({ scenario, whatIf: NO_WHAT_IF, savedAt: 1 });
    const id = await saveLarge('Sparad', scenario);
    // The draft becomes another, smaller calculation: its write deletes the blocks no row uses.
    await writeDraftRows({ scenario: large(10), whatIf: NO_WHAT_IF, savedAt: 2 });
    expect(await db.draftBlocks.count()).toBe(3);
    expect((await getSnapshot(id))?.scenario?.cohorts[0].groups).toHaveLength(2500);

    // Deleted (still undoable): kept. Purged: its blocks go.
    await softDelete(id);
    await writeDraftRows({ scenario: large(11), whatIf: NO_WHAT_IF, savedAt: 3 });
    expect(await db.draftBlocks.count()).toBe(3);
    expect(await purge(id)).toBe(1);
    expect(await db.draftBlocks.count()).toBe(0);
  });

  it('a purged version does not take the blocks the draft still uses', async () => {
    const scenario = large(2500);
    await writeDraftRows({ scenario, whatIf: NO_WHAT_IF, savedAt: 1 });
    const id = await saveLarge('Delad', scenario);
    await softDelete(id);
    await purge(id);
    expect(await db.draftBlocks.count()).toBe(3);
  });

  it('a copy shares the blocks and stays whole when the original is purged', async () => {
    const id = await saveLarge('Original');
    const copy = await duplicateSnapshot(id, 'Kopia');
    if (!copy.ok) throw new Error('not copied');
    expect(await db.draftBlocks.count()).toBe(3);
    await softDelete(id);
    await purge(id);
    expect(await db.draftBlocks.count()).toBe(3);
    expect((await getSnapshot(copy.id))?.scenario?.cohorts[0].groups).toHaveLength(2500);
  });

  it('reads with no scenario when a block is missing', async () => {
    const id = await saveLarge('Skadad');
    const [first] = await db.draftBlocks.toCollection().primaryKeys();
    await db.draftBlocks.delete(first);
    const row = await getSnapshot(id);
    expect(row?.name).toBe('Skadad');
    expect(row?.scenario).toBeNull();
    expect(await snapshotScenarioTexts(await listSnapshots())).toEqual([null]);
    // Not exported: a file with it would be refused whole. The others still are.
    expect(await exportOne(id)).toBeUndefined();
    await saveLarge('Hel', large(5));
    const all = JSON.parse((await exportAll()).join('')) as { snapshots: { name: string }[] };
    expect(all.snapshots.map((v) => v.name)).toEqual(['Hel']);
  });

  it('is exported whole, and imported again into blocks, found as a duplicate by its scenario', async () => {
    const scenario = large(2500);
    const id = await saveLarge('Export', scenario);
    const text = (await exportOne(id))?.join('');
    if (!text) throw new Error('no export');
    const file = JSON.parse(text) as { snapshots: { scenario: Scenario; createdAt: string }[] };
    expect(file.snapshots[0].scenario.cohorts[0].groups).toEqual(scenario.cohorts[0].groups);
    // Indented to be read, but the large cohort's groups compact, as they were stored: the
    // same file indented throughout is more than twice the size.
    expect(text).toMatch(/^\{\n {2}"format": "nyttokalkyl-snapshots",\n/);
    expect(text).toContain(`"groups": ${JSON.stringify(scenario.cohorts[0].groups)}`);
    expect(JSON.stringify(file, null, 2).length).toBeGreaterThan(2 * text.length);
    // Written in pieces: the groups are one piece, the text they were stored as, and the
    // file's other pieces together are less than a tenth of it (no second copy is made).
    const parts = (await exportOne(id))!;
    const groups = JSON.stringify(scenario.cohorts[0].groups);
    expect(parts.filter((p) => p === groups)).toHaveLength(1);
    const rest = parts.filter((p) => p !== groups).reduce((n, p) => n + p.length, 0);
    expect(rest).toBeLessThan(groups.length / 10);

    // The same version exported at another time (its creation time differs): the same
    // scenario, so a duplicate, found although the stored one is listed without its groups.
    file.snapshots[0].createdAt = '2020-01-01T00:00:00.000Z';
    const again = JSON.stringify(file);
    const plan = await planImport(again);
    if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
    expect(plan.plan.duplicates).toEqual([{ id, name: 'Export' }]);

    // Imported as a new version (another name): stored in blocks of its own.
    file.snapshots[0].scenario.title = 'Importerad';
    const renamed = JSON.stringify({
      ...file,
      snapshots: [{ ...file.snapshots[0], name: 'Importerad' }],
    });
    const r = await importFile(renamed);
    expect(r.ok && r.count).toBe(1);
    expect(await db.draftBlocks.count()).toBe(6);
    const imported = (await listSnapshots()).find((s) => s.name === 'Importerad');
    expect(imported?.scenario.cohorts[0].groups).toEqual([]);
    const whole = imported && (await getSnapshot(imported.id));
    expect(whole?.scenario?.cohorts[0].groups).toEqual(scenario.cohorts[0].groups);
  });

  it('an import that replaces a large version frees the blocks it held', async () => {
    const id = await saveLarge('Ersätts');
    const text = (await exportOne(id))?.join('');
    if (!text) throw new Error('no export');
    const small = JSON.parse(text) as { snapshots: { scenario: Scenario }[] };
    small.snapshots[0].scenario.cohorts[0].groups =
      small.snapshots[0].scenario.cohorts[0].groups.slice(0, 3);
    const r = await importFile(JSON.stringify(small), 'replace');
    expect(r.ok && r.replaced).toBe(1);
    expect(await db.draftBlocks.count()).toBe(0);
    expect((await getSnapshot(id))?.scenario?.cohorts[0].groups).toHaveLength(3);
  });
});

describe('schema v5', () => {
  it('opens a v4 database: its versions, inline, read as before', async () => {
    const factory = new IDBFactory();
    const name = 'v4-versions';
    const old = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    old.version(4).stores(STORES_V4);
    const scenario = large(1500, 'Gammal');
    await old.table('snapshots').add({
      name: 'Före v5',
      notes: '',
      createdAt: 1,
      updatedAt: 1,
      deletedAt: 0,
      scenario,
      figures: null,
    });
    old.close();

    forgetKnownBlocks();
    db = new NyttokalkylDb(name, { indexedDB: factory, IDBKeyRange });
    setDb(db);
    const [listed] = await listSnapshots();
    expect(listed.blocks).toBeUndefined();
    expect(listed.scenario.cohorts[0].groups).toHaveLength(1500);
    expect((await getSnapshot(listed.id))?.scenario).toEqual(scenario);
  });
});
