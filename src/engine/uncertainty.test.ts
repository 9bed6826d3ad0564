/** Monte Carlo (MODEL.md §10): the fast valuation, the sampler and the statistics. */
import { describe, expect, it } from 'vitest';
import { syntheticScenario } from '../../tests/bench/records';
import { evaluatePrepared, keyFigures, prepare, type KeyFigures } from './evaluate';
import { exampleScenario } from './example';
import { defaultParameterSet, PARAM_IDS, PARAMETER_DEFS, type ParamId } from './parameters';
import type { Scenario, UncertaintySettings, WhatIf } from './schema';
import { COST_PERSPECTIVES, PERSPECTIVES } from './types';
import {
  createValuer,
  drawFigures,
  drawParameter,
  monteCarlo,
  quantile,
  sampledParameters,
  seededRandom,
} from './uncertainty';

const SETTINGS: UncertaintySettings = {
  seed: 7,
  draws: 2_000,
  distribution: 'triangular',
  distributions: {},
  paybackTargetMonths: 12,
};

function expectSameFigures(fast: KeyFigures, full: KeyFigures) {
  for (const p of PERSPECTIVES) {
    const tol = (x: number) => Math.max(1e-6, Math.abs(x) * 1e-9);
    expect(Math.abs(fast.yearlyRevenue[p] - full.yearlyRevenue[p])).toBeLessThan(
      tol(full.yearlyRevenue[p]),
    );
    expect(Math.abs(fast.profitYear1[p] - full.profitYear1[p])).toBeLessThan(
      tol(full.profitYear1[p]),
    );
    expect(Math.abs(fast.profitYear5[p] - full.profitYear5[p])).toBeLessThan(
      tol(full.profitYear5[p]),
    );
  }
  for (const p of COST_PERSPECTIVES) expect(fast.paybackMonths[p]).toBe(full.paybackMonths[p]);
}

/** The example with its 2017 rules pinned as one set (one valuation context). */
function pinnedExample(): Scenario {
  return { ...exampleScenario(), parameters: defaultParameterSet(2017) };
}

/**
 * The example split into a 2017 and a 2022 cohort, each with its year's rules (two contexts, and a
 * price-year conversion), with the registration status and age bands in some groups.
 */
function twoYears(): Scenario {
  const s = exampleScenario();
  const groups = s.cohorts[0].groups;
  const half = Math.ceil(groups.length / 2);
  s.cohorts = [
    { ...s.cohorts[0], id: 'y17', groups: groups.slice(0, half) },
    { ...s.cohorts[0], id: 'y22', name: 'Deltagare 2022', year: 2022, groups: groups.slice(half) },
  ];
  s.cohorts[1].groups[0] = { ...s.cohorts[1].groups[0], ageBand: '19-23' };
  s.cohorts[0].groups[0].before = { ...s.cohorts[0].groups[0].before, registered: true };
  return s;
}

/** Scenarios that exercise every path of the reduction: what-ifs, delay, care, settings, resources. */
function variants(): [string, Scenario][] {
  const plain = pinnedExample();
  const whatIfs = pinnedExample();
  whatIfs.whatIf = {
    ...whatIfs.whatIf,
    subsidisedToUnsubsidisedShare: 0.3,
    subsidyShare: 0.6,
    studiesToWorkShare: 0.5,
    studiesToWorkDelayYears: 2,
    extraFunds: 1_000_000,
    fewerPrimaryCareVisits: 3,
    fewerPsychiatricCareDays: 1,
  };
  const settings = pinnedExample();
  settings.whatIf = { ...whatIfs.whatIf };
  settings.appraisal = {
    discountRate: 0.035,
    persistence: { work: 0.9, studies: 0.6, other: 0.8 },
    deadweight: 0.2,
    attribution: 0.7,
  };
  const standard = pinnedExample();
  standard.cohorts[0].cost = { mode: 'standard' };
  const synthetic = { ...syntheticScenario(600, 3, 11), parameters: defaultParameterSet(2021) };
  synthetic.customResources = [{ id: 'coach', name: 'Coach', unitCost: 650, bearer: 'kommun' }];
  synthetic.cohorts[0].groups[0].after.resources.push({ item: 'coach', quantity: 40 });
  synthetic.whatIf = { ...synthetic.whatIf, studiesToWorkShare: 0.25, fewerPrimaryCareVisits: 1 };
  // A horizon shorter than 5 years still has 5-year figures: year 5 is after the delay here.
  const shortHorizon = pinnedExample();
  shortHorizon.horizonYears = 3;
  shortHorizon.whatIf = {
    ...shortHorizon.whatIf,
    studiesToWorkShare: 0.5,
    studiesToWorkDelayYears: 4,
  };
  // The delay lasts the whole horizon and the cost is repaid only after it: the fast valuation
  // must value the years beyond the horizon as the full evaluation does.
  const longDelay = pinnedExample();
  longDelay.whatIf = { ...longDelay.whatIf, studiesToWorkShare: 0.5, studiesToWorkDelayYears: 5 };
  longDelay.cohorts[0].cost = { mode: 'total', budget: 40_000_000 };
  return [
    ['the example', plain],
    ['every what-if with a delay', whatIfs],
    ['discounting, persistence per type, deadweight', settings],
    ['standard cost per participant', standard],
    ['600 individual records with own resources', synthetic],
    ['a 3-year horizon with a 4-year delay', shortHorizon],
    ['a delay as long as the horizon and a payback after it', longDelay],
  ];
}

describe('the fast valuation with cohorts of several years', () => {
  it('moves every year’s value in proportion to the draw, as a full evaluation of those sets gives', () => {
    const scenario = twoYears();
    scenario.whatIf = { ...scenario.whatIf, studiesToWorkShare: 0.4, fewerPrimaryCareVisits: 2 };
    const prep = prepare(scenario);
    expect(prep.contexts.length).toBeGreaterThan(2);
    const primary = prep.ctx.params;
    const valuer = createValuer(prep, scenario.whatIf);
    const out = new Float64Array(64);
    const rand = seededRandom(5);
    const sampled = sampledParameters(primary, SETTINGS, prep.primaryYear);
    for (let d = 0; d < 6; d++) {
      const values = { ...primary };
      for (const p of sampled) values[p.id] = drawParameter(p, rand);
      valuer(values, out);
      // The same draw written out as each year's set: value of the year × drawn / price year's value.
      const setOf = (year: number) => {
        const base = defaultParameterSet(year);
        const v = { ...base.values };
        for (const id of PARAM_IDS)
          if (values[id] !== primary[id])
            v[id] = primary[id] !== 0 ? (base.values[id] * values[id]) / primary[id] : values[id];
        return { ...base, values: v };
      };
      const drawn = { ...scenario, parameterSets: [setOf(2017), setOf(2022)] };
      expectSameFigures(
        drawFigures(out),
        keyFigures(evaluatePrepared(prepare(drawn), scenario.whatIf).total),
      );
    }
  });

  it('a parameter the price year sets to 0 moves every year’s value by the amount drawn', () => {
    // The price year's own copy sets Af's handling of job seekers to 0 (the range then starts at
    // 0). With nothing to scale in proportion, a draw x moves 2017's value by x − 0 as well.
    const scenario = twoYears();
    const own = defaultParameterSet(2022);
    own.values.handlingAfJobseeker = 0;
    scenario.parameterSets = [own];
    const prep = prepare(scenario);
    expect(prep.ctx.params.handlingAfJobseeker).toBe(0);
    const only: UncertaintySettings = {
      ...SETTINGS,
      distributions: Object.fromEntries(
        PARAM_IDS.map((i) => [i, i === 'handlingAfJobseeker' ? 'triangular' : 'fixed']),
      ),
    };
    const sampled = sampledParameters(prep.ctx.params, only, prep.primaryYear);
    expect(sampled.map((p) => [p.id, p.low, p.mode])).toEqual([['handlingAfJobseeker', 0, 0]]);
    const valuer = createValuer(prep, scenario.whatIf);
    const out = new Float64Array(64);
    const rand = seededRandom(9);
    const y2017 = defaultParameterSet(2017);
    for (let d = 0; d < 4; d++) {
      const x = drawParameter(sampled[0], rand);
      expect(x).toBeGreaterThan(0);
      valuer({ ...prep.ctx.params, handlingAfJobseeker: x }, out);
      const drawn = {
        ...scenario,
        parameterSets: [
          {
            ...y2017,
            values: { ...y2017.values, handlingAfJobseeker: y2017.values.handlingAfJobseeker + x },
          },
          { ...own, values: { ...own.values, handlingAfJobseeker: x } },
        ],
      };
      expectSameFigures(
        drawFigures(out),
        keyFigures(evaluatePrepared(prepare(drawn), scenario.whatIf).total),
      );
    }
  });
});

describe('the fast valuation', () => {
  it.each(variants())('equals the full evaluation at drawn parameters: %s', (_, scenario) => {
    const prep = prepare(scenario);
    const valuer = createValuer(prep, scenario.whatIf);
    const out = new Float64Array(64);
    const rand = seededRandom(3);
    const pinned = scenario.parameters!;
    const sampled = sampledParameters(pinned.values, SETTINGS, pinned.year);
    for (let d = 0; d < 8; d++) {
      const values = { ...pinned.values };
      for (const p of sampled) values[p.id] = drawParameter(p, rand);
      valuer(values, out);
      const drawn = { ...scenario, parameters: { ...pinned, values } };
      expectSameFigures(
        drawFigures(out),
        keyFigures(evaluatePrepared(prepare(drawn), scenario.whatIf).total),
      );
    }
  });
});

describe('sampling', () => {
  const id: ParamId = 'referenceMonthlyWage';
  const def = PARAMETER_DEFS[id];
  const draw = (distribution: 'uniform' | 'triangular' | 'normal', n = 40_000) => {
    const rand = seededRandom(1);
    const p = { id, distribution, low: def.low, mode: 22_000, high: def.high };
    return Float64Array.from({ length: n }, () => drawParameter(p, rand)).sort();
  };
  const mean = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0) / xs.length;

  it('uniform: within low–high, mean (low + high)/2', () => {
    const xs = draw('uniform');
    expect(xs[0]).toBeGreaterThanOrEqual(def.low);
    expect(xs.at(-1)).toBeLessThanOrEqual(def.high);
    expect(mean(xs)).toBeCloseTo((def.low + def.high) / 2, -2);
  });

  it('triangular: within low–high, mean (low + mode + high)/3, mode below the median when skewed', () => {
    const xs = draw('triangular');
    expect(xs[0]).toBeGreaterThanOrEqual(def.low);
    expect(xs.at(-1)).toBeLessThanOrEqual(def.high);
    expect(mean(xs)).toBeCloseTo((def.low + 22_000 + def.high) / 3, -2);
    expect(quantile(xs, 0.5)).toBeGreaterThan(22_000);
  });

  it('normal: centred on the value, low–high span a 90 % interval', () => {
    const xs = draw('normal');
    expect(quantile(xs, 0.5)).toBeCloseTo(22_000, -2);
    const half = (def.high - def.low) / 2;
    expect(quantile(xs, 0.95) - quantile(xs, 0.05)).toBeCloseTo(2 * half, -2);
  });

  it('normal draws of a share stay within 0–1', () => {
    const rand = seededRandom(2);
    const p = {
      id: 'defaultSubsidyShare' as ParamId,
      distribution: 'normal' as const,
      low: 0.6,
      mode: 0.95,
      high: 1,
    };
    for (let i = 0; i < 5_000; i++) {
      const x = drawParameter(p, rand);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
  });

  it('samples only parameters with a range that are not fixed; an edited value widens its range', () => {
    const values = defaultParameterSet(2026).values;
    const all = sampledParameters(values, SETTINGS);
    const ranged = PARAM_IDS.filter((i) => PARAMETER_DEFS[i].high > PARAMETER_DEFS[i].low);
    expect(all.map((p) => p.id)).toEqual(ranged);
    const fixed = sampledParameters(values, {
      ...SETTINGS,
      distributions: { referenceMonthlyWage: 'fixed', municipalTaxRate: 'uniform' },
    });
    expect(fixed.some((p) => p.id === 'referenceMonthlyWage')).toBe(false);
    expect(fixed.find((p) => p.id === 'municipalTaxRate')?.distribution).toBe('uniform');
    const wide = sampledParameters({ ...values, referenceMonthlyWage: 45_000 }, SETTINGS);
    expect(wide.find((p) => p.id === 'referenceMonthlyWage')).toMatchObject({
      low: def.low,
      mode: 45_000,
      high: 45_000,
    });
  });
});

describe('monteCarlo', () => {
  const scenario = exampleScenario();
  const prep = prepare(scenario);
  const w: WhatIf = scenario.whatIf;

  it('same seed → the same result; another seed → another', () => {
    const a = monteCarlo(prep, w, SETTINGS);
    const b = monteCarlo(prepare(exampleScenario()), w, SETTINGS);
    expect(b).toEqual(a);
    const c = monteCarlo(prep, w, { ...SETTINGS, seed: 8 });
    expect(c.profitYear5.samhalle.median).not.toBe(a.profitYear5.samhalle.median);
  });

  it('median near the deterministic result for a symmetric range (monotone in one parameter)', () => {
    // Only the reference wage varies, 20 000–30 000 around 25 000: the profit rises with the wage,
    // so its median is the profit at the median wage, 25 000 — the deterministic result.
    const only: UncertaintySettings = {
      ...SETTINGS,
      draws: 10_000,
      distribution: 'triangular',
      distributions: Object.fromEntries(
        PARAM_IDS.map((i) => [i, i === 'referenceMonthlyWage' ? 'triangular' : 'fixed']),
      ),
    };
    const r = monteCarlo(prep, w, only);
    expect(r.sampled.map((p) => p.id)).toEqual(['referenceMonthlyWage']);
    const det = r.deterministic.profitYear5.samhalle;
    const spread = r.profitYear5.samhalle.p95 - r.profitYear5.samhalle.p5;
    expect(spread).toBeGreaterThan(0);
    expect(Math.abs(r.profitYear5.samhalle.median - det)).toBeLessThan(0.02 * spread);
    expect(r.profitYear5.samhalle.p5).toBeLessThan(det);
    expect(r.profitYear5.samhalle.p95).toBeGreaterThan(det);
  });

  it('the deterministic figures are the evaluation at the values', () => {
    const r = monteCarlo(prep, w, { ...SETTINGS, draws: 100 });
    expectSameFigures(r.deterministic, keyFigures(evaluatePrepared(prep, w).total));
  });

  it('probabilities and histograms count every draw', () => {
    const r = monteCarlo(prep, w, SETTINGS);
    const profitCount = r.histograms.profitYear5.reduce((a, b) => a + b.count, 0);
    expect(profitCount).toBe(SETTINGS.draws);
    const paybackCount =
      r.histograms.paybackMonths.reduce((a, b) => a + b.count, 0) + r.histograms.neverPaysBack;
    expect(paybackCount).toBe(SETTINGS.draws);
    const generous = monteCarlo(prep, w, { ...SETTINGS, paybackTargetMonths: 600 });
    const strict = monteCarlo(prep, w, { ...SETTINGS, paybackTargetMonths: 1 });
    expect(generous.probabilityWithinTarget.samhalle).toBeGreaterThan(
      strict.probabilityWithinTarget.samhalle,
    );
    const median = r.paybackMonths.samhalle.median as number;
    const atMedian = monteCarlo(prep, w, { ...SETTINGS, paybackTargetMonths: median });
    expect(atMedian.probabilityWithinTarget.samhalle).toBeGreaterThanOrEqual(0.5);
  });

  it('reports progress up to the number of draws', () => {
    const seen: number[] = [];
    monteCarlo(
      prep,
      w,
      { ...SETTINGS, draws: 1_200 },
      {
        onProgress: (d) => seen.push(d),
        progressEvery: 500,
      },
    );
    expect(seen).toEqual([500, 1000, 1200]);
  });
});
