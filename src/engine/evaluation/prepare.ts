/**
 * Preparing a scenario for evaluation (MODEL.md §7): the participants are
 * aggregated by situation — how many of each segment (the total, each
 * cohort, each gender) were in each distinct situation before, and are in
 * each at every time point — and each group is tied to the rules it is valued
 * with. Nothing is valued here; the hot path for large cohorts.
 */
import { makeContext, productionValue, type LedgerContext } from '../ledger';
import type { AgeBand } from '../catalogue';
import { priceFactor, ruleYearOf, type ParamValues, type RuleYear } from '../parameters';
import { yearParameterSet } from '../rule-sets';
import type { Cohort, ParameterSet, Scenario, Situation } from '../schema';
import { GENDERS, type Gender } from '../types';
import { newCache, type EvaluationCache } from './cache';
import { PairCounter, SegmentRows, SituationTable } from './interning';
import type { ValueStore } from './value-store';
import { TIME_POINTS, type CohortRules, type TimePoint } from './result-types';

/**
 * Participants at one time point, aggregated by situation: how many of each
 * segment were in each distinct situation before, and are in each distinct
 * situation at that time point.
 */
export interface TimePointAgg {
  participants: Float64Array;
  budget: Float64Array;
  /** Per segment: Σ participants × production of full-time work at the potential wage of their year. */
  fullPotential: Float64Array;
  /** Situation key → participants per segment. */
  before: Map<string, Float64Array>;
  after: Map<string, Float64Array>;
}

/**
 * The rules a group of participants is valued with: the parameter set of its
 * cohort's year (or the scenario's pinned set), its age band, and the factor
 * that carries kronor of that year to the results' price year.
 */
export interface ValuationContext {
  ctx: LedgerContext;
  setId: string;
  year: number;
  priceFactor: number;
  /** The context's number in the value store the scenario was prepared with. */
  stored?: number;
}

/** A scenario aggregated by situation, with the memo of its evaluations. */
export interface Prepared {
  scenario: Scenario;
  /** The context of the price year's rules: care what-ifs, benchmarks and the cost mark-up. */
  ctx: LedgerContext;
  /** Every (parameter set, age band) a group is valued with; situation keys start with its index and '|'. */
  contexts: ValuationContext[];
  priceYear: number;
  /** Carries `ctx`'s kronor to the price year (1 unless a pinned set is shown in another year). */
  primaryFactor: number;
  /** The year of `ctx`'s set, whose ranges the sensitivity and uncertainty analyses use. */
  primaryYear: number;
  cohortRules: CohortRules[];
  /** Per cohort, a context of its set (for its standard cost in the uncertainty analysis). */
  cohortContext: number[];
  /** Per cohort and group, the context its situations are valued in (-1: a group without participants). */
  groupContext: number[][];
  /** Segment 0 is the total, then one per cohort, then one per gender. */
  segments: { id: string; label: string }[];
  /** Every time point with participants; exit always, the follow-ups when some group has them. */
  timePoints: { exit: TimePointAgg } & Partial<Record<Exclude<TimePoint, 'exit'>, TimePointAgg>>;
  /** The distinct situations of the participants, by key. */
  situations: ReadonlyMap<string, Situation>;
  /** Number of distinct before → exit transitions. */
  transitions: number;
  cohortBudget: number[];
  cohortParticipants: number[];
  /** Valued situations and sums kept between evaluations (see cache.ts). */
  cache: EvaluationCache;
  /** Values kept from scenarios prepared before (value-store.ts), when given. */
  store?: ValueStore;
}

/**
 * The parameter set a cohort is valued with: the scenario's pinned set, or
 * the scenario's copy of the cohort's rule year, or that year's defaults.
 */
export function cohortParameterSet(
  scenario: Scenario,
  cohort: Cohort,
  defaults: Map<number, ParameterSet> = new Map(),
): { set: ParameterSet; edited: boolean } {
  return yearParameterSet(scenario, cohort.year, defaults);
}

/** The price year of the results: the scenario's, else the pinned set's, else the newest cohort's rule year. */
export function scenarioPriceYear(
  scenario: Pick<Scenario, 'priceYear' | 'parameters'> & {
    cohorts: readonly { year?: number }[];
  },
): number {
  if (scenario.priceYear !== undefined) return scenario.priceYear;
  if (scenario.parameters) return scenario.parameters.year;
  let newest: RuleYear | undefined;
  for (const c of scenario.cohorts) {
    const y = ruleYearOf(c.year);
    if (newest === undefined || y > newest) newest = y;
  }
  return newest ?? ruleYearOf(undefined);
}

/**
 * A cohort's budget excluding indirect taxes (MODEL.md §7), from its cost as
 * given: a total, per participant, the evaluated share of an annual budget,
 * or the standard cost. An amount stated including indirect taxes is
 * society's cost, budget × (1 + t), so the budget is amount / (1 + t); `t` is
 * the mark-up the cost is then valued with (the price year's), so that the
 * societal cost comes out as the amount given (e.g. 2 500 000 incl. →
 * 2 500 000 / 1.2435 = 2 010 454 kr excl.).
 */
export function cohortBudget(
  c: Cohort,
  participants: number,
  params: ParamValues,
  indirectTaxRate: number = params.indirectTaxRate,
): number {
  const cost = c.cost;
  let amount: number;
  switch (cost.mode) {
    case 'total':
      amount = cost.budget;
      break;
    case 'perParticipant':
      amount = cost.perParticipant * participants;
      break;
    case 'annualShare':
      amount = (cost.annualBudget * participants) / cost.annualParticipants;
      break;
    case 'standard':
      return params.standardCostPerParticipant * participants;
  }
  return cost.includesIndirectTaxes ? amount / (1 + indirectTaxRate) : amount;
}

const GENDER_LABEL: Record<Gender, string> = {
  kvinna: 'Kvinnor',
  man: 'Män',
  annat: 'Annat/okänt',
};

/**
 * Aggregate participants by situation; value nothing yet. Hot path for large
 * cohorts. With a `store`, situations valued for a scenario prepared before
 * in the same context are not valued again.
 */
export function prepare(scenario: Scenario, store?: ValueStore): Prepared {
  const priceYear = scenarioPriceYear(scenario);
  const activitySupportPayer = scenario.valuation.activitySupportPayer;

  // One valuation context per (parameter set, age band) in use.
  const contexts: ValuationContext[] = [];
  const contextIds = new Map<string, number>();
  // One object per set: the price year's set and a cohort of that year share their values.
  const defaults = new Map<number, ParameterSet>();
  const primarySet = yearParameterSet(scenario, priceYear, defaults).set;
  const cohortSets = scenario.cohorts.map((c) => cohortParameterSet(scenario, c, defaults));
  const contextOf = (ci: number, ageBand: AgeBand | undefined): number => {
    const { set, edited } = cohortSets[ci];
    // Sets are unique per (kind, id, year): the pinned set, one copy per year, or a year's defaults.
    const k = `${edited ? 'own' : 'default'}|${set.setId}|${set.year}|${ageBand ?? ''}`;
    let id = contextIds.get(k);
    if (id === undefined) {
      id = contexts.length;
      const factor = priceFactor(set.year, priceYear);
      contexts.push({
        ctx: makeContext(set.values, scenario.customResources, { ageBand, activitySupportPayer }),
        setId: set.setId,
        year: set.year,
        priceFactor: factor,
        stored: store?.contextId(
          set,
          scenario.customResources,
          ageBand,
          activitySupportPayer,
          factor,
        ),
      });
      contextIds.set(k, id);
    }
    return id;
  };
  /** Situation keys are interned to small integers; counts live in flat arrays. */
  const table = new SituationTable();
  const keys = table.keys;
  const nCohorts = scenario.cohorts.length;
  const nSeg = 1 + nCohorts + GENDERS.length;
  const segments = [
    { id: 'total', label: scenario.title },
    ...scenario.cohorts.map((c, i) => ({ id: c.id || `cohort-${i}`, label: c.name })),
    ...GENDERS.map((g) => ({ id: g, label: GENDER_LABEL[g] })),
  ];
  const cohortParticipants = scenario.cohorts.map((c) =>
    c.groups.reduce((a, g) => a + Math.max(0, g.count), 0),
  );
  const budgets = scenario.cohorts.map(
    (c, i) =>
      cohortBudget(
        c,
        cohortParticipants[i],
        cohortSets[i].set.values,
        primarySet.values.indirectTaxRate,
      ) * priceFactor(cohortSets[i].set.year, priceYear),
  );
  /** Production of full-time unsubsidised work at the potential wage, per context, in the price year. */
  const fullOf = (cx: number) => {
    const c = contexts[cx];
    return productionValue(1, c.ctx.params.potentialMonthlyWage, 0, c.ctx) * c.priceFactor;
  };

  // Per time point: participants per segment for each situation id, before and after.
  type Rows = { before: SegmentRows; after: SegmentRows };
  const rows: Record<TimePoint, Rows | undefined> = {
    exit: undefined,
    m6: undefined,
    m24: undefined,
  };
  const participants = {
    exit: new Float64Array(nSeg),
    m6: new Float64Array(nSeg),
    m24: new Float64Array(nSeg),
  };
  const budget = {
    exit: new Float64Array(nSeg),
    m6: new Float64Array(nSeg),
    m24: new Float64Array(nSeg),
  };
  const fullPotential = {
    exit: new Float64Array(nSeg),
    m6: new Float64Array(nSeg),
    m24: new Float64Array(nSeg),
  };
  /** Distinct (before, exit) pairs: the distinct transitions. */
  const transitions = new PairCounter();
  const count = (
    tp: TimePoint,
    before: number,
    s: Situation,
    n: number,
    perHead: number,
    full: number,
    segC: number,
    segG: number,
    cx: number,
  ) => {
    const after = table.intern(s, cx);
    const r = (rows[tp] ??= { before: new SegmentRows(nSeg), after: new SegmentRows(nSeg) });
    const rb = r.before.add(before);
    const ra = r.after.add(after);
    const pp = participants[tp];
    const bb = budget[tp];
    const cb = r.before.counts;
    cb[rb] += n;
    cb[rb + segC] += n;
    cb[rb + segG] += n;
    const ca = r.after.counts;
    ca[ra] += n;
    ca[ra + segC] += n;
    ca[ra + segG] += n;
    pp[0] += n;
    pp[segC] += n;
    pp[segG] += n;
    const money = n * perHead;
    bb[0] += money;
    bb[segC] += money;
    bb[segG] += money;
    const fp = fullPotential[tp];
    fp[0] += n * full;
    fp[segC] += n * full;
    fp[segG] += n * full;
    return after;
  };
  const groupContext: number[][] = scenario.cohorts.map((c) => c.groups.map(() => -1));
  const fullByContext: number[] = [];
  scenario.cohorts.forEach((cohort, ci) => {
    const perHead = cohortParticipants[ci] > 0 ? budgets[ci] / cohortParticipants[ci] : 0;
    const segC = 1 + ci;
    const bandContext = new Map<string, number>();
    for (let gi = 0; gi < cohort.groups.length; gi++) {
      const g = cohort.groups[gi];
      const n = g.count;
      if (n <= 0) continue;
      const segG = 1 + nCohorts + GENDERS.indexOf(g.gender);
      // Hot path: the context and its potential are looked up once per cohort and age band.
      const band = g.ageBand ?? '';
      let cx = bandContext.get(band);
      if (cx === undefined) bandContext.set(band, (cx = contextOf(ci, g.ageBand)));
      groupContext[ci][gi] = cx;
      const full = (fullByContext[cx] ??= fullOf(cx));
      const before = table.intern(g.before, cx);
      const exit = count('exit', before, g.after, n, perHead, full, segC, segG, cx);
      transitions.add(before, exit);
      if (g.followUp6) count('m6', before, g.followUp6, n, perHead, full, segC, segG, cx);
      if (g.followUp24) count('m24', before, g.followUp24, n, perHead, full, segC, segG, cx);
    }
  });

  const situations = new Map<string, Situation>();
  keys.forEach((k, id) => situations.set(k, table.reps[id]));
  const toMap = (list: SegmentRows) => list.byKey(keys);
  const aggOf = (tp: TimePoint, r: Rows): TimePointAgg => ({
    participants: participants[tp],
    budget: budget[tp],
    fullPotential: fullPotential[tp],
    before: toMap(r.before),
    after: toMap(r.after),
  });
  // Exit is always there (a scenario without participants has empty maps); follow-ups when given.
  const timePoints: Prepared['timePoints'] = {
    exit: aggOf(
      'exit',
      rows.exit ?? { before: new SegmentRows(nSeg), after: new SegmentRows(nSeg) },
    ),
  };
  for (const tp of TIME_POINTS) {
    const r = rows[tp];
    if (tp !== 'exit' && r) timePoints[tp] = aggOf(tp, r);
  }
  const cohortContext = scenario.cohorts.map((_, i) => contextOf(i, undefined));
  const cohortRules: CohortRules[] = scenario.cohorts.map((c, i) => ({
    cohortId: c.id || `cohort-${i}`,
    cohortYear: c.year ?? null,
    setId: cohortSets[i].set.setId,
    ruleYear: cohortSets[i].set.year,
    edited: cohortSets[i].edited,
    priceFactor: priceFactor(cohortSets[i].set.year, priceYear),
  }));
  return {
    scenario,
    ctx: makeContext(primarySet.values, scenario.customResources, { activitySupportPayer }),
    contexts,
    priceYear,
    primaryFactor: priceFactor(primarySet.year, priceYear),
    primaryYear: primarySet.year,
    cohortRules,
    cohortContext,
    groupContext,
    segments,
    timePoints,
    situations,
    transitions: transitions.size,
    cohortBudget: budgets,
    cohortParticipants,
    cache: newCache(),
    ...(store ? { store } : {}),
  };
}

/** The index of the context a situation key belongs to: its prefix (what-if variants keep it). */
export const contextIndexOfKey = (key: string): number => Number(key.slice(0, key.indexOf('|')));

/** The context a situation key belongs to. */
export function contextOfKey(prep: Prepared, key: string): ValuationContext {
  return prep.contexts[contextIndexOfKey(key)];
}
