/**
 * The report tables (report-tables.ts) as an Excel workbook: one sheet with
 * the same tables as the CSV export, written by xlsx-sheet.ts.
 */
import { fileSlug } from '../download';
import type { EvaluationResult } from '../../engine';
import type { Lang } from '../format';
import { exportTexts, reportTables, type ReportTablesInput } from './report-tables';
import { xlsxSheet } from './xlsx-sheet';

export { XLSX_MIME } from './xlsx-sheet';

/** The .xlsx file's bytes. */
export async function resultsXlsx(
  result: EvaluationResult | null,
  opts: Omit<ReportTablesInput, 'result'> & { lang?: Lang } = {},
): Promise<ArrayBuffer> {
  const { lang = 'sv', ...extra } = opts;
  return xlsxSheet(reportTables({ ...extra, result }, lang), {
    sheet: exportTexts(lang).sheet,
    firstWidth: 44,
    width: 17,
  });
}

/** A file name from the scenario title: "nyttokalkyl-tabeller-exempel-fiktivt.xlsx". */
export function resultsXlsxFilename(title: string, lang: Lang = 'sv'): string {
  const slug = fileSlug(title, 50);
  return `${exportTexts(lang).filename}${slug ? `-${slug}` : ''}.xlsx`;
}
