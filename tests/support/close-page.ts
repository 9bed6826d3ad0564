/**
 * Closing the app in a jsdom test, as a reload or the end of a test does: unmounting flushes
 * the autosave, and this waits until storage holds what the page showed — the draft, its
 * what-if settings and the replaced draft kept for Ångra — instead of a fixed pause for the
 * write to land.
 */
import { cleanup, waitFor } from '@testing-library/svelte';
import { expect } from 'vitest';
import { getDb, type NyttokalkylDb } from '../../src/lib/db/db';
import { readDraftRows } from '../../src/lib/db/draft';
import type { AppState } from '../../src/lib/state/app.svelte';
import { storageStatus } from '../../src/lib/state/storage-status.svelte';

/**
 * A plain copy of a draft state. The scenario's own copy of the what-if settings is left
 * out: the row's settings are the ones a reload restores, and the scenario's copy is only
 * rewritten with the next change.
 */
function plain(x: { draft?: unknown; whatIf?: unknown } | null | undefined) {
  if (!x) return null;
  const copy = JSON.parse(JSON.stringify(x)) as { draft?: Record<string, unknown> };
  if (copy.draft) delete copy.draft.whatIf;
  return copy;
}

/** What each page held when it opened: a page that changed nothing writes nothing. */
const opened = new WeakMap<AppState, ReturnType<typeof plain>>();

/** Note the state a page opens with (call before rendering it). */
export function openingPage(app: AppState): AppState {
  opened.set(app, plain(app.capture()));
  return app;
}

export async function closePage(app: AppState | null, db: NyttokalkylDb): Promise<void> {
  const shown = app && plain(app.capture());
  const replaced = plain(app?.replaced?.previous);
  const untouched =
    app !== null && replaced === null && JSON.stringify(opened.get(app)) === JSON.stringify(shown);
  cleanup();
  // Nothing is written where nothing can be (no IndexedDB, a blocked or failing database).
  if (!app || !storageStatus.available || storageStatus.problem) return;
  // Read as the app reads them (a large cohort's groups are stored apart, in blocks): from the
  // app's database, which must be the one the test looks at.
  if (getDb() !== db) throw new Error('closePage: db is not the app database');
  await waitFor(async () => {
    const { row: current, replaced: row } = await readDraftRows();
    if (!(untouched && current === undefined))
      expect(plain({ draft: current?.scenario, whatIf: current?.whatIf })).toEqual(shown);
    expect(row ? plain({ draft: row.scenario, whatIf: row.whatIf }) : null).toEqual(replaced);
  });
}
