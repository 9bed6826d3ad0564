/**
 * Participant lists from Excel (.xlsx): each sheet's rows become rows of
 * text cells exactly as the CSV reader gives them, so the same mapping,
 * preview, per-row checks and messages apply (csv.ts `inspectRecords`,
 * `convertRecords`). A cell becomes the text a person would type in CSV: a
 * number as written with a point ("2.5"), a number formatted as a
 * percentage as that percentage ("80 %" for a stored 0.8), a formula as its
 * last computed value, rich text and links as their text. Rows keep the
 * numbers Excel shows, so a message names the row the user sees.
 */
import { LIMITS } from '../limits';
import { loadExcelJs, type ExcelJS } from '../xlsx/excel-library';

/** Largest Excel file accepted (bytes): the whole workbook is unpacked in memory. */
export const MAX_XLSX_BYTES = LIMITS.xlsxFileBytes;
/** Longest cell text kept; longer cells are cut (the row pipeline refuses over 1 000 anyway). */
const MAX_CELL = LIMITS.xlsxCellChars;

export interface SheetRecords {
  name: string;
  /** From the first non-empty row (the header) to the last row with content. */
  records: string[][];
  /** The spreadsheet's number of the header row. */
  firstRow: number;
}

/** Is this file an Excel workbook (.xlsx: a zip archive) rather than text? */
export function looksLikeXlsx(name: string, bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return zip || /\.xlsx$/i.test(name);
}

/** The old binary Excel format (.xls), which is not read: save it as .xlsx or CSV. */
export function looksLikeXls(name: string, bytes: Uint8Array): boolean {
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return ole || /\.xls$/i.test(name);
}

/** A number as the row pipeline reads it: plain digits, a point for decimals, no float noise. */
function numberText(x: number): string {
  if (!Number.isFinite(x)) return '';
  return String(Number(x.toPrecision(12)));
}

/** A cell's value as text (see the module comment). */
export function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.slice(0, MAX_CELL);
  if (typeof value === 'number')
    return numFmt && numFmt.includes('%') ? `${numberText(value * 100)} %` : numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .slice(0, MAX_CELL);
  if ('hyperlink' in value) return cellText(value.text, numFmt);
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null, numFmt);
  return '';
}

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** One sheet's rows as text cells, from its first non-empty row. */
export function sheetRecords(ws: ExcelJS.Worksheet): SheetRecords {
  const rows: string[][] = [];
  const last = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  for (let n = 1; n <= last; n++) {
    const row = ws.getRow(n);
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      for (let c = cells.length; c < col - 1; c++) cells[c] = '';
      cells[col - 1] = cellText(cell.value, cell.numFmt);
    });
    rows.push(cells);
  }
  let start = rows.findIndex((r) => !blank(r));
  if (start < 0) start = rows.length;
  let end = rows.length;
  while (end > start && blank(rows[end - 1])) end--;
  return { name: ws.name, records: rows.slice(start, end), firstRow: start + 1 };
}

/** Every worksheet of an .xlsx file (hidden ones included, in their order), as text records. */
export async function readXlsx(bytes: ArrayBuffer | Uint8Array): Promise<SheetRecords[]> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  const buffer =
    bytes instanceof Uint8Array
      ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
      : bytes;
  await wb.xlsx.load(buffer as ArrayBuffer);
  return wb.worksheets.map(sheetRecords);
}

/** The sheet to start with: the first one with a header and data. */
export function firstSheetWithData(sheets: readonly SheetRecords[]): number {
  const i = sheets.findIndex((s) => s.records.length > 1);
  if (i >= 0) return i;
  const j = sheets.findIndex((s) => s.records.length > 0);
  return j >= 0 ? j : 0;
}
