/**
 * The share button in the app (jsdom, real engine behind a MessageChannel):
 * without a clipboard the link is shown in a read-only field, with one it is
 * copied; the link opens the same scenario; a long link is warned about; the
 * privacy note is there in both languages; a link in the address loads its
 * scenario, and a broken one shows an alert.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import '../support/app-modules';
import { EngineClient } from '../../src/lib/engine-client';
import { i18n } from '../../src/lib/i18n/index.svelte';
import { fragmentFor, LONG_LINK_CHARS, scenarioFromFragment } from '../../src/lib/share';
import { exampleScenario, NO_WHAT_IF, type Scenario } from '../../src/engine';
import { channelWorker } from '../support/channel-worker';

function renderApp() {
  return render(App, { props: { client: new EngineClient(() => channelWorker()) } });
}

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

beforeEach(() => {
  Object.defineProperty(window, 'isSecureContext', { configurable: true, value: true });
});

afterEach(() => {
  i18n.set('sv');
  setClipboard(undefined);
  history.replaceState(null, '', '/');
});

/** A valid scenario whose link is long: many groups with labels that do not compress. */
function longScenario(): Scenario {
  const s = exampleScenario();
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const label = () =>
    Array.from({ length: 200 }, () =>
      String.fromCharCode(0x4e00 + Math.floor(rand() * 20000)),
    ).join('');
  const base = s.cohorts[0].groups[0];
  const extra = Array.from({ length: 20 }, (_, i) => ({ ...base, id: `x${i}`, label: label() }));
  return { ...s, cohorts: [{ ...s.cohorts[0], groups: [...s.cohorts[0].groups, ...extra] }] };
}

// The whole app with the real engine in jsdom: seconds per test on a busy machine.
describe('share button', { timeout: 20_000 }, () => {
  it('shows the link in a read-only field when there is no clipboard, and the link opens the scenario', async () => {
    setClipboard(undefined);
    renderApp();
    await screen.findByTestId('payback-value');
    const button = screen.getByTestId('share-button');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const field = await screen.findByTestId<HTMLInputElement>('share-url');
    expect(field.readOnly).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(screen.getByTestId('share-status')).toHaveTextContent('Kopiera länken nedan');
    expect(screen.getByTestId('share-privacy')).toHaveTextContent(
      'Kalkylen finns i själva länken: alla som får länken kan se alla uppgifter i den.',
    );
    expect(screen.queryByTestId('share-long')).toBeNull();

    const url = new URL(field.value);
    expect(url.origin + url.pathname).toBe(location.origin + location.pathname);
    const opened = scenarioFromFragment(url.hash);
    expect(opened?.ok && opened.scenario.title).toBe(exampleScenario().title);
    expect(opened?.ok && opened.scenario.whatIf).toEqual(NO_WHAT_IF);
  });

  it('copies the link when the clipboard is available', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    setClipboard(writeText);
    renderApp();
    await screen.findByTestId('payback-value');
    await fireEvent.input(screen.getByTestId('slider-sub'), { target: { value: '0.5' } });
    await fireEvent.click(screen.getByTestId('share-button'));
    await waitFor(() =>
      expect(screen.getByTestId('share-status')).toHaveTextContent('Länken är kopierad'),
    );
    const link = screen.getByTestId<HTMLInputElement>('share-url').value;
    expect(writeText).toHaveBeenCalledWith(link);
    const opened = scenarioFromFragment(new URL(link).hash);
    expect(opened?.ok && opened.scenario.whatIf.subsidisedToUnsubsidisedShare).toBe(0.5);
  });

  it('says so when copying fails, and offers the field instead', async () => {
    setClipboard(() => Promise.reject(new Error('denied')));
    renderApp();
    await screen.findByTestId('payback-value');
    await fireEvent.click(screen.getByTestId('share-button'));
    await waitFor(() =>
      expect(screen.getByTestId('share-status')).toHaveTextContent(
        'Länken kunde inte kopieras automatiskt',
      ),
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('share-url')));
  });

  it('warns about a long link and suggests a file instead, in both languages', async () => {
    const s = longScenario();
    expect(fragmentFor(s).length).toBeGreaterThan(LONG_LINK_CHARS);
    history.replaceState(null, '', `/${fragmentFor(s)}`);
    renderApp();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: s.title })));
    await screen.findByTestId('payback-value');
    await fireEvent.click(screen.getByTestId('share-button'));
    const warning = await screen.findByTestId('share-long');
    expect(warning).toHaveTextContent(/Länken är mycket lång \([\d\s ]+ tecken\)/);
    expect(warning).toHaveTextContent('Spara hellre kalkylen som fil');
    await fireEvent.click(screen.getByTestId('lang-toggle'));
    expect(warning).toHaveTextContent('Save the calculation as a file and send the file instead.');
    expect(screen.getByTestId('share-privacy')).toHaveTextContent(
      'anyone who gets the link can see all its data',
    );
  });

  it('Escape and the close button close the panel and return to the button', async () => {
    renderApp();
    await screen.findByTestId('payback-value');
    const button = screen.getByTestId('share-button');
    await fireEvent.click(button);
    await fireEvent.keyDown(await screen.findByTestId('share-url'), { key: 'Escape' });
    expect(screen.queryByTestId('share-panel')).toBeNull();
    expect(document.activeElement).toBe(button);
    await fireEvent.click(button);
    await fireEvent.click(await screen.findByTestId('share-close'));
    expect(screen.queryByTestId('share-panel')).toBeNull();
  });
});

describe('opening a link', { timeout: 20_000 }, () => {
  it('loads the scenario and what-if settings in the address', async () => {
    const s = { ...exampleScenario(), title: 'Delad kalkyl' };
    history.replaceState(
      null,
      '',
      `/${fragmentFor(s, { ...NO_WHAT_IF, subsidisedToUnsubsidisedShare: 1 })}`,
    );
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'Delad kalkyl' })).toBeVisible();
    expect(screen.getByTestId<HTMLInputElement>('slider-sub').value).toBe('1');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows why a broken link was not loaded, and loads the example', async () => {
    history.replaceState(null, '', '/#s=N4IgdghgtgpiBcIDCB7ANgFwgZwzAJgDQgCuA');
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Länken är trasig eller ofullständig');
    expect(
      screen.getByRole('heading', { level: 2, name: exampleScenario().title }),
    ).toBeInTheDocument();
    await screen.findByTestId('payback-value');
  });
});
