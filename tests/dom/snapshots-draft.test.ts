/**
 * The autosaved draft on fake-indexeddb: changes are written once, after the
 * debounce, and a new app (a reload) is restored to the same draft and what-if
 * settings; an invalid draft is still restored, a damaged one is refused
 * with a message; without IndexedDB or with a blocked database the app keeps
 * its state in memory and says so.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleScenario, NO_WHAT_IF } from '../../src/engine';
import { NyttokalkylDb, PROBLEMS, SCHEMA_VERSION, setDb, STORES_V1 } from '../../src/lib/db/db';
import {
  AUTOSAVE_MAX_WAIT_MS,
  resetDraftState,
  restoreDraft,
  startAutosave,
} from '../../src/lib/state/draft.svelte';
import { freshDb } from '../../src/lib/db/test-db';
import { takeSourceText } from '../../src/lib/validated-scenario';
import { AppState } from '../../src/lib/state/app.svelte';
import { storageStatus } from '../../src/lib/state/storage-status.svelte';

let db: NyttokalkylDb;
const stops: (() => void)[] = [];
const autosave = (app: AppState, ms = 40) => {
  const stop = startAutosave(app, ms);
  stops.push(stop);
  return stop;
};
/** The autosave's debounce on a clock the test moves: what fires when is decided by the test, not the machine's speed. */
const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

beforeEach(async () => {
  db = freshDb();
  // Open, as it is once the page has read its stored draft: a page going then writes at once.
  await db.open();
  storageStatus.problem = null;
  storageStatus.draftSavedAt = null;
  resetDraftState();
});
afterEach(() => {
  stops.splice(0).forEach((s) => s());
  vi.restoreAllMocks();
  vi.useRealTimers();
  setDb(null);
});

/**
 * The draft's writes, counted as they start: each is one read-write transaction of the
 * database's draft stores (lib/db/draft.ts), begun at the moment the autosave writes.
 */
function draftWrites() {
  const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
  return () =>
    spy.mock.calls.filter(
      ([stores, mode]) => mode === 'readwrite' && [stores].flat().includes('draft'),
    ).length;
}

/**
 * An autosave (60 ms) told the figures are computed while the status says so, on the fake
 * clock, and a change of title made as the figures of it start to be computed.
 */
function changedWhileComputing(title: string) {
  const app = new AppState();
  app.status = 'ready';
  const writes = draftWrites();
  fakeClock();
  stops.push(startAutosave(app, 60, { busy: () => app.status === 'computing' }));
  flushSync();
  app.draft.title = title;
  app.status = 'computing';
  flushSync();
  return { app, writes };
}

describe('autosave and restore', () => {
  it('saves the draft and what-if settings after the debounce, and a reload restores them', async () => {
    const app = new AppState();
    expect(await restoreDraft(app)).toBe(false); // nothing stored yet
    autosave(app);
    flushSync();
    expect(await db.draft.get('current')).toBeUndefined(); // the starting state is not written

    app.draft.title = 'Balder 2025, reviderad';
    app.draft.horizonYears = 3;
    app.whatIf.subsidisedToUnsubsidisedShare = 0.5;
    flushSync();
    expect(await db.draft.get('current')).toBeUndefined(); // not before the delay
    await vi.waitFor(async () => expect(await db.draft.get('current')).toBeDefined());
    expect(storageStatus.draftSavedAt).toBeGreaterThan(0);

    const reloaded = new AppState();
    expect(reloaded.draft.title).not.toBe('Balder 2025, reviderad');
    expect(await restoreDraft(reloaded)).toBe(true);
    expect(reloaded.draft.title).toBe('Balder 2025, reviderad');
    expect(reloaded.draft.horizonYears).toBe(3);
    expect(reloaded.whatIf).toEqual({ ...NO_WHAT_IF, subsidisedToUnsubsidisedShare: 0.5 });
  });

  it('a large restored draft is sent to the engine as the text it was stored as', async () => {
    // 2 500 participants in one cohort: stored in blocks of groups.
    const app = new AppState();
    autosave(app);
    flushSync();
    const large = exampleScenario();
    large.title = 'Stort utkast';
    large.cohorts[0].groups = Array.from({ length: 2500 }, (_, i) => ({
      ...large.cohorts[0].groups[i % 3],
      id: `g${i}`,
    }));
    app.replaceDraft(large, 'file');
    flushSync();
    await vi.waitFor(async () => expect(await db.draftBlocks.count()).toBe(3));

    const reloaded = new AppState();
    expect(await restoreDraft(reloaded)).toBe(true);
    expect(reloaded.draft.title).toBe('Stort utkast');
    // The text, once, is exactly the JSON of the document loaded.
    expect(takeSourceText(reloaded.plain)).toBe(JSON.stringify(reloaded.plain));
    expect(takeSourceText(reloaded.plain)).toBeUndefined();
  });

  it('writes a burst of changes once, the delay after the last change', async () => {
    const app = new AppState();
    const writes = draftWrites();
    fakeClock();
    autosave(app, 60);
    flushSync();
    // Five changes 10 ms apart: each restarts the 60 ms wait.
    for (let i = 1; i <= 5; i++) {
      app.whatIf.extraFunds = i * 100_000;
      flushSync();
      vi.advanceTimersByTime(10);
    }
    expect(writes()).toBe(0);
    // 60 ms after the last change (10 of them already passed), not a millisecond before.
    vi.advanceTimersByTime(49);
    expect(writes()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(writes()).toBe(1);
    // Nothing more is pending: however long we wait, there is no second write.
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(writes()).toBe(1);
    vi.useRealTimers();
    await vi.waitFor(async () =>
      expect((await db.draft.get('current'))?.whatIf.extraFunds).toBe(500_000),
    );
  });

  it('a write that falls due while the figures are computed waits until they are in', async () => {
    const { app, writes } = changedWhileComputing('Stor fil');
    // Due after 60 ms, but the figures are still being computed: no write, however long.
    vi.advanceTimersByTime(60);
    vi.advanceTimersByTime(AUTOSAVE_MAX_WAIT_MS - 61);
    expect(writes()).toBe(0);
    // The figures are in: the write follows once they are painted.
    app.status = 'ready';
    flushSync();
    vi.useRealTimers();
    await vi.waitFor(async () =>
      expect((await db.draft.get('current'))?.scenario).toMatchObject({ title: 'Stor fil' }),
    );
    expect(writes()).toBe(1);
  });

  it('a page that goes after the figures are in, before they are painted, writes the change', async () => {
    const { app, writes } = changedWhileComputing('Stängd före målningen');
    vi.advanceTimersByTime(60);
    expect(writes()).toBe(0);
    // The figures are in; their paint, which the write waits for, has not come.
    app.status = 'ready';
    flushSync();
    expect(writes()).toBe(0);
    const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
    window.dispatchEvent(new Event('pagehide'));
    expect(writes()).toBe(1);
    // Committed in the handler: the page need not live until its requests are answered.
    expect(commit).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
    await vi.waitFor(async () =>
      expect((await db.draft.get('current'))?.scenario).toMatchObject({
        title: 'Stängd före målningen',
      }),
    );
    expect(writes()).toBe(1);
  });

  it('a write waiting for figures that do not come is made after AUTOSAVE_MAX_WAIT_MS', async () => {
    const { app, writes } = changedWhileComputing('Hängd motor');
    vi.advanceTimersByTime(60 + AUTOSAVE_MAX_WAIT_MS - 1);
    expect(writes()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(writes()).toBe(1);
    // A page hidden while a write waits writes at once, too (a new change, a new wait).
    app.draft.title = 'Stängd';
    flushSync();
    vi.advanceTimersByTime(60);
    expect(writes()).toBe(1);
    window.dispatchEvent(new Event('pagehide'));
    expect(writes()).toBe(2);
    vi.useRealTimers();
    await vi.waitFor(async () =>
      expect((await db.draft.get('current'))?.scenario).toMatchObject({ title: 'Stängd' }),
    );
  });

  it('writes at once when the page is hidden or the autosave stops', async () => {
    const app = new AppState();
    autosave(app, 10_000);
    flushSync();
    app.draft.title = 'Före stängning';
    flushSync();
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () =>
      expect((await db.draft.get('current'))?.scenario).toMatchObject({ title: 'Före stängning' }),
    );

    const stop = autosave(app, 10_000);
    flushSync();
    app.draft.title = 'Stoppad';
    flushSync();
    stop();
    await vi.waitFor(async () =>
      expect((await db.draft.get('current'))?.scenario).toMatchObject({ title: 'Stoppad' }),
    );
  });

  it('restores a draft that was invalid when the tab closed, errors and all', async () => {
    const s = exampleScenario();
    await db.draft.put({
      id: 'current',
      scenario: { ...s, title: '', horizonYears: 0 },
      whatIf: NO_WHAT_IF,
      savedAt: 1,
    });
    const app = new AppState();
    expect(await restoreDraft(app)).toBe(true);
    expect(app.draft.title).toBe('');
    expect(app.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['title', 'horizonYears']),
    );
  });

  it('refuses a damaged draft with a message and keeps the starting state', async () => {
    await db.draft.put({
      id: 'current',
      scenario: { format: 'något annat', cohorts: 'trasig' },
      whatIf: { extraFunds: 'mycket' } as never,
      savedAt: 1,
    });
    const app = new AppState();
    const title = app.draft.title;
    expect(await restoreDraft(app)).toBe(false);
    expect(app.draft.title).toBe(title);
    expect(storageStatus.problem?.sv).toMatch(/utkastet kunde inte läsas/);
  });

  it('ignores invalid what-if settings but keeps the draft', async () => {
    const s = exampleScenario();
    await db.draft.put({
      id: 'current',
      scenario: { ...s, title: 'Med trasigt tänk om' },
      whatIf: { extraFunds: -5 } as never,
      savedAt: 1,
    });
    const app = new AppState();
    expect(await restoreDraft(app)).toBe(true);
    expect(app.draft.title).toBe('Med trasigt tänk om');
    expect(app.whatIf).toEqual(NO_WHAT_IF);
  });
});

describe('without storage', () => {
  it('no IndexedDB: says so, keeps working in memory, and autosave does not throw', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error -- simulating private browsing without IndexedDB
    delete globalThis.indexedDB;
    try {
      setDb(new NyttokalkylDb('no-idb'));
      const app = new AppState();
      expect(await restoreDraft(app)).toBe(false);
      expect(storageStatus.problem).toEqual(PROBLEMS.unavailable);
      expect(storageStatus.available).toBe(false);
      fakeClock();
      autosave(app, 10);
      flushSync();
      app.draft.title = 'Bara i minnet';
      flushSync();
      // The autosave's time comes and goes: it has nowhere to write, and says nothing new.
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(10);
      expect(vi.getTimerCount()).toBe(0);
      vi.useRealTimers();
      expect(app.draft.title).toBe('Bara i minnet');
      expect(app.validation.ok).toBe(true);
      expect(storageStatus.problem).toEqual(PROBLEMS.unavailable);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  /** A stored draft at schema v1, held open by an "old tab" that ignores requests to close. */
  async function heldByOldTab() {
    const factory = new IDBFactory();
    const old = new Dexie('held', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(STORES_V1);
    old.on('versionchange', () => false);
    await old.table('draft').put({
      id: 'current',
      scenario: { ...exampleScenario(), title: 'Sparat utkast' },
      whatIf: NO_WHAT_IF,
      savedAt: 1,
    });
    const db = new NyttokalkylDb('held', { indexedDB: factory, IDBKeyRange });
    setDb(db);
    return { old, db };
  }

  it('an upgrade blocked by an old tab: says so, and restores the draft once that tab lets go', async () => {
    const { old, db } = await heldByOldTab();
    const app = new AppState();
    expect(await restoreDraft(app, 100)).toBe(false);
    expect(storageStatus.problem).toEqual(PROBLEMS.blocked);
    autosave(app, 10);
    flushSync();
    old.close();
    await vi.waitFor(() => expect(app.draft.title).toBe('Sparat utkast'));
    expect(storageStatus.problem).toBeNull();
    expect(db.verno).toBe(SCHEMA_VERSION);
  });

  it('work started while the stored draft is being read is not replaced by it; Ångra brings the draft back', async () => {
    const { old } = await heldByOldTab();
    const app = new AppState();
    const restoring = restoreDraft(app, 5000);
    await vi.waitFor(() => expect(storageStatus.problem?.kind).toBe('blocked'));
    app.draft.title = 'Redan igång';
    old.close();
    expect(await restoring).toBe(false);
    expect(app.draft.title).toBe('Redan igång');
    expect(storageStatus.problem).toBeNull(); // the blocked message goes once it is over
    // The page showed the example, which the user edited: to them, the example replaced their draft.
    expect(app.replaced?.reason).toBe('example');
    expect(app.replaced?.previous.draft.title).toBe('Sparat utkast');
    app.undoReplace();
    expect(app.draft.title).toBe('Sparat utkast');
    app.undoReplace(); // and the work done meanwhile is one Gör om away
    expect(app.draft.title).toBe('Redan igång');
  });

  it('a replacement made while the stored draft is read replaces that draft, for its undo', async () => {
    const { old } = await heldByOldTab();
    const app = new AppState();
    const restoring = restoreDraft(app, 5000);
    await vi.waitFor(() => expect(storageStatus.problem?.kind).toBe('blocked'));
    app.replaceDraft({ ...exampleScenario(), title: 'Ny kalkyl', cohorts: [] }, 'new');
    old.close();
    expect(await restoring).toBe(false);
    expect(app.draft.title).toBe('Ny kalkyl');
    expect(app.replaced?.reason).toBe('new');
    expect(app.replaced?.previous.draft.title).toBe('Sparat utkast');
    app.undoReplace();
    expect(app.draft.title).toBe('Sparat utkast');
  });

  it('never overwrites the unread draft while blocked; work done meanwhile stays in memory', async () => {
    const { old, db } = await heldByOldTab();
    const writes = draftWrites();
    const app = new AppState();
    expect(await restoreDraft(app, 100)).toBe(false);
    fakeClock();
    autosave(app, 10);
    flushSync();
    app.draft.title = 'Arbete under tiden';
    flushSync();
    // The autosave's time comes and goes without a write.
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(10);
    expect(vi.getTimerCount()).toBe(0);
    expect(writes()).toBe(0);
    vi.useRealTimers();
    old.close();
    await vi.waitFor(() => expect(storageStatus.problem).toBeNull());
    expect(app.draft.title).toBe('Arbete under tiden');
    // Once the draft is read, both are stored: the work done meanwhile, and beneath it, for
    // its undo, the draft that was stored.
    await vi.waitFor(async () => {
      expect((await db.draft.get('current'))?.scenario).toMatchObject({
        title: 'Arbete under tiden',
      });
      expect((await db.draft.get('replaced'))?.scenario).toMatchObject({
        title: 'Sparat utkast',
      });
    });
  });
});
