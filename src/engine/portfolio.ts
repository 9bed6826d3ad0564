/**
 * The association's portfolio: many saved calculations (interventions,
 * years, or both) valued one by one and added up for the board. Two steps,
 * both pure:
 *
 * 1. `evaluateMember` (portfolio-member.ts) values one saved scenario as
 *    it was saved (its own rules, price year, what-if and appraisal
 *    settings), and — when those settings depart from the reports'
 *    arithmetic — also with the reports' arithmetic, so that a portfolio
 *    never adds figures computed two ways.
 * 2. `portfolioTotals` carries every member to one price year by KPI
 *    (`priceFactor`), chooses one arithmetic for the whole portfolio, adds
 *    cost and revenue year by year, and appraises the sums exactly as a
 *    single calculation is appraised (MODEL.md §7): the totals' profitability
 *    is the sum of the members', their payback is not (it is computed from the
 *    summed cost and revenue). It also gives each financier's view and the
 *    rankings against the reports' benchmarks (portfolio-ranking.ts).
 */
import {
  discountedFlows,
  isNeutral,
  NEUTRAL_SETTINGS,
  paybackMonths,
  perParticipant,
  sumYears,
  type AppraisalSettings,
  type Payback,
} from './appraisal';
import { priceFactor, ruleYearOf } from './parameters';
import type { MemberEvaluation, MemberFigures } from './portfolio-member';
import { PORTFOLIO_BENCHMARKS, rankMembers, type RankEntry } from './portfolio-ranking';
import type { ValidationIssue } from './schema';
import {
  FINANCIERS,
  OUTCOMES,
  PERSPECTIVES,
  zeroVector,
  type CostPerspective,
  type Financier,
  type PerspectiveVector,
} from './types';

export {
  EXTENDED_YEARS,
  evaluateMember,
  memberFigures,
  type MemberEvaluation,
  type MemberFigures,
} from './portfolio-member';
export {
  PORTFOLIO_BENCHMARKS,
  type CostBand,
  type RankEntry,
  type RankedMember,
} from './portfolio-ranking';

// ---------------------------------------------------------------------------
// Totals

/** A member as the portfolio lists it: a saved version valued, one that no longer validates, or one deleted. */
export interface PortfolioMemberInput {
  key: string;
  label: string;
  /** Null: the saved version no longer exists. */
  evaluation: MemberEvaluation | null;
}

/** The figures the portfolio shows and adds, in its price year. */
export interface PortfolioFigures {
  participants: number;
  budget: number;
  /** Budget excl. indirect taxes per participant: what the 64 000 and 82 000 kr benchmarks measure. */
  costPerParticipant: number;
  cost: PerspectiveVector;
  yearlyRevenue: PerspectiveVector;
  /** Society's yearly revenue per krona of society's cost; null when nothing was spent. */
  revenuePerKrona: number | null;
  profitYear1: PerspectiveVector;
  profitYear5: PerspectiveVector;
  profitHorizon: PerspectiveVector;
  horizonYears: number;
  paybackMonths: Record<CostPerspective, Payback>;
}

export type MemberStatus = 'ok' | 'invalid' | 'missing';

export interface PortfolioMemberRow {
  key: string;
  label: string;
  status: MemberStatus;
  /** Why a member no longer validates (the first problems). */
  issues: ValidationIssue[];
  /** Counted in the totals (every member that is valued). */
  included: boolean;
  /** The member's own price year and the KPI factor that carries it to the portfolio's. */
  priceYear: number | null;
  priceFactor: number;
  ruleYears: number[];
  /** The member's own appraisal settings. */
  appraisal: AppraisalSettings | null;
  /** Its settings differ from the portfolio's: it is shown and added with the portfolio's arithmetic. */
  settingsDiffer: boolean;
  /** Society's payback with the member's own settings, when they differ. */
  ownPaybackMonths: Payback | null;
  /** Its horizon differs from the portfolio's (its profitability after the horizon is its own). */
  horizonDiffers: boolean;
  /** As counted, in the portfolio's price year; null for an invalid or missing member. */
  figures: PortfolioFigures | null;
}

/** What a financier puts into the portfolio and gets back. */
export interface FinancierView {
  actor: Financier;
  /** Its share of the budgets (and, for övrig stat, the indirect taxes). */
  putIn: number;
  /** Its revenue in year 1. */
  yearlyBack: number;
  /** Its revenue over the portfolio's horizon (discounted when the arithmetic discounts). */
  backOverHorizon: number;
  /** backOverHorizon − putIn. */
  net: number;
  /** backOverHorizon / putIn; null when it puts nothing in. */
  backPerKrona: number | null;
  paybackMonths: Payback;
}

export interface PortfolioResult {
  /** The year every amount is shown in. */
  priceYear: number;
  /** The horizon of the totals: the longest of the members'. */
  horizonYears: number;
  /** The arithmetic of the totals (and of every member as shown). */
  settings: AppraisalSettings;
  /** True when that arithmetic is not the reports'. */
  adjusted: boolean;
  members: PortfolioMemberRow[];
  /** Null while no member is valued. */
  totals: PortfolioFigures | null;
  financiers: FinancierView[];
  rankings: {
    /** Shortest payback first; not reached last. */
    payback: RankEntry[];
    /** Most revenue per krona first. */
    revenuePerKrona: RankEntry[];
    /** Lowest cost per participant first. */
    costPerParticipant: RankEntry[];
  };
  benchmarks: typeof PORTFOLIO_BENCHMARKS;
  counts: {
    members: number;
    included: number;
    invalid: number;
    missing: number;
    settingsDiffer: number;
  };
}

function sameSettings(a: AppraisalSettings, b: AppraisalSettings): boolean {
  return (
    a.discountRate === b.discountRate &&
    a.deadweight === b.deadweight &&
    a.attribution === b.attribution &&
    OUTCOMES.every((o) => a.persistence[o] === b.persistence[o])
  );
}

const scaled = (x: PerspectiveVector, k: number): PerspectiveVector => {
  const v = zeroVector();
  for (const p of PERSPECTIVES) v[p] = x[p] * k;
  return v;
};

const addTo = (target: PerspectiveVector, x: PerspectiveVector, k: number) => {
  for (const p of PERSPECTIVES) target[p] += x[p] * k;
};

/** A member's figures in the portfolio's price year. Paybacks do not change: cost and revenue scale alike. */
function converted(m: MemberFigures, f: number, horizonYears: number): PortfolioFigures {
  const budget = m.budget * f;
  const cost = scaled(m.cost, f);
  const yearlyRevenue = scaled(m.yearlyRevenue, f);
  return {
    participants: m.participants,
    budget,
    costPerParticipant: perParticipant(budget, m.participants),
    cost,
    yearlyRevenue,
    revenuePerKrona: cost.samhalle > 0 ? yearlyRevenue.samhalle / cost.samhalle : null,
    profitYear1: scaled(m.profitYear1, f),
    profitYear5: scaled(m.profitYear5, f),
    profitHorizon: scaled(m.profitHorizon, f),
    horizonYears,
    paybackMonths: { ...m.paybackMonths },
  };
}

/**
 * Appraise summed cost and revenue the way one calculation is appraised
 * (evaluation/segment-result.ts `finish`): the reports' arithmetic takes the whole cost in
 * year 1 and sums the years; adjusted arithmetic discounts month by month.
 */
function appraiseSums(
  participants: number,
  budget: number,
  cost: PerspectiveVector,
  series: PerspectiveVector[],
  horizonYears: number,
  settings: AppraisalSettings,
): PortfolioFigures {
  const H = horizonYears;
  const months = 12 * Math.max(H, 5);
  const profitYear1 = zeroVector();
  const profitYear5 = zeroVector();
  const profitHorizon = zeroVector();
  const paybacks = {} as Record<CostPerspective, Payback>;
  const neutral = isNeutral(settings);
  for (const p of PERSPECTIVES) {
    const k = cost[p];
    const ys = series.map((r) => r[p]);
    if (neutral) {
      profitYear1[p] = sumYears(ys, 1) - k;
      profitYear5[p] = sumYears(ys, 5) - k;
      profitHorizon[p] = sumYears(ys, H) - k;
      if (p !== 'individ') paybacks[p] = paybackMonths(k, ys);
    } else {
      const flows = discountedFlows(
        k,
        (y) => ys[Math.min(y - 1, ys.length - 1)] ?? 0,
        settings.discountRate,
        months,
      );
      profitYear1[p] = flows.cumulative[12];
      profitYear5[p] = flows.cumulative[60];
      profitHorizon[p] = flows.cumulative[12 * H];
      if (p !== 'individ') paybacks[p] = flows.payback;
    }
  }
  const yearlyRevenue = series[0] ?? zeroVector();
  return {
    participants,
    budget,
    costPerParticipant: perParticipant(budget, participants),
    cost,
    yearlyRevenue,
    revenuePerKrona: cost.samhalle > 0 ? yearlyRevenue.samhalle / cost.samhalle : null,
    profitYear1,
    profitYear5,
    profitHorizon,
    horizonYears: H,
    paybackMonths: paybacks,
  };
}

/**
 * A portfolio's members in one price year and its totals. The price year is
 * the newest of the members' own (each member's is the newest of its
 * cohorts' rule years, or the one chosen for it) unless `priceYear` is given;
 * every amount is carried there by KPI. The arithmetic is the members'
 * appraisal settings when they all share them, otherwise the reports'
 * (whole cost in year 1, no discounting, lasting effects): a member saved
 * with other settings is then shown and added with the reports' arithmetic
 * and flagged, never mixed in silently. The horizon is the longest of the
 * members'. A member that no longer validates or no longer exists is listed
 * and left out of the totals.
 */
export function portfolioTotals(
  members: readonly PortfolioMemberInput[],
  options: { priceYear?: number | null } = {},
): PortfolioResult {
  const valued = members.flatMap((m) => (m.evaluation?.ok ? [{ input: m, ev: m.evaluation }] : []));
  const priceYear =
    options.priceYear ??
    valued.reduce<number | null>(
      (y, { ev }) => (y === null ? ev.priceYear : Math.max(y, ev.priceYear)),
      null,
    ) ??
    ruleYearOf(undefined);
  const first = valued[0]?.ev.appraisal;
  const settings =
    first && valued.every(({ ev }) => sameSettings(ev.appraisal, first)) ? first : NEUTRAL_SETTINGS;
  const horizonYears = valued.reduce((h, { ev }) => Math.max(h, ev.horizonYears), 0) || 5;

  // Sum cost and revenue year by year, in the price year, with the portfolio's arithmetic.
  let participants = 0;
  let budget = 0;
  const cost = zeroVector();
  const counted = valued.map(({ ev }) => {
    const differs = !sameSettings(ev.appraisal, settings);
    return { figures: differs ? ev.reportFigures! : ev.figures, differs };
  });
  const years = Math.max(5, horizonYears, ...counted.map((c) => c.figures.revenueByYear.length));
  const series = Array.from({ length: years }, zeroVector);
  valued.forEach(({ ev }, i) => {
    const f = priceFactor(ev.priceYear, priceYear);
    const m = counted[i].figures;
    participants += m.participants;
    budget += m.budget * f;
    addTo(cost, m.cost, f);
    const n = m.revenueByYear.length;
    for (let y = 0; y < years; y++) if (n) addTo(series[y], m.revenueByYear[Math.min(y, n - 1)], f);
  });
  const totals = valued.length
    ? appraiseSums(participants, budget, cost, series, horizonYears, settings)
    : null;

  const rows: PortfolioMemberRow[] = [];
  let v = 0;
  for (const m of members) {
    const ev = m.evaluation;
    if (!ev || !ev.ok) {
      rows.push({
        key: m.key,
        label: m.label,
        status: ev ? 'invalid' : 'missing',
        issues: ev ? ev.issues.slice(0, 5) : [],
        included: false,
        priceYear: null,
        priceFactor: 1,
        ruleYears: [],
        appraisal: null,
        settingsDiffer: false,
        ownPaybackMonths: null,
        horizonDiffers: false,
        figures: null,
      });
      continue;
    }
    const c = counted[v++];
    const f = priceFactor(ev.priceYear, priceYear);
    rows.push({
      key: m.key,
      label: m.label,
      status: 'ok',
      issues: [],
      included: true,
      priceYear: ev.priceYear,
      priceFactor: f,
      ruleYears: ev.ruleYears,
      appraisal: ev.appraisal,
      settingsDiffer: c.differs,
      ownPaybackMonths: c.differs ? ev.figures.paybackMonths.samhalle : null,
      horizonDiffers: ev.horizonYears !== horizonYears,
      figures: converted(c.figures, f, ev.horizonYears),
    });
  }

  const financiers: FinancierView[] = totals
    ? FINANCIERS.map((actor) => {
        const putIn = totals.cost[actor];
        const back = totals.profitHorizon[actor] + putIn;
        return {
          actor,
          putIn,
          yearlyBack: totals.yearlyRevenue[actor],
          backOverHorizon: back,
          net: totals.profitHorizon[actor],
          backPerKrona: putIn > 0 ? back / putIn : null,
          paybackMonths: totals.paybackMonths[actor],
        };
      })
    : [];

  return {
    priceYear,
    horizonYears,
    settings,
    adjusted: !isNeutral(settings),
    members: rows,
    totals,
    financiers,
    rankings: rankMembers(rows),
    benchmarks: PORTFOLIO_BENCHMARKS,
    counts: {
      members: members.length,
      included: valued.length,
      invalid: rows.filter((r) => r.status === 'invalid').length,
      missing: rows.filter((r) => r.status === 'missing').length,
      settingsDiffer: rows.filter((r) => r.settingsDiffer).length,
    },
  };
}
