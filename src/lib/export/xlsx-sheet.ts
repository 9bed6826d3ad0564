/**
 * One worksheet of report rows (report-tables.ts) as an Excel workbook, the
 * writer behind both the results' and the portfolio's .xlsx export: amounts,
 * counts and months stored as whole numbers (shown with thousands separators
 * in the reader's own Excel), decimals with their digits, shares as
 * percentages, table titles and column headers in bold. Written with
 * ExcelJS, loaded only when someone exports.
 */
import { loadExcelJs } from '../xlsx/excel-library';
import type { ReportCell, ReportRow } from './report-tables';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How the sheet is laid out: its name and its columns' widths (in characters). */
export interface SheetLayout {
  sheet: string;
  /** The first column: the labels. */
  firstWidth: number;
  /** Every other column. */
  width: number;
}

/** Whole kronor (months, counts) as Excel shows them; −0 is 0. */
const whole = (x: number) => {
  const r = Math.round(x);
  return Object.is(r, -0) ? 0 : r;
};

function cellValue(c: ReportCell): string | number | null {
  if (c === null || typeof c === 'string') return c;
  if (typeof c === 'number') return Number.isFinite(c) ? whole(c) : null;
  if ('decimal' in c) return c.decimal;
  return Number.isFinite(c.share) ? Math.round(c.share * 1000) / 1000 : null;
}

function numberFormat(c: ReportCell): string | null {
  if (typeof c === 'number') return '#,##0';
  if (c === null || typeof c === 'string') return null;
  return 'decimal' in c ? `0.${'0'.repeat(c.digits)}` : '0.0%';
}

/** The rows as the bytes of an .xlsx file with one sheet. */
export async function xlsxSheet(
  rows: readonly ReportRow[],
  layout: SheetLayout,
): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nyttokalkyl';
  const ws = wb.addWorksheet(layout.sheet);
  let widest = 1;
  for (const row of rows) {
    const r = ws.addRow(row.cells.map(cellValue));
    widest = Math.max(widest, row.cells.length);
    if (row.kind === 'title') r.font = { bold: true, size: 12 };
    if (row.kind === 'header') {
      r.font = { bold: true };
      r.alignment = { wrapText: true, vertical: 'bottom' };
    }
    row.cells.forEach((c, i) => {
      const format = numberFormat(c);
      if (format) r.getCell(i + 1).numFmt = format;
    });
  }
  ws.getColumn(1).width = layout.firstWidth;
  for (let c = 2; c <= widest; c++) ws.getColumn(c).width = layout.width;
  return await wb.xlsx.writeBuffer();
}
