/**
 * The participant-file door: a file the user gives the import, CSV text or an
 * Excel workbook, taken through the common door (door.ts) — size, decoding
 * (bytes → text, or the workbook recognised), parsing (header and first rows,
 * or the workbook's sheets) and the check that there is a header at all. A
 * problem is a code with its values; the import view words it
 * (importer:file.*). The Excel reader is loaded only for a workbook.
 */
import { passDoorAsync, pass, stop, type Door, type Outcome } from '../door';
import { LIMITS } from '../limits';
import { decodeBytes, type Encoding } from './decode';
import { inspect, inspectRecords, type Inspection, type RecordsInspection } from './run';
import type { SheetRecords } from './xlsx';

export type FileProblem =
  | { code: 'tooLarge' | 'xlsxTooLarge'; bytes: number; max: number }
  | { code: 'xls' | 'xlsxEmpty' | 'empty' }
  | { code: 'unreadable' | 'xlsxUnreadable'; message: string };

/** What a participant file holds, ready for the mapping step. */
export type ParticipantFile =
  | { kind: 'csv'; text: string; encoding: Encoding; inspection: Inspection }
  | { kind: 'xlsx'; sheets: SheetRecords[]; sheetIndex: number; inspection: RecordsInspection };

type Decoded =
  { kind: 'csv'; text: string; encoding: Encoding } | { kind: 'xlsx'; bytes: Uint8Array };
type Parsed =
  | { kind: 'csv'; text: string; encoding: Encoding; inspection: Inspection }
  | { kind: 'xlsx'; sheets: SheetRecords[] };

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The door; `onRead` is told when the file passed its size check and is being read. */
const door = (onRead?: () => void): Door<File, Decoded, Parsed, ParticipantFile, FileProblem> => ({
  size: (file) => file.size,
  limit: LIMITS.csvFileBytes,
  tooLarge: (bytes, max) => ({ code: 'tooLarge', bytes, max }),

  async decode(file) {
    onRead?.();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { looksLikeXls, looksLikeXlsx, MAX_XLSX_BYTES } = await import('./xlsx');
    if (looksLikeXls(file.name, bytes)) return stop({ code: 'xls' });
    if (looksLikeXlsx(file.name, bytes)) {
      // A workbook is unpacked whole in memory: it has a lower limit than text.
      if (file.size > MAX_XLSX_BYTES)
        return stop({ code: 'xlsxTooLarge', bytes: file.size, max: MAX_XLSX_BYTES });
      return pass({ kind: 'xlsx', bytes });
    }
    return pass({ kind: 'csv', ...decodeBytes(bytes) });
  },

  async parse(decoded) {
    if (decoded.kind === 'csv') return pass({ ...decoded, inspection: inspect(decoded.text) });
    const { readXlsx } = await import('./xlsx');
    try {
      return pass({ kind: 'xlsx', sheets: await readXlsx(decoded.bytes) });
    } catch (err) {
      return stop({ code: 'xlsxUnreadable', message: messageOf(err) });
    }
  },

  async validate(parsed) {
    if (parsed.kind === 'csv')
      return parsed.inspection.header.some((h) => h !== '')
        ? pass(parsed)
        : stop({ code: 'empty' });
    const { firstSheetWithData } = await import('./xlsx');
    const at = firstSheetWithData(parsed.sheets);
    const sheet = parsed.sheets[at];
    if (!sheet || !sheet.records.length) return stop({ code: 'xlsxEmpty' });
    return pass({
      kind: 'xlsx',
      sheets: parsed.sheets,
      sheetIndex: at,
      inspection: inspectRecords(sheet.records, sheet.firstRow),
    });
  },
});

/** Read a participant file; a file that cannot be read at all is a problem too, never a throw. */
export async function openParticipantFile(
  file: File,
  onRead?: () => void,
): Promise<Outcome<ParticipantFile, FileProblem>> {
  try {
    return await passDoorAsync(door(onRead), file);
  } catch (err) {
    return stop({ code: 'unreadable', message: messageOf(err) });
  }
}
