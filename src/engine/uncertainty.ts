/**
 * Uncertainty (MODEL.md §10): Monte Carlo over the parameter ranges. Every
 * parameter with a low–high range is drawn from a distribution — triangular
 * (low, value, high) by default, uniform (low, high), or normal (mean =
 * value, low–high as the 90 % interval, truncated to the parameter's domain) —
 * independently, from a seeded generator, so a run can be reproduced.
 *
 * A draw changes every parameter, so every situation must be valued anew.
 * To make 10 000 draws cheap, the participants are reduced once to what a
 * valuation needs: the distinct income items (whose entries are linear in
 * the parameters), the distinct combinations of items that are taxed
 * together (income tax is not linear) and the resource uses, each with its
 * weight — participants × what-if weight, signed (+ after, − before), per
 * outcome type and side (with and without the delayed studies → work). A
 * draw then values a few dozen items and evaluates the tax of each
 * combination, instead of building the ledger of every situation. The result
 * equals the full evaluation at the drawn parameters (tested draw by draw).
 */
import {
  costVector,
  discountedFlows,
  effectFactor,
  isNeutral,
  paybackMonths,
  sumYears,
  type Payback,
} from './appraisal';
import {
  afterVariant,
  beforeRowsByOutcome,
  cohortBudget,
  contextIndexOfKey,
  conversionWeights,
  outcomeOf,
  type KeyFigures,
  type Kind,
  type Prepared,
} from './evaluate';
import {
  incomeItemEntries,
  registrationTopUp,
  resourceEntries,
  situationKey,
  type LedgerContext,
  type LedgerEntry,
} from './ledger';
import {
  PARAM_IDS,
  PARAMETER_DEFS,
  paramDefsFor,
  type ParamId,
  type ParamValues,
} from './parameters';
import type {
  DistributionKind,
  IncomeItem,
  Situation,
  UncertaintySettings,
  WhatIf,
} from './schema';
import { incomeTax, type TaxSplit } from './tax';
import {
  COST_PERSPECTIVES,
  OUTCOMES,
  PERSPECTIVES,
  type CostPerspective,
  type Party,
  type Perspective,
  type PerspectiveVector,
} from './types';

// ---------------------------------------------------------------------------
// Random numbers and distributions

/** Mulberry32: a small, fast generator with a 32-bit seed; uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** z of the 95th percentile: low–high is read as a 90 % interval for the normal distribution. */
const Z95 = 1.6448536269514722;

export interface SampledParameter {
  id: ParamId;
  distribution: DistributionKind;
  low: number;
  mode: number;
  high: number;
}

/**
 * The parameters a run samples, with their distribution and range: every
 * parameter with low < high that is not fixed. A value edited outside its
 * range widens the range to include it.
 */
export function sampledParameters(
  values: ParamValues,
  settings: UncertaintySettings,
  year?: number,
): SampledParameter[] {
  const out: SampledParameter[] = [];
  const defs = paramDefsFor(year);
  for (const id of PARAM_IDS) {
    const choice = settings.distributions[id] ?? settings.distribution;
    if (choice === 'fixed') continue;
    const def = defs[id];
    const mode = values[id];
    const low = Math.min(def.low, mode);
    const high = Math.max(def.high, mode);
    if (!(high > low)) continue;
    out.push({ id, distribution: choice, low, mode, high });
  }
  return out;
}

/** Standard normal deviate (Box–Muller). */
function gauss(rand: () => number): number {
  const u = 1 - rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** One draw of a parameter. */
export function drawParameter(p: SampledParameter, rand: () => number): number {
  const { low, mode, high } = p;
  switch (p.distribution) {
    case 'uniform':
      return low + rand() * (high - low);
    case 'triangular': {
      const u = rand();
      const c = (mode - low) / (high - low);
      return u < c
        ? low + Math.sqrt(u * (high - low) * (mode - low))
        : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
    }
    case 'normal': {
      const sd = (high - low) / (2 * Z95);
      const max = PARAMETER_DEFS[p.id].unit === 'share' ? 1 : Infinity;
      // Truncated to the parameter's domain (≥ 0; shares ≤ 1) by redrawing.
      for (let i = 0; i < 50; i++) {
        const x = mode + sd * gauss(rand);
        if (x >= 0 && x <= max) return x;
      }
      return Math.min(max, Math.max(0, mode));
    }
  }
}

// ---------------------------------------------------------------------------
// The reduced form of a prepared scenario

const NP = PERSPECTIVES.length;
const PI = Object.fromEntries(PERSPECTIVES.map((p, i) => [p, i])) as Record<Perspective, number>;
const NO = OUTCOMES.length;
const WORK = OUTCOMES.indexOf('work');
const STUDIES = OUTCOMES.indexOf('studies');
/** Slots: side A (all what-ifs) per outcome type, then side B (before the delayed studies → work). */
const SLOTS = 2 * NO;

interface Weighted {
  w: Float64Array;
}

interface Reduced {
  /** Distinct income items per valuation context (`cx`, an index into `prep.contexts`). */
  items: (Weighted & { item: IncomeItem; cx: number })[];
  /** Items taxed together (one person's income), by index into `items`. */
  profiles: (Weighted & { items: number[]; cx: number })[];
  /** Resource uses: weight × quantity; `#registration`: Af's handling of registered job seekers. */
  resources: (Weighted & { item: string; cx: number })[];
  delayed: boolean;
}

const REGISTRATION = '#registration';

function reduce(prep: Prepared, w: WhatIf): Reduced {
  const a = prep.timePoints.exit!;
  const delayed = w.studiesToWorkShare > 0 && w.studiesToWorkDelayYears > 0;
  const items = new Map<string, Weighted & { item: IncomeItem; index: number; cx: number }>();
  const profiles = new Map<string, Weighted & { items: number[]; cx: number }>();
  const resources = new Map<string, Weighted & { item: string; cx: number }>();
  const slotArray = () => new Float64Array(SLOTS);
  const resource = (cx: number, item: string, slot: number, amount: number) => {
    const k = `${cx}|${item}`;
    let entry = resources.get(k);
    if (!entry) resources.set(k, (entry = { item, cx, w: slotArray() }));
    entry.w[slot] += amount;
  };

  /** Add weight × situation `s` of context `cx`, carried to the price year. */
  const addIn = (cx: number, s: Situation, slot: number, weight: number) => {
    if (!weight) return;
    weight *= prep.contexts[cx].priceFactor;
    const ids: number[] = [];
    for (const i of s.income) {
      if (!(i.extent > 0)) continue;
      const k = `${cx}|${situationKey({ income: [i], resources: [] })}`;
      let entry = items.get(k);
      if (!entry) items.set(k, (entry = { item: i, cx, w: slotArray(), index: items.size }));
      entry.w[slot] += weight;
      ids.push(entry.index);
    }
    if (ids.length) {
      ids.sort((x, y) => x - y);
      const k = ids.join(',');
      let profile = profiles.get(k);
      if (!profile) profiles.set(k, (profile = { items: ids, cx, w: slotArray() }));
      profile.w[slot] += weight;
    }
    for (const r of s.resources)
      if (r.quantity !== 0) resource(cx, r.item, slot, weight * r.quantity);
    const top = registrationTopUp(s);
    if (top > 0) resource(cx, REGISTRATION, slot, weight * top);
  };
  const add = (key: string, s: Situation, slot: number, weight: number) =>
    addIn(contextIndexOfKey(key), s, slot, weight);

  const q1 = w.subsidisedToUnsubsidisedShare;
  const q2 = w.studiesToWorkShare;
  const participants = new Float64Array(NO);
  // Before: side A moves q2 of the studies type to work (as evaluate's splitBefore does).
  beforeRowsByOutcome(prep, 'exit').forEach((rows, c) => {
    for (const [key, counts] of rows) {
      const n = counts[0];
      if (!n) continue;
      participants[c] += n;
      const s = prep.situations.get(key)!;
      if (c === STUDIES) {
        add(key, s, WORK, -n * q2);
        add(key, s, STUDIES, -n * (1 - q2));
      } else add(key, s, c, -n);
      if (delayed) add(key, s, NO + c, -n);
    }
  });
  const after = (kinds: [Kind, number][], offset: number) => {
    for (const [kind, weight] of kinds) {
      if (weight <= 0) continue;
      for (const [key, counts] of a.after) {
        const n = counts[0];
        if (!n) continue;
        const t = afterVariant(prep.situations.get(key)!, kind, kind & 1 ? null : w.subsidyShare);
        add(key, t, offset + OUTCOMES.indexOf(outcomeOf(t)), n * weight);
      }
    }
  };
  after(conversionWeights(w), 0);
  if (delayed)
    after(
      [
        [0, 1 - q1],
        [1, q1],
      ],
      NO,
    );
  // Fewer care visits and days: per participant of each type.
  const care: [string, number][] = [
    ['vardcentralBesok', w.fewerPrimaryCareVisits],
    ['psykiatriVarddygn', w.fewerPsychiatricCareDays],
  ];
  for (const [item, amount] of care) {
    if (amount <= 0) continue;
    const perType = OUTCOMES.map((_, c) => {
      const moved = c === WORK ? q2 : c === STUDIES ? -q2 : 0;
      return participants[c] + moved * participants[STUDIES];
    });
    // Care reductions are valued with the price year's own rules (as the full evaluation does).
    const use = (slot: number, persons: number) =>
      resource(-1, item, slot, -amount * persons * prep.primaryFactor);
    perType.forEach((n, c) => use(c, n));
    if (delayed) participants.forEach((n, c) => use(NO + c, n));
  }
  return {
    items: [...items.values()],
    profiles: [...profiles.values()],
    resources: [...resources.values()],
    delayed,
  };
}

// ---------------------------------------------------------------------------
// Valuing a draw

function addParty(out: Float64Array, base: number, party: Party, amount: number) {
  if (party === 'arbetsgivare') return;
  out[base + PI[party]] += amount;
  if (party === 'af' || party === 'fk' || party === 'ovrigStat')
    out[base + PI.statenTotalt] += amount;
}

/** Net effect per perspective of ledger entries, as `summarise` + the perspective rows give it. */
function addEntries(out: Float64Array, entries: readonly LedgerEntry[]) {
  for (const e of entries) {
    if (e.kind === 'real') {
      out[PI.samhalle] += e.amount;
      addParty(out, 0, e.bearer, e.amount);
    } else {
      addParty(out, 0, e.from, -e.amount);
      addParty(out, 0, e.to, e.amount);
    }
  }
}

/** Add weight × the income tax's effect per perspective (the entries of `incomeTaxEntries`). */
function addTax(out: Float64Array, base: number, t: TaxSplit, weight: number) {
  const state = t.state - t.jobTaxCredit - t.incomeCredit - t.sickCompensationCredit;
  out[base + PI.kommun] += weight * t.kommun;
  out[base + PI.region] += weight * t.region;
  out[base + PI.ovrigStat] += weight * state;
  out[base + PI.statenTotalt] += weight * state;
  out[base + PI.individ] -= weight * t.total;
}

/**
 * A valuer of the prepared scenario at the given what-ifs: given parameter
 * values, the total's yearly revenue, 1- and 5-year profitability and
 * payback, as `evaluatePrepared` would give them with those parameters.
 * Writes into `out` (numbers; payback "neg" as Infinity) to allocate little.
 */
export function createValuer(prep: Prepared, w: WhatIf) {
  const red = reduce(prep, w);
  const sc = prep.scenario;
  const settings = sc.appraisal;
  const neutral = isNeutral(settings);
  const H = sc.horizonYears;
  const years = Math.max(H, 5);
  const customResources = new Map(sc.customResources.map((c) => [c.id, c]));
  const nItems = red.items.length;
  const itemVec = new Float64Array(nItems * NP);
  const taxable = new Float64Array(nItems);
  const work = new Float64Array(nItems);
  const sick = new Float64Array(nItems);
  const slots = new Float64Array(SLOTS * NP);
  const entries: LedgerEntry[] = [];
  const vec = new Float64Array(NP);
  const series: number[] = new Array<number>(years);
  const sideA = new Float64Array(NO * NP);
  const sideB = new Float64Array(NO * NP);

  /**
   * Revenue of year y (1-based) for perspective index k, with the appraisal
   * settings; memoised per draw (discounted flows ask for it month by month,
   * up to 100 years, for every perspective).
   */
  const MAX_YEARS = 101;
  const yearRevenue = new Float64Array((MAX_YEARS + 1) * NP);
  const yearStamp = new Int32Array(MAX_YEARS + 1);
  let stamp = 0;
  const revenue = (y: number, k: number) => {
    if (y > MAX_YEARS) y = MAX_YEARS;
    if (yearStamp[y] !== stamp) {
      yearStamp[y] = stamp;
      const side = y > w.studiesToWorkDelayYears ? sideA : sideB;
      for (let j = 0; j < NP; j++) yearRevenue[y * NP + j] = 0;
      for (let c = 0; c < NO; c++) {
        const f = neutral ? 1 : effectFactor(settings, y, OUTCOMES[c]);
        for (let j = 0; j < NP; j++) yearRevenue[y * NP + j] += f * side[c * NP + j];
      }
    }
    return yearRevenue[y * NP + k];
  };

  /**
   * An upper bound of the revenue from year y on for perspective k: each
   * outcome type's positive part, fading at its persistence (discounting only
   * lowers it). Infinite when a positive part never fades.
   */
  const futureBound = (y: number, k: number) => {
    let bound = 0;
    const scaleEffect = (1 - settings.deadweight) * settings.attribution;
    for (let c = 0; c < NO; c++) {
      const positive = Math.max(0, sideA[c * NP + k], sideB[c * NP + k]) * scaleEffect;
      if (positive <= 0) continue;
      const p = settings.persistence[OUTCOMES[c]];
      if (p >= 1) return Infinity;
      bound += (positive * p ** (y - 1)) / (1 - p);
    }
    return bound;
  };

  /**
   * Each context's parameters at a draw: a sampled parameter moves every
   * year's value in proportion (a 10 % higher care cost is 10 % higher in
   * every year); the price year's own set takes the drawn values as they are.
   */
  const primary = prep.ctx.params;
  const nCx = prep.contexts.length;
  const cxParams: ParamValues[] = prep.contexts.map((c) => ({ ...c.ctx.params }));
  const cxCtx: LedgerContext[] = prep.contexts.map((c, i) => ({ ...c.ctx, params: cxParams[i] }));
  const primaryCtx: LedgerContext = { ...prep.ctx, customResources };
  const paramsOf = (params: ParamValues) => {
    for (let c = 0; c < nCx; c++) {
      const base = prep.contexts[c].ctx.params;
      if (base === primary) {
        // The price year's own set takes the drawn values as they are: no copy per draw.
        cxParams[c] = params;
        cxCtx[c].params = params;
        continue;
      }
      const target = cxParams[c];
      for (const id of PARAM_IDS) {
        const b = primary[id];
        const x = params[id];
        target[id] = x === b ? base[id] : b !== 0 ? (base[id] * x) / b : base[id] + x;
      }
    }
  };

  return (params: ParamValues, out: Float64Array) => {
    stamp++;
    paramsOf(params);
    primaryCtx.params = params;
    slots.fill(0);
    for (let i = 0; i < nItems; i++) {
      entries.length = 0;
      const inc = incomeItemEntries(red.items[i].item, cxCtx[red.items[i].cx], entries);
      taxable[i] = inc.taxable;
      work[i] = inc.work;
      sick[i] = inc.sick;
      vec.fill(0);
      addEntries(vec, entries);
      itemVec.set(vec, i * NP);
      const wt = red.items[i].w;
      for (let s = 0; s < SLOTS; s++) {
        if (!wt[s]) continue;
        for (let k = 0; k < NP; k++) slots[s * NP + k] += wt[s] * vec[k];
      }
    }
    for (const p of red.profiles) {
      let tx = 0;
      let wk = 0;
      let sk = 0;
      for (const i of p.items) {
        tx += taxable[i];
        wk += work[i];
        sk += sick[i];
      }
      if (tx <= 0) continue;
      const t = incomeTax(tx, wk, cxParams[p.cx], sk);
      for (let s = 0; s < SLOTS; s++) if (p.w[s]) addTax(slots, s * NP, t, p.w[s]);
    }
    for (const r of red.resources) {
      const ctx = r.cx < 0 ? primaryCtx : cxCtx[r.cx];
      entries.length = 0;
      if (r.item === REGISTRATION)
        entries.push({
          kind: 'real',
          component: 'handling',
          bearer: 'af',
          amount: -ctx.params.handlingAfJobseeker,
          source: REGISTRATION,
        });
      else resourceEntries({ item: r.item, quantity: 1 }, ctx, entries);
      vec.fill(0);
      addEntries(vec, entries);
      for (let s = 0; s < SLOTS; s++) {
        if (!r.w[s]) continue;
        for (let k = 0; k < NP; k++) slots[s * NP + k] += r.w[s] * vec[k];
      }
    }

    // Extra funds scale the participants (and the revenue) with the budget.
    let budget = 0;
    sc.cohorts.forEach((c, i) => {
      const cx = prep.cohortContext[i];
      budget +=
        cohortBudget(c, prep.cohortParticipants[i], cxParams[cx], params.indirectTaxRate) *
        prep.contexts[cx].priceFactor;
    });
    const scale = w.extraFunds > 0 && budget > 0 ? 1 + w.extraFunds / budget : 1;
    for (let j = 0; j < NO * NP; j++) {
      sideA[j] = slots[j] * scale;
      sideB[j] = (red.delayed ? slots[NO * NP + j] : slots[j]) * scale;
    }
    const cost = costVector(budget * scale, sc.financing, params.indirectTaxRate);

    // out: [yearly 0..NP) [profit1 NP..2NP) [profit5 2NP..3NP) [payback 3NP..4NP)
    for (let k = 0; k < NP; k++) {
      const p = PERSPECTIVES[k];
      const kCost = p === 'individ' ? 0 : cost[p];
      out[k] = revenue(1, k);
      if (neutral) {
        for (let y = 0; y < years; y++) series[y] = revenue(y + 1, k);
        out[NP + k] = sumYears(series, 1) - kCost;
        out[2 * NP + k] = sumYears(series, 5) - kCost;
        const pb = p === 'individ' ? 0 : paybackMonths(kCost, series);
        out[3 * NP + k] = pb === 'neg' ? Infinity : pb;
      } else {
        const flows = discountedFlows(
          kCost,
          (y) => revenue(y, k),
          settings.discountRate,
          60,
          (y) => futureBound(y, k),
        );
        out[NP + k] = flows.cumulative[12];
        out[2 * NP + k] = flows.cumulative[60];
        out[3 * NP + k] = flows.payback === 'neg' ? Infinity : flows.payback;
      }
    }
  };
}

/** The figures of a valuer's output array. */
export function drawFigures(out: Float64Array): KeyFigures {
  const vector = (offset: number) =>
    Object.fromEntries(PERSPECTIVES.map((p, k) => [p, out[offset + k]])) as PerspectiveVector;
  const paybacks = {} as Record<CostPerspective, Payback>;
  for (const p of COST_PERSPECTIVES) {
    const x = out[3 * NP + PI[p]];
    paybacks[p] = Number.isFinite(x) ? x : 'neg';
  }
  return {
    yearlyRevenue: vector(0),
    profitYear1: vector(NP),
    profitYear5: vector(2 * NP),
    paybackMonths: paybacks,
  };
}

// ---------------------------------------------------------------------------
// The run and its summary

export interface Band {
  p5: number;
  median: number;
  p95: number;
  mean: number;
}

export interface PaybackBand {
  p5: Payback;
  median: Payback;
  p95: Payback;
}

export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

export interface MonteCarloResult {
  seed: number;
  draws: number;
  sampled: SampledParameter[];
  /** The figures at the parameters' values (the deterministic result). */
  deterministic: KeyFigures;
  yearlyRevenue: Record<Perspective, Band>;
  profitYear1: Record<Perspective, Band>;
  profitYear5: Record<Perspective, Band>;
  paybackMonths: Record<CostPerspective, PaybackBand>;
  paybackTargetMonths: number;
  /** Share of draws whose payback is at most the target. */
  probabilityWithinTarget: Record<CostPerspective, number>;
  /** Share of draws whose 5-year profitability is positive. */
  probabilityProfitableYear5: Record<Perspective, number>;
  histograms: {
    /** Society's 5-year profitability. */
    profitYear5: HistogramBin[];
    /** Society's payback in months; draws that never pay back are counted apart. */
    paybackMonths: HistogramBin[];
    neverPaysBack: number;
  };
}

/** Linear-interpolation quantile of sorted values (type 7). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo];
  const b = sorted[hi];
  if (a === b) return a;
  return a + (h - lo) * (b - a);
}

/** Nearest-rank quantile for whole months: "neg" when it falls among draws that never pay back. */
function paybackQuantile(sorted: Float64Array, q: number): Payback {
  const x = sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
  return Number.isFinite(x) ? x : 'neg';
}

function band(values: Float64Array): Band {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const x of values) sum += x;
  return {
    p5: quantile(sorted, 0.05),
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    mean: sum / values.length,
  };
}

/** Equal-width bins over [min, max] of the finite values. */
export function histogram(values: ArrayLike<number>, bins: number): HistogramBin[] {
  let min = Infinity;
  let max = -Infinity;
  let finite = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (!Number.isFinite(x)) continue;
    finite++;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (min > max) return [];
  if (min === max) return [{ x0: min, x1: max, count: finite }];
  const width = (max - min) / bins;
  const out = Array.from({ length: bins }, (_, i) => ({
    x0: min + i * width,
    x1: i === bins - 1 ? max : min + (i + 1) * width,
    count: 0,
  }));
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (!Number.isFinite(x)) continue;
    out[Math.min(bins - 1, Math.floor((x - min) / width))].count++;
  }
  return out;
}

/** Bins of whole months for paybacks: at most `maxBins` bins, each a whole number of months wide. */
function paybackHistogram(values: Float64Array, maxBins: number): HistogramBin[] {
  let max = -Infinity;
  let min = Infinity;
  for (const x of values)
    if (Number.isFinite(x)) {
      if (x > max) max = x;
      if (x < min) min = x;
    }
  if (min > max) return [];
  const width = Math.max(1, Math.ceil((max - min + 1) / maxBins));
  const n = Math.ceil((max - min + 1) / width);
  const out = Array.from({ length: n }, (_, i) => ({
    x0: min + i * width,
    x1: min + (i + 1) * width,
    count: 0,
  }));
  for (const x of values) if (Number.isFinite(x)) out[Math.floor((x - min) / width)].count++;
  return out;
}

export interface MonteCarloOptions {
  /** Called every `progressEvery` draws and at the end. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

/**
 * Run the Monte Carlo analysis of a prepared scenario at the what-if
 * settings `w`, with the scenario's uncertainty settings (or `settings`).
 */
export function monteCarlo(
  prep: Prepared,
  w: WhatIf,
  settings: UncertaintySettings = prep.scenario.uncertainty,
  options: MonteCarloOptions = {},
): MonteCarloResult {
  const values = prep.ctx.params;
  const sampled = sampledParameters(values, settings, prep.primaryYear);
  const rand = seededRandom(settings.seed);
  const valuer = createValuer(prep, w);
  const n = settings.draws;
  const out = new Float64Array(4 * NP);
  /** Per metric block and perspective, the draws: [block · NP + k][draw]. */
  const store = Array.from({ length: 4 * NP }, () => new Float64Array(n));
  const params = { ...values };
  const every = options.progressEvery ?? 500;
  for (let d = 0; d < n; d++) {
    for (const p of sampled) params[p.id] = drawParameter(p, rand);
    valuer(params, out);
    for (let j = 0; j < 4 * NP; j++) store[j][d] = out[j];
    if (options.onProgress && (d + 1) % every === 0 && d + 1 < n) options.onProgress(d + 1, n);
  }
  options.onProgress?.(n, n);

  const bands = (block: number) =>
    Object.fromEntries(PERSPECTIVES.map((p, k) => [p, band(store[block * NP + k])])) as Record<
      Perspective,
      Band
    >;
  const paybacks = {} as Record<CostPerspective, PaybackBand>;
  const within = {} as Record<CostPerspective, number>;
  const target = settings.paybackTargetMonths;
  for (const p of COST_PERSPECTIVES) {
    const raw = store[3 * NP + PI[p]];
    const sorted = Float64Array.from(raw).sort();
    paybacks[p] = {
      p5: paybackQuantile(sorted, 0.05),
      median: paybackQuantile(sorted, 0.5),
      p95: paybackQuantile(sorted, 0.95),
    };
    let hits = 0;
    for (const x of raw) if (x <= target) hits++;
    within[p] = hits / n;
  }
  const profitable = {} as Record<Perspective, number>;
  PERSPECTIVES.forEach((p, k) => {
    let hits = 0;
    for (const x of store[2 * NP + k]) if (x > 0) hits++;
    profitable[p] = hits / n;
  });
  const societyPayback = store[3 * NP + PI.samhalle];
  let never = 0;
  for (const x of societyPayback) if (!Number.isFinite(x)) never++;

  valuer(values, out);
  return {
    seed: settings.seed,
    draws: n,
    sampled,
    deterministic: drawFigures(out),
    yearlyRevenue: bands(0),
    profitYear1: bands(1),
    profitYear5: bands(2),
    paybackMonths: paybacks,
    paybackTargetMonths: target,
    probabilityWithinTarget: within,
    probabilityProfitableYear5: profitable,
    histograms: {
      profitYear5: histogram(store[2 * NP + PI.samhalle], 24),
      paybackMonths: paybackHistogram(societyPayback, 24),
      neverPaysBack: never,
    },
  };
}
