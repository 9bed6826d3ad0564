/**
 * Which parameter set values each cohort (rule-sets.ts): a pinned set values
 * every cohort, otherwise each cohort takes its rule year (the nearest year
 * the engine holds rules for, 2016–2026) with the scenario's own copy of that
 * year when it has one, or the year's defaults. Sets are listed newest first
 * and written out oldest first, as the Parameters tab and a saved version do.
 */
import { describe, expect, it } from 'vitest';
import {
  changedParameters,
  ownParameterSet,
  parameterSetsInUse,
  withDefaultRules,
  withParametersWritten,
  yearParameterSet,
} from './rule-sets';
import { defaultParameterSet } from './param-defs';
import { exampleScenario } from './example';
import type { ParameterSet, Scenario } from './schema';

const cohort = (id: string, year: number | undefined) => ({
  ...exampleScenario().cohorts[0],
  id,
  name: `Kohort ${id}`,
  year,
});

function scenario(years: (number | undefined)[], sets: ParameterSet[] = []): Scenario {
  const s = exampleScenario();
  s.cohorts = years.map((y, i) => cohort(`c${i}`, y));
  s.parameterSets = sets;
  delete s.parameters;
  return s;
}

/** The defaults of `year` with one value changed. */
function edited(year: number, municipalTaxRate: number): ParameterSet {
  const set = defaultParameterSet(year);
  return { ...set, values: { ...set.values, municipalTaxRate } };
}

describe('yearParameterSet', () => {
  it('takes a pinned set for every year, marked as edited and living nowhere in parameterSets', () => {
    const pinned = edited(2020, 0.07);
    const s = { parameters: pinned, parameterSets: [edited(2024, 0.01)] };
    expect(yearParameterSet(s, 2024)).toEqual({ set: pinned, edited: true, index: -1 });
  });

  it('takes the scenario’s own copy of the rule year, by its index', () => {
    const own = edited(2019, 0.02);
    const s = { parameterSets: [edited(2024, 0.01), own] };
    const r = yearParameterSet(s, 2019);
    expect(r.set).toBe(own);
    expect(r).toMatchObject({ edited: true, index: 1 });
    // A year past the newest rules takes 2026's set; the scenario has none: defaults.
    const d = yearParameterSet(s, 2031);
    expect(d).toEqual({ set: defaultParameterSet(2026), edited: false, index: -1 });
  });

  it('falls back to the year’s defaults, one object per year', () => {
    const defaults = new Map<number, ParameterSet>();
    const a = yearParameterSet({ parameterSets: [] }, 2018, defaults);
    const b = yearParameterSet({ parameterSets: [] }, 2018, defaults);
    expect(a.edited).toBe(false);
    expect(a.set).toBe(b.set);
    expect(a.set).toEqual(defaultParameterSet(2018));
    expect(defaults.get(2018)).toBe(a.set);
  });

  it('reads a scenario without parameterSets as having no copies', () => {
    const s = { parameterSets: undefined } as unknown as Pick<Scenario, 'parameterSets'>;
    expect(yearParameterSet(s, 2018)).toEqual({
      set: defaultParameterSet(2018),
      edited: false,
      index: -1,
    });
  });
});

describe('parameterSetsInUse', () => {
  it('lists one pinned set for all cohorts, with what it changed', () => {
    const s = scenario([2017, 2024]);
    s.parameters = edited(2020, 0.07);
    expect(parameterSetsInUse(s)).toEqual([
      {
        year: 2020,
        set: s.parameters,
        own: true,
        pinned: true,
        path: 'parameters',
        cohorts: [
          { id: 'c0', name: 'Kohort c0' },
          { id: 'c1', name: 'Kohort c1' },
        ],
        changed: ['municipalTaxRate'],
      },
    ]);
  });

  it('lists the rule years newest first, own copies with their path and changes', () => {
    // 2013 takes the first rule year, 2016; no year the newest, 2026.
    const s = scenario([2013, 2024, 2016, undefined, 2024.4], [edited(2024, 0.01)]);
    expect(parameterSetsInUse(s)).toEqual([
      {
        year: 2026,
        set: defaultParameterSet(2026),
        own: false,
        pinned: false,
        path: null,
        cohorts: [{ id: 'c3', name: 'Kohort c3' }],
        changed: [],
      },
      {
        year: 2024,
        set: s.parameterSets[0],
        own: true,
        pinned: false,
        path: 'parameterSets[0]',
        cohorts: [
          { id: 'c1', name: 'Kohort c1' },
          { id: 'c4', name: 'Kohort c4' },
        ],
        changed: ['municipalTaxRate'],
      },
      {
        year: 2016,
        set: defaultParameterSet(2016),
        own: false,
        pinned: false,
        path: null,
        cohorts: [
          { id: 'c0', name: 'Kohort c0' },
          { id: 'c2', name: 'Kohort c2' },
        ],
        changed: [],
      },
    ]);
  });

  it('lists an own copy equal to the defaults as own, with nothing changed', () => {
    const s = scenario([2020], [defaultParameterSet(2020)]);
    expect(parameterSetsInUse(s)).toMatchObject([
      { year: 2020, own: true, path: 'parameterSets[0]', changed: [] },
    ]);
  });
});

describe('changedParameters', () => {
  it('lists every changed value with its year and value, newest year first', () => {
    const s = scenario([2018, 2022, 2022], [edited(2018, 0.03), edited(2022, 0.04)]);
    expect(changedParameters(s)).toEqual([
      { year: 2022, id: 'municipalTaxRate', value: 0.04 },
      { year: 2018, id: 'municipalTaxRate', value: 0.03 },
    ]);
    expect(changedParameters(scenario([2018]))).toEqual([]);
  });
});

describe('ownParameterSet', () => {
  it('copies the year’s defaults into the scenario on the first edit, once', () => {
    const s = scenario([2019]);
    const set = ownParameterSet(s, 2019);
    expect(set).toEqual(defaultParameterSet(2019));
    expect(s.parameterSets).toEqual([set]);
    expect(ownParameterSet(s, 2019)).toBe(set);
    expect(s.parameterSets).toHaveLength(1);
  });

  it('returns the pinned set without adding a copy', () => {
    const s = scenario([2019]);
    s.parameters = edited(2019, 0.05);
    expect(ownParameterSet(s, 2019)).toBe(s.parameters);
    expect(s.parameterSets).toEqual([]);
  });
});

describe('withParametersWritten', () => {
  it('writes a set for every rule year its cohorts take, oldest first, keeping own copies', () => {
    const own = edited(2024, 0.01);
    const s = scenario([2025, 2017, 2024, 2017], [own]);
    const out = withParametersWritten(s);
    expect(out.parameterSets).toEqual([defaultParameterSet(2017), own, defaultParameterSet(2025)]);
    // The scenario given is left as it was.
    expect(s.parameterSets).toEqual([own]);
    expect(out.cohorts).toBe(s.cohorts);
    expect(out.title).toBe(s.title);
  });

  it('leaves a scenario with a pinned set as it is', () => {
    const s = scenario([2017]);
    s.parameters = edited(2017, 0.05);
    expect(withParametersWritten(s)).toBe(s);
  });
});

describe('withDefaultRules', () => {
  it('drops the pinned set and every copy, on a copy of the scenario', () => {
    const s = scenario([2017], [edited(2017, 0.03)]);
    s.parameters = edited(2017, 0.05);
    const out = withDefaultRules(s);
    expect(out.parameters).toBeUndefined();
    expect('parameters' in out).toBe(false);
    expect(out.parameterSets).toEqual([]);
    expect(out.cohorts).toEqual(s.cohorts);
    expect(s.parameterSets).toHaveLength(1);
    expect(s.parameters).toBeDefined();
  });
});
