/**
 * Nothing is lost: every action that replaces the working draft — "Ladda
 * exemplet", "Ny kalkyl", "Öppna scenario", a shared link, a CSV import that
 * replaces a cohort's groups, opening a saved version — offers "Ångra", and
 * Ångra brings back exactly the draft (and what-if settings) that was there,
 * also after a reload, until the notice is closed. The whole app in jsdom,
 * the real engine behind a MessageChannel, the draft store on fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import '../support/app-modules';
import { exampleScenario, NO_WHAT_IF, type Scenario } from '../../src/engine';
import { EngineClient } from '../../src/lib/engine-client';
import { setDb, type NyttokalkylDb } from '../../src/lib/db/db';
import { resetDraftState, restoreDraft } from '../../src/lib/state/draft.svelte';
import { saveSnapshot } from '../../src/lib/db/snapshots';
import { freshDb, scenarioAndFigures } from '../../src/lib/db/test-db';
import { i18n } from '../../src/lib/i18n/index.svelte';
import { fragmentFor } from '../../src/lib/share';
import { AppState, type DraftState } from '../../src/lib/state/app.svelte';
import { storageStatus } from '../../src/lib/state/storage-status.svelte';
import { channelWorker } from '../support/channel-worker';
import { closePage, openingPage } from '../support/close-page';

let db: NyttokalkylDb;

/**
 * The user's work as stored when the page opens: edited, one field invalid
 * mid-correction (NaN), a second cohort, what-if settings moved.
 */
function myDraft(): Scenario {
  const s = exampleScenario();
  s.title = 'Mitt utkast';
  s.description = 'Egna anteckningar';
  s.horizonYears = 3;
  s.cohorts[0].groups[1].count = 7;
  s.cohorts.push({
    id: 'c2',
    name: 'Hösten',
    year: 2025,
    cost: { mode: 'perParticipant', perParticipant: NaN },
    groups: [
      {
        id: 'h1',
        label: 'Ny grupp',
        count: 2,
        gender: 'annat',
        before: { income: [], resources: [] },
        after: { income: [{ source: 'studier', extent: 1, school: 'komvux' }], resources: [] },
      },
    ],
  });
  return s;
}
const MY_WHAT_IF = { ...NO_WHAT_IF, extraFunds: 250_000, studiesToWorkShare: 0.3 };

beforeEach(async () => {
  db = freshDb();
  storageStatus.problem = null;
  storageStatus.draftSavedAt = null;
  resetDraftState();
  history.replaceState(null, '', '/');
  await db.draft.put({ id: 'current', scenario: myDraft(), whatIf: MY_WHAT_IF, savedAt: 1 });
});
afterEach(async () => {
  // Unmount (the autosave flushes) and let the write land before the database goes.
  await closePage(shown, db);
  shown = null;
  i18n.set('sv');
  history.replaceState(null, '', '/');
  setDb(null);
});

/** The app as a page load: the stored draft is restored (a shared link in the address is opened). */
/** The page on screen, for closing it. */
let shown: AppState | null = null;

async function openPage(): Promise<AppState> {
  const state = openingPage(new AppState());
  shown = state;
  render(App, { props: { client: new EngineClient(() => channelWorker()), state } });
  // The stored draft comes in after the first figures.
  await waitFor(() => expect(state.draft.title).not.toBe(exampleScenario().title));
  return state;
}

/** A reload: the page goes (its autosave flushes) and a new one opens on the same storage. */
async function reload(): Promise<AppState> {
  await closePage(shown, db);
  return openPage();
}

const notice = () => screen.getByTestId('draft-replaced');
const tab = (name: string) => fireEvent.click(screen.getByRole('tab', { name }));

/** A scenario file or link content that is not the user's draft. */
function other(title: string): Scenario {
  const s = exampleScenario();
  s.title = title;
  s.cohorts[0].groups = s.cohorts[0].groups.slice(0, 3);
  return s;
}

interface Action {
  name: string;
  /** Run it in the page. */
  run: (app: AppState) => Promise<void>;
  /** True once the draft is the action's. */
  done: (app: AppState) => boolean;
  /** The notice's words for it. */
  text: string;
}

const ACTIONS: Action[] = [
  {
    name: 'Ladda exemplet',
    run: async () => {
      await fireEvent.click(screen.getByTestId('load-example'));
    },
    done: (app) => app.draft.title === exampleScenario().title,
    text: 'Exemplet har ersatt ditt utkast.',
  },
  {
    name: 'Ny kalkyl',
    run: async () => {
      await fireEvent.click(screen.getByTestId('new-calculation'));
    },
    done: (app) => app.draft.title === 'Ny kalkyl' && app.draft.cohorts[0].groups.length === 0,
    text: 'En ny, tom kalkyl har ersatt ditt utkast.',
  },
  {
    name: 'Öppna scenario',
    run: async () => {
      const file = new File([JSON.stringify(other('Från fil'))], 'scenario.json', {
        type: 'application/json',
      });
      await fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
    },
    done: (app) => app.draft.title === 'Från fil',
    text: 'Scenariot "Från fil" har ersatt ditt utkast.',
  },
  {
    name: 'en delad länk',
    run: async () => {
      location.hash = fragmentFor(other('Delad kalkyl'));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    },
    done: (app) => app.draft.title === 'Delad kalkyl',
    text: 'Den delade kalkylen "Delad kalkyl" har ersatt ditt utkast.',
  },
  {
    name: 'CSV-import som ersätter grupperna',
    run: async () => {
      await tab('Indata');
      const file = new File(
        [new Uint8Array(readFileSync(resolve('public/examples', 'deltagare-exempel.csv')))],
        'deltagare.csv',
        { type: 'text/csv' },
      );
      await fireEvent.change(await screen.findByTestId('csv-file'), {
        target: { files: [file] },
      });
      await fireEvent.click(await screen.findByTestId('target-replace'));
      await waitFor(() =>
        expect(screen.getByTestId('csv-check-summary')).toHaveTextContent('Blir 20 grupper.'),
      );
      await fireEvent.click(screen.getByTestId('csv-import-button'));
    },
    done: (app) => app.draft.cohorts[0].groups.length === 20,
    text: 'Importen har ersatt grupperna i "Deltagare 2017".',
  },
  {
    name: 'en sparad version',
    run: async () => {
      await tab('Sparade versioner');
      const item = await screen.findByTestId('snapshot-item');
      await fireEvent.click(within(item).getByTestId('snapshot-open'));
    },
    done: (app) => app.draft.title === 'Sparad version',
    text: 'Versionen "Sparad" har ersatt ditt utkast.',
  },
];

describe('every action that replaces the draft can be undone, exactly, also after a reload', () => {
  it.each(ACTIONS)('$name', { timeout: 60_000 }, async (action) => {
    const { scenario, figures } = scenarioAndFigures((s) => (s.title = 'Sparad version'));
    await saveSnapshot({ name: 'Sparad', scenario, figures });

    let app = await openPage();
    const before: DraftState = app.capture();
    expect(before.draft.title).toBe('Mitt utkast');
    expect(before.whatIf).toEqual(MY_WHAT_IF);

    await action.run(app);
    await waitFor(() => expect(action.done(app)).toBe(true));
    expect(notice()).toHaveTextContent(action.text);
    const replacedBy = app.capture();

    // Ångra: exactly what was there, invalid field and what-if settings included.
    await fireEvent.click(screen.getByTestId('draft-undo'));
    expect(app.capture()).toEqual(before);
    expect(notice()).toHaveTextContent('Det tidigare utkastet är tillbaka.');
    // … and the undo can be undone.
    await fireEvent.click(screen.getByTestId('draft-undo'));
    expect(app.capture()).toEqual(replacedBy);
    expect(notice()).toHaveTextContent(action.text);

    // A reload before the notice is closed keeps the replaced draft, and the offer.
    await waitFor(async () =>
      expect((await db.draft.get('replaced'))?.scenario).toMatchObject({ title: 'Mitt utkast' }),
    );
    app = await openPage_afterReload();
    expect(app.capture()).toEqual(replacedBy);
    expect(notice()).toHaveTextContent(action.text);
    await fireEvent.click(screen.getByTestId('draft-undo'));
    expect(app.capture()).toEqual(before);

    // Closing the notice lets the replaced draft go (here: the action's, since it was undone).
    await fireEvent.click(screen.getByTestId('draft-dismiss'));
    expect(screen.queryByTestId('draft-undo')).toBeNull();
    await waitFor(async () => expect(await db.draft.get('replaced')).toBeUndefined());
    await waitFor(async () =>
      expect((await db.draft.get('current'))?.scenario).toEqual(before.draft),
    );
  });

  /** After a reload the draft is the replacement's, not the example the page starts with. */
  async function openPage_afterReload(): Promise<AppState> {
    await closePage(shown, db);
    const state = openingPage(new AppState());
    shown = state;
    render(App, { props: { client: new EngineClient(() => channelWorker()), state } });
    await waitFor(() => expect(state.replaced?.restored).toBe(true));
    return state;
  }
});

describe('a shared link', () => {
  it(
    'opened with the page: says so, is kept over a reload, and Ångra brings back the stored draft',
    { timeout: 30_000 },
    async () => {
      // What a normal page load would restore: the stored draft, exactly.
      const stored = new AppState();
      await restoreDraft(stored);
      const expected = stored.capture();

      history.replaceState(null, '', `/${fragmentFor(other('Delad kalkyl'))}`);
      let app = await openPage();
      expect(app.draft.title).toBe('Delad kalkyl');
      expect(location.hash).toBe(''); // a reload keeps later edits, not the link
      expect(screen.getByTestId('shared-notice')).toHaveTextContent('Du tittar på en delad kalkyl');
      // The stored draft is what the link replaced: it is what Ångra brings back.
      await waitFor(() => expect(app.replaced?.previous.draft.title).toBe('Mitt utkast'));

      app = await reload();
      await waitFor(() => expect(app.draft.title).toBe('Delad kalkyl'));
      expect(screen.getByTestId('shared-notice')).toHaveTextContent('Du tittar på en delad kalkyl');
      await fireEvent.click(screen.getByTestId('draft-undo'));
      expect(app.capture()).toEqual(expected);
    },
  );

  it('offers to save it as a version, in Swedish and English', { timeout: 30_000 }, async () => {
    history.replaceState(null, '', `/${fragmentFor(other('Delad kalkyl'))}`);
    await openPage();
    i18n.set('en');
    expect(await screen.findByTestId('shared-notice')).toHaveTextContent(
      'You are looking at a shared calculation',
    );
    expect(screen.getByTestId('save-shared')).toHaveTextContent('Save as a version');
    i18n.set('sv');
    await fireEvent.click(screen.getByTestId('save-shared'));
    await waitFor(async () =>
      expect((await db.snapshots.toArray()).map((r) => r.name)).toEqual(['Delad kalkyl']),
    );
    expect(await screen.findByTestId('shared-saved')).toHaveTextContent(
      'Sparad som versionen "Delad kalkyl" under Sparade versioner.',
    );
    expect(screen.queryByTestId('save-shared')).toBeNull();
    const [row] = await db.snapshots.toArray();
    expect(row.scenario.title).toBe('Delad kalkyl');
    expect(row.scenario.cohorts[0].groups).toHaveLength(3);
  });
});

describe('the file menu', () => {
  it(
    'offers "Ladda exemplet" only when the example is not loaded, and keeps focus in reach',
    { timeout: 30_000 },
    async () => {
      await openPage();
      const load = screen.getByTestId('load-example');
      load.focus();
      await fireEvent.click(load);
      expect(screen.queryByTestId('load-example')).toBeNull();
      // The pressed button is gone: focus moves to the notice's Ångra, not to the page.
      await waitFor(() => expect(screen.getByTestId('draft-undo')).toHaveFocus());
      await fireEvent.click(screen.getByTestId('draft-undo'));
      expect(await screen.findByTestId('load-example')).toBeInTheDocument();
    },
  );

  it(
    'a new calculation is empty, ready to type into, and its cost is asked for',
    { timeout: 30_000 },
    async () => {
      const app = await openPage();
      await fireEvent.click(screen.getByTestId('new-calculation'));
      expect(app.draft.title).toBe('Ny kalkyl');
      expect(app.draft.description).toBe('');
      expect(app.draft.cohorts.map((c) => [c.name, c.year, c.groups.length])).toEqual([
        ['Kohort 1', new Date().getFullYear(), 0],
      ]);
      expect(app.whatIf).toEqual(NO_WHAT_IF);
      // The figures of the replaced calculation are not shown under the new title.
      expect(app.result).toBeNull();
      await tab('Indata');
      expect(await screen.findByTestId('cost-ask-0')).toHaveTextContent('Ange kohortens kostnad.');
    },
  );

  it(
    'says which file it reads, and of two files chosen one after the other opens the last',
    { timeout: 30_000 },
    async () => {
      const app = await openPage();
      const seen = new Set<string>();
      const observer = new MutationObserver(() => {
        const text = document.querySelector('[data-testid=file-message]')?.textContent;
        if (text) seen.add(text.trim());
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      const file = (title: string, name: string) =>
        new File([JSON.stringify(other(title))], name, { type: 'application/json' });
      const input = screen.getByTestId('file-input');
      // The second is chosen before the first is read: the first is dropped.
      void fireEvent.change(input, { target: { files: [file('Först vald', 'forst.json')] } });
      await fireEvent.change(input, { target: { files: [file('Sist vald', 'sist.json')] } });
      await waitFor(() => expect(app.draft.title).toBe('Sist vald'));
      observer.disconnect();
      expect([...seen].some((t) => t.startsWith('Läser "sist.json" …'))).toBe(true);
      expect(screen.queryByTestId('file-message')).toBeNull();
      // Only the last file replaced the draft: its undo brings back the stored draft.
      await fireEvent.click(screen.getByTestId('draft-undo'));
      expect(app.draft.title).toBe(myDraft().title);
    },
  );

  it(
    'a CSV file opened as a scenario points to the CSV import, with no parser message',
    { timeout: 30_000 },
    async () => {
      const app = await openPage();
      const before = app.capture();
      const csv = readFileSync(resolve('public/examples', 'deltagare-exempel.csv'));
      for (const [lang, text] of [
        [
          'sv',
          'Det här är en CSV-fil, inte en scenariofil. Deltagare från en CSV-fil läser du in under Indata',
        ],
        [
          'en',
          'This is a CSV file, not a scenario file. Read participants from a CSV file under Inputs',
        ],
      ] as const) {
        i18n.set(lang);
        // Named .json on purpose: the content, not only the name, tells it is CSV.
        const file = new File([new Uint8Array(csv)], 'deltagare.json', {
          type: 'application/json',
        });
        await fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
        const message = await screen.findByTestId('file-message');
        await waitFor(() => expect(message).toHaveTextContent(text));
        expect(message).not.toHaveTextContent(/JSON\.parse|Unexpected token|position/);
      }
      expect(app.capture()).toEqual(before);
      i18n.set('sv');
      await fireEvent.click(screen.getByTestId('file-to-csv'));
      await waitFor(() => expect(screen.getByTestId('csv-file')).toHaveFocus());
      expect(screen.getByRole('tab', { name: 'Indata' })).toHaveAttribute('aria-selected', 'true');
    },
  );
});
