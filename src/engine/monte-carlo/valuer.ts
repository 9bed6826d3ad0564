/**
 * Valuing one Monte Carlo draw (MODEL.md §10): the reduced form of
 * reduce.ts valued at drawn parameter values — a few dozen income items,
 * the tax of each combination taxed together, the resource uses — and
 * appraised as the full evaluation appraises a segment. The result equals
 * the full evaluation at the drawn parameters (tested draw by draw).
 */
import {
  costVector,
  discountedFlows,
  effectFactor,
  isNeutral,
  paybackMonths,
  sumYears,
  type Payback,
} from '../appraisal';
import { cohortBudget, type Prepared } from '../evaluation/prepare';
import type { KeyFigures } from '../evaluation/result-types';
import { extraFundsScale, inDelay, seriesYears } from '../evaluation/what-if';
import {
  incomeItemEntries,
  resourceEntries,
  type LedgerContext,
  type LedgerEntry,
} from '../ledger';
import { PARAM_IDS, type ParamValues } from '../parameters';
import type { WhatIf } from '../schema';
import { incomeTax, type TaxSplit } from '../tax';
import {
  COST_PERSPECTIVES,
  OUTCOMES,
  PERSPECTIVES,
  type CostPerspective,
  type Party,
  type PerspectiveVector,
} from '../types';
import { asUnits } from '../units';
import { NO, NP, PI, reduce, REGISTRATION, SLOTS } from './reduce';

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

/** The slots a weight vector is non-zero in. */
function usedSlots(w: Float64Array): number[] {
  const used: number[] = [];
  for (let s = 0; s < SLOTS; s++) if (w[s]) used.push(s);
  return used;
}

/**
 * A valuer of the prepared scenario at the given what-ifs: given parameter
 * values, the total's yearly revenue, 1- and 5-year profitability and
 * payback, as `evaluatePrepared` would give them with those parameters.
 * Writes into `out` (numbers; payback "neg" as Infinity) to allocate little.
 * `varying`: the parameters whose values may differ from the price year's
 * set from call to call (every one unless told); the other contexts' copies
 * of the rest keep their own years' values and are not written again.
 */
export function createValuer(
  prep: Prepared,
  w: WhatIf,
  varying: readonly (keyof ParamValues)[] = PARAM_IDS,
) {
  const red = reduce(prep, w);
  const sc = prep.scenario;
  const settings = sc.appraisal;
  const neutral = isNeutral(settings);
  const H = sc.horizonYears;
  const years = seriesYears(H, w);
  const customResources = new Map(sc.customResources.map((c) => [c.id, c]));
  const nItems = red.items.length;
  const taxable = new Float64Array(nItems);
  const work = new Float64Array(nItems);
  const sick = new Float64Array(nItems);
  const slots = new Float64Array(SLOTS * NP);
  // The slots each item, combination and resource use has a weight in, found once: a draw
  // visits only those.
  const itemSlots = red.items.map((x) => usedSlots(x.w));
  const nProfiles = red.profiles.length;
  const profileSlots = red.profiles.map((x) => usedSlots(x.w));
  const resourceSlots = red.resources.map((x) => usedSlots(x.w));
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
      const side = inDelay(w, y) ? sideB : sideA;
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
      for (const id of varying) {
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
      const wt = red.items[i].w;
      for (const s of itemSlots[i])
        for (let k = 0; k < NP; k++) slots[s * NP + k] += wt[s] * vec[k];
    }
    for (let j = 0; j < nProfiles; j++) {
      const p = red.profiles[j];
      const ids = p.items;
      let tx = 0;
      let wk = 0;
      let sk = 0;
      for (let m = 0; m < ids.length; m++) {
        const i = ids[m];
        tx += taxable[i];
        wk += work[i];
        sk += sick[i];
      }
      if (tx <= 0) continue;
      const t = incomeTax(tx, wk, cxParams[p.cx], sk);
      for (const s of profileSlots[j]) addTax(slots, s * NP, t, p.w[s]);
    }
    for (let j = 0; j < red.resources.length; j++) {
      const r = red.resources[j];
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
      for (const s of resourceSlots[j])
        for (let k = 0; k < NP; k++) slots[s * NP + k] += r.w[s] * vec[k];
    }

    // Extra funds scale the participants (and the revenue) with the budget.
    let budget = 0;
    sc.cohorts.forEach((c, i) => {
      const cx = prep.cohortContext[i];
      budget +=
        cohortBudget(c, prep.cohortParticipants[i], cxParams[cx], params.indirectTaxRate) *
        prep.contexts[cx].priceFactor;
    });
    const scale = extraFundsScale(w, budget);
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
  return asUnits<KeyFigures>({
    yearlyRevenue: vector(0),
    profitYear1: vector(NP),
    profitYear5: vector(2 * NP),
    paybackMonths: paybacks,
  });
}
