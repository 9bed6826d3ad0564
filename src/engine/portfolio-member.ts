/**
 * One saved calculation valued for the portfolio: validated like any
 * document, evaluated with its own settings and, when those depart from the
 * reports' arithmetic, also with the reports' arithmetic, so that the
 * portfolio (portfolio.ts) never adds figures computed two ways.
 */
import { isNeutral, NEUTRAL_SETTINGS, type AppraisalSettings, type Payback } from './appraisal';
import { evaluatePrepared, prepare, type EvaluationResult } from './evaluate';
import { parseScenario, type ValidationIssue } from './schema';
import type { CostPerspective, PerspectiveVector } from './types';

/**
 * Years of revenue kept for a member valued with fading or discounted
 * effects: its payback may lie far beyond the horizon, and the portfolio's
 * payback is searched in the summed revenue year by year.
 */
export const EXTENDED_YEARS = 50;

/** One member's figures for the whole calculation, in its own price year. */
export interface MemberFigures {
  participants: number;
  /** Budget excl. indirect taxes. */
  budget: number;
  cost: PerspectiveVector;
  /** Revenue of year 1, 2, …; the last value lasts. */
  revenueByYear: PerspectiveVector[];
  yearlyRevenue: PerspectiveVector;
  profitYear1: PerspectiveVector;
  profitYear5: PerspectiveVector;
  /** After the member's own horizon. */
  profitHorizon: PerspectiveVector;
  paybackMonths: Record<CostPerspective, Payback>;
}

/** A saved scenario valued for a portfolio, or why it could not be. */
export type MemberEvaluation =
  | {
      ok: true;
      title: string;
      /** The price year of the member's own result. */
      priceYear: number;
      /** The rule years its cohorts were valued with, ascending, each once. */
      ruleYears: number[];
      horizonYears: number;
      appraisal: AppraisalSettings;
      /** As saved: its own appraisal settings. */
      figures: MemberFigures;
      /** With the reports' arithmetic; null when the member's own settings are the reports'. */
      reportFigures: MemberFigures | null;
    }
  | { ok: false; issues: ValidationIssue[] };

/** The figures a portfolio keeps of a result (`revenueByYear` as long as given). */
export function memberFigures(result: EvaluationResult, revenueByYear?: PerspectiveVector[]) {
  const t = result.total;
  const figures: MemberFigures = {
    participants: t.participants,
    budget: t.budget,
    cost: t.cost,
    revenueByYear: revenueByYear ?? t.revenueByYear,
    yearlyRevenue: t.yearlyRevenue,
    profitYear1: t.profitYear1,
    profitYear5: t.profitYear5,
    profitHorizon: t.profitHorizon,
    paybackMonths: t.paybackMonths,
  };
  return figures;
}

/**
 * Value one saved scenario for a portfolio: validated like any document,
 * evaluated with its own settings and, when they are not the reports'
 * arithmetic, also with the reports' arithmetic. A member with fading or
 * discounted effects keeps EXTENDED_YEARS of revenue.
 */
export function evaluateMember(document: unknown): MemberEvaluation {
  const parsed = parseScenario(document);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const scenario = parsed.value;
  const prep = prepare(scenario);
  const own = evaluatePrepared(prep);
  const neutral = isNeutral(scenario.appraisal);
  let figures = memberFigures(own);
  let reportFigures: MemberFigures | null = null;
  if (!neutral) {
    // The same prepared participants over a longer horizon: only the revenue series is kept.
    const long = evaluatePrepared({
      ...prep,
      scenario: { ...scenario, horizonYears: Math.max(EXTENDED_YEARS, scenario.horizonYears) },
    });
    figures = memberFigures(own, long.total.revenueByYear);
    reportFigures = memberFigures(
      evaluatePrepared({ ...prep, scenario: { ...scenario, appraisal: NEUTRAL_SETTINGS } }),
    );
  }
  return {
    ok: true,
    title: scenario.title,
    priceYear: own.priceYear,
    ruleYears: [...new Set(own.rules.map((r) => r.ruleYear))].sort((a, b) => a - b),
    horizonYears: scenario.horizonYears,
    appraisal: scenario.appraisal,
    figures,
    reportFigures,
  };
}
