/**
 * "Ny kalkyl": an empty calculation with the engine's defaults and nothing of
 * the example; and the test whether the draft is the example (which decides
 * whether "Ladda exemplet" is offered).
 */
import { describe, expect, it } from 'vitest';
import {
  exampleScenario,
  NEWEST_RULE_YEAR,
  parseScenario,
  parameterSetsInUse,
  type Scenario,
} from '../../engine';
import { isExampleScenario, newScenario } from './new-scenario';

const texts = { title: 'Ny kalkyl', cohortName: 'Kohort 1' };

describe('newScenario', () => {
  const s = newScenario(texts, 2026);
  const example = exampleScenario();

  it('has one empty cohort of this year, named as asked, with its cost asked for', () => {
    expect(s.title).toBe('Ny kalkyl');
    expect(s.cohorts).toHaveLength(1);
    expect(s.cohorts[0]).toMatchObject({ name: 'Kohort 1', year: 2026, groups: [] });
    expect(s.cohorts[0].cost.mode).toBe('total');
    expect(s.cohorts[0].cost.mode === 'total' && s.cohorts[0].cost.budget).toBeNaN();
  });

  it('is financed the Finsam way: 25 % each for kommun, region, af and fk', () => {
    expect(s.financing).toEqual({ kommun: 0.25, region: 0.25, af: 0.25, fk: 0.25, ovrigStat: 0 });
  });

  it('carries nothing of the example: no title, description, groups, targets or valuation choices', () => {
    expect(s.title).not.toBe(example.title);
    expect(s.description).toBe('');
    expect(s.customResources).toEqual([]);
    for (const tp of ['exit', 'm6', 'm24'] as const)
      expect(s.analyses.targets[tp]).toEqual({ work: null, studies: null, other: null });
    expect(s.analyses.paybackTarget).toBeNull();
    expect(s.valuation).not.toEqual(example.valuation);
  });

  it('pins no parameter set: its cohort takes the newest rules', () => {
    expect(s.parameters).toBeUndefined();
    expect(parameterSetsInUse(s).map((u) => u.year)).toEqual([NEWEST_RULE_YEAR]);
  });

  it('is valid as soon as the cost is given (the only thing it asks for)', () => {
    expect(parseScenario(s).ok).toBe(false);
    const given: Scenario = structuredClone(s);
    given.cohorts[0].cost = { mode: 'total', budget: 500_000 };
    expect(parseScenario(given).ok).toBe(true);
  });

  it('takes this year by default', () => {
    expect(newScenario(texts).cohorts[0].year).toBe(new Date().getFullYear());
  });
});

describe('isExampleScenario', () => {
  it('knows the example, also as the app holds it after validation', () => {
    expect(isExampleScenario(exampleScenario())).toBe(true);
    const parsed = parseScenario(exampleScenario());
    expect(parsed.ok && isExampleScenario(parsed.value)).toBe(true);
  });

  it('ignores the stored what-if settings (the live ones are the app’s)', () => {
    const s = exampleScenario();
    s.whatIf = { ...s.whatIf, extraFunds: 100_000 };
    expect(isExampleScenario(s)).toBe(true);
  });

  it.each<[string, (s: Scenario) => void]>([
    ['another title', (s) => (s.title = 'Mitt')],
    ['a changed count', (s) => (s.cohorts[0].groups[0].count = 4)],
    ['an invalid count', (s) => (s.cohorts[0].groups[0].count = NaN)],
    ['a changed horizon', (s) => (s.horizonYears = 3)],
    ['one group fewer', (s) => s.cohorts[0].groups.pop()],
  ])('is not the example with %s', (_what, change) => {
    const s = exampleScenario();
    change(s);
    expect(isExampleScenario(s)).toBe(false);
  });

  it('a new calculation is not the example', () => {
    expect(isExampleScenario(newScenario(texts))).toBe(false);
  });
});
