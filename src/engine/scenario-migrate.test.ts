/**
 * Older documents brought up to the current version (scenario-migrate.ts):
 * a parameter set written before a parameter existed keeps its values and
 * takes the rest from the rules of its own year (the newest when it names
 * none), and a draft gets the defaults the editors need.
 */
import { describe, expect, it } from 'vitest';
import { migrate, upgradeDraft } from './scenario-migrate';
import { defaultParamValues } from './param-defs';
import { SCENARIO_VERSION } from './scenario-schema';

describe('migrate', () => {
  it('fills the parameters a set lacks from the rules of its year, keeping its own', () => {
    const out = migrate({
      version: 1,
      parameters: { year: 2018, values: { educationCostKomvux: 1 } },
      parameterSets: [{ year: 2020, values: {} }],
    });
    expect(out.version).toBe(SCENARIO_VERSION);
    expect(out.parameters).toEqual({
      year: 2018,
      values: { ...defaultParamValues(2018), educationCostKomvux: 1 },
    });
    expect(out.parameterSets).toEqual([{ year: 2020, values: defaultParamValues(2020) }]);
  });

  it('takes the newest rules for a set without a numeric year', () => {
    const out = migrate({ parameterSets: [{ year: '2018', values: {} }, { values: {} }] });
    expect(out.parameterSets).toEqual([
      { year: '2018', values: defaultParamValues(2026) },
      { values: defaultParamValues(2026) },
    ]);
  });

  it('leaves what is not a set for the schema to refuse', () => {
    const out = migrate({ parameterSets: [null, 3, { year: 2018, values: 'x' }, { year: 2018 }] });
    expect(out.parameterSets).toEqual([null, 3, { year: 2018, values: 'x' }, { year: 2018 }]);
    expect(migrate({ parameterSets: 'x' }).parameterSets).toBe('x');
  });

  it('adds no parameters to a document without them', () => {
    expect('parameters' in migrate({ version: 2 })).toBe(false);
    expect(migrate({ parameters: undefined })).toEqual({
      parameters: undefined,
      version: SCENARIO_VERSION,
    });
  });
});

describe('upgradeDraft', () => {
  it('gives a draft the parameter sets and valuation the editors need', () => {
    expect(upgradeDraft({ version: 1, title: 'x' })).toEqual({
      version: SCENARIO_VERSION,
      title: 'x',
      parameterSets: [],
      valuation: { activitySupportPayer: 'fk', yearsToRetirement: null },
    });
  });

  it('keeps the sets and valuation a draft has', () => {
    const valuation = { activitySupportPayer: 'kommun', yearsToRetirement: 10 };
    const sets = [{ year: 2020, values: defaultParamValues(2020) }];
    const out = upgradeDraft({ parameterSets: sets, valuation });
    expect(out.parameterSets).toEqual(sets);
    expect(out.valuation).toBe(valuation);
  });
});
