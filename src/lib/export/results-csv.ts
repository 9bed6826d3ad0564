/**
 * The report tables as a CSV file a spreadsheet opens directly: Table 1
 * (potential), Tables 2–4 (revenue, cost, profitability after 1 year and
 * the horizon, payback per actor), the participants' disposable income,
 * results by gender and by cohort, and follow-ups. Swedish by default with
 * `;` and decimal comma (what Swedish Excel expects), English with `,` and a
 * decimal point; a BOM so Excel reads UTF-8. Amounts in whole kronor — a
 * spreadsheet user wants the numbers, not the report's rounding to 1 000.
 * The numbers are the engine's; nothing is computed here but per-participant
 * divisions and rounding.
 */
import Papa from 'papaparse';
import { fileSlug } from '../download';
import type {
  CostPerspective,
  EvaluationResult,
  Payback,
  Perspective,
  SegmentResult,
} from '../../engine';
import { COST_PERSPECTIVES, PERSPECTIVES } from '../../engine';
import type { Lang } from '../format';
import { app as svApp } from '../i18n/sv/app';
import { app as enApp } from '../i18n/en/app';
import { importer as svImporter } from '../i18n/sv/importer';
import { importer as enImporter } from '../i18n/en/importer';

export interface ResultsCsvOptions {
  /** Headers and number format: "sv" (`;`, decimal comma) or "en" (`,`, point). Default "sv". */
  lang?: Lang;
  /** Start with a byte-order mark so Excel reads UTF-8 (default true). */
  bom?: boolean;
}

const ACTOR_ROWS: Perspective[] = [...PERSPECTIVES];
const SEGMENT_ACTORS: CostPerspective[] = [...COST_PERSPECTIVES];

export const CSV_DELIMITER: Record<Lang, string> = { sv: ';', en: ',' };

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
  return lang === 'sv' ? s.replace('.', ',') : s;
}

/**
 * Text from the user (titles, cohort names) must not start a formula in a
 * spreadsheet: a leading = + - @ or tab gets an apostrophe (OWASP's advice
 * on CSV injection).
 */
export function csvText(s: string): Cell {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

const fill = (s: string, years: number) => s.replace('{{years}}', String(years));

/** The tables as rows of cells (already formatted), blank rows between tables. */
export function resultsCsvRows(result: EvaluationResult, lang: Lang = 'sv'): Cell[][] {
  const T = (lang === 'sv' ? svImporter : enImporter).export;
  const A = lang === 'sv' ? svApp : enApp;
  const H = result.horizonYears;
  const kr = (x: number) => csvNumber(x, lang);
  const per = (x: number, n: number) => kr(n > 0 ? x / n : 0);
  const months = (p: Payback | undefined): Cell =>
    p === undefined ? '' : p === 'neg' ? T.paybackNeg : csvNumber(p, lang);
  const t = result.total;
  const rows: Cell[][] = [];

  rows.push([T.title]);
  rows.push([T.scenario, csvText(result.title)]);
  rows.push([T.parameterSet, csvText(result.parameterSetId)]);
  rows.push([T.horizon, String(H)]);
  rows.push([T.participants, csvNumber(t.participants, lang)]);
  const w = result.whatIf;
  const whatIfActive =
    w.subsidisedToUnsubsidisedShare > 0 ||
    w.subsidyShare !== null ||
    w.studiesToWorkShare > 0 ||
    w.extraFunds > 0 ||
    w.fewerPrimaryCareVisits > 0 ||
    w.fewerPsychiatricCareDays > 0;
  if (whatIfActive) rows.push([T.whatIf]);
  rows.push([T.amountsNote]);

  const p = t.potential;
  rows.push([]);
  rows.push([T.potential]);
  rows.push(['', T.total, T.perParticipant]);
  rows.push([T.potentialBefore, kr(p.before), kr(p.beforePerParticipant)]);
  rows.push([T.potentialUtilised, kr(p.utilised), kr(p.utilisedPerParticipant)]);
  rows.push([T.potentialAfter, kr(p.after), kr(p.afterPerParticipant)]);
  rows.push([T.utilisedShare, csvNumber(p.utilisedShare * 100, lang, 1)]);

  rows.push([]);
  rows.push([T.actors]);
  rows.push([
    T.actor,
    T.revenue,
    T.revenuePer,
    T.cost,
    T.profit1,
    fill(T.profitH, H),
    T.profit1Per,
    fill(T.profitHPer, H),
    T.payback,
  ]);
  for (const a of ACTOR_ROWS) {
    const costly = a !== 'individ';
    rows.push([
      A.actors[a],
      kr(t.yearlyRevenue[a]),
      kr(t.revenuePerParticipant[a]),
      costly ? kr(t.cost[a]) : '',
      kr(t.profitYear1[a]),
      kr(t.profitHorizon[a]),
      kr(t.profitYear1PerParticipant[a]),
      kr(t.profitHorizonPerParticipant[a]),
      costly ? months(t.paybackMonths[a as CostPerspective]) : '',
    ]);
  }

  const d = t.disposableIncome;
  rows.push([]);
  rows.push([T.disposable]);
  rows.push(['', T.total, T.perParticipant]);
  rows.push([T.before, kr(d.before), per(d.before, t.participants)]);
  rows.push([T.after, kr(d.after), per(d.after, t.participants)]);
  rows.push([T.change, kr(d.change), kr(d.changePerParticipant)]);

  const segmentTable = (
    title: string,
    col: string,
    segs: SegmentResult[],
    name: (s: SegmentResult) => string,
  ) => {
    rows.push([]);
    rows.push([title]);
    rows.push([
      col,
      T.participants,
      T.actor,
      T.revenue,
      T.revenuePer,
      T.profit1,
      T.profit1Per,
      fill(T.profitH, H),
      T.payback,
    ]);
    for (const s of segs)
      for (const a of SEGMENT_ACTORS)
        rows.push([
          name(s),
          csvNumber(s.participants, lang),
          A.actors[a],
          kr(s.yearlyRevenue[a]),
          kr(s.revenuePerParticipant[a]),
          kr(s.profitYear1[a]),
          kr(s.profitYear1PerParticipant[a]),
          kr(s.profitHorizon[a]),
          months(s.paybackMonths[a]),
        ]);
  };
  segmentTable(T.gender, T.genderCol, result.byGender, (s) =>
    s.id in A.genders ? A.genders[s.id as keyof typeof A.genders] : csvText(s.label),
  );
  segmentTable(T.cohorts, T.cohortCol, result.byCohort, (s) => csvText(s.label));

  // Only when there is a follow-up beyond exit (the exit row repeats Table 2–4).
  if (result.followUps.some((f) => f.timePoint !== 'exit')) {
    rows.push([]);
    rows.push([T.followUps]);
    rows.push([T.timePoint, T.covered, T.revenue, T.profit1, fill(T.profitH, H), T.payback]);
    for (const f of result.followUps)
      rows.push([
        A.timePoints[f.timePoint],
        csvNumber(f.participantsCovered, lang),
        kr(f.result.yearlyRevenue.samhalle),
        kr(f.result.profitYear1.samhalle),
        kr(f.result.profitHorizon.samhalle),
        months(f.result.paybackMonths.samhalle),
      ]);
  }
  return rows;
}

/** The CSV text of the report tables (see the module comment for the format). */
export function resultsCsv(result: EvaluationResult, opts: ResultsCsvOptions = {}): string {
  const lang = opts.lang ?? 'sv';
  const body = Papa.unparse(resultsCsvRows(result, lang), {
    delimiter: CSV_DELIMITER[lang],
    newline: '\r\n',
    quotes: false,
  });
  return (opts.bom ?? true) ? `\uFEFF${body}\r\n` : `${body}\r\n`;
}

/** A file name from the scenario title: "nyttokalkyl-tabeller-exempel-fiktivt.csv". */
export function resultsCsvFilename(title: string, lang: Lang = 'sv'): string {
  const base = (lang === 'sv' ? svImporter : enImporter).export.filename;
  const slug = fileSlug(title, 50);
  return `${base}${slug ? `-${slug}` : ''}.csv`;
}
