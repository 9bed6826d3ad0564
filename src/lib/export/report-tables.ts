/**
 * The report tables as typed rows, for every export format: Table 1
 * (potential), Tables 2–4 (revenue, cost, profitability after 1 year and the
 * horizon, payback per actor), the participants' disposable income, results
 * by gender and by cohort, follow-ups, and the known figures ("Kända
 * siffror") when the scenario has them. Cells are text or numbers; the CSV
 * writer formats numbers for the language's spreadsheet, the Excel writer
 * stores them as numbers. The numbers are the engine's (per participant
 * too: engine/figures); nothing is computed here.
 */
import type {
  CostPerspective,
  EvaluationResult,
  KnownCaseResult,
  KnownCostKind,
  Payback,
  Perspective,
  SegmentResult,
} from '../../engine';
import { COST_PERSPECTIVES, PERSPECTIVES } from '../../engine';
import { disposableIncomePerParticipant } from '../../engine/figures';
import type { Lang } from '../format';
import { textsFor } from '../i18n/index.svelte';

/**
 * Text (already in the report's language), an amount, count or number of
 * months (shown whole), a share 0–1 (shown in per cent with one decimal), a
 * number shown with decimals (a KPI factor, kronor per krona), or an empty
 * cell.
 */
export type ReportCell =
  string | number | { share: number } | { decimal: number; digits: number } | null;

/** A row and what it is: a table's title, its column headers, data, a line about the file, a gap. */
export interface ReportRow {
  kind: 'title' | 'meta' | 'header' | 'data' | 'blank';
  cells: ReportCell[];
}

/** What the tables are made from: the participants' result and/or the known figures. */
export interface ReportTablesInput {
  result: EvaluationResult | null;
  known?: KnownCaseResult | null;
  /** How the known figures' cost was given. */
  knownCostGiven?: KnownCostKind;
  /** The key figures on top show the known figures. */
  knownInKeyFigures?: boolean;
  /** The scenario's title, when there is no result to take it from. */
  title?: string;
}

const ACTOR_ROWS: Perspective[] = [...PERSPECTIVES];
const SEGMENT_ACTORS: CostPerspective[] = [...COST_PERSPECTIVES];

const fill = (s: string, years: number) => s.replace('{{years}}', String(years));

export const exportTexts = (lang: Lang) => textsFor(lang).importer.export;

/** The report tables as typed rows, blank rows between tables. */
export function reportTables(input: ReportTablesInput, lang: Lang = 'sv'): ReportRow[] {
  const T = exportTexts(lang);
  const A = textsFor(lang).app;
  const { result, known } = input;
  const rows: ReportRow[] = [];
  const title = (text: string) => rows.push({ kind: 'title', cells: [text] });
  const meta = (...cells: ReportCell[]) => rows.push({ kind: 'meta', cells });
  const header = (...cells: ReportCell[]) => rows.push({ kind: 'header', cells });
  const data = (...cells: ReportCell[]) => rows.push({ kind: 'data', cells });
  const blank = () => rows.push({ kind: 'blank', cells: [] });
  const months = (p: Payback | undefined): ReportCell =>
    p === undefined ? null : p === 'neg' ? T.paybackNeg : p;

  title(T.title);
  meta(T.scenario, result?.title ?? input.title ?? '');
  if (known) meta(T.basis, input.knownInKeyFigures ? T.basisKnown : T.basisParticipants);
  if (result) {
    const H = result.horizonYears;
    const t = result.total;
    meta(T.parameterSet, result.parameterSetId);
    meta(T.horizon, H);
    meta(T.participants, t.participants);
    const w = result.whatIf;
    const whatIfActive =
      w.subsidisedToUnsubsidisedShare > 0 ||
      w.subsidyShare !== null ||
      w.studiesToWorkShare > 0 ||
      w.extraFunds > 0 ||
      w.fewerPrimaryCareVisits > 0 ||
      w.fewerPsychiatricCareDays > 0;
    if (whatIfActive) meta(T.whatIf);
    meta(T.amountsNote);

    const p = t.potential;
    blank();
    title(T.potential);
    header('', T.total, T.perParticipant);
    data(T.potentialBefore, p.before, p.beforePerParticipant);
    data(T.potentialUtilised, p.utilised, p.utilisedPerParticipant);
    data(T.potentialAfter, p.after, p.afterPerParticipant);
    data(T.utilisedShare, { share: p.utilisedShare });

    blank();
    title(T.actors);
    header(
      T.actor,
      T.revenue,
      T.revenuePer,
      T.cost,
      T.profit1,
      fill(T.profitH, H),
      T.profit1Per,
      fill(T.profitHPer, H),
      T.payback,
    );
    for (const a of ACTOR_ROWS) {
      const costly = a !== 'individ';
      data(
        A.actors[a],
        t.yearlyRevenue[a],
        t.revenuePerParticipant[a],
        costly ? t.cost[a] : null,
        t.profitYear1[a],
        t.profitHorizon[a],
        t.profitYear1PerParticipant[a],
        t.profitHorizonPerParticipant[a],
        costly ? months(t.paybackMonths[a]) : null,
      );
    }

    const d = t.disposableIncome;
    const dPer = disposableIncomePerParticipant(t);
    blank();
    title(T.disposable);
    header('', T.total, T.perParticipant);
    data(T.before, d.before, dPer.before);
    data(T.after, d.after, dPer.after);
    data(T.change, d.change, dPer.change);

    const segmentTable = (
      heading: string,
      col: string,
      segs: SegmentResult[],
      name: (s: SegmentResult) => string,
    ) => {
      blank();
      title(heading);
      header(
        col,
        T.participants,
        T.actor,
        T.revenue,
        T.revenuePer,
        T.profit1,
        T.profit1Per,
        fill(T.profitH, H),
        T.payback,
      );
      for (const s of segs)
        for (const a of SEGMENT_ACTORS)
          data(
            name(s),
            s.participants,
            A.actors[a],
            s.yearlyRevenue[a],
            s.revenuePerParticipant[a],
            s.profitYear1[a],
            s.profitYear1PerParticipant[a],
            s.profitHorizon[a],
            months(s.paybackMonths[a]),
          );
    };
    segmentTable(T.gender, T.genderCol, result.byGender, (s) =>
      s.id in A.genders ? A.genders[s.id as keyof typeof A.genders] : s.label,
    );
    segmentTable(T.cohorts, T.cohortCol, result.byCohort, (s) => s.label);

    // Only when there is a follow-up beyond exit (the exit row repeats Table 2–4).
    if (result.followUps.some((f) => f.timePoint !== 'exit')) {
      blank();
      title(T.followUps);
      header(T.timePoint, T.covered, T.revenue, T.profit1, fill(T.profitH, H), T.payback);
      for (const f of result.followUps)
        data(
          A.timePoints[f.timePoint],
          f.participantsCovered,
          f.result.yearlyRevenue.samhalle,
          f.result.profitYear1.samhalle,
          f.result.profitHorizon.samhalle,
          months(f.result.paybackMonths.samhalle),
        );
    }
  }

  if (known) {
    const H = known.horizonYears;
    blank();
    title(T.known);
    meta(T.participants, known.participants);
    meta(
      T.knownCostGiven,
      input.knownCostGiven === 'societalCost' ? T.knownSocietal : T.knownBudget,
    );
    meta(T.budgetExcl, known.budget);
    header(T.actor, T.revenue, T.revenuePer, T.cost, T.profit1, fill(T.profitH, H), T.payback);
    for (const a of ACTOR_ROWS) {
      const r = known.yearlyRevenue[a];
      if (r === undefined) continue;
      const costly = a !== 'individ';
      data(
        A.actors[a],
        r,
        known.revenuePerParticipant[a] ?? null,
        costly ? (known.cost[a] ?? null) : null,
        known.profitYear1[a] ?? null,
        known.profitHorizon[a] ?? null,
        costly ? months(known.paybackMonths[a]) : null,
      );
    }
  }
  return rows;
}
