/**
 * The report tables (report-tables.ts) as an Excel workbook: one sheet with
 * the same tables as the CSV export, amounts stored as numbers in whole
 * kronor (shown with thousands separators in the reader's own Excel), shares
 * as percentages, table titles and column headers in bold. Written with
 * ExcelJS, loaded only when someone exports.
 */
import { fileSlug } from '../download';
import type { EvaluationResult } from '../../engine';
import type { Lang } from '../format';
import { loadExcelJs } from '../xlsx/excel-library';
import {
  exportTexts,
  reportTables,
  type ReportCell,
  type ReportTablesInput,
} from './report-tables';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Whole kronor (months, counts) as Excel shows them; −0 is 0. */
const whole = (x: number) => {
  const r = Math.round(x);
  return Object.is(r, -0) ? 0 : r;
};

function cellValue(c: ReportCell): string | number | null {
  if (c === null) return null;
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return Number.isFinite(c) ? whole(c) : null;
  return Number.isFinite(c.share) ? Math.round(c.share * 1000) / 1000 : null;
}

/** The .xlsx file's bytes. */
export async function resultsXlsx(
  result: EvaluationResult | null,
  opts: Omit<ReportTablesInput, 'result'> & { lang?: Lang } = {},
): Promise<ArrayBuffer> {
  const { lang = 'sv', ...extra } = opts;
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nyttokalkyl';
  const ws = wb.addWorksheet(exportTexts(lang).sheet);
  let widest = 1;
  for (const row of reportTables({ ...extra, result }, lang)) {
    const r = ws.addRow(row.cells.map(cellValue));
    widest = Math.max(widest, row.cells.length);
    if (row.kind === 'title') r.font = { bold: true, size: 12 };
    if (row.kind === 'header') {
      r.font = { bold: true };
      r.alignment = { wrapText: true, vertical: 'bottom' };
    }
    row.cells.forEach((c, i) => {
      if (typeof c === 'number') r.getCell(i + 1).numFmt = '#,##0';
      else if (c !== null && typeof c === 'object') r.getCell(i + 1).numFmt = '0.0%';
    });
  }
  ws.getColumn(1).width = 44;
  for (let c = 2; c <= widest; c++) ws.getColumn(c).width = 17;
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** A file name from the scenario title: "nyttokalkyl-tabeller-exempel-fiktivt.xlsx". */
export function resultsXlsxFilename(title: string, lang: Lang = 'sv'): string {
  const slug = fileSlug(title, 50);
  return `${exportTexts(lang).filename}${slug ? `-${slug}` : ''}.xlsx`;
}
