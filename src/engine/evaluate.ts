/**
 * Evaluating a scenario (MODEL.md §7). Participants are aggregated by
 * situation, each distinct situation is valued once through the ledger, and
 * the what-if settings — which act linearly on the after-situations — are
 * applied to per-segment sums of a few "basis" variants (subsidised work
 * converted or not, studies converted or not, subsidy level 0 or 1). The
 * cost of an evaluation grows with the number of distinct situations, not of
 * participants, and a slider move costs microseconds once its basis exists.
 */
import {
  CELL_SIZE,
  extentBySource,
  ledgerFor,
  makeContext,
  N_COMPONENTS,
  partyRow,
  productionValue,
  rowTotal,
  sameSituation,
  situationHash,
  situationKey,
  SOCIETY_ROW,
  summarise,
  type LedgerContext,
} from './ledger';
import {
  costVector,
  discountedFlows,
  effectFactor,
  isNeutral,
  persistenceVaries,
  cumulativeByMonth,
  paybackMonths,
  perParticipant,
  sumYears,
  type Payback,
} from './appraisal';
import { SOURCE_DEFS, type AgeBand, type IncomeSource } from './catalogue';
import { priceFactor, ruleYearOf, type ParamValues, type RuleYear } from './parameters';
import { yearParameterSet } from './rule-sets';
import type { Cohort, ParameterSet, Scenario, Situation, WhatIf } from './schema';
import {
  COMPONENTS,
  GENDERS,
  OUTCOMES,
  PERSPECTIVES,
  zeroVector,
  type Component,
  type CostPerspective,
  type Gender,
  type Perspective,
  type PerspectiveVector,
} from './types';

export const TIME_POINTS = ['exit', 'm6', 'm24'] as const;
export type TimePoint = (typeof TIME_POINTS)[number];

export const NO_WHAT_IF: WhatIf = {
  subsidisedToUnsubsidisedShare: 0,
  subsidyShare: null,
  studiesToWorkShare: 0,
  studiesToWorkDelayYears: 0,
  extraFunds: 0,
  fewerPrimaryCareVisits: 0,
  fewerPsychiatricCareDays: 0,
};

/**
 * Participants at one time point, aggregated by situation: how many of each
 * segment (total, each cohort, each gender) were in each distinct situation
 * before, and are in each distinct situation at that time point.
 */
interface TimePointAgg {
  participants: Float64Array;
  budget: Float64Array;
  /** Per segment: Σ participants × production of full-time work at the potential wage of their year. */
  fullPotential: Float64Array;
  /** Situation key → participants per segment. */
  before: Map<string, Float64Array>;
  after: Map<string, Float64Array>;
  /**
   * The before-situations split by the outcome type of the after-situation
   * (index into OUTCOMES): for persistence per outcome type and the
   * uncertainty analysis. Built on first use (see `beforeRowsByOutcome`).
   */
  beforeByOutcome?: Map<string, Float64Array>[];
  /** Per outcome type, per segment: Σ count · value(before). Built when needed. */
  beforeSumByOutcome?: Float64Array[][];
  /** Per outcome type, per segment: participants. */
  participantsByOutcome?: Float64Array[];
  /** Per segment, the sum of count · value(before): independent of what-ifs, so kept. */
  beforeSum?: Float64Array[];
  sourcesBefore?: Map<IncomeSource, SourceStat>[];
  /** Lazily built sums of the after-situation variants, by basis id. */
  basis: Map<string, Basis>;
}

/** Per segment, Σ count · value(variant of the after-situation), with its source counts. */
interface Basis {
  sums: Float64Array[];
  /**
   * The same sums split by the outcome type of the (transformed) after-situation:
   * [type][segment]; empty unless persistence differs by type.
   */
  byOutcome: Float64Array[][];
  sources: Map<IncomeSource, SourceStat>[];
  outcome: { work: number; studies: number; other: number }[];
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
}

/** Which rules and price conversion each cohort was valued with (for results, print and the CLI). */
export interface CohortRules {
  cohortId: string;
  cohortYear: number | null;
  setId: string;
  ruleYear: number;
  /** True when the set is the scenario's own edited or pinned copy, not the year's defaults. */
  edited: boolean;
  priceFactor: number;
}

/** A scenario aggregated by situation, with a cache of valued situations. */
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
  /** The what-if sliders' baseline, computed on first use. */
  baseline?: { subW: number; subExt: number; inSub: number; inStudies: number };
  /** Segment 0 is the total, then one per cohort, then one per gender. */
  segments: { id: string; label: string }[];
  timePoints: Partial<Record<TimePoint, TimePointAgg>>;
  situations: Map<string, Situation>;
  values: Map<string, Float64Array>;
  /** Number of distinct before → exit transitions. */
  transitions: number;
  cohortBudget: number[];
  cohortParticipants: number[];
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

/** Aggregate participants by situation; value nothing yet. Hot path for large cohorts. */
export function prepare(scenario: Scenario): Prepared {
  const situations = new Map<string, Situation>();
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
      contexts.push({
        ctx: makeContext(set.values, scenario.customResources, { ageBand, activitySupportPayer }),
        setId: set.setId,
        year: set.year,
        priceFactor: priceFactor(set.year, priceYear),
      });
      contextIds.set(k, id);
    }
    return id;
  };
  /** Situation keys are interned to small integers; counts live in flat arrays. */
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const reps: Situation[] = [];
  const repContext: number[] = [];
  const buckets = new Map<number, number | number[]>();
  const intern = (s: Situation, cx: number): number => {
    const h = (situationHash(s) + Math.imul(cx, 0x9e3779b1)) | 0;
    const hit = buckets.get(h);
    if (hit !== undefined) {
      if (typeof hit === 'number') {
        if (repContext[hit] === cx && sameSituation(reps[hit], s)) return hit;
      } else
        for (const id of hit) if (repContext[id] === cx && sameSituation(reps[id], s)) return id;
    }
    const k = `${cx}|${situationKey(s)}`;
    let id = ids.get(k);
    if (id === undefined) {
      id = keys.length;
      ids.set(k, id);
      keys.push(k);
      reps.push(s);
      repContext.push(cx);
      situations.set(k, s);
    }
    if (hit === undefined) buckets.set(h, id);
    else if (typeof hit === 'number') buckets.set(h, [hit, id]);
    else hit.push(id);
    return id;
  };
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
  type Rows = { before: Float64Array[]; after: Float64Array[] };
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
  const rowOf = (list: Float64Array[], id: number) => (list[id] ??= new Float64Array(nSeg));
  /** Distinct exit situations per before situation: the distinct transitions. */
  const transitions: Set<number>[] = [];
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
    const after = intern(s, cx);
    const r = (rows[tp] ??= { before: [], after: [] });
    const rb = rowOf(r.before, before);
    const ra = rowOf(r.after, after);
    const pp = participants[tp];
    const bb = budget[tp];
    rb[0] += n;
    rb[segC] += n;
    rb[segG] += n;
    ra[0] += n;
    ra[segC] += n;
    ra[segG] += n;
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
      const before = intern(g.before, cx);
      const exit = count('exit', before, g.after, n, perHead, full, segC, segG, cx);
      (transitions[before] ??= new Set()).add(exit);
      if (g.followUp6) count('m6', before, g.followUp6, n, perHead, full, segC, segG, cx);
      if (g.followUp24) count('m24', before, g.followUp24, n, perHead, full, segC, segG, cx);
    }
  });

  const toMap = (list: Float64Array[]) => {
    const m = new Map<string, Float64Array>();
    list.forEach((row, id) => m.set(keys[id], row));
    return m;
  };
  const timePoints: Partial<Record<TimePoint, TimePointAgg>> = {};
  rows.exit ??= { before: [], after: [] };
  for (const tp of TIME_POINTS) {
    const r = rows[tp];
    if (r)
      timePoints[tp] = {
        participants: participants[tp],
        budget: budget[tp],
        fullPotential: fullPotential[tp],
        before: toMap(r.before),
        after: toMap(r.after),
        basis: new Map(),
      };
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
    values: new Map(),
    transitions: transitions.reduce((a, t) => a + t.size, 0),
    cohortBudget: budgets,
    cohortParticipants,
  };
}

/** The index of the context a situation key belongs to: its prefix (what-if variants keep it). */
export const contextIndexOfKey = (key: string): number => Number(key.slice(0, key.indexOf('|')));

/** The context a situation key belongs to. */
export function contextOfKey(prep: Prepared, key: string): ValuationContext {
  return prep.contexts[contextIndexOfKey(key)];
}

function valueOf(prep: Prepared, key: string): Float64Array {
  let v = prep.values.get(key);
  if (!v) {
    const s = prep.situations.get(key);
    if (!s) throw new Error(`unknown situation ${key}`);
    const c = contextOfKey(prep, key);
    v = summarise(ledgerFor(s, c.ctx));
    if (c.priceFactor !== 1) for (let i = 0; i < v.length; i++) v[i] *= c.priceFactor;
    prep.values.set(key, v);
  }
  return v;
}

// ---------------------------------------------------------------------------
// What-if transforms of an after-situation

function convert(s: Situation, from: IncomeSource): Situation {
  if (!s.income.some((i) => i.source === from)) return s;
  return {
    ...s,
    income: s.income.map((i) =>
      i.source === from
        ? {
            source: 'osubventioneratArbete' as const,
            extent: i.extent,
            ...(i.monthlyWage !== undefined ? { monthlyWage: i.monthlyWage } : {}),
          }
        : i,
    ),
  };
}

function withSubsidy(s: Situation, share: number): Situation {
  if (!s.income.some((i) => i.source === 'subventioneratArbete')) return s;
  return {
    ...s,
    income: s.income.map((i) =>
      i.source === 'subventioneratArbete' ? { ...i, subsidyShare: share } : i,
    ),
  };
}

/**
 * Basis variants of an after-situation. Kind bit 1: subsidised work became
 * unsubsidised; bit 2: studies became unsubsidised work. Subsidy "s0"/"s1":
 * every subsidy set to 0 or 1 (the value is linear in the subsidy share).
 */
export type Kind = 0 | 1 | 2 | 3;
type SubsidyBasis = 'own' | 's0' | 's1';

function variant(s: Situation, kind: Kind, subsidy: SubsidyBasis): Situation {
  let out = s;
  if (kind & 1) out = convert(out, 'subventioneratArbete');
  if (kind & 2) out = convert(out, 'studier');
  if (subsidy !== 'own') out = withSubsidy(out, subsidy === 's0' ? 0 : 1);
  return out;
}

/**
 * An after-situation with the what-ifs applied: `kind` as in `variant`, and
 * every subsidy set to `subsidyShare` unless it is null. For the uncertainty
 * analysis, which values each variant itself instead of interpolating bases.
 */
export function afterVariant(s: Situation, kind: Kind, subsidyShare: number | null): Situation {
  const out = variant(s, kind, 'own');
  return subsidyShare === null ? out : withSubsidy(out, subsidyShare);
}

/** The four conversion kinds of the what-ifs with their weights (side A: all what-ifs). */
export function conversionWeights(w: WhatIf): [Kind, number][] {
  const q1 = w.subsidisedToUnsubsidisedShare;
  const q2 = w.studiesToWorkShare;
  return [
    [0, (1 - q1) * (1 - q2)],
    [1, q1 * (1 - q2)],
    [2, (1 - q1) * q2],
    [3, q1 * q2],
  ];
}

// ---------------------------------------------------------------------------
// Results

export interface SourceStat {
  source: IncomeSource;
  persons: number;
  fte: number;
}

export interface SegmentResult {
  id: string;
  label: string;
  participants: number;
  /** Budget excl. indirect taxes. */
  budget: number;
  /** Budget per participant (excl. indirect taxes), to compare with the standard cost. */
  budgetPerParticipant: number;
  cost: PerspectiveVector;
  /** Yearly revenue in year 1 (= every year unless a delay is set). */
  yearlyRevenue: PerspectiveVector;
  revenuePerParticipant: PerspectiveVector;
  /** Revenue per year over max(horizon, 5) years. */
  revenueByYear: PerspectiveVector[];
  /** Year-1 revenue by component, per perspective. */
  components: Record<Perspective, Record<Component, number>>;
  profitYear1: PerspectiveVector;
  profitYear5: PerspectiveVector;
  profitHorizon: PerspectiveVector;
  profitYear1PerParticipant: PerspectiveVector;
  profitYear5PerParticipant: PerspectiveVector;
  profitHorizonPerParticipant: PerspectiveVector;
  paybackMonths: Record<CostPerspective, Payback>;
  /** Cumulative net result per month, 0..max(60, 12·horizon), per cost perspective. */
  cumulative: Record<CostPerspective, number[]>;
  potential: {
    before: number;
    after: number;
    utilised: number;
    beforePerParticipant: number;
    afterPerParticipant: number;
    utilisedPerParticipant: number;
    utilisedShare: number;
    /** The years to retirement the remaining potential is counted over, if chosen. */
    yearsToRetirement: number | null;
    /** The remaining potential after × years to retirement (the Balder report's ≈ 354 mkr). */
    remainingToRetirement: number | null;
  };
  disposableIncome: { before: number; after: number; change: number; changePerParticipant: number };
  incomeSources: { before: SourceStat[]; after: SourceStat[] };
  outcomeShares: { work: number; studies: number; other: number };
}

export interface TimePointResult {
  timePoint: TimePoint;
  participantsCovered: number;
  result: SegmentResult;
}

export interface Warning {
  code: string;
  sv: string;
  en: string;
}

export interface EvaluationResult {
  title: string;
  horizonYears: number;
  /** The parameter set(s) the cohorts were valued with, e.g. "se-2017" or "se-2017, se-2022". */
  parameterSetId: string;
  /** The year whose price level every amount is shown in. */
  priceYear: number;
  /** Per cohort: the rules it was valued with and the factor that carried it to the price year. */
  rules: CohortRules[];
  whatIf: WhatIf;
  total: SegmentResult;
  byCohort: SegmentResult[];
  byGender: SegmentResult[];
  followUps: TimePointResult[];
  baseline: {
    averageSubsidyShare: number | null;
    personsInSubsidisedWork: number;
    personsInStudies: number;
    extraParticipants: number;
  };
  benchmarks: { paybackMonths: number; costPerParticipant: number };
  /** Distinct transitions and situations, for the curious and the benchmark. */
  stats: { transitions: number; situations: number };
  warnings: Warning[];
}

class Accumulator {
  participants = 0;
  budget = 0;
  /** Σ participants × full-time production at the potential wage of their year. */
  fullPotential = 0;
  before: Float64Array = new Float64Array(CELL_SIZE);
  /** After-situation with all what-ifs (A), and without studies→work (B) for the delay years. */
  afterA = new Float64Array(CELL_SIZE);
  afterB: Float64Array = new Float64Array(CELL_SIZE);
  sourcesBefore: Map<IncomeSource, SourceStat> = new Map();
  sourcesAfter = new Map<IncomeSource, SourceStat>();
  outcome = { work: 0, studies: 0, other: 0 };
  /**
   * Per outcome type (index into OUTCOMES), only when persistence differs by
   * type: the after-sums A and B and the before-sums they are compared with.
   */
  byOutcome: {
    afterA: Float64Array[];
    afterB: Float64Array[];
    beforeA: Float64Array[];
    beforeB: Float64Array[];
  } | null = null;
  constructor(
    readonly id: string,
    readonly label: string,
  ) {}
}

function addScaled(target: Float64Array, src: Float64Array, k: number) {
  for (let i = 0; i < CELL_SIZE; i++) target[i] += k * src[i];
}

interface SourceProfile {
  extents: [IncomeSource, number][];
  outcome: 'work' | 'studies' | 'other';
}
const profiles = new WeakMap<Situation, SourceProfile>();

/** The outcome type of a situation: work (any work), studies (studies, no work) or other. */
export const outcomeOf = (s: Situation) => profileOf(s).outcome;

/** Extent per source and the outcome class of a situation, computed once per situation object. */
function profileOf(s: Situation): SourceProfile {
  let p = profiles.get(s);
  if (!p) {
    const m = extentBySource(s);
    let outcome: SourceProfile['outcome'] = m.has('studier') ? 'studies' : 'other';
    for (const src of m.keys()) if (SOURCE_DEFS[src].category === 'work') outcome = 'work';
    p = { extents: [...m], outcome };
    profiles.set(s, p);
  }
  return p;
}

function addSources(map: Map<IncomeSource, SourceStat>, profile: SourceProfile, n: number) {
  for (const [source, e] of profile.extents) {
    let st = map.get(source);
    if (!st) map.set(source, (st = { source, persons: 0, fte: 0 }));
    st.persons += n;
    st.fte += n * e;
  }
}

/** Perspective value of row sums in a value matrix (society = real row; staten = af+fk+ovrigStat). */
function perspectiveRow(m: Float64Array, p: Perspective, c?: number): number {
  const get = (row: number) => (c === undefined ? rowTotal(m, row) : m[row * N_COMPONENTS + c]);
  switch (p) {
    case 'samhalle':
      return get(SOCIETY_ROW);
    case 'statenTotalt':
      return get(partyRow('af')) + get(partyRow('fk')) + get(partyRow('ovrigStat'));
    default:
      return get(partyRow(p));
  }
}

function vectorOf(m: Float64Array): PerspectiveVector {
  const v = zeroVector();
  for (const p of PERSPECTIVES) v[p] = perspectiveRow(m, p);
  return v;
}

const sub = (a: PerspectiveVector, b: PerspectiveVector) => {
  const v = zeroVector();
  for (const p of PERSPECTIVES) v[p] = a[p] - b[p];
  return v;
};
const scaleV = (a: PerspectiveVector, k: number) => {
  const v = zeroVector();
  for (const p of PERSPECTIVES) v[p] = a[p] * k;
  return v;
};

function finish(acc: Accumulator, prep: Prepared, w: WhatIf, scale: number): SegmentResult {
  const p = prep.ctx.params;
  const sc = prep.scenario;
  const H = sc.horizonYears;
  const years = Math.max(H, 5);
  const n = acc.participants * scale;
  const budget = acc.budget * scale;
  const cost = costVector(budget, sc.financing, p.indirectTaxRate);
  const before = vectorOf(acc.before);
  const revA = scaleV(sub(vectorOf(acc.afterA), before), scale);
  const delayed = w.studiesToWorkShare > 0 && w.studiesToWorkDelayYears > 0;
  const revB = delayed ? scaleV(sub(vectorOf(acc.afterB), before), scale) : revA;
  /** Revenue of year y before the appraisal settings: the studies→work delay only. */
  const baseRevenue = (y: number) => (y > w.studiesToWorkDelayYears ? revA : revB);
  const settings = sc.appraisal;
  const neutral = isNeutral(settings);
  const revenueOfYear = neutral
    ? baseRevenue
    : adjustedRevenue(acc, settings, w, scale, baseRevenue);
  const revenueByYear: PerspectiveVector[] = [];
  for (let y = 1; y <= years; y++) revenueByYear.push(revenueOfYear(y));
  const yearly = revenueByYear[0];

  const components = {} as Record<Perspective, Record<Component, number>>;
  const yearOneAfter = delayed && w.studiesToWorkDelayYears >= 1 ? acc.afterB : acc.afterA;
  for (const persp of PERSPECTIVES) {
    const row = {} as Record<Component, number>;
    COMPONENTS.forEach((c, ci) => {
      row[c] =
        (perspectiveRow(yearOneAfter, persp, ci) - perspectiveRow(acc.before, persp, ci)) * scale;
    });
    components[persp] = row;
  }

  const profitYear1 = zeroVector();
  const profitYear5 = zeroVector();
  const profitHorizon = zeroVector();
  const paybacks = {} as Record<CostPerspective, Payback>;
  const cumulative = {} as Record<CostPerspective, number[]>;
  const months = Math.max(60, 12 * H);
  for (const persp of PERSPECTIVES) {
    const k = cost[persp];
    if (neutral) {
      // The reports' arithmetic, exactly: whole cost in year 1, no discounting.
      const series = revenueByYear.map((r) => r[persp]);
      profitYear1[persp] = sumYears(series, 1) - k;
      profitYear5[persp] = sumYears(series, 5) - k;
      profitHorizon[persp] = sumYears(series, H) - k;
      if (persp !== 'individ') {
        paybacks[persp] = paybackMonths(k, series);
        cumulative[persp] = cumulativeByMonth(k, series, months);
      }
    } else {
      const flows = discountedFlows(
        k,
        (y) => revenueOfYear(y)[persp],
        settings.discountRate,
        Math.max(months, 12 * years),
      );
      profitYear1[persp] = flows.cumulative[12];
      profitYear5[persp] = flows.cumulative[60];
      profitHorizon[persp] = flows.cumulative[12 * H];
      if (persp !== 'individ') {
        paybacks[persp] = flows.payback;
        cumulative[persp] = flows.cumulative.slice(0, months + 1);
      }
    }
  }

  // Potential: production of full-time unsubsidised work at the potential wage (the median wage
  // of each cohort's year), less the real net effect of the situation.
  const potBefore = (acc.fullPotential - rowTotal(acc.before, SOCIETY_ROW)) * scale;
  const potAfter = (acc.fullPotential - rowTotal(yearOneAfter, SOCIETY_ROW)) * scale;
  const retire = sc.valuation.yearsToRetirement;
  const indiv = partyRow('individ');
  const diBefore = rowTotal(acc.before, indiv) * scale;
  const diAfter = rowTotal(yearOneAfter, indiv) * scale;
  const per = (x: PerspectiveVector) => scaleV(x, n > 0 ? 1 / n : 0);
  const stats = (m: Map<IncomeSource, SourceStat>) =>
    [...m.values()].map((s) => ({
      source: s.source,
      persons: s.persons * scale,
      fte: s.fte * scale,
    }));

  return {
    id: acc.id,
    label: acc.label,
    participants: n,
    budget,
    budgetPerParticipant: perParticipant(budget, n),
    cost,
    yearlyRevenue: yearly,
    revenuePerParticipant: per(yearly),
    revenueByYear,
    components,
    profitYear1,
    profitYear5,
    profitHorizon,
    profitYear1PerParticipant: per(profitYear1),
    profitYear5PerParticipant: per(profitYear5),
    profitHorizonPerParticipant: per(profitHorizon),
    paybackMonths: paybacks,
    cumulative,
    potential: {
      before: potBefore,
      after: potAfter,
      utilised: potBefore - potAfter,
      beforePerParticipant: perParticipant(potBefore, n),
      afterPerParticipant: perParticipant(potAfter, n),
      utilisedPerParticipant: perParticipant(potBefore - potAfter, n),
      utilisedShare: potBefore > 0 ? (potBefore - potAfter) / potBefore : 0,
      yearsToRetirement: retire,
      remainingToRetirement: retire === null ? null : potAfter * retire,
    },
    disposableIncome: {
      before: diBefore,
      after: diAfter,
      change: diAfter - diBefore,
      changePerParticipant: perParticipant(diAfter - diBefore, n),
    },
    incomeSources: { before: stats(acc.sourcesBefore), after: stats(acc.sourcesAfter) },
    outcomeShares: {
      work: acc.participants > 0 ? acc.outcome.work / acc.participants : 0,
      studies: acc.participants > 0 ? acc.outcome.studies / acc.participants : 0,
      other: acc.participants > 0 ? acc.outcome.other / acc.participants : 0,
    },
  };
}

/**
 * Revenue of year y with persistence, deadweight and attribution applied
 * (memoised per year: discounted flows ask for up to 100 years). When the
 * persistence differs by outcome type, each type's change fades at its own rate.
 */
function adjustedRevenue(
  acc: Accumulator,
  settings: Scenario['appraisal'],
  w: WhatIf,
  scale: number,
  baseRevenue: (y: number) => PerspectiveVector,
): (y: number) => PerspectiveVector {
  const memo: PerspectiveVector[] = [];
  const bo = acc.byOutcome;
  if (!bo) return (y) => (memo[y] ??= scaleV(baseRevenue(y), effectFactor(settings, y, 'work')));
  const change = (after: Float64Array[], before: Float64Array[]) =>
    OUTCOMES.map((_, c) => scaleV(sub(vectorOf(after[c]), vectorOf(before[c])), scale));
  const partsA = change(bo.afterA, bo.beforeA);
  const partsB = bo.afterB === bo.afterA ? partsA : change(bo.afterB, bo.beforeB);
  return (y) => {
    if (memo[y]) return memo[y];
    const parts = y > w.studiesToWorkDelayYears ? partsA : partsB;
    const v = zeroVector();
    OUTCOMES.forEach((o, c) => {
      const f = effectFactor(settings, y, o);
      for (const p of PERSPECTIVES) v[p] += f * parts[c][p];
    });
    return (memo[y] = v);
  };
}

function getBasis(prep: Prepared, a: TimePointAgg, kind: Kind, subsidy: SubsidyBasis): Basis {
  // Sums per outcome type only when persistence differs by type: the common path stays lean.
  // (Part of the cache key: a copy of a Prepared with other settings may share the cache.)
  const split = persistenceVaries(prep.scenario.appraisal);
  const id = `${kind}:${subsidy}${split ? ':split' : ''}`;
  let basis = a.basis.get(id);
  if (basis) return basis;
  const nSeg = prep.segments.length;
  basis = {
    sums: prep.segments.map(() => new Float64Array(CELL_SIZE)),
    byOutcome: split
      ? OUTCOMES.map(() => prep.segments.map(() => new Float64Array(CELL_SIZE)))
      : [],
    sources: prep.segments.map(() => new Map()),
    outcome: prep.segments.map(() => ({ work: 0, studies: 0, other: 0 })),
  };
  for (const [key, counts] of a.after) {
    const s = prep.situations.get(key)!;
    const t = variant(s, kind, subsidy);
    let k = key;
    if (t !== s) {
      // The variant keeps its source's context (the prefix up to '|').
      k = key.slice(0, key.indexOf('|') + 1) + situationKey(t);
      if (!prep.situations.has(k)) prep.situations.set(k, t);
    }
    const v = valueOf(prep, k);
    // Source counts do not depend on the subsidy level: only the "own" bases carry them.
    const profile = subsidy === 'own' ? profileOf(t) : undefined;
    const byOutcome = split ? basis.byOutcome[OUTCOMES.indexOf(profileOf(t).outcome)] : null;
    for (let seg = 0; seg < nSeg; seg++) {
      const n = counts[seg];
      if (!n) continue;
      addScaled(basis.sums[seg], v, n);
      if (byOutcome) addScaled(byOutcome[seg], v, n);
      if (profile) {
        addSources(basis.sources[seg], profile, n);
        basis.outcome[seg][profile.outcome] += n;
      }
    }
  }
  a.basis.set(id, basis);
  return basis;
}

function beforeSums(prep: Prepared, a: TimePointAgg) {
  if (!a.beforeSum || !a.sourcesBefore) {
    const nSeg = prep.segments.length;
    const sums = prep.segments.map(() => new Float64Array(CELL_SIZE));
    const sources = prep.segments.map(() => new Map<IncomeSource, SourceStat>());
    for (const [key, counts] of a.before) {
      const v = valueOf(prep, key);
      const profile = profileOf(prep.situations.get(key)!);
      for (let seg = 0; seg < nSeg; seg++) {
        if (!counts[seg]) continue;
        addScaled(sums[seg], v, counts[seg]);
        addSources(sources[seg], profile, counts[seg]);
      }
    }
    a.beforeSum = sums;
    a.sourcesBefore = sources;
  }
  return { sums: a.beforeSum, sources: a.sourcesBefore };
}

/**
 * Participants per before-situation and segment, split by the outcome type of
 * their after-situation at time point `tp`. A second pass over the groups,
 * made only when needed, so that the common path stays as fast as it was.
 */
export function beforeRowsByOutcome(prep: Prepared, tp: TimePoint): Map<string, Float64Array>[] {
  const a = prep.timePoints[tp]!;
  if (a.beforeByOutcome) return a.beforeByOutcome;
  const nSeg = prep.segments.length;
  const nCohorts = prep.scenario.cohorts.length;
  const rows = OUTCOMES.map(() => new Map<string, Float64Array>());
  const keys = new WeakMap<Situation, string>();
  prep.scenario.cohorts.forEach((cohort, ci) => {
    cohort.groups.forEach((g, gi) => {
      const n = g.count;
      const after = tp === 'exit' ? g.after : tp === 'm6' ? g.followUp6 : g.followUp24;
      if (n <= 0 || !after) return;
      let bare = keys.get(g.before);
      if (bare === undefined) keys.set(g.before, (bare = situationKey(g.before)));
      const key = `${prep.groupContext[ci][gi]}|${bare}`;
      const byKey = rows[OUTCOMES.indexOf(profileOf(after).outcome)];
      let row = byKey.get(key);
      if (!row) byKey.set(key, (row = new Float64Array(nSeg)));
      row[0] += n;
      row[1 + ci] += n;
      row[1 + nCohorts + GENDERS.indexOf(g.gender)] += n;
    });
  });
  return (a.beforeByOutcome = rows);
}

/** Per outcome type of the after-situation: the before-sums and participants of each segment. */
function beforeByOutcome(prep: Prepared, a: TimePointAgg, tp: TimePoint) {
  if (!a.beforeSumByOutcome || !a.participantsByOutcome) {
    const nSeg = prep.segments.length;
    const byOutcome = beforeRowsByOutcome(prep, tp);
    a.beforeSumByOutcome = byOutcome.map((rows) => {
      const sums = prep.segments.map(() => new Float64Array(CELL_SIZE));
      for (const [key, counts] of rows) {
        const v = valueOf(prep, key);
        for (let seg = 0; seg < nSeg; seg++) if (counts[seg]) addScaled(sums[seg], v, counts[seg]);
      }
      return sums;
    });
    a.participantsByOutcome = byOutcome.map((rows) => {
      const n = new Float64Array(nSeg);
      for (const counts of rows.values())
        for (let seg = 0; seg < nSeg; seg++) n[seg] += counts[seg];
      return n;
    });
  }
  return { sums: a.beforeSumByOutcome, participants: a.participantsByOutcome };
}

/** Value of one unit of a built-in resource item (a care visit, a care day). */
function unitValue(prep: Prepared, item: 'vardcentralBesok' | 'psykiatriVarddygn') {
  const key = `#unit:${item}`;
  let v = prep.values.get(key);
  if (!v) {
    v = summarise(ledgerFor({ income: [], resources: [{ item, quantity: 1 }] }, prep.ctx));
    if (prep.primaryFactor !== 1) for (let i = 0; i < v.length; i++) v[i] *= prep.primaryFactor;
    prep.values.set(key, v);
  }
  return v;
}

/**
 * Accumulate one time point into its segments by combining basis sums with
 * the what-if weights: (1−q₁)(1−q₂), q₁(1−q₂), (1−q₁)q₂, q₁q₂ for the
 * conversions, (1−s)·[s=0] + s·[s=1] for a common subsidy level, and a care
 * reduction that is linear in the number of visits and days.
 */
function accumulate(prep: Prepared, w: WhatIf, tp: TimePoint): Accumulator[] {
  const a = prep.timePoints[tp]!;
  const nSeg = prep.segments.length;
  const accs = prep.segments.map((s) => new Accumulator(s.id, s.label));
  const before = beforeSums(prep, a);
  const q1 = w.subsidisedToUnsubsidisedShare;
  const q2 = w.studiesToWorkShare;
  const delayed = q2 > 0 && w.studiesToWorkDelayYears > 0;
  const weights = conversionWeights(w);
  const split = persistenceVaries(prep.scenario.appraisal);
  if (split)
    for (const acc of accs) {
      const arrays = () => OUTCOMES.map(() => new Float64Array(CELL_SIZE));
      const afterA = arrays();
      acc.byOutcome = {
        afterA,
        afterB: delayed ? arrays() : afterA,
        beforeA: arrays(),
        beforeB: [],
      };
    }
  /** Add weight · (the after-situations of this kind, at the chosen subsidy level) to side A or B. */
  const addKind = (side: 'A' | 'B', kind: Kind, weight: number, withStats: boolean) => {
    if (weight <= 0) return;
    const parts: [SubsidyBasis, number][] =
      w.subsidyShare === null || kind & 1
        ? [['own', weight]]
        : [
            ['s0', weight * (1 - w.subsidyShare)],
            ['s1', weight * w.subsidyShare],
          ];
    for (const [sb, wt] of parts) {
      if (wt <= 0) continue;
      const basis = getBasis(prep, a, kind, sb);
      for (let seg = 0; seg < nSeg; seg++) {
        const acc = accs[seg];
        addScaled(side === 'A' ? acc.afterA : acc.afterB, basis.sums[seg], wt);
        const bo = acc.byOutcome;
        if (bo)
          basis.byOutcome.forEach((sums, c) =>
            addScaled((side === 'A' ? bo.afterA : bo.afterB)[c], sums[seg], wt),
          );
      }
    }
    if (!withStats) return;
    const basis = getBasis(prep, a, kind, 'own');
    for (let seg = 0; seg < nSeg; seg++) {
      const acc = accs[seg];
      for (const st of basis.sources[seg].values()) {
        const cur = acc.sourcesAfter.get(st.source) ?? { source: st.source, persons: 0, fte: 0 };
        cur.persons += weight * st.persons;
        cur.fte += weight * st.fte;
        acc.sourcesAfter.set(st.source, cur);
      }
      const o = basis.outcome[seg];
      acc.outcome.work += weight * o.work;
      acc.outcome.studies += weight * o.studies;
      acc.outcome.other += weight * o.other;
    }
  };
  for (const [kind, weight] of weights) addKind('A', kind, weight, true);
  if (delayed) {
    addKind('B', 0, 1 - q1, false);
    addKind('B', 1, q1, false);
  }
  const care: [number, Float64Array][] = [];
  if (w.fewerPrimaryCareVisits > 0)
    care.push([w.fewerPrimaryCareVisits, unitValue(prep, 'vardcentralBesok')]);
  if (w.fewerPsychiatricCareDays > 0)
    care.push([w.fewerPsychiatricCareDays, unitValue(prep, 'psykiatriVarddygn')]);
  for (let seg = 0; seg < nSeg; seg++) {
    const acc = accs[seg];
    acc.participants = a.participants[seg];
    acc.budget = a.budget[seg];
    acc.fullPotential = a.fullPotential[seg];
    acc.before = before.sums[seg];
    acc.sourcesBefore = before.sources[seg];
    for (const [amount, unit] of care) {
      addScaled(acc.afterA, unit, -amount * acc.participants);
      if (delayed) addScaled(acc.afterB, unit, -amount * acc.participants);
    }
    if (!delayed) acc.afterB = acc.afterA;
    if (acc.byOutcome) splitBefore(acc.byOutcome, beforeByOutcome(prep, a, tp), seg, q2, care);
  }
  return accs;
}

const [WORK, STUDIES] = [OUTCOMES.indexOf('work'), OUTCOMES.indexOf('studies')];

/**
 * The before-sums per outcome type that side A (with studies → work share q2)
 * and side B (no conversion) are compared with — converting studies to work
 * moves q2 of the studies type's participants, and their before-situations,
 * to the work type — and the care reductions, per participant of each type.
 */
function splitBefore(
  bo: NonNullable<Accumulator['byOutcome']>,
  before: { sums: Float64Array[][]; participants: Float64Array[] },
  seg: number,
  q2: number,
  care: [number, Float64Array][],
) {
  const moved = (c: number) => (c === WORK ? q2 : c === STUDIES ? -q2 : 0);
  bo.beforeB = before.sums.map((sums) => sums[seg]);
  bo.beforeA = bo.beforeB.map((sums, c) => {
    const out = Float64Array.from(sums);
    if (moved(c)) addScaled(out, bo.beforeB[STUDIES], moved(c));
    return out;
  });
  for (let c = 0; c < OUTCOMES.length; c++) {
    const n = before.participants[c][seg];
    const nA = n + moved(c) * before.participants[STUDIES][seg];
    for (const [amount, unit] of care) {
      addScaled(bo.afterA[c], unit, -amount * nA);
      if (bo.afterB !== bo.afterA) addScaled(bo.afterB[c], unit, -amount * n);
    }
  }
}

/** Evaluate a prepared scenario with the given what-if settings. */
export function evaluatePrepared(
  prep: Prepared,
  whatIf: WhatIf = prep.scenario.whatIf,
): EvaluationResult {
  const sc = prep.scenario;
  const p = prep.ctx.params;
  const warnings: Warning[] = [];
  const totalBudget = prep.cohortBudget.reduce((a, b) => a + b, 0);
  let scale = 1;
  if (whatIf.extraFunds > 0) {
    if (totalBudget > 0) scale = 1 + whatIf.extraFunds / totalBudget;
    else
      warnings.push({
        code: 'extraFundsWithoutCost',
        sv: 'Extra medel kan inte fördelas när insatskostnaden är 0 kr.',
        en: 'Extra funds cannot be allocated when the cost is 0 kr.',
      });
  }
  const nCohorts = sc.cohorts.length;
  const exit = accumulate(prep, whatIf, 'exit');
  const total = finish(exit[0], prep, whatIf, scale);
  const byCohort = exit.slice(1, 1 + nCohorts).map((a) => finish(a, prep, whatIf, scale));
  const byGender = exit
    .slice(1 + nCohorts)
    .filter((a) => a.participants > 0)
    .map((a) => finish(a, prep, whatIf, scale));

  const followUps: TimePointResult[] = [
    { timePoint: 'exit', participantsCovered: exit[0].participants, result: total },
  ];
  for (const tp of ['m6', 'm24'] as const) {
    if (!prep.timePoints[tp]) continue;
    const acc = accumulate(prep, whatIf, tp)[0];
    followUps.push({
      timePoint: tp,
      participantsCovered: acc.participants,
      result: finish(acc, prep, whatIf, scale),
    });
  }

  if (exit[0].participants === 0)
    warnings.push({
      code: 'noParticipants',
      sv: 'Scenariot har inga deltagare.',
      en: 'The scenario has no participants.',
    });
  if (!isNeutral(sc.appraisal)) warnings.push(adjustedWarning(sc.appraisal));
  warnings.push(...rulesWarnings(prep));
  if (totalBudget === 0)
    warnings.push({
      code: 'zeroCost',
      sv: 'Insatskostnaden är 0 kr: återbetalningstiden blir 0 månader när intäkten är positiv.',
      en: 'The cost is 0 kr: payback is 0 months when revenue is positive.',
    });

  const { subW, subExt, inSub, inStudies } = (prep.baseline ??= sliderBaseline(prep));
  return {
    title: sc.title,
    horizonYears: sc.horizonYears,
    parameterSetId:
      sc.parameters?.setId ?? [...new Set(prep.cohortRules.map((r) => r.setId))].join(', '),
    priceYear: prep.priceYear,
    rules: prep.cohortRules,
    whatIf,
    total,
    byCohort,
    byGender,
    followUps,
    baseline: {
      averageSubsidyShare: subExt > 0 ? subW / subExt : null,
      personsInSubsidisedWork: inSub,
      personsInStudies: inStudies,
      extraParticipants: exit[0].participants * (scale - 1),
    },
    benchmarks: {
      paybackMonths: p.benchmarkPaybackMonths,
      costPerParticipant: p.standardCostPerParticipant,
    },
    stats: { transitions: prep.transitions, situations: prep.situations.size },
    warnings,
  };
}

/**
 * The baseline of the what-if sliders: the situation at exit without
 * what-ifs. Independent of the what-if settings, so computed once per
 * prepared scenario (it walks every distinct exit situation).
 */
function sliderBaseline(prep: Prepared): NonNullable<Prepared['baseline']> {
  let subW = 0;
  let subExt = 0;
  let inSub = 0;
  let inStudies = 0;
  for (const [key, counts] of prep.timePoints.exit!.after) {
    const n = counts[0];
    let hasSub = false;
    let hasStudies = false;
    const own = contextOfKey(prep, key).ctx.params;
    for (const i of prep.situations.get(key)!.income) {
      if (i.extent <= 0) continue;
      if (i.source === 'subventioneratArbete') {
        hasSub = true;
        subW += n * i.extent * (i.subsidyShare ?? own.defaultSubsidyShare);
        subExt += n * i.extent;
      }
      if (i.source === 'studier') hasStudies = true;
    }
    if (hasSub) inSub += n;
    if (hasStudies) inStudies += n;
  }
  return { subW, subExt, inSub, inStudies };
}

/**
 * Notes on the rules: a cohort without a year, or outside the years the
 * engine holds rules for, and the conversion of several years to one price year.
 */
function rulesWarnings(prep: Prepared): Warning[] {
  const out: Warning[] = [];
  const sc = prep.scenario;
  if (!sc.parameters) {
    const missing = sc.cohorts.filter((c) => c.year === undefined).map((c) => c.name);
    if (missing.length)
      out.push({
        code: 'cohortYearMissing',
        sv: `Kohort utan år (${missing.join(', ')}) värderas med ${ruleYearOf(undefined)} års regler.`,
        en: `A cohort without a year (${missing.join(', ')}) is valued with the rules of ${ruleYearOf(undefined)}.`,
      });
    const outside = sc.cohorts.filter((c) => c.year !== undefined && ruleYearOf(c.year) !== c.year);
    if (outside.length) {
      const list = outside.map((c) => `${c.name} (${c.year} → ${ruleYearOf(c.year)})`).join(', ');
      out.push({
        code: 'cohortYearOutsideRules',
        sv: `Regler finns för 2016–${ruleYearOf(undefined)}; närmaste år används: ${list}.`,
        en: `Rules are held for 2016–${ruleYearOf(undefined)}; the nearest year is used: ${list}.`,
      });
    }
  }
  const converted = prep.cohortRules.filter((r) => r.priceFactor !== 1);
  if (converted.length) {
    const list = (dec: string) =>
      converted
        .map((r) => `${r.ruleYear} × ${r.priceFactor.toFixed(3).replace('.', dec)}`)
        .join(', ');
    out.push({
      code: 'priceYearConverted',
      sv: `Belopp i ${prep.priceYear} års priser: ${list(',')} (KPI, SCB).`,
      en: `Amounts in ${prep.priceYear} prices: ${list('.')} (CPI, Statistics Sweden).`,
    });
  }
  return out;
}

/** A note that the figures use appraisal settings beyond the reports' arithmetic. */
function adjustedWarning(a: Scenario['appraisal']): Warning {
  const pct = (x: number, lang: 'sv' | 'en') =>
    `${Math.round(x * 1000) / 10}`.replace('.', lang === 'sv' ? ',' : '.') +
    (lang === 'sv' ? ' %' : '%');
  const list = (lang: 'sv' | 'en') => {
    const sv = lang === 'sv';
    const parts: string[] = [];
    if (a.discountRate > 0)
      parts.push(`${sv ? 'diskontering' : 'discounting'} ${pct(a.discountRate, lang)}`);
    if (OUTCOMES.some((o) => a.persistence[o] !== 1))
      parts.push(
        sv
          ? `hållbarhet arbete ${pct(a.persistence.work, lang)}, studier ${pct(a.persistence.studies, lang)}, övriga ${pct(a.persistence.other, lang)}`
          : `persistence work ${pct(a.persistence.work, lang)}, studies ${pct(a.persistence.studies, lang)}, other ${pct(a.persistence.other, lang)}`,
      );
    if (a.deadweight > 0) parts.push(`${sv ? 'dödvikt' : 'deadweight'} ${pct(a.deadweight, lang)}`);
    if (a.attribution < 1)
      parts.push(`${sv ? 'tillskrivning' : 'attribution'} ${pct(a.attribution, lang)}`);
    return parts.join('; ');
  };
  return {
    code: 'appraisalAdjusted',
    sv: `Justerat räknesätt (${list('sv')}): siffrorna är inte jämförbara med rapporternas, som tar hela kostnaden år 1, inte diskonterar och låter effekten bestå.`,
    en: `Adjusted arithmetic (${list('en')}): the figures are not comparable with the reports', which take the whole cost in year 1, never discount and let the effect last.`,
  };
}

/** The headline figures of a result, per perspective. */
export interface KeyFigures {
  yearlyRevenue: PerspectiveVector;
  profitYear1: PerspectiveVector;
  profitYear5: PerspectiveVector;
  paybackMonths: Record<CostPerspective, Payback>;
}

/** A segment's headline figures (what a slider's own effect and a Monte Carlo draw report). */
export function keyFigures(t: SegmentResult): KeyFigures {
  return {
    yearlyRevenue: t.yearlyRevenue,
    profitYear1: t.profitYear1,
    profitYear5: t.profitYear5,
    paybackMonths: t.paybackMonths,
  };
}

/** Evaluate a (validated) scenario with its own what-if settings. */
export function evaluateScenario(scenario: Scenario): EvaluationResult {
  return evaluatePrepared(prepare(scenario));
}

/** The value of one situation per perspective (net yearly effect), for explanations and tests. */
export function situationValue(
  s: Situation,
  params: ParamValues,
  options: Parameters<typeof makeContext>[2] = {},
): PerspectiveVector {
  return vectorOf(summarise(ledgerFor(s, makeContext(params, [], options))));
}

/** Society's yearly revenue of moving one person from `before` to `after`. */
export function stepValue(
  before: Situation,
  after: Situation,
  params: ParamValues,
): PerspectiveVector {
  return sub(situationValue(after, params), situationValue(before, params));
}
