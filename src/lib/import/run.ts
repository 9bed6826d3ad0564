/**
 * The cancellable run over a whole file: the delimiter, the header and first
 * rows for the mapping step, then every record in chunks that end on a
 * record boundary (papaparse parses each), with yields to the event loop
 * between slices of work so a tab stays responsive, progress reports, and a
 * signal that cancels. Each record goes through the row pipeline (rows.ts).
 */
import Papa from 'papaparse';
import { stripBom } from './decode';
import { problem as problemOf } from './messages';
import { isBlank, RowCollector, type Conversion, type ConvertOptions, type RawRow } from './rows';

export const DELIMITERS = [';', ',', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter of the header line: the most frequent of `;`, `,` and tab
 * outside quotes (a header has no decimal commas). Ties and none: `;`.
 */
export function detectDelimiter(text: string): Delimiter {
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  let best: Delimiter = ';';
  for (const d of DELIMITERS) if (counts[d] > counts[best]) best = d;
  return best;
}

/** Old Mac line ends (CR only) become LF; CRLF stays (stripped per record). */
function normaliseNewlines(text: string): string {
  return text.indexOf('\n') < 0 && text.indexOf('\r') >= 0 ? text.replace(/\r/g, '\n') : text;
}

function countQuotes(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('"', from); i >= 0 && i < to; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * End of the first record boundary at or after `target`: a line feed with an
 * even number of quotes since `from` (so not inside a quoted cell).
 */
function boundary(text: string, from: number, target: number): number {
  if (target >= text.length) return text.length;
  let quotes = countQuotes(text, from, target);
  let pos = target;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0) return text.length;
    quotes += countQuotes(text, pos, nl);
    if (quotes % 2 === 0) return nl;
    pos = nl + 1;
  }
}

interface Chunk {
  records: string[][];
  /** Papaparse's problems, with the record index within the chunk. */
  errors: { index: number; message: string }[];
  /** Where the next chunk starts. */
  next: number;
}

function parseChunk(text: string, start: number, size: number, delimiter: Delimiter): Chunk {
  const end = boundary(text, start, start + size);
  let piece = text.slice(start, end);
  if (piece.endsWith('\r')) piece = piece.slice(0, -1);
  const parsed = Papa.parse<string[]>(piece, {
    delimiter,
    newline: piece.indexOf('\r\n') >= 0 ? '\r\n' : '\n',
    quoteChar: '"',
    skipEmptyLines: false,
  });
  return {
    records: parsed.data,
    errors: parsed.errors.map((e) => ({ index: e.row ?? 0, message: e.message })),
    next: end + 1,
  };
}

/** What the mapping step needs of a file: its header and first rows. */
export interface RecordsInspection {
  header: string[];
  /** The first data rows, for the preview. */
  sample: RawRow[];
  /** Data rows in the file (for CSV lines, roughly: a quoted cell may span lines). */
  estimatedRows: number;
}

export interface Inspection extends RecordsInspection {
  delimiter: Delimiter;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  if (text.length && !text.endsWith('\n')) n++;
  return n;
}

/**
 * Header and first rows of records already split into cells (an Excel
 * sheet's rows): the first record is the header, row `firstRow` as the
 * spreadsheet numbers it.
 */
export function inspectRecords(
  records: readonly (readonly string[])[],
  firstRow = 1,
  sampleRows = 10,
): RecordsInspection {
  const header = (records[0] ?? []).map((h) => h.trim().slice(0, 100));
  const sample: RawRow[] = [];
  for (let i = 1; i < records.length && sample.length < sampleRows; i++)
    if (!isBlank(records[i])) sample.push({ row: firstRow + i, cells: [...records[i]] });
  let rows = 0;
  for (let i = 1; i < records.length; i++) if (!isBlank(records[i])) rows++;
  return { header, sample, estimatedRows: rows };
}

/** Header, delimiter and the first rows: what the mapping step needs, read at once. */
export function inspect(
  rawText: string,
  delimiter: Delimiter = detectDelimiter(rawText),
  sampleRows = 10,
): Inspection {
  const text = normaliseNewlines(stripBom(rawText));
  const { records } = parseChunk(text, 0, 64 * 1024, delimiter);
  const header = (records[0] ?? []).map((h) => h.trim().slice(0, 100));
  const sample: RawRow[] = [];
  for (let i = 1; i < records.length && sample.length < sampleRows; i++)
    if (!isBlank(records[i])) sample.push({ row: i + 1, cells: records[i] });
  return { delimiter, header, sample, estimatedRows: Math.max(0, countLines(text) - 1) };
}

export interface Progress {
  rows: number;
  /** Share of the text read, 0–1. */
  fraction: number;
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  /** Characters per parsed chunk. */
  chunkChars?: number;
  /** Milliseconds of work between yields to the event loop. */
  sliceMs?: number;
}

export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** Let the browser paint and handle input (the cancel button) between slices of work. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Read every data row of `text` with `mapping`, in chunks: each chunk ends
 * on a record boundary and is parsed by papaparse; between slices of work
 * the event loop runs and `signal` is checked. Identical rows are merged
 * into one group (counts summed) when `merge` is set.
 */
export async function convertCsv(
  rawText: string,
  opts: ConvertOptions & { delimiter: Delimiter },
  run: RunOptions = {},
): Promise<Conversion> {
  const { signal, onProgress, chunkChars = 256 * 1024, sliceMs = 12 } = run;
  const text = normaliseNewlines(stripBom(rawText));
  const rows = new RowCollector(opts);

  let record = 0;
  let pos = 0;
  let sliceStart = now();
  while (pos < text.length) {
    if (signal?.aborted) throw new ImportCancelled();
    const chunk = parseChunk(text, pos, chunkChars, opts.delimiter);
    const base = record;
    const broken = new Map<number, string>();
    for (const e of chunk.errors) broken.set(e.index, e.message);
    for (let i = 0; i < chunk.records.length; i++) {
      record++;
      const problem = broken.get(i);
      rows.record(
        chunk.records[i],
        base + i + 1,
        problem === undefined ? undefined : problemOf('unreadableRow', { problem }),
      );
    }
    pos = chunk.next;
    if (now() - sliceStart >= sliceMs) {
      onProgress?.({ rows: rows.out.rows, fraction: Math.min(1, pos / text.length) });
      await yieldToEventLoop();
      sliceStart = now();
    }
  }
  if (signal?.aborted) throw new ImportCancelled();
  onProgress?.({ rows: rows.out.rows, fraction: 1 });
  return rows.out;
}

/**
 * The same for records already split into cells (an Excel sheet's rows, see
 * xlsx.ts): the first record is the header, at row `firstRow` as the
 * spreadsheet numbers it, so a message names the row the user sees.
 */
export async function convertRecords(
  records: readonly (readonly string[])[],
  opts: ConvertOptions & { firstRow?: number },
  run: RunOptions = {},
): Promise<Conversion> {
  const { signal, onProgress, sliceMs = 12 } = run;
  const firstRow = opts.firstRow ?? 1;
  const rows = new RowCollector(opts);
  let sliceStart = now();
  for (let i = 0; i < records.length; i++) {
    if (signal?.aborted) throw new ImportCancelled();
    rows.record(records[i], firstRow + i);
    if (now() - sliceStart >= sliceMs) {
      onProgress?.({ rows: rows.out.rows, fraction: (i + 1) / records.length });
      await yieldToEventLoop();
      sliceStart = now();
    }
  }
  if (signal?.aborted) throw new ImportCancelled();
  onProgress?.({ rows: rows.out.rows, fraction: 1 });
  return rows.out;
}
