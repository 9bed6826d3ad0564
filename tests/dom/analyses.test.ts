/**
 * The Analyser tab with the real engine behind a MessageChannel: break-even
 * for 57 mkr, depreciation keeps the totals, the mean payback row, the
 * bridge from base to what-if, and the print report's analyses: only those
 * chosen for the report, ready even when the tab was never opened.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import '../support/app-modules';
import { EngineClient } from '../../src/lib/engine-client';
import { AppState } from '../../src/lib/state/app.svelte';
import { channelWorker } from '../support/channel-worker';

async function openAnalyses() {
  render(App, { props: { client: new EngineClient(() => channelWorker()) } });
  await screen.findByTestId('payback-value');
  await fireEvent.click(screen.getByRole('tab', { name: 'Analyser' }));
  return screen.findByTestId('analyses-view');
}

describe('Analyser', () => {
  it('shows break-even, depreciation totals and the mean payback row', async () => {
    await openAnalyses();
    const mean = await screen.findByTestId('an-mean-samhalle');
    expect(mean.textContent).toMatch(/^(\d+|neg\.)$/);
    expect(within(screen.getByTestId('an-payback-table')).getByText('Medelvärde')).toBeTruthy();

    await fireEvent.input(screen.getByLabelText('Kostnad för samhället (kr)'), {
      target: { value: '57000000' },
    });
    await waitFor(() => {
      const n = Number(screen.getByTestId('be-persons-samhalle').textContent?.replace(/\D/g, ''));
      expect(n).toBeGreaterThanOrEqual(112);
      expect(n).toBeLessThanOrEqual(120);
    });

    const total = await screen.findByTestId('dep-total');
    const before = total.textContent;
    await fireEvent.change(screen.getByLabelText('Avskrivningstid (år)'), {
      target: { value: '1' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('dep-table').querySelectorAll('tbody tr').length).toBeGreaterThan(
        0,
      ),
    );
    await waitFor(() => expect(screen.getByTestId('dep-total').textContent).toBe(before));
    expect(screen.getByTestId('bridge-none')).toBeInTheDocument();
  });

  it('bridges from base to what-if when a setting is active', async () => {
    render(App, { props: { client: new EngineClient(() => channelWorker()) } });
    await screen.findByTestId('payback-value');
    await fireEvent.input(screen.getByTestId('slider-sub'), { target: { value: '1' } });
    await fireEvent.click(screen.getByRole('tab', { name: 'Analyser' }));
    const table = await screen.findByTestId('bridge-table', {}, { timeout: 5000 });
    expect(within(table).getByText('Bas')).toBeInTheDocument();
    expect(
      within(table).getByText('Subventionerat till osubventionerat arbete'),
    ).toBeInTheDocument();
  });

  it('shows studies → work year by year: revenue steps up after the delay', async () => {
    render(App, { props: { client: new EngineClient(() => channelWorker()) } });
    await screen.findByTestId('payback-value');
    await fireEvent.input(screen.getByTestId('slider-studies'), { target: { value: '1' } });
    await fireEvent.input(screen.getByLabelText('Efter antal år'), { target: { value: '2' } });
    await fireEvent.click(screen.getByRole('tab', { name: 'Analyser' }));
    const section = await screen.findByTestId('year-by-year');
    const amount = (row: number) => {
      const rows = within(section).getAllByRole('row');
      const text = rows[row].querySelectorAll('td')[0].textContent ?? '';
      return Number(text.replace('\u2212', '-').replace(/[^\d-]/g, ''));
    };
    await waitFor(() => expect(within(section).getByText(/efter 2 år/)).toBeTruthy());
    // Rows: header, year 1, year 2, year 3 …
    expect(amount(2)).toBe(amount(1));
    expect(amount(3)).toBeGreaterThan(amount(2));
  });

  it('prints the chosen analyses without the tab ever being opened, and no other', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const state = new AppState();
    render(App, { props: { client: new EngineClient(() => channelWorker()), state } });
    await screen.findByTestId('payback-value');
    // Nothing chosen (the example sets no analysis up for the report): no analyses part.
    await fireEvent.click(screen.getByTestId('print-button'));
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid="print-report"]')).not.toBeNull(),
    );
    expect(document.querySelector('[data-testid="print-analyses"]')).toBeNull();
    window.dispatchEvent(new Event('afterprint'));
    // Three chosen, as a saved scenario would bring them.
    state.draft.analyses.inReport = {
      ...state.draft.analyses.inReport,
      breakEven: true,
      depreciation: true,
      targets: true,
    };
    // The print button keeps the analyses computed in the background.
    await vi.waitFor(
      () => {
        expect(screen.queryByTestId('analyses-view')).toBeNull();
        // Synchronous on purpose: waitFor retries this callback, and the click renders at once.
        void fireEvent.click(screen.getByTestId('print-button'));
        const part = document.querySelector<HTMLElement>('[data-testid="print-analyses"]');
        expect(part).not.toBeNull();
        expect(within(part!).getByTestId('be-table')).toBeInTheDocument();
        expect(within(part!).getByTestId('dep-table')).toBeInTheDocument();
        expect(within(part!).getByTestId('targets-table')).toBeInTheDocument();
      },
      { timeout: 5000 },
    );
    const part = document.querySelector<HTMLElement>('[data-testid="print-analyses"]')!;
    // Settings as sentences instead of fields; nothing that was not chosen.
    expect(part.querySelectorAll('input, select')).toHaveLength(0);
    expect(part).toHaveTextContent('Kostnad för samhället 2 448 000 kr');
    for (const id of ['an-full-allocation', 'an-benchmarks', 'an-bridge', 'an-cohorts'])
      expect(within(part).queryByTestId(id)).toBeNull();
    expect(print).toHaveBeenCalled();
    window.dispatchEvent(new Event('afterprint'));
    print.mockRestore();
  });
});
