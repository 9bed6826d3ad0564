/**
 * What an evaluation reports besides the figures: the parameter sets it used,
 * the benchmarks it compares with (MODEL.md §6) and how much work it did
 * (distinct transitions and situations).
 */
import { describe, expect, it } from 'vitest';
import { scenarioWith } from '../../tests/support/scenario-builders';
import { exampleScenario } from './example';
import { evaluateScenario } from './evaluate';
import { defaultParamValues, parameterSetId } from './param-defs';

/** The example's cohort again under another id, name and year. */
const withYears = (...years: number[]) =>
  scenarioWith((s) => {
    s.cohorts = years.map((year, i) => ({ ...structuredClone(s.cohorts[0]), id: `c${i}`, year }));
  });

describe('the parameter sets an evaluation names', () => {
  it('names the set of the example’s one cohort year', () => {
    expect(evaluateScenario(withYears(2017)).parameterSetId).toBe(parameterSetId(2017));
  });

  it('names each year’s set once, in cohort order, separated by a comma', () => {
    expect(evaluateScenario(withYears(2017, 2020, 2017)).parameterSetId).toBe(
      `${parameterSetId(2017)}, ${parameterSetId(2020)}`,
    );
  });

  it('names the pinned set when the scenario pins one', () => {
    const s = scenarioWith((sc) => {
      sc.parameters = { setId: 'egen', year: 2017, values: defaultParamValues(2017) };
    });
    expect(evaluateScenario(s).parameterSetId).toBe('egen');
  });
});

describe('the benchmarks and statistics of an evaluation', () => {
  // Evaluated inside each test (not when the file is collected), so the figures
  // come from the code the test runs against.
  it('compares with the benchmarks of MODEL.md §6', () => {
    const r = evaluateScenario(exampleScenario());
    // Benchmark payback 12 months (meta-study of 58 evaluations); standard cost
    // per participant 64 000 kr excl. indirect taxes.
    expect(r.benchmarks).toEqual({ paybackMonths: 12, costPerParticipant: 64_000 });
  });

  it('counts the example’s distinct transitions and situations', () => {
    const r = evaluateScenario(exampleScenario());
    // 15 groups; g10 and g11 are both aktivitetsersättning → aktivitetsersättning,
    // so 14 distinct transitions. Situations: 4 before (ae, none, eb, sp) and 13
    // after (work 75 %, work 100 %, subs 50 % + ae 50 %, subs 100 % at 80 %,
    // subs 100 % at 45 %, subs 75 % + sp 25 %, komvux, folkhögskola, ae,
    // job-seeking, activity support, eb, sp 50 % + activity support 50 %),
    // of which ae and eb are also before-situations: 4 + 13 − 2 = 15.
    expect(r.stats).toEqual({ transitions: 14, situations: 15 });
  });
});
