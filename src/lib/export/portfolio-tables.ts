/**
 * A portfolio's tables for spreadsheets: what the amounts are (price year,
 * arithmetic, horizon), the totals per actor, every version for society with
 * the portfolio's total, every version per actor (one row each, for a pivot
 * table), each financier's part and the three rankings. Rows in the shape of
 * the report tables (report-tables.ts), written as CSV (the results CSV's
 * number and text rules) or as an Excel workbook. The numbers are the
 * engine's (`portfolioTotals`); nothing is computed here.
 */
import Papa from 'papaparse';
import { PERSPECTIVES, type Payback, type PortfolioResult, type RankEntry } from '../../engine';
import { fileSlug } from '../download';
import type { Lang } from '../format';
import { app as svApp } from '../i18n/sv/app';
import { app as enApp } from '../i18n/en/app';
import { portfolio as svPortfolio } from '../i18n/sv/portfolio';
import { portfolio as enPortfolio } from '../i18n/en/portfolio';
import { loadExcelJs } from '../xlsx/excel-library';
import { exportTexts, type ReportCell, type ReportRow } from './report-tables';
import { CSV_DELIMITER, csvNumber, csvText } from './results-csv';

const texts = (lang: Lang) => (lang === 'sv' ? svPortfolio : enPortfolio);
const fill = (s: string, key: string, value: string | number) =>
  s.replace(`{{${key}}}`, String(value));

/** A report cell, or a number shown with decimals (a KPI factor, kronor per krona). */
export type PortfolioCell = ReportCell | { decimal: number; digits: number };
export interface PortfolioRow {
  kind: ReportRow['kind'];
  cells: PortfolioCell[];
}
const decimal = (x: number, digits: number): PortfolioCell => ({ decimal: x, digits });

/** The portfolio's tables as typed rows, blank rows between tables. */
export function portfolioTables(
  result: PortfolioResult,
  name: string,
  lang: Lang = 'sv',
): PortfolioRow[] {
  const T = texts(lang).export;
  const R = texts(lang).rankings;
  const A = (lang === 'sv' ? svApp : enApp).actors;
  const neg = exportTexts(lang).paybackNeg;
  const rows: PortfolioRow[] = [];
  const title = (text: string) => rows.push({ kind: 'title', cells: [text] });
  const meta = (...cells: PortfolioCell[]) => rows.push({ kind: 'meta', cells });
  const header = (...cells: PortfolioCell[]) => rows.push({ kind: 'header', cells });
  const data = (...cells: PortfolioCell[]) => rows.push({ kind: 'data', cells });
  const blank = () => rows.push({ kind: 'blank', cells: [] });
  const months = (p: Payback | null | undefined): PortfolioCell =>
    p === null || p === undefined ? null : p === 'neg' ? neg : p;
  const t = result.totals;

  title(T.title);
  meta(T.portfolio, name);
  meta(T.priceYear, result.priceYear);
  meta(T.arithmetic, result.adjusted ? T.adjusted : T.reports);
  meta(T.horizon, result.horizonYears);
  meta(T.members, result.counts.members);
  meta(T.included, result.counts.included);
  meta(T.amounts);

  if (t) {
    blank();
    title(T.actorsTitle);
    header(T.actor, T.cost, T.revenue, T.profit1, T.profit5, T.profitH, T.payback);
    for (const p of PERSPECTIVES)
      data(
        A[p],
        p === 'individ' ? null : t.cost[p],
        t.yearlyRevenue[p],
        t.profitYear1[p],
        t.profitYear5[p],
        t.profitHorizon[p],
        p === 'individ' ? null : months(t.paybackMonths[p]),
      );
  }

  blank();
  title(T.membersTitle);
  header(
    T.version,
    T.status,
    T.rules,
    T.ownPriceYear,
    T.factor,
    T.participants,
    T.budget,
    T.costPer,
    T.cost,
    T.revenue,
    T.revenuePerKrona,
    T.profit1,
    T.profit5,
    T.profitH,
    T.payback,
    T.ownPayback,
    T.remarks,
  );
  for (const m of result.members) {
    const f = m.figures;
    const status =
      m.status === 'ok' ? T.statusOk : m.status === 'missing' ? T.statusMissing : T.statusInvalid;
    if (!f) {
      const issue = m.issues[0];
      data(
        m.label,
        status,
        ...Array(14).fill(null),
        issue ? `${issue.path}: ${issue[lang]}` : null,
      );
      continue;
    }
    const remarks = [
      m.settingsDiffer ? T.remarkSettings : '',
      m.horizonDiffers ? fill(T.remarkHorizon, 'years', f.horizonYears) : '',
    ]
      .filter(Boolean)
      .join('; ');
    data(
      m.label,
      status,
      m.ruleYears.join(', '),
      m.priceYear,
      decimal(m.priceFactor, 4),
      f.participants,
      f.budget,
      f.costPerParticipant,
      f.cost.samhalle,
      f.yearlyRevenue.samhalle,
      f.revenuePerKrona === null ? null : decimal(f.revenuePerKrona, 2),
      f.profitYear1.samhalle,
      f.profitYear5.samhalle,
      f.profitHorizon.samhalle,
      months(f.paybackMonths.samhalle),
      m.settingsDiffer ? months(m.ownPaybackMonths) : null,
      remarks || null,
    );
  }
  if (t)
    data(
      T.total,
      null,
      null,
      result.priceYear,
      null,
      t.participants,
      t.budget,
      t.costPerParticipant,
      t.cost.samhalle,
      t.yearlyRevenue.samhalle,
      t.revenuePerKrona === null ? null : decimal(t.revenuePerKrona, 2),
      t.profitYear1.samhalle,
      t.profitYear5.samhalle,
      t.profitHorizon.samhalle,
      months(t.paybackMonths.samhalle),
      null,
      null,
    );

  blank();
  title(T.membersByActorTitle);
  header(T.version, T.actor, T.cost, T.revenue, T.profit1, T.profit5, T.profitH, T.payback);
  for (const m of result.members) {
    const f = m.figures;
    if (!f) continue;
    for (const p of PERSPECTIVES)
      data(
        m.label,
        A[p],
        p === 'individ' ? null : f.cost[p],
        f.yearlyRevenue[p],
        f.profitYear1[p],
        f.profitYear5[p],
        f.profitHorizon[p],
        p === 'individ' ? null : months(f.paybackMonths[p]),
      );
  }

  if (result.financiers.length) {
    blank();
    title(T.financiersTitle);
    header(T.actor, T.putIn, T.yearlyBack, T.back, T.net, T.payback);
    for (const fin of result.financiers)
      data(
        A[fin.actor],
        fin.putIn,
        fin.yearlyBack,
        fin.backOverHorizon,
        fin.net,
        months(fin.paybackMonths),
      );
  }

  const ranking = (
    what: string,
    entries: RankEntry[],
    value: (e: RankEntry) => PortfolioCell,
    versus: (e: RankEntry) => string,
  ) => {
    blank();
    title(fill(T.rankingTitle, 'what', what.toLocaleLowerCase(lang)));
    header(T.rank, T.version, T.value, T.versus);
    for (const e of entries) data(e.rank, e.label, value(e), versus(e));
  };
  ranking(
    R.payback,
    result.rankings.payback,
    (e) => months(e.paybackMonths),
    (e) => (e.paybackMet ? R.met : R.notMet),
  );
  ranking(
    R.revenuePerKrona,
    result.rankings.revenuePerKrona,
    (e) => (e.revenuePerKrona === null ? R.noCost : decimal(e.revenuePerKrona, 2)),
    (e) => (e.revenueMet ? R.revenueMet : R.revenueNotMet),
  );
  ranking(
    R.costPer,
    result.rankings.costPerParticipant,
    (e) => e.costPerParticipant,
    (e) => R[e.costBand],
  );
  return rows;
}

// ---------------------------------------------------------------------------
// Writers

function csvCell(c: PortfolioCell, lang: Lang): string {
  if (c === null) return '';
  if (typeof c === 'string') return csvText(c);
  if (typeof c === 'number') return csvNumber(c, lang);
  if ('decimal' in c) return csvNumber(c.decimal, lang, c.digits);
  return csvNumber(c.share * 100, lang, 1);
}

/** The tables as a CSV file: `;` and decimal comma in Swedish, `,` and a point in English, with a BOM. */
export function portfolioCsv(result: PortfolioResult, name: string, lang: Lang = 'sv'): string {
  const body = Papa.unparse(
    portfolioTables(result, name, lang).map((r) => r.cells.map((c) => csvCell(c, lang))),
    { delimiter: CSV_DELIMITER[lang], newline: '\r\n', quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The tables as an Excel workbook: numbers stored as numbers, titles and headers in bold. */
export async function portfolioXlsx(
  result: PortfolioResult,
  name: string,
  lang: Lang = 'sv',
): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nyttokalkyl';
  const ws = wb.addWorksheet(texts(lang).export.sheet);
  let widest = 1;
  for (const row of portfolioTables(result, name, lang)) {
    const r = ws.addRow(
      row.cells.map((c) => {
        if (c === null || typeof c === 'string') return c;
        if (typeof c === 'number') return Number.isFinite(c) ? Math.round(c) + 0 : null;
        if ('decimal' in c) return c.decimal;
        return c.share;
      }),
    );
    widest = Math.max(widest, row.cells.length);
    if (row.kind === 'title') r.font = { bold: true, size: 12 };
    if (row.kind === 'header') {
      r.font = { bold: true };
      r.alignment = { wrapText: true, vertical: 'bottom' };
    }
    row.cells.forEach((c, i) => {
      if (typeof c === 'number') r.getCell(i + 1).numFmt = '#,##0';
      else if (c !== null && typeof c === 'object')
        r.getCell(i + 1).numFmt = 'decimal' in c ? `0.${'0'.repeat(c.digits)}` : '0.0%';
    });
  }
  ws.getColumn(1).width = 40;
  for (let c = 2; c <= widest; c++) ws.getColumn(c).width = 16;
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** "nyttokalkyl-portfolj-forbundet-2017-2024.csv" (or .xlsx). */
export function portfolioFilename(name: string, ext: 'csv' | 'xlsx', lang: Lang = 'sv'): string {
  const slug = fileSlug(name, 50);
  return `${texts(lang).export.filename}${slug ? `-${slug}` : ''}.${ext}`;
}
