/**
 * The "Sparade versioner" tab in the whole app (jsdom, the real engine behind
 * a MessageChannel, fake-indexeddb): save with the engine's figures, search,
 * sort, rename, duplicate, delete and undo, open (with the parameter warning
 * and "recompute with today's defaults"), compare, and a broken import that
 * shows its message and leaves the list alone.
 */
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import '../support/app-modules';
import { NO_WHAT_IF, ownParameterSet, PARAMETER_DEFS } from '../../src/engine';
import { EngineClient } from '../../src/lib/engine-client';
import { formatAmount, formatKr, formatNumber } from '../../src/lib/format';
import { setDb, type NyttokalkylDb } from '../../src/lib/db/db';
import { exportAll, saveSnapshot } from '../../src/lib/db/snapshots';
import { freshDb, scenarioAndFigures } from '../../src/lib/db/test-db';
import { i18n } from '../../src/lib/i18n/index.svelte';
import { PAGE_SIZE, snapshotsState } from '../../src/lib/state/snapshots.svelte';
import { storageStatus } from '../../src/lib/state/storage-status.svelte';
import { AppState } from '../../src/lib/state/app.svelte';
import { channelWorker } from '../support/channel-worker';
import { closePage, openingPage } from '../support/close-page';
import { EXAMPLE_PAYBACK_TEXT } from '../support/example-figures';

let db: NyttokalkylDb;

beforeEach(() => {
  db = freshDb();
  storageStatus.problem = null;
  storageStatus.draftSavedAt = null;
  Object.assign(snapshotsState, {
    rows: null,
    query: '',
    sort: 'date',
    selected: [],
    comparing: false,
    limit: PAGE_SIZE,
  });
});
afterEach(async () => {
  // Unmount first (its autosave flushes, its liveQuery unsubscribes) and let the write land,
  // then close the database.
  await closePage(shown, db);
  shown = null;
  i18n.set('sv');
  setDb(null);
});

const scenarioHeading = () => document.querySelector('.scenario-title h2')?.textContent;

/** The page on screen, for closing it. */
let shown: AppState | null = null;

async function openTab() {
  shown = openingPage(new AppState());
  render(App, { props: { client: new EngineClient(() => channelWorker()), state: shown } });
  await screen.findByTestId('payback-value');
  await fireEvent.click(screen.getByRole('tab', { name: 'Sparade versioner' }));
  await waitFor(() =>
    expect(
      screen.getByTestId('snapshot-save'),
      document.getElementById('snap-save-blocked')?.textContent ?? '',
    ).toBeEnabled(),
  );
}

const items = () => screen.queryAllByTestId('snapshot-item');
const names = () => screen.queryAllByTestId('snapshot-item-name').map((e) => e.textContent);
const item = (name: string) =>
  items().find((e) => within(e).queryByTestId('snapshot-item-name')?.textContent === name)!;

async function saveVersion(name: string, notes = '') {
  await fireEvent.input(screen.getByTestId('snapshot-name'), { target: { value: name } });
  await fireEvent.input(screen.getByTestId('snapshot-notes'), { target: { value: notes } });
  await fireEvent.click(screen.getByTestId('snapshot-save'));
  await waitFor(() => expect(names()).toContain(name));
}

describe('snapshots view', () => {
  it('saves the current scenario with the figures on screen and lists it', async () => {
    await openTab();
    expect(await screen.findByTestId('snapshot-empty')).toBeInTheDocument();
    const payback = screen.getByTestId('payback-value').textContent; // "13 mån"
    await saveVersion('Basfall', 'Som i rapporten');
    const row = item('Basfall');
    expect(within(row).getByTestId('item-payback').textContent).toBe(payback);
    expect(within(row).getByText('Som i rapporten')).toBeInTheDocument();
    expect(within(row).queryByTestId('params-badge')).toBeNull();
    const [stored] = await db.snapshots.toArray();
    expect(stored.name).toBe('Basfall');
    expect(stored.figures?.paybackMonths.samhalle).toBe(Number(payback.match(/\d+/)![0]));
  });

  it('searches, sorts, renames, duplicates, and deletes with undo', async () => {
    await openTab();
    await saveVersion('Beta', 'lönebidrag');
    await saveVersion('Alfa');
    expect(names()).toEqual(['Alfa', 'Beta']); // newest first

    await fireEvent.change(screen.getByTestId('snapshot-sort'), { target: { value: 'name' } });
    await fireEvent.input(screen.getByTestId('snapshot-search'), { target: { value: 'LÖNE' } });
    await waitFor(() => expect(names()).toEqual(['Beta']));
    await fireEvent.input(screen.getByTestId('snapshot-search'), { target: { value: '' } });

    await fireEvent.click(within(item('Beta')).getByTestId('snapshot-rename'));
    await fireEvent.input(screen.getByTestId('edit-name'), { target: { value: 'Gamma' } });
    await fireEvent.click(screen.getByTestId('edit-save'));
    await waitFor(() => expect(names()).toEqual(['Alfa', 'Gamma']));

    await fireEvent.click(within(item('Alfa')).getByTestId('snapshot-duplicate'));
    await waitFor(() => expect(names()).toEqual(['Alfa', 'Alfa (kopia)', 'Gamma']));

    await fireEvent.click(within(item('Gamma')).getByTestId('snapshot-delete'));
    await waitFor(() => expect(names()).toEqual(['Alfa', 'Alfa (kopia)']));
    expect(await screen.findByTestId('undo-bar')).toHaveTextContent('"Gamma" togs bort.');
    await fireEvent.click(screen.getByTestId('snapshot-undo'));
    await waitFor(() => expect(names()).toEqual(['Alfa', 'Alfa (kopia)', 'Gamma']));
    expect(screen.queryByTestId('undo-bar')).toBeNull();
  });

  it('opens a snapshot into the draft, tells when its parameters differ, and recomputes with today’s defaults on request', async () => {
    const { scenario, figures } = scenarioAndFigures((s) => {
      s.title = 'Lägre lön';
      ownParameterSet(s, 2017).values.referenceMonthlyWage = 22_000;
      s.whatIf = { ...NO_WHAT_IF, studiesToWorkShare: 0.5 };
    });
    await saveSnapshot({ name: 'Lägre lön', scenario, figures });
    await openTab();
    await waitFor(() => expect(names()).toEqual(['Lägre lön']));
    expect(within(item('Lägre lön')).getByTestId('params-badge')).toHaveTextContent(
      'Egna parametervärden',
    );

    await fireEvent.click(within(item('Lägre lön')).getByTestId('snapshot-open'));
    const message = screen.getByTestId('snapshot-message');
    expect(message).toHaveTextContent('Öppnade "Lägre lön"');
    expect(within(message).getByTestId('params-changed')).toHaveTextContent(
      /1 parametervärde som skiljer sig från dagens standardvärden/,
    );
    expect(message).toHaveTextContent(/22 000.*i dag 25 000/);
    expect(scenarioHeading()).toBe('Lägre lön');

    await fireEvent.click(screen.getByTestId('recompute-defaults'));
    await fireEvent.click(screen.getByRole('tab', { name: 'Parametrar' }));
    // The stored snapshot is unchanged.
    const [stored] = await db.snapshots.toArray();
    expect(stored.scenario.parameterSets[0].values.referenceMonthlyWage).toBe(22_000);
    expect(PARAMETER_DEFS.referenceMonthlyWage.value).toBe(25_000);
  });

  it('undoes an open: the previous draft comes back', async () => {
    const { scenario, figures } = scenarioAndFigures((s) => (s.title = 'Annat scenario'));
    await saveSnapshot({ name: 'Annat', scenario, figures });
    await openTab();
    const before = scenarioHeading();
    await waitFor(() => expect(names()).toEqual(['Annat']));
    await fireEvent.click(within(item('Annat')).getByTestId('snapshot-open'));
    expect(scenarioHeading()).toBe('Annat scenario');
    // The app's one notice of a replaced draft offers the undo.
    expect(screen.getByTestId('draft-replaced')).toHaveTextContent(
      'Versionen "Annat" har ersatt ditt utkast.',
    );
    await fireEvent.click(screen.getByTestId('draft-undo'));
    expect(scenarioHeading()).toBe(before);
    expect(before).not.toBe('Annat scenario');
  });

  it('stores the figures of an imported plain scenario once it is opened and computed', async () => {
    const { scenario } = scenarioAndFigures((s) => (s.title = 'Importerad'));
    await saveSnapshot({ name: 'Importerad', scenario, figures: null });
    await openTab();
    await waitFor(() => expect(names()).toEqual(['Importerad']));
    expect(within(item('Importerad')).getByText(/Inte beräknad ännu/)).toBeInTheDocument();
    await fireEvent.click(within(item('Importerad')).getByTestId('snapshot-open'));
    await waitFor(() =>
      expect(within(item('Importerad')).getByTestId('item-payback')).toHaveTextContent(
        EXAMPLE_PAYBACK_TEXT,
      ),
    );
  });

  it('tells when today’s computation differs from the stored figures, and can store the new ones', async () => {
    const { scenario, figures } = scenarioAndFigures((s) => (s.title = 'Redigerad fil'));
    const edited = structuredClone(figures);
    edited.yearlyRevenue.samhalle += 1_000_000;
    await saveSnapshot({ name: 'Redigerad', scenario, figures: edited });
    await openTab();
    await waitFor(() => expect(names()).toEqual(['Redigerad']));
    await fireEvent.click(within(item('Redigerad')).getByTestId('snapshot-open'));
    const mismatch = await screen.findByTestId('figures-mismatch');
    const text = `årlig intäkt ${formatAmount(figures.yearlyRevenue.samhalle)} (sparat ${formatAmount(edited.yearlyRevenue.samhalle)})`;
    expect(mismatch).toHaveTextContent(text.replace(/\s/g, ' '));
    await fireEvent.click(screen.getByTestId('update-figures'));
    await waitFor(async () => expect((await db.snapshots.toArray())[0].figures).toEqual(figures));
  });

  it('says nothing when the stored figures are reproduced', async () => {
    const { scenario, figures } = scenarioAndFigures((s) => (s.title = 'Oförändrad'));
    await saveSnapshot({ name: 'Oförändrad', scenario, figures });
    await openTab();
    await waitFor(() => expect(names()).toEqual(['Oförändrad']));
    await fireEvent.click(within(item('Oförändrad')).getByTestId('snapshot-open'));
    // The stored figures are compared in the same update that marks the result current (the
    // test above shows the mismatch appearing then), so by now it would be there.
    await waitFor(() =>
      expect(screen.getByTestId('status')).toHaveTextContent('Resultatet är aktuellt'),
    );
    expect(screen.getByText(/Öppnade "Oförändrad"/)).toBeInTheDocument();
    expect(screen.queryByTestId('figures-mismatch')).toBeNull();
    expect((await db.snapshots.toArray())[0].figures).toEqual(figures);
  });

  it('compares two snapshots: differing inputs, key figures and per-actor figures highlighted', async () => {
    const a = scenarioAndFigures();
    const b = scenarioAndFigures((s) => {
      s.horizonYears = 3;
      s.financing = { kommun: 0.5, region: 0, af: 0.25, fk: 0.25, ovrigStat: 0 };
      s.cohorts[0].groups[0].count += 10;
    });
    await saveSnapshot({ name: 'A', ...a });
    await saveSnapshot({ name: 'B', ...b });
    await openTab();
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(screen.getByTestId('snapshot-compare')).toBeDisabled();
    await fireEvent.click(within(item('A')).getByTestId('snapshot-select'));
    await fireEvent.click(within(item('B')).getByTestId('snapshot-select'));
    await fireEvent.click(screen.getByTestId('snapshot-compare'));

    const view = screen.getByTestId('snapshot-compare-view');
    const inputs = within(view).getByTestId('compare-inputs');
    const rowKeys = [...inputs.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-row'));
    expect(rowKeys).toEqual(
      expect.arrayContaining([
        'horizon',
        'financing.kommun',
        'financing.region',
        'cohort0.participants',
      ]),
    );
    expect(rowKeys).not.toContain('title');
    expect(rowKeys).not.toContain('financing.af');
    const horizon = inputs.querySelector('tr[data-row="horizon"]')!;
    expect(
      [...horizon.querySelectorAll('td')].map((td) => td.classList.contains('differs')),
    ).toEqual([false, true]);

    const key = within(view).getByTestId('compare-key-figures');
    const participants = key.querySelector('tr[data-row="participants"]')!;
    expect(participants.querySelectorAll('td')[1]).toHaveClass('differs');
    expect(participants.querySelectorAll('td')[1]).toHaveTextContent('+10');
    const revenue = key.querySelector('tr[data-row="revenue"] td:nth-of-type(2)')!;
    expect(revenue).toHaveClass('differs');
    expect(revenue.textContent).toMatch(/\+\d/);

    const actors = within(view).getByTestId('compare-actors-revenue');
    expect(within(actors).getByText('Arbetsförmedlingen')).toBeInTheDocument();
    expect(within(view).getByTestId('compare-actors-payback')).toBeInTheDocument();
    // Numbers come from what was stored with each snapshot.
    expect(actors.querySelector('tr[data-row="samhalle"] td')!.textContent?.trim()).toBe(
      formatKr(a.figures.yearlyRevenue.samhalle),
    );

    // Another version as the reference: its column comes first, the highlights follow.
    await fireEvent.click(within(view).getAllByTestId('make-reference')[0]);
    const heads = [...key.querySelectorAll('thead th')].map((th) =>
      th.firstChild?.textContent?.trim(),
    );
    expect(heads.slice(1)).toEqual(['B', 'A']);
    expect(key.querySelector('tr[data-row="participants"] td:nth-of-type(2)')).toHaveTextContent(
      '−10',
    );

    await fireEvent.click(screen.getByTestId('compare-back'));
    expect(items()).toHaveLength(2);
  });

  it('a large version, stored with its groups in blocks, is compared and opened with all of them', async () => {
    // 2 500 groups of one participant in the first cohort: more than one block of groups.
    const big = scenarioAndFigures((s) => {
      s.title = 'Stor kalkyl';
      s.cohorts[0].groups = Array.from({ length: 2500 }, (_, i) => ({
        ...s.cohorts[0].groups[i % 3],
        id: `g${i}`,
        count: 1,
      }));
    });
    const small = scenarioAndFigures();
    await saveSnapshot({ name: 'Stor', ...big });
    await saveSnapshot({ name: 'Liten', ...small });
    // Listed without its groups: they are in blocks.
    const listed = await db.snapshots.toArray();
    expect(listed.find((r) => r.name === 'Stor')?.scenario.cohorts[0].groups).toEqual([]);
    await openTab();
    await waitFor(() => expect(items()).toHaveLength(2));

    await fireEvent.click(within(item('Stor')).getByTestId('snapshot-select'));
    await fireEvent.click(within(item('Liten')).getByTestId('snapshot-select'));
    await fireEvent.click(screen.getByTestId('snapshot-compare'));
    const view = screen.getByTestId('snapshot-compare-view');
    // The first cohort's participants and groups, read from the blocks: 2 500 each.
    const inputs = await within(view).findByTestId('compare-inputs');
    const cells = (row: string) =>
      [...inputs.querySelectorAll(`tr[data-row="${row}"] td`)].map((td) =>
        td.firstChild?.textContent?.trim(),
      );
    const smallCount = small.scenario.cohorts[0].groups.reduce((a, g) => a + g.count, 0);
    expect(cells('cohort0.participants')).toEqual([
      formatNumber(2500, 'sv'),
      formatNumber(smallCount, 'sv'),
    ]);
    expect(cells('cohort0.groups')[0]).toBe(formatNumber(2500, 'sv'));
    await fireEvent.click(screen.getByTestId('compare-back'));

    await fireEvent.click(within(item('Stor')).getByTestId('snapshot-open'));
    // Read and validated in steps: it says so meanwhile, on its button too.
    expect(screen.getByTestId('snapshot-message')).toHaveTextContent('Öppnar "Stor" …');
    const button = within(item('Stor')).getByTestId('snapshot-open');
    expect(button).toHaveTextContent('Öppnar …');
    expect(button).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(scenarioHeading()).toBe('Stor kalkyl'));
    expect(within(item('Stor')).getByTestId('snapshot-open')).toHaveTextContent('Öppna');
    expect(shown?.draft.cohorts[0].groups).toHaveLength(2500);
    expect(screen.getByTestId('snapshot-message')).toHaveTextContent('Öppnade "Stor"');
  });

  it('refuses a broken file with its message and leaves the list as it was', async () => {
    await openTab();
    await saveVersion('Finns redan');
    const input = screen.getByTestId<HTMLInputElement>('snapshot-file');
    const file = new File(['{"format":"nyttokalkyl-snapshots","version":1,"snap'], 'trasig.json', {
      type: 'application/json',
    });
    await fireEvent.change(input, { target: { files: [file] } });
    const message = await screen.findByTestId('snapshot-message');
    await waitFor(() => expect(message).toHaveTextContent('Filen kunde inte importeras: 1 fel'));
    expect(message).toHaveTextContent('inte giltig JSON');
    expect(message).toHaveAttribute('role', 'alert');
    expect(names()).toEqual(['Finns redan']);
    expect(await db.snapshots.count()).toBe(1);
  });

  it(
    'importing the same versions file twice asks: skip the duplicates, or replace the saved ones',
    { timeout: 30_000 },
    async () => {
      await openTab();
      await saveVersion('Basfall', 'före exporten');
      const exported = (await exportAll()).join('');
      const input = screen.getByTestId<HTMLInputElement>('snapshot-file');
      const importIt = (text: string) =>
        fireEvent.change(input, {
          target: { files: [new File([text], 'versioner.json', { type: 'application/json' })] },
        });
      // A second, new version in the same file: it is imported whatever the choice.
      const doc = JSON.parse(exported);
      doc.snapshots.push({ ...doc.snapshots[0], name: 'Ny i filen', createdAt: undefined });
      const text = JSON.stringify(doc);

      await importIt(text);
      const ask = await screen.findByTestId('import-duplicates');
      expect(ask).toHaveTextContent(
        'Filen innehåller en version som redan finns här: "Basfall". Vill du hoppa över den eller ersätta den sparade med filens? 1 ny version importeras i båda fallen.',
      );
      // The choice is keyboard reachable: focus is on its first button.
      await waitFor(() => expect(screen.getByTestId('import-skip')).toHaveFocus());
      expect(await db.snapshots.count()).toBe(1); // nothing written before the choice

      await fireEvent.click(screen.getByTestId('import-skip'));
      // Newest first: the new version was created by the import.
      await waitFor(() => expect(names()).toEqual(['Ny i filen', 'Basfall']));
      expect(screen.getByTestId('snapshot-message')).toHaveTextContent(
        '1 version importerades. 1 version fanns redan och hoppades över.',
      );
      expect(await db.snapshots.count()).toBe(2);

      // Edited here, then the file imported again and "replace" chosen: the file's notes come back.
      const row = item('Basfall');
      await fireEvent.click(within(row).getByTestId('snapshot-rename'));
      await fireEvent.input(within(row).getByLabelText('Anteckningar'), {
        target: { value: 'ändrad efter exporten' },
      });
      await fireEvent.click(screen.getByTestId('edit-save'));
      await waitFor(() => expect(item('Basfall')).toHaveTextContent('ändrad efter exporten'));
      await importIt(text);
      expect(await screen.findByTestId('import-duplicates')).toHaveTextContent(
        'Filen innehåller 2 versioner som redan finns här: "Basfall", "Ny i filen".',
      );
      await fireEvent.click(screen.getByTestId('import-replace'));
      await waitFor(() => expect(item('Basfall')).toHaveTextContent('före exporten'));
      expect(screen.getByTestId('snapshot-message')).toHaveTextContent(
        '2 sparade versioner ersattes med filens.',
      );
      expect(await db.snapshots.count()).toBe(2);

      // Cancel leaves everything as it was.
      await importIt(text);
      await fireEvent.click(await screen.findByTestId('import-cancel'));
      expect(screen.queryByTestId('import-duplicates')).toBeNull();
      expect(await db.snapshots.count()).toBe(2);
    },
  );

  it('draws a long list in pages', async () => {
    const { scenario, figures } = scenarioAndFigures();
    await db.snapshots.bulkAdd(
      Array.from({ length: PAGE_SIZE + 5 }, (_, i) => ({
        name: `Version ${i + 1}`,
        notes: '',
        createdAt: i,
        updatedAt: i,
        deletedAt: 0,
        scenario,
        figures,
      })),
    );
    await openTab();
    await waitFor(() => expect(items()).toHaveLength(PAGE_SIZE));
    expect(screen.getByText(/\(65 versioner\)/)).toBeInTheDocument();
    await fireEvent.click(screen.getByTestId('snapshot-more'));
    expect(items()).toHaveLength(PAGE_SIZE + 5);
    expect(screen.queryByTestId('snapshot-more')).toBeNull();
  });

  it('shows a storage problem and disables saving when the browser stores nothing', async () => {
    await openTab();
    storageStatus.report({ kind: 'unavailable', sv: 'Ingen lagring här.', en: 'No storage here.' });
    await waitFor(() =>
      expect(screen.getByTestId('storage-problem')).toHaveTextContent('Ingen lagring här.'),
    );
    expect(screen.getByTestId('snapshot-save')).toBeDisabled();
    expect(screen.getByText(/Versioner kan inte sparas/)).toBeInTheDocument();
  });
});
