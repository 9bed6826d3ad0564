/**
 * The app in jsdom with the real engine behind a MessageChannel: the example
 * is evaluated on load, the key figures show, the language toggle switches
 * every text, and a what-if slider changes the payback.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import '../support/app-modules';
import { EngineClient } from '../../src/lib/engine-client';
import { i18n } from '../../src/lib/i18n/index.svelte';
import { channelWorker } from '../support/channel-worker';
import { EXAMPLE_PAYBACK_TEXT, examplePaybackMonths } from '../support/example-figures';

afterEach(() => i18n.set('sv'));

function renderApp() {
  return render(App, { props: { client: new EngineClient(() => channelWorker()) } });
}

describe('App', () => {
  it('evaluates the example on load and shows the key figures in Swedish', async () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Nyttokalkyl' })).toBeInTheDocument();
    const payback = await screen.findByTestId('payback-value');
    expect(payback).toHaveTextContent(EXAMPLE_PAYBACK_TEXT);
    expect(screen.getByTestId('status')).toHaveTextContent('Resultatet är aktuellt');
    // The tables load beside the key figures (their own chunk): wait for them.
    const table = await screen.findByTestId('actor-table', {}, { timeout: 5000 });
    expect(within(table).getByText('Arbetsförmedlingen')).toBeInTheDocument();
    expect(within(table).getByTestId('payback-af')).toHaveTextContent('neg.');
  });

  it('switches every text to English and back', async () => {
    renderApp();
    await screen.findByTestId('payback-value');
    await fireEvent.click(screen.getByTestId('lang-toggle'));
    expect(screen.getByRole('tab', { name: 'Results' })).toBeInTheDocument();
    expect(screen.getByTestId('payback-value')).toHaveTextContent(
      `${examplePaybackMonths()} months`,
    );
    expect(
      within(await screen.findByTestId('actor-table', {}, { timeout: 5000 })).getByText(
        'Public Employment Service',
      ),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await fireEvent.click(screen.getByTestId('lang-toggle'));
    expect(screen.getByRole('tab', { name: 'Resultat' })).toBeInTheDocument();
  });

  it('shortens the payback when subsidised work becomes unsubsidised', async () => {
    renderApp();
    const payback = await screen.findByTestId('payback-value');
    const before = examplePaybackMonths();
    const after = examplePaybackMonths({ subsidisedToUnsubsidisedShare: 1 });
    expect(after).toBeLessThan(before);
    await waitFor(() => expect(payback).toHaveTextContent(`${before} mån`));
    await fireEvent.input(screen.getByTestId('slider-sub'), { target: { value: '1' } });
    await waitFor(() => expect(payback).toHaveTextContent(`${after} mån`));
    expect(screen.getByTestId('effect-sub')).toHaveTextContent(`${before} → ${after} mån`);
    await fireEvent.click(screen.getByTestId('whatif-reset'));
    await waitFor(() => expect(payback).toHaveTextContent(`${before} mån`));
  });

  it('moves between tabs with the arrow keys', async () => {
    renderApp();
    await screen.findByTestId('payback-value');
    const results = screen.getByRole('tab', { name: 'Resultat' });
    results.focus();
    await fireEvent.keyDown(results, { key: 'ArrowRight' });
    const inputs = screen.getByRole('tab', { name: 'Indata' });
    expect(inputs).toHaveAttribute('aria-selected', 'true');
    expect(document.activeElement).toBe(inputs);
  });
});
