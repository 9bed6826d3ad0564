/**
 * The print button in jsdom: it renders the report into <body> beside the
 * app (not inside it), calls window.print() once, follows the language, and
 * the report goes away after printing or with the app. The browser's own
 * print command (beforeprint) renders it too. Layout is checked in Chromium
 * (tests/e2e/print.spec.ts).
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import '../support/app-modules';
import { evaluateScenario, exampleScenario } from '../../src/engine';
import { EngineClient } from '../../src/lib/engine-client';
import { i18n } from '../../src/lib/i18n/index.svelte';
import { channelWorker } from '../support/channel-worker';

afterEach(() => {
  i18n.set('sv');
  vi.restoreAllMocks();
});

async function renderApp() {
  const view = render(App, { props: { client: new EngineClient(() => channelWorker()) } });
  await screen.findByTestId('payback-value');
  return view;
}

const report = () => document.querySelector<HTMLElement>('[data-testid="print-report"]');

/** The app opens on the built-in example; its result names the rule set the report shows. */
const exampleSetId = evaluateScenario(exampleScenario()).parameterSetId;

// The whole app with the real engine in jsdom: seconds per test on a busy machine.
describe('print button', { timeout: 20_000 }, () => {
  it('renders the report beside the app and opens the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { container } = await renderApp();
    expect(report()).toBeNull();
    await fireEvent.click(screen.getByTestId('print-button'));
    // The report's code is fetched after the page starts; the button waits for it.
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const r = report();
    expect(r).not.toBeNull();
    expect(r?.parentElement).toBe(document.body);
    expect(container.contains(r)).toBe(false);
    expect(document.documentElement).toHaveClass('printing-report');

    const inReport = within(r as HTMLElement);
    expect(inReport.getByRole('heading', { level: 1 })).toHaveTextContent('Exempel (fiktivt)');
    expect(exampleSetId).toMatch(/^se-\d{4}$/);
    // The title page names the rules and the set the example's cohort was valued with.
    expect(inReport.getByTestId('print-rules')).toHaveTextContent(
      `${exampleSetId.slice(3)} års regler (${exampleSetId})`,
    );
    for (const id of [
      'print-key-figures',
      'potential-table',
      'actor-table',
      'print-income',
      'print-components',
      'print-gender-table',
    ])
      expect(inReport.getByTestId(id)).toBeInTheDocument();
    expect(inReport.getByTestId('print-payback').textContent).toBe(
      `${screen.getAllByTestId('payback-value')[0].textContent?.match(/\d+/)?.[0]} månader`,
    );
    expect(r).toHaveTextContent('Inga parametrar är ändrade från standardvärdena.');
    expect(r).toHaveTextContent('avrundade till närmaste 1 000 kr');

    window.dispatchEvent(new Event('afterprint'));
    expect(report()).toBeNull();
    expect(document.documentElement).not.toHaveClass('printing-report');
  });

  it('follows the language and the what-if settings', async () => {
    vi.spyOn(window, 'print').mockImplementation(() => {});
    await renderApp();
    await fireEvent.input(screen.getByTestId('slider-sub'), { target: { value: '0.5' } });
    await fireEvent.click(screen.getByTestId('print-button'));
    await vi.waitFor(() => expect(report()).not.toBeNull(), { timeout: 10_000 });
    const r = report() as HTMLElement;
    await vi.waitFor(() =>
      expect(within(r).getByTestId('print-what-if')).toHaveTextContent('50 %'),
    );
    await fireEvent.click(screen.getByTestId('lang-toggle'));
    expect(r).toHaveAttribute('lang', 'en');
    expect(r).toHaveTextContent('What-if assumptions');
    expect(within(r).getByTestId('print-rules')).toHaveTextContent(
      `the rules of ${exampleSetId.slice(3)} (${exampleSetId})`,
    );
    window.dispatchEvent(new Event('afterprint'));
  });

  it('renders for the browser’s own print command, and goes away with the app', async () => {
    const { unmount } = await renderApp();
    // The browser's own print command renders synchronously: the report's code, fetched once
    // the first figures are on screen, must be there first. Until it is, a print command finds
    // no report; poll until one does.
    await vi.waitFor(() => {
      window.dispatchEvent(new Event('beforeprint'));
      expect(report()).not.toBeNull();
    });
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.querySelectorAll('[data-testid="print-report"]')).toHaveLength(1);
    unmount();
    expect(report()).toBeNull();
    expect(document.documentElement).not.toHaveClass('printing-report');
  });
});
