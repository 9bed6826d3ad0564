/**
 * The report tables (report-tables.ts) as a CSV file a spreadsheet opens
 * directly. Swedish by default with `;` and decimal comma (what Swedish Excel
 * expects), English with `,` and a decimal point; a BOM so Excel reads UTF-8.
 * Amounts in whole kronor — a spreadsheet user wants the numbers, not the
 * report's rounding to 1 000.
 */
import Papa from 'papaparse';
import { fileSlug } from '../download';
import type { EvaluationResult } from '../../engine';
import { csvConventions, type Lang } from '../format';
import {
  exportTexts,
  reportTables,
  type ReportCell,
  type ReportTablesInput,
} from './report-tables';

export interface ResultsCsvOptions extends Omit<ReportTablesInput, 'result'> {
  /** Headers and number format: "sv" (`;`, decimal comma) or "en" (`,`, point). Default "sv". */
  lang?: Lang;
  /** Start with a byte-order mark so Excel reads UTF-8 (default true). */
  bom?: boolean;
}

export const CSV_DELIMITER: Record<Lang, string> = {
  sv: csvConventions('sv').delimiter,
  en: csvConventions('en').delimiter,
};

type Cell = string;

/**
 * A number as the spreadsheet of that language reads it: no thousands
 * separators, "-" for minus, decimal comma in Swedish. Non-finite: empty.
 */
export function csvNumber(x: number, lang: Lang, digits = 0): Cell {
  if (!Number.isFinite(x)) return '';
  const f = 10 ** digits;
  let r = Math.round(x * f) / f;
  if (Object.is(r, -0)) r = 0;
  const s = r.toFixed(digits);
  return s.replace('.', csvConventions(lang).decimal);
}

/**
 * Text from the user (titles, cohort names) must not start a formula in a
 * spreadsheet: a leading = + - @ or tab gets an apostrophe (OWASP's advice
 * on CSV injection).
 */
export function csvText(s: string): Cell {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** A report cell as CSV text: a decimal with its digits, a share in per cent with one decimal. */
export function csvCell(c: ReportCell, lang: Lang): Cell {
  if (c === null) return '';
  if (typeof c === 'string') return csvText(c);
  if (typeof c === 'number') return csvNumber(c, lang);
  if ('decimal' in c) return csvNumber(c.decimal, lang, c.digits);
  return csvNumber(c.share * 100, lang, 1);
}

/** The tables as rows of cells (already formatted), blank rows between tables. */
export function resultsCsvRows(
  result: EvaluationResult | null,
  lang: Lang = 'sv',
  extra: Omit<ReportTablesInput, 'result'> = {},
): Cell[][] {
  return reportTables({ ...extra, result }, lang).map((r) => r.cells.map((c) => csvCell(c, lang)));
}

/** The CSV text of the report tables (see the module comment for the format). */
export function resultsCsv(result: EvaluationResult | null, opts: ResultsCsvOptions = {}): string {
  const { lang = 'sv', bom, ...extra } = opts;
  const body = Papa.unparse(resultsCsvRows(result, lang, extra), {
    delimiter: CSV_DELIMITER[lang],
    newline: '\r\n',
    quotes: false,
  });
  return (bom ?? true) ? `\uFEFF${body}\r\n` : `${body}\r\n`;
}

/** A file name from the scenario title: "nyttokalkyl-tabeller-exempel-fiktivt.csv". */
export function resultsCsvFilename(title: string, lang: Lang = 'sv'): string {
  const base = exportTexts(lang).filename;
  const slug = fileSlug(title, 50);
  return `${base}${slug ? `-${slug}` : ''}.csv`;
}
