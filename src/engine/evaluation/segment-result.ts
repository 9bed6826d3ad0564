/**
 * A segment's result (MODEL.md §7–8): the accumulated sums of segments.ts
 * turned into cost, revenue per year, profitability, payback, potential,
 * disposable income and income sources, with the appraisal settings applied.
 */
import {
  costVector,
  cumulativeByMonth,
  discountedFlows,
  effectFactor,
  isNeutral,
  paybackMonths,
  perParticipant,
  sumYears,
  type Payback,
} from '../appraisal';
import type { IncomeSource } from '../catalogue';
import { N_COMPONENTS, partyRow, rowTotal, SOCIETY_ROW } from '../ledger';
import type { Scenario, WhatIf } from '../schema';
import {
  COMPONENTS,
  OUTCOMES,
  PERSPECTIVES,
  zeroVector,
  type Component,
  type CostPerspective,
  type Perspective,
  type PerspectiveVector,
} from '../types';
import type { Prepared } from './prepare';
import type { SegmentResult, SourceStat } from './result-types';
import { asUnits } from '../units';
import type { Accumulator } from './segments';
import { inDelay, isDelayed, seriesYears } from './what-if';

/** Perspective value of row sums in a value matrix (society = real row; staten = af+fk+ovrigStat). */
export function perspectiveRow(m: Float64Array, p: Perspective, c?: number): number {
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

export function vectorOf(m: Float64Array): PerspectiveVector {
  const v = zeroVector();
  for (const p of PERSPECTIVES) v[p] = perspectiveRow(m, p);
  return v;
}

export const sub = (a: PerspectiveVector, b: PerspectiveVector) => {
  const v = zeroVector();
  for (const p of PERSPECTIVES) v[p] = a[p] - b[p];
  return v;
};
const scaleV = (a: PerspectiveVector, k: number) => {
  const v = zeroVector();
  for (const p of PERSPECTIVES) v[p] = a[p] * k;
  return v;
};

/** The result of one segment's sums, scaled by the extra funds' `scale`. */
export function finish(acc: Accumulator, prep: Prepared, w: WhatIf, scale: number): SegmentResult {
  const p = prep.ctx.params;
  const sc = prep.scenario;
  const H = sc.horizonYears;
  const years = seriesYears(H, w);
  const n = acc.participants * scale;
  const budget = acc.budget * scale;
  const cost = costVector(budget, sc.financing, p.indirectTaxRate);
  const before = vectorOf(acc.before);
  const revA = scaleV(sub(vectorOf(acc.afterA), before), scale);
  const delayed = isDelayed(w);
  const revB = delayed ? scaleV(sub(vectorOf(acc.afterB), before), scale) : revA;
  /** Revenue of year y before the appraisal settings: the studies→work delay only. */
  const baseRevenue = (y: number) => (inDelay(w, y) ? revB : revA);
  const settings = sc.appraisal;
  const neutral = isNeutral(settings);
  const revenueOfYear = neutral
    ? baseRevenue
    : adjustedRevenue(acc, settings, w, scale, baseRevenue);
  const revenueByYear: PerspectiveVector[] = [];
  for (let y = 1; y <= years; y++) revenueByYear.push(revenueOfYear(y));
  const yearly = revenueByYear[0];

  const components = {} as Record<Perspective, Record<Component, number>>;
  const yearOneAfter = delayed && inDelay(w, 1) ? acc.afterB : acc.afterA;
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

  // The one place a segment's figures get their units.
  return asUnits<SegmentResult>({
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
  });
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
    const parts = inDelay(w, y) ? partsB : partsA;
    const v = zeroVector();
    OUTCOMES.forEach((o, c) => {
      const f = effectFactor(settings, y, o);
      for (const p of PERSPECTIVES) v[p] += f * parts[c][p];
    });
    return (memo[y] = v);
  };
}
