/**
 * The CSV import in jsdom: choosing a file guesses the mapping, the preview
 * shows the first rows as groups or with their problems, every row is
 * checked with row and column named, a changed mapping is re-checked, and
 * only valid rows are imported — into a new cohort or an existing one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import AppStateHost from '../../src/ui/import/app-state-host.svelte';
import CsvImport from '../../src/ui/import/csv-import.svelte';
import type { AppState } from '../../src/lib/state/app.svelte';
import { i18n } from '../../src/lib/i18n/index.svelte';

afterEach(() => i18n.set('sv'));

// jsdom gives import.meta.url an http: address; the project root is the working directory.
const sample = (name: string) => readFileSync(resolve('public/examples', name));

function setup() {
  let state: AppState | undefined;
  render(AppStateHost, {
    props: { component: CsvImport, onstate: (s: AppState) => (state = s) },
  });
  return () => state!;
}

async function choose(bytes: Buffer | string, name = 'deltagare.csv') {
  const file = new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, {
    type: 'text/csv',
  });
  await fireEvent.change(screen.getByTestId('csv-file'), { target: { files: [file] } });
  await screen.findByTestId('csv-mapping');
}

const summary = () => screen.getByTestId('csv-check-summary');

describe('CSV import', () => {
  it('maps, previews and lists the rows with problems, then imports the valid rows as a new cohort', async () => {
    const state = setup();
    await choose(sample('deltagare-med-fel.csv'), 'deltagare-med-fel.csv');

    // The mapping was guessed from the header.
    expect(screen.getByLabelText(/^Före/)).toHaveValue('2');
    expect(screen.getByLabelText(/^Efter/)).toHaveValue('3');
    expect(screen.getByLabelText('Antal')).toHaveValue('0');
    expect(screen.getByLabelText('Uppföljning efter 6 månader')).toHaveValue('');

    const preview = screen.getByTestId('csv-preview');
    const rows = within(preview).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    expect(within(rows[0]).getByText('OK')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Arbete 75 %')).toBeInTheDocument();
    expect(rows[2]).toHaveTextContent("Kolumn efter: okänd försörjning 'lönebidrg'");

    await waitFor(() =>
      expect(summary()).toHaveTextContent(
        '7 datarader: 2 giltiga med 3 deltagare, 5 med fel. Blir 2 grupper.',
      ),
    );
    expect(summary()).toHaveTextContent('1 rad saknar kön och räknas som annat/okänt.');
    const errors = screen.getByTestId('csv-errors');
    expect(errors).toHaveTextContent("Rad 4, kolumn efter: okänd försörjning 'lönebidrg'");
    expect(errors).toHaveTextContent('Rad 3, kolumn efter: omfattningarna summerar till 120 %');
    expect(errors).toHaveTextContent("Rad 5, kolumn antal: antalet 'tre' är inte ett heltal");
    expect(errors).toHaveTextContent('Rad 7, kolumn före: tom cell');

    // The cohort is named after the file; the import takes the valid rows only.
    expect(screen.getByTestId('target-name')).toHaveValue('deltagare med fel');
    await fireEvent.input(screen.getByTestId('target-name'), { target: { value: 'Vår 2025' } });
    const button = screen.getByTestId('csv-import-button');
    expect(button).toHaveTextContent('Importera 2 giltiga rader');
    expect(screen.getByText('5 rader med fel hoppas över.')).toBeInTheDocument();
    await fireEvent.click(button);

    const draft = state().draft;
    expect(draft.cohorts).toHaveLength(2);
    expect(draft.cohorts[1]).toMatchObject({ name: 'Vår 2025', cost: { mode: 'standard' } });
    expect(draft.cohorts[1].groups.map((g) => [g.count, g.gender])).toEqual([
      [2, 'kvinna'],
      [1, 'annat'],
    ]);
    expect(state().validation.ok).toBe(true);
    expect(screen.getByTestId('csv-message')).toHaveTextContent(
      'Importerade 3 deltagare i 2 grupper till kohorten "Vår 2025".',
    );
    expect(screen.queryByTestId('csv-mapping')).not.toBeInTheDocument();
  });

  it('re-checks when the mapping changes and refuses a mapping without a required column', async () => {
    setup();
    await choose(sample('deltagare-exempel.csv'));
    await waitFor(() => expect(summary()).toHaveTextContent('20 giltiga med 63 deltagare'));

    await fireEvent.change(screen.getByLabelText(/^Efter/), { target: { value: '' } });
    expect(screen.getByTestId('csv-mapping-issues')).toHaveTextContent(
      'Välj vilken kolumn som är "efter".',
    );
    expect(screen.getByTestId('csv-import-button')).toBeDisabled();

    // "Before" read from the follow-up column: an empty cell in most rows.
    await fireEvent.change(screen.getByLabelText(/^Efter/), { target: { value: '3' } });
    await fireEvent.change(screen.getByLabelText(/^Före/), { target: { value: '5' } });
    await fireEvent.change(screen.getByLabelText('Uppföljning efter 6 månader'), {
      target: { value: '' },
    });
    await waitFor(() => expect(summary()).toHaveTextContent('5 giltiga'));
    expect(screen.getByTestId('csv-errors')).toHaveTextContent(
      'Rad 3, kolumn uppföljning6: tom cell',
    );
  });

  it('merges identical rows when asked and replaces the groups of an existing cohort', async () => {
    const state = setup();
    await choose(sample('deltagare-exempel.csv'));
    const merge = screen.getByTestId('csv-merge');
    expect(merge).not.toBeChecked();
    await waitFor(() => expect(summary()).toHaveTextContent('Blir 20 grupper.'));
    await fireEvent.click(merge);
    await waitFor(() => expect(summary()).toHaveTextContent('Blir 18 grupper.'));

    await fireEvent.click(screen.getByTestId('target-replace'));
    expect(screen.getByTestId('target-cohort')).toHaveDisplayValue('Deltagare 2017 (15)');
    await fireEvent.click(screen.getByTestId('csv-import-button'));
    const cohorts = state().draft.cohorts;
    expect(cohorts).toHaveLength(1);
    expect(cohorts[0].groups).toHaveLength(18);
    expect(cohorts[0].groups.reduce((a, g) => a + g.count, 0)).toBe(63);
    expect(cohorts[0].cost.mode).toBe('annualShare');
  });

  it('says so in English, refuses a file that is too large and can be cancelled', async () => {
    const state = setup();
    i18n.set('en');
    await choose('kön;före;efter\r\nK;ingen;lönebidrg\r\n');
    await waitFor(() =>
      expect(screen.getByTestId('csv-errors')).toHaveTextContent(
        "Row 2, column efter: unknown income source 'lönebidrg'",
      ),
    );
    expect(screen.getByTestId('csv-import-button')).toBeDisabled();
    await fireEvent.click(screen.getByTestId('csv-cancel'));
    expect(screen.queryByTestId('csv-mapping')).not.toBeInTheDocument();
    expect(state().draft.cohorts).toHaveLength(1);

    const big = new File(['x'], 'big.csv');
    Object.defineProperty(big, 'size', { value: 60 * 1024 * 1024 });
    await fireEvent.change(screen.getByTestId('csv-file'), { target: { files: [big] } });
    expect(screen.getByTestId('csv-file-error')).toHaveTextContent(
      'The file is too large (60.0 MB); at most 50 MB.',
    );
  });

  it('never renders imported text as HTML', async () => {
    setup();
    await choose('före;efter;etikett\r\ningen;arbete;<img src=x onerror=alert(1)><b>fet</b>\r\n');
    const preview = screen.getByTestId('csv-preview');
    expect(preview.querySelector('img, b')).toBeNull();
    expect(preview).toHaveTextContent('<img src=x onerror=alert(1)><b>fet</b>');
  });
});
