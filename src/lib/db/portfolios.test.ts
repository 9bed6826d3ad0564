/**
 * Portfolios on fake-indexeddb: the schema upgrade from version 2 (seeded
 * with the previous schema, as Dexie's test/tests-upgrading.js does); create,
 * change and delete with undo; the versions file carrying portfolios out and
 * back in (members found again by their place in the file, a deleted member
 * kept by name, duplicates skipped or replaced with the versions); a version-1
 * file still importing; and a bad portfolio in a file refused with its path
 * while nothing is written.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_WHAT_IF } from '../../engine';
import { NyttokalkylDb, SCHEMA_VERSION, setDb, STORES_V2 } from './db';
import {
  createPortfolio,
  deletePortfolio,
  listPortfolios,
  memberRef,
  restorePortfolio,
  updatePortfolio,
} from './portfolios';
import {
  clock,
  EXPORT_FORMAT,
  exportAll,
  exportPortfolio,
  importFile,
  listSnapshots,
  planImport,
  saveSnapshot,
  softDelete,
} from './snapshots';
import { freshDb, scenarioAndFigures } from './test-db';

let t = Date.parse('2025-03-01T10:00:00Z');
const realNow = clock.now;

beforeEach(() => {
  freshDb();
  t = Date.parse('2025-03-01T10:00:00Z');
  clock.now = () => (t += 1000);
});
afterEach(() => {
  clock.now = realNow;
  setDb(null);
});

async function save(name: string) {
  const { scenario, figures } = scenarioAndFigures((s) => (s.title = name));
  const r = await saveSnapshot({ name, scenario, figures });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return (await listSnapshots()).find((s) => s.id === r.id)!;
}

describe('schema upgrade', () => {
  it('opens a version-2 database with version 3: versions and draft kept, portfolios empty and writable', async () => {
    const factory = new IDBFactory();
    const { scenario, figures } = scenarioAndFigures();
    const v2 = new Dexie('upgrade-v3', { indexedDB: factory, IDBKeyRange });
    v2.version(2).stores(STORES_V2);
    await v2.table('snapshots').bulkAdd([
      { name: 'Från v2', notes: 'n', createdAt: 1, updatedAt: 2, deletedAt: 0, scenario, figures },
      { name: 'Borttagen', notes: '', createdAt: 3, updatedAt: 3, deletedAt: 4, scenario, figures },
    ]);
    await v2.table('draft').put({ id: 'current', scenario, whatIf: NO_WHAT_IF, savedAt: 5 });
    v2.close();

    const upgraded = new NyttokalkylDb('upgrade-v3', { indexedDB: factory, IDBKeyRange });
    setDb(upgraded);
    await upgraded.open();
    expect(upgraded.verno).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
    expect((await listSnapshots()).map((r) => r.name)).toEqual(['Från v2']);
    expect(await upgraded.snapshots.count()).toBe(2);
    expect(await upgraded.draft.get('current')).toMatchObject({ savedAt: 5 });
    expect(await listPortfolios()).toEqual([]);
    const live = (await listSnapshots())[0];
    const r = await createPortfolio({ name: 'Efter uppgradering', members: [memberRef(live)] });
    expect(r.ok).toBe(true);
    expect((await listPortfolios())[0].members).toEqual([
      { snapshotId: live.id, name: 'Från v2', createdAt: 1 },
    ]);
  });
});

describe('create, change, delete', () => {
  it('creates a portfolio of versions and changes its members, price year and report choice', async () => {
    const a = await save('Balder 2017');
    const b = await save('RAR 2019');
    const r = await createPortfolio({ name: '  Förbundet 2017–2019 ', members: [memberRef(a)] });
    if (!r.ok) throw new Error('not created');
    let [p] = await listPortfolios();
    expect(p).toMatchObject({
      id: r.id,
      name: 'Förbundet 2017–2019',
      notes: '',
      priceYear: null,
      inReport: false,
    });
    expect(p.members).toEqual([{ snapshotId: a.id, name: 'Balder 2017', createdAt: a.createdAt }]);

    expect(
      await updatePortfolio(r.id, {
        members: [memberRef(a), memberRef(b)],
        priceYear: 2024,
        inReport: true,
      }),
    ).toEqual({ ok: true });
    [p] = await listPortfolios();
    expect(p.members.map((m) => m.name)).toEqual(['Balder 2017', 'RAR 2019']);
    expect(p).toMatchObject({ priceYear: 2024, inReport: true });
    expect(p.updatedAt).toBeGreaterThan(p.createdAt);
  });

  it('refuses an empty name, too many members and an odd price year, and says so in both languages', async () => {
    const empty = await createPortfolio({ name: '  ' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) {
      expect(empty.issues[0].path).toBe('name');
      expect(empty.issues[0].en).toMatch(/empty/);
    }
    const many = Array.from({ length: 1001 }, (_, i) => ({
      snapshotId: i + 1,
      name: `V${i}`,
      createdAt: 0,
    }));
    const r = await createPortfolio({ name: 'Stor', members: many });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].sv).toMatch(/högst 1000 versioner/);
    const ok = await createPortfolio({ name: 'P' });
    if (!ok.ok) throw new Error('not created');
    const year = await updatePortfolio(ok.id, { priceYear: 20.5 });
    expect(year.ok).toBe(false);
    expect(await listPortfolios()).toHaveLength(1);
  });

  it('deletes a portfolio and puts it back; its versions are untouched', async () => {
    const a = await save('A');
    const r = await createPortfolio({ name: 'P', members: [memberRef(a)] });
    if (!r.ok) throw new Error('not created');
    const d = await deletePortfolio(r.id);
    if (!d.ok) throw new Error('not deleted');
    expect(await listPortfolios()).toEqual([]);
    expect(await listSnapshots()).toHaveLength(1);
    expect(await restorePortfolio(d.row)).toEqual({ ok: true });
    expect((await listPortfolios())[0]).toEqual(d.row);
    expect((await deletePortfolio(999)).ok).toBe(false);
  });
});

describe('the versions file carries portfolios', () => {
  it('round-trips a portfolio: members found again by place, a deleted one kept by name', async () => {
    const a = await save('A');
    const b = await save('B');
    const gone = await save('Borttagen');
    await createPortfolio({
      name: 'Förbundet',
      notes: 'Styrelsen mars',
      members: [memberRef(b), memberRef(gone), memberRef(a)],
    });
    await softDelete(gone.id);
    const doc = JSON.parse((await exportAll()).join(''));
    expect(doc.version).toBe(2);
    // The versions oldest first: A is 0, B is 1; the deleted one is not exported.
    expect(doc.snapshots.map((s: { name: string }) => s.name)).toEqual(['A', 'B']);
    expect(doc.portfolios).toHaveLength(1);
    expect(doc.portfolios[0].members.map((m: { version: number | null }) => m.version)).toEqual([
      1,
      null,
      0,
    ]);

    freshDb();
    const r = await importFile(JSON.stringify(doc));
    expect(r).toEqual({ ok: true, count: 2, replaced: 0, skipped: 0, portfolios: 1 });
    const stored = await listSnapshots();
    const id = (name: string) => stored.find((s) => s.name === name)!.id;
    const [p] = await listPortfolios();
    expect(p).toMatchObject({ name: 'Förbundet', notes: 'Styrelsen mars' });
    expect(p.members).toEqual([
      { snapshotId: id('B'), name: 'B', createdAt: b.createdAt },
      { snapshotId: null, name: 'Borttagen', createdAt: gone.createdAt },
      { snapshotId: id('A'), name: 'A', createdAt: a.createdAt },
    ]);
  });

  it('exports one portfolio with only its versions', async () => {
    const a = await save('A');
    await save('Utanför');
    const r = await createPortfolio({ name: 'Bara A', members: [memberRef(a)] });
    if (!r.ok) throw new Error('not created');
    const doc = JSON.parse((await exportPortfolio(r.id))!.join(''));
    expect(doc.snapshots.map((s: { name: string }) => s.name)).toEqual(['A']);
    expect(doc.portfolios.map((p: { name: string }) => p.name)).toEqual(['Bara A']);
    expect(await exportPortfolio(404)).toBeUndefined();
  });

  it('imported twice: the portfolio follows the choice made for the versions', async () => {
    const a = await save('A');
    await createPortfolio({ name: 'P', members: [memberRef(a)] });
    const text = (await exportAll()).join('');
    const plan = await planImport(text);
    expect(plan.ok && plan.plan.portfolioDuplicates?.map((d) => d.name)).toEqual(['P']);
    expect(await importFile(text, 'skip')).toEqual({
      ok: true,
      count: 0,
      replaced: 0,
      skipped: 1,
      portfolios: 0,
    });
    expect(await listPortfolios()).toHaveLength(1);
    const [before] = await listPortfolios();
    await updatePortfolio(before.id, { members: [] });
    expect(await importFile(text, 'replace')).toMatchObject({ ok: true, portfolios: 1 });
    const after = await listPortfolios();
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(before.id);
    expect(after[0].members).toEqual([memberRef(a)]);
  });

  it('still imports a version-1 file, which has no portfolios', async () => {
    const { scenario, figures } = scenarioAndFigures();
    const text = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      snapshots: [{ name: 'Gammal', scenario, figures }],
    });
    expect(await importFile(text)).toEqual({ ok: true, count: 1, replaced: 0, skipped: 0 });
    expect(await listPortfolios()).toEqual([]);
  });

  describe('refuses a bad portfolio and writes nothing', () => {
    const file = (portfolios: unknown) => {
      const { scenario, figures } = scenarioAndFigures();
      return JSON.stringify({
        format: EXPORT_FORMAT,
        version: 2,
        snapshots: [{ name: 'A', scenario, figures }],
        portfolios,
      });
    };
    const cases: { what: string; portfolios: unknown; path: string; sv: RegExp; en: RegExp }[] = [
      {
        what: 'a member beyond the file’s versions',
        portfolios: [
          {
            name: 'P',
            members: [
              { version: 0, name: 'A' },
              { version: 3, name: 'X' },
            ],
          },
        ],
        path: 'portfolios[0].members[1].version',
        sv: /nummer 3 finns inte i filen \(den har 1 versioner/,
        en: /Version number 3 is not in the file/,
      },
      {
        what: 'an empty name',
        portfolios: [{ name: ' ', members: [] }],
        path: 'portfolios[0].name',
        sv: /får inte vara tomt/,
        en: /must not be empty/,
      },
      {
        what: 'members that are not a list',
        portfolios: [{ name: 'P', members: 'A, B' }],
        path: 'portfolios[0].members',
        sv: /.+/,
        en: /.+/,
      },
      {
        what: 'an invalid date',
        portfolios: [{ name: 'P', createdAt: 'igår', members: [] }],
        path: 'portfolios[0].createdAt',
        sv: /Ogiltigt datum "igår"/,
        en: /Invalid date "igår"/,
      },
    ];
    for (const c of cases)
      it(c.what, async () => {
        const r = await importFile(file(c.portfolios));
        expect(r.ok).toBe(false);
        if (r.ok) return;
        const hit = r.issues.find((i) => i.path === c.path);
        expect(hit, JSON.stringify(r.issues)).toBeDefined();
        expect(hit!.sv).toMatch(c.sv);
        expect(hit!.en).toMatch(c.en);
        expect(await listSnapshots()).toEqual([]);
        expect(await listPortfolios()).toEqual([]);
      });
  });
});
