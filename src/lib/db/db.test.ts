/**
 * The database's schema history and its failures. Upgrade: a database
 * seeded at version 1 (the previous schema, as Dexie's
 * test/tests-upgrading.js does) opens with the current class and keeps every
 * row, now found by the v2 index. Failures: no IndexedDB (private
 * browsing), `indexedDB.open` throwing, a full disk, an upgrade blocked by an
 * old tab and a newer schema opened elsewhere each end in a clear message,
 * never an exception.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_WHAT_IF } from '../../engine';
import {
  NyttokalkylDb,
  onStorageProblem,
  openDb,
  PROBLEMS,
  SCHEMA_VERSION,
  setDb,
  storageProblem,
  STORES_V1,
  type StorageProblem,
} from './db';
import { listSnapshots, saveSnapshot } from './snapshots';
import { freshDb, scenarioAndFigures } from './test-db';

const heard: StorageProblem[] = [];
const stopListening = onStorageProblem((p) => heard.push(p));
afterEach(() => {
  heard.length = 0;
  setDb(null);
});
void stopListening;
const asIssue = (p: StorageProblem) => ({ path: '', sv: p.sv, en: p.en });

describe('schema upgrade', () => {
  it('opens a version-1 database with version 2: rows kept, deletedAt filled, list via the new index', async () => {
    const factory = new IDBFactory();
    const { scenario, figures } = scenarioAndFigures();

    // Seed at the previous version, with the previous schema.
    const v1 = new Dexie('upgrade', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(STORES_V1);
    await v1.table('snapshots').bulkAdd([
      { name: 'Från v1', notes: 'anteckning', createdAt: 1, updatedAt: 2, scenario, figures },
      { name: 'Utan anteckningar', createdAt: 3, updatedAt: 3, scenario },
      { name: 'Borttagen i v1', notes: '', createdAt: 4, updatedAt: 4, deletedAt: 5, scenario },
    ]);
    await v1.table('draft').put({ id: 'current', scenario, whatIf: NO_WHAT_IF, savedAt: 6 });
    v1.close();

    const db = new NyttokalkylDb('upgrade', { indexedDB: factory, IDBKeyRange });
    setDb(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.snapshots.schema.indexes.map((i) => i.name)).toContain('deletedAt');

    const live = await listSnapshots();
    expect(live.map((r) => r.name).sort()).toEqual(['Från v1', 'Utan anteckningar']);
    const bare = live.find((r) => r.name === 'Utan anteckningar')!;
    expect(bare).toMatchObject({ deletedAt: 0, notes: '', figures: null });
    const full = live.find((r) => r.name === 'Från v1')!;
    expect(full).toMatchObject({ notes: 'anteckning', createdAt: 1, updatedAt: 2, figures });
    expect(full.scenario).toEqual(scenario);
    expect((await db.snapshots.where('deletedAt').equals(5).toArray())[0].name).toBe(
      'Borttagen i v1',
    );
    expect(await db.draft.get('current')).toMatchObject({ savedAt: 6 });
    expect(heard).toEqual([]);
  });

  it('creates a new database at the current version', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await listSnapshots()).toEqual([]);
  });
});

describe('storage problems', () => {
  it('no IndexedDB (private browsing): a clear message, and saving fails without throwing', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error -- simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const db = new NyttokalkylDb('no-idb');
      setDb(db);
      const problem = await openDb(db);
      expect(problem).toEqual(PROBLEMS.unavailable);
      expect(heard).toEqual([PROBLEMS.unavailable]);
      expect(problem?.sv).toMatch(/tillåter inte lagring.*Du kan räkna som vanligt/);
      const { scenario, figures } = scenarioAndFigures();
      const r = await saveSnapshot({ name: 'X', scenario, figures });
      expect(r).toEqual({ ok: false, issues: [asIssue(PROBLEMS.unavailable)] });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('indexedDB.open throwing (a private mode that forbids writes): a clear message', async () => {
    const throwing = {
      open() {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    };
    const db = new NyttokalkylDb('throwing', { indexedDB: throwing, IDBKeyRange });
    const problem = await openDb(db);
    expect(problem?.kind).toBe('unavailable');
    expect(problem?.en).toMatch(/not kept when the tab closes|nothing is stored/);
  });

  it('a full disk (QuotaExceededError): the quota message, nothing stored', async () => {
    const db = freshDb();
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: () =>
              Promise.reject(
                new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
              ),
          };
        },
      }),
    });
    const { scenario, figures } = scenarioAndFigures();
    const r = await saveSnapshot({ name: 'X', scenario, figures });
    expect(r).toEqual({ ok: false, issues: [asIssue(PROBLEMS.quota)] });
    expect(await db.snapshots.count()).toBe(0);
  });

  it('an upgrade blocked by an old tab is reported, and proceeds when that tab lets go', async () => {
    const factory = new IDBFactory();
    // An old tab at version 1 that ignores requests to close.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open('blocked', 10);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
        req.result.createObjectStore('draft', { keyPath: 'id' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    old.onversionchange = () => {};

    const db = new NyttokalkylDb('blocked', { indexedDB: factory, IDBKeyRange });
    const opening = openDb(db);
    await expect.poll(() => heard.map((p) => p.kind)).toContain('blocked');
    expect(heard.find((p) => p.kind === 'blocked')?.sv).toMatch(/En annan flik.*Stäng den fliken/);
    old.close();
    expect(await opening).toBeNull();
    expect(db.verno).toBe(SCHEMA_VERSION);
  });

  it('a newer schema opened in another tab closes this one and asks for a reload', async () => {
    const factory = new IDBFactory();
    const db = new NyttokalkylDb('newer', { indexedDB: factory, IDBKeyRange });
    setDb(db);
    expect(await openDb(db)).toBeNull();

    // Another tab with a future version upgrades the database.
    const future = new Dexie('newer', { indexedDB: factory, IDBKeyRange });
    future
      .version(SCHEMA_VERSION + 1)
      .stores({ snapshots: '++id, name, createdAt, updatedAt, deletedAt, tag' });
    await future.open(); // not blocked: this tab closed at once
    expect(heard).toEqual([PROBLEMS.versionchange]);
    expect(db.isOpen()).toBe(false);

    // This (old) code does not reopen and write old-shaped rows into the new schema.
    const { scenario, figures } = scenarioAndFigures();
    const r = await saveSnapshot({ name: 'X', scenario, figures });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].sv).toMatch(/Ladda om sidan/);
    expect(await future.table('snapshots').count()).toBe(0);
    future.close();
  });

  it.each([
    ['QuotaExceededError', 'quota'],
    ['MissingAPIError', 'unavailable'],
    ['VersionError', 'versionchange'],
    ['DatabaseClosedError', 'versionchange'],
    ['OpenFailedError', 'unavailable'],
    ['UnknownError', 'failed'],
  ])('translates %s into "%s"', (name, kind) => {
    const err = Object.assign(new Error('boom'), { name });
    expect(storageProblem(err).kind).toBe(kind);
    // Wrapped by Dexie: found through `inner`.
    expect(storageProblem({ name: 'AbortError', message: 'x', inner: err }).kind).toBe(
      name === 'UnknownError' ? 'failed' : kind,
    );
  });

  it.each([
    ['an error', new Error('disk full'), 'disk full'],
    ['a string', 'disk full', 'disk full'],
    ['an object with only a name', { name: 'WeirdError' }, 'WeirdError'],
    ['an object with neither', {}, ''],
  ])('words %s for the user without "[object Object]"', (_, err, words) => {
    const p = storageProblem(err);
    expect(p.en).toContain(`: ${words}.`);
    expect(p.en).not.toContain('[object Object]');
  });
});
