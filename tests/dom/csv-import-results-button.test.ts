/**
 * The results CSV button: disabled until there is a result, then downloads
 * the report tables as a CSV file named after the scenario, in the
 * interface's language.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AppStateHost from '../../src/ui/import/app-state-host.svelte';
import ResultsCsvButton from '../../src/ui/import/results-csv-button.svelte';
import type { AppState } from '../../src/lib/state/app.svelte';
import { i18n } from '../../src/lib/i18n/index.svelte';
import { evaluateScenario, exampleScenario } from '../../src/engine';

afterEach(() => {
  i18n.set('sv');
  vi.restoreAllMocks();
});

async function clickAndCapture() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  await fireEvent.click(screen.getByTestId('results-csv'));
  // The CSV writer is loaded on the first click.
  await vi.waitFor(() => expect(names).toHaveLength(1));
  return { blobs, names };
}

describe('results CSV button', () => {
  it('is disabled without a result and downloads the tables with one', async () => {
    let state: AppState | undefined;
    render(AppStateHost, {
      props: { component: ResultsCsvButton, onstate: (s: AppState) => (state = s) },
    });
    const button = screen.getByTestId('results-csv');
    expect(button).toHaveTextContent('Exportera tabeller (CSV)');
    expect(button).toBeDisabled();

    state!.result = evaluateScenario(exampleScenario());
    await Promise.resolve();
    expect(button).toBeEnabled();
    const sv = await clickAndCapture();
    expect(sv.names).toEqual([
      'nyttokalkyl-tabeller-exempel-fiktivt-unga-vuxna-med-psykisk-ohalsa.csv',
    ]);
    // Blob.text() drops the BOM as it decodes; the bytes keep it.
    expect([...new Uint8Array(await sv.blobs[0].arrayBuffer()).slice(0, 3)]).toEqual([
      0xef, 0xbb, 0xbf,
    ]);
    const text = await sv.blobs[0].text();
    expect(text).toContain('Tabell 1. Samhällsekonomisk potential (per år)');
    expect(text).toContain('Samhället;');

    i18n.set('en');
    await Promise.resolve();
    expect(button).toHaveTextContent('Export tables (CSV)');
    const en = await clickAndCapture();
    expect(en.names[0]).toMatch(/^nyttokalkyl-tables-/);
    expect(await en.blobs[0].text()).toContain('Society,');
  });
});
