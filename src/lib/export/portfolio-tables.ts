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
import { textsFor } from '../i18n/index.svelte';
import { exportTexts, type ReportCell, type ReportRow } from './report-tables';
import { CSV_DELIMITER, csvCell } from './results-csv';
import { xlsxSheet } from './xlsx-sheet';
import { issueText } from '../validation-text';

export { XLSX_MIME } from './xlsx-sheet';

const texts = (lang: Lang) => textsFor(lang).portfolio;
const fill = (s: string, key: string, value: string | number) =>
  s.replace(`{{${key}}}`, String(value));

/** A report cell; a KPI factor or kronor per krona as a number with decimals. */
export type PortfolioCell = ReportCell;
export type PortfolioRow = ReportRow;
const decimal = (x: number, digits: number): PortfolioCell => ({ decimal: x, digits });

/** The portfolio's tables as typed rows, blank rows between tables. */
export function portfolioTables(
  result: PortfolioResult,
  name: string,
  lang: Lang = 'sv',
): PortfolioRow[] {
  const T = texts(lang).export;
  const R = texts(lang).rankings;
  const A = textsFor(lang).app.actors;
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
        issue ? `${issue.path}: ${issueText(issue, lang)}` : null,
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

/** The tables as a CSV file: `;` and decimal comma in Swedish, `,` and a point in English, with a BOM. */
export function portfolioCsv(result: PortfolioResult, name: string, lang: Lang = 'sv'): string {
  const body = Papa.unparse(
    portfolioTables(result, name, lang).map((r) => r.cells.map((c) => csvCell(c, lang))),
    { delimiter: CSV_DELIMITER[lang], newline: '\r\n', quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}

/** The tables as an Excel workbook (xlsx-sheet.ts): numbers stored as numbers, titles and headers in bold. */
export async function portfolioXlsx(
  result: PortfolioResult,
  name: string,
  lang: Lang = 'sv',
): Promise<ArrayBuffer> {
  return xlsxSheet(portfolioTables(result, name, lang), {
    sheet: texts(lang).export.sheet,
    firstWidth: 40,
    width: 16,
  });
}

/** "nyttokalkyl-portfolj-forbundet-2017-2024.csv" (or .xlsx). */
export function portfolioFilename(name: string, ext: 'csv' | 'xlsx', lang: Lang = 'sv'): string {
  const slug = fileSlug(name, 50);
  return `${texts(lang).export.filename}${slug ? `-${slug}` : ''}.${ext}`;
}
