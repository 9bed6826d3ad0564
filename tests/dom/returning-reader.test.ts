/**
 * A returning reader's first figures are their own: the page opens with the draft they left
 * stored, and the built-in example it replaces is never evaluated or shown meanwhile. The
 * page knows to wait from a note beside the draft store (lib/state/draft-marker.ts), kept
 * when a draft is stored or read back, dropped when a read finds none. Until the draft is in,
 * nothing on the page acts on the example (inert). The whole app in jsdom, the real engine
 * behind a MessageChannel, the draft store on fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import '../support/app-modules';
import { exampleScenario, NO_WHAT_IF, type Scenario, type WhatIf } from '../../src/engine';
import { nextTask } from '../../src/lib/after-paint';
import { EngineClient } from '../../src/lib/engine-client';
import { setDb, type NyttokalkylDb } from '../../src/lib/db/db';
import { freshDb } from '../../src/lib/db/test-db';
import { fragmentFor } from '../../src/lib/share';
import { AppState } from '../../src/lib/state/app.svelte';
import { expectsStoredDraft, noteStoredDraft } from '../../src/lib/state/draft-marker';
import { resetDraftState } from '../../src/lib/state/draft.svelte';
import { storageStatus } from '../../src/lib/state/storage-status.svelte';
import { channelWorker } from '../support/channel-worker';
import { closePage, openingPage } from '../support/close-page';

let db: NyttokalkylDb;
let shown: AppState | null = null;

/** The reader's own calculation, as they left it: the example's first cohort, 3 groups. */
function myDraft(): Scenario {
  const s = exampleScenario();
  s.title = 'Min kalkyl';
  s.cohorts[0].groups = s.cohorts[0].groups.slice(0, 3);
  return s;
}
const participants = (s: Scenario) =>
  s.cohorts.reduce((a, c) => a + c.groups.reduce((b, g) => b + g.count, 0), 0);

/** The app as a page load, with the titles of the scenarios it sends the engine, in order. */
function openPage(): { app: AppState; sent: string[] } {
  const app = openingPage(new AppState());
  shown = app;
  const client = new EngineClient(() => channelWorker());
  const sent: string[] = [];
  const evaluate = client.evaluate.bind(client);
  client.evaluate = (scenario: unknown, revision: number, whatIf: WhatIf) => {
    sent.push((scenario as Scenario).title);
    return evaluate(scenario, revision, whatIf);
  };
  render(App, { props: { client, state: app } });
  return { app, sent };
}

const status = () => screen.getByTestId('status');
const heading = () => document.querySelector('.scenario-title h2');

beforeEach(() => {
  db = freshDb();
  storageStatus.problem = null;
  storageStatus.draftSavedAt = null;
  resetDraftState();
  noteStoredDraft(false);
  history.replaceState(null, '', '/');
});
afterEach(async () => {
  await closePage(shown, db);
  shown = null;
  noteStoredDraft(false);
  history.replaceState(null, '', '/');
  setDb(null);
});

describe('a returning reader', () => {
  it('sees their stored draft first: the example is never evaluated, the page says what it fetches', async () => {
    await db.draft.put({ id: 'current', scenario: myDraft(), whatIf: NO_WHAT_IF, savedAt: 1 });
    noteStoredDraft(true);

    const { app, sent } = openPage();
    // Before the draft is read: no figures, and words for the wait.
    expect(status()).toHaveTextContent('Hämtar din senaste kalkyl …');
    expect(heading()).toHaveTextContent('Din senaste kalkyl');
    expect(app.result).toBeNull();
    // Nothing acts on the example meanwhile: saving, sharing or replacing it, the tabs, the sliders.
    // jsdom has no `inert` of its own: the property Svelte sets is read up the tree.
    const inert = (el: Element | null): Element | null => {
      for (let n = el; n; n = n.parentElement) if ((n as HTMLElement).inert) return n;
      return null;
    };
    expect(inert(screen.getByTestId('new-calculation'))).not.toBeNull();
    expect(inert(screen.getByTestId('slider-sub'))).not.toBeNull();
    expect(inert(document.querySelector('[role=tablist]'))).not.toBeNull();
    expect(inert(status())).toBeNull();

    await waitFor(() => expect(app.status).toBe('ready'));
    expect(inert(screen.getByTestId('new-calculation'))).toBeNull();
    expect(inert(screen.getByTestId('slider-sub'))).toBeNull();
    expect(inert(document.querySelector('[role=tablist]'))).toBeNull();
    expect(sent).toEqual(['Min kalkyl']);
    expect(heading()).toHaveTextContent('Min kalkyl');
    expect(status()).toHaveTextContent('Resultatet är aktuellt');
    // The figures are the draft's: its 3 groups' participants, not the example's.
    const mine = participants(myDraft());
    expect(mine).toBeLessThan(participants(exampleScenario()));
    expect(app.result?.total.participants).toBe(mine);
  });

  it('with a note but no draft stored any more: the example, and the note is dropped', async () => {
    noteStoredDraft(true);

    const { app, sent } = openPage();
    await waitFor(() => expect(app.status).toBe('ready'));
    expect(sent).toEqual([exampleScenario().title]);
    expect(app.result?.total.participants).toBe(participants(exampleScenario()));
    expect(expectsStoredDraft()).toBe(false);
  });

  it('with a draft stored before the note existed: the example first, then the draft, and the note kept', async () => {
    await db.draft.put({ id: 'current', scenario: myDraft(), whatIf: NO_WHAT_IF, savedAt: 1 });

    const { app, sent } = openPage();
    await waitFor(() => expect(app.draft.title).toBe('Min kalkyl'));
    await waitFor(() => expect(app.status).toBe('ready'));
    expect(sent[0]).toBe(exampleScenario().title);
    expect(sent.at(-1)).toBe('Min kalkyl');
    expect(expectsStoredDraft()).toBe(true);
  });

  it('with a draft stored before the note, "Ny kalkyl" clicked while it is read: the draft is what Ångra brings back', async () => {
    await db.draft.put({ id: 'current', scenario: myDraft(), whatIf: NO_WHAT_IF, savedAt: 1 });

    const { app } = openPage();
    // Without the note the page shows the example and can be used while the draft is read.
    expect(app.restoring).toBe(false);
    screen.getByTestId('new-calculation').click();
    expect(app.draft.title).not.toBe('Min kalkyl');
    const created = app.draft.title;

    await waitFor(() => expect(app.replaced?.previous.draft.title).toBe('Min kalkyl'));
    expect(app.draft.title).toBe(created);
    expect(screen.getByTestId('draft-replaced-text')).toHaveTextContent(
      'En ny, tom kalkyl har ersatt ditt utkast.',
    );
    // A new calculation has no participants yet: nothing is computed, and the page says why.
    await waitFor(() => expect(status()).toHaveTextContent('rätta felen i indata'));
    expect(screen.getByTestId('kf-none')).toHaveTextContent(
      'Nyckeltalen visas när felen i indata är rättade.',
    );
    // Stored too, so that a reload before Ångra loses nothing either.
    await waitFor(async () => {
      expect((await db.draft.get('replaced'))?.scenario).toMatchObject({ title: 'Min kalkyl' });
      expect((await db.draft.get('current'))?.scenario).toMatchObject({ title: created });
    });
    screen.getByTestId('draft-undo').click();
    await waitFor(() => expect(heading()).toHaveTextContent('Min kalkyl'));
    await waitFor(() => expect(app.result?.total.participants).toBe(participants(myDraft())));
  });

  it('opening a shared link does not wait for the stored draft: the link is shown', async () => {
    await db.draft.put({ id: 'current', scenario: myDraft(), whatIf: NO_WHAT_IF, savedAt: 1 });
    noteStoredDraft(true);
    const link = exampleScenario();
    link.title = 'Delad kalkyl';
    history.replaceState(null, '', `/${fragmentFor(link)}`);

    const { app, sent } = openPage();
    expect(app.restoring).toBe(false);
    await waitFor(() => expect(app.status).toBe('ready'));
    expect(sent).not.toContain('Min kalkyl');
    expect(app.draft.title).toBe('Delad kalkyl');
    // The stored draft is read all the same: it is what the link's Ångra brings back.
    await waitFor(() => expect(app.replaced?.previous.draft.title).toBe('Min kalkyl'));
  });
});

it('storing a draft notes it for the next page', async () => {
  await db.draft.put({ id: 'current', scenario: myDraft(), whatIf: NO_WHAT_IF, savedAt: 1 });
  const { app } = openPage();
  await waitFor(() => expect(app.draft.title).toBe('Min kalkyl'));
  // Noted when read back; forgotten here, so that only the write below can note it again.
  expect(expectsStoredDraft()).toBe(true);
  noteStoredDraft(false);
  // An edit comes as an event of its own, after the page's restore has started the autosave
  // (waitFor may answer between the two, in the same task).
  await nextTask();
  app.draft.title = 'Ändrad';
  await waitFor(() => expect(storageStatus.draftSavedAt).not.toBe(1));
  expect(expectsStoredDraft()).toBe(true);
});
