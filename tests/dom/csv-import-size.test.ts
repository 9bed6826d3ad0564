/**
 * The CSV import's size limit in jsdom: a file over 50 MB (50 × 1024 × 1024 bytes) is
 * refused before it is read, with its size and the limit in the message; a file of exactly
 * the limit is read. The files are small; only their reported size is large, so the test
 * allocates nothing near 50 MB.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AppStateHost from '../../src/ui/import/app-state-host.svelte';
import CsvImport from '../../src/ui/import/csv-import.svelte';
import { i18n } from '../../src/lib/i18n/index.svelte';

afterEach(() => i18n.set('sv'));

const LIMIT = 50 * 1024 * 1024;

/** A small CSV file that says it has `size` bytes, and a spy on whether it was read. */
function fileOfSize(size: number) {
  const file = new File(['antal;kön;före;efter\n2;kvinna;ingen;arbete\n'], 'stor.csv', {
    type: 'text/csv',
  });
  Object.defineProperty(file, 'size', { value: size });
  const read = vi.spyOn(file, 'arrayBuffer');
  return { file, read };
}

async function choose(file: File) {
  render(AppStateHost, { props: { component: CsvImport } });
  await fireEvent.change(screen.getByTestId('csv-file'), { target: { files: [file] } });
}

describe('the CSV import size limit', () => {
  it('refuses a file one byte over 50 MB without reading it', async () => {
    const { file, read } = fileOfSize(LIMIT + 1);
    await choose(file);
    const error = await screen.findByTestId('csv-file-error');
    // 52 428 801 bytes = 50,0 MB (one decimal), over the limit of 50 MB.
    expect(error).toHaveTextContent('Filen är för stor (50,0 MB); högst 50 MB.');
    expect(read).not.toHaveBeenCalled();
    expect(screen.queryByTestId('csv-mapping')).toBeNull();
  });

  it('says so in English, with the size of a 75 MB file', async () => {
    i18n.set('en');
    const { file } = fileOfSize(75 * 1024 * 1024);
    await choose(file);
    expect(await screen.findByTestId('csv-file-error')).toHaveTextContent(/75\.0 MB.*50 MB/);
  });

  it('reads a file of exactly 50 MB', async () => {
    const { file, read } = fileOfSize(LIMIT);
    await choose(file);
    expect(await screen.findByTestId('csv-mapping')).toBeInTheDocument();
    expect(read).toHaveBeenCalled();
    expect(screen.queryByTestId('csv-file-error')).toBeNull();
  });
});
