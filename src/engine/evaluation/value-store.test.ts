/**
 * Situations valued for one prepared scenario and reused by the next through
 * a value store give the figures a fresh evaluation gives, whatever changed
 * between the two: a group, the parameters of a year, the scenario's own
 * resource items, who pays activity support, the price year.
 */
import { describe, expect, it } from 'vitest';
import { defaultParamValues } from '../param-defs';
import { exampleScenario } from '../example';
import { parseScenario, type Scenario } from '../schema';
import { evaluatePrepared } from '../evaluate';
import { prepare } from './prepare';
import { ValueStore } from './value-store';

function parse(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const example = exampleScenario();
/** The example with its own resource item, used by its first group after the intervention. */
const withCoach = (unitCost: number) => {
  const g = example.cohorts[0].groups[0];
  return {
    ...example,
    customResources: [{ id: 'coach', name: 'Coach', unitCost, bearer: 'kommun' }],
    cohorts: [
      {
        ...example.cohorts[0],
        groups: [
          { ...g, after: { ...g.after, resources: [{ item: 'coach', quantity: 10 }] } },
          ...example.cohorts[0].groups.slice(1),
        ],
      },
    ],
  };
};
const g1 = example.cohorts[0].groups[1];
const steps: [string, Scenario][] = [
  ['the example', parse(example)],
  [
    'one group’s count changed',
    parse({
      ...example,
      cohorts: [
        {
          ...example.cohorts[0],
          groups: example.cohorts[0].groups.map((g) => (g === g1 ? { ...g, count: 20 } : g)),
        },
      ],
    }),
  ],
  [
    'the year’s own parameters: a higher reference wage',
    parse({
      ...example,
      parameterSets: [
        {
          setId: 'se-2017',
          year: 2017,
          values: { ...defaultParamValues(2017), referenceMonthlyWage: 40_000 },
        },
      ],
    }),
  ],
  ['an own resource item at 1 000 kr', parse(withCoach(1000))],
  ['the same item at 2 000 kr', parse(withCoach(2000))],
  [
    'activity support paid by Arbetsförmedlingen',
    parse({ ...example, valuation: { ...example.valuation, activitySupportPayer: 'af' } }),
  ],
  ['another price year', parse({ ...example, priceYear: 2024 })],
  ['the example again', parse(example)],
];

describe('a value store shared by successive scenarios', () => {
  it('gives the figures of a fresh evaluation at every step', () => {
    const store = new ValueStore();
    for (const [, s] of steps)
      expect(evaluatePrepared(prepare(s, store))).toEqual(evaluatePrepared(prepare(s)));
  });

  it('would give other figures at every step were a value reused across a change', () => {
    // Each step's figures differ from the step before (so a stale value would show).
    const revenue = steps.map(([, s]) => evaluatePrepared(prepare(s)).total.yearlyRevenue.samhalle);
    for (let i = 1; i < revenue.length; i++) expect(revenue[i]).not.toBe(revenue[i - 1]);
  });

  it('values nothing again when only a group’s count changed', () => {
    const store = new ValueStore();
    evaluatePrepared(prepare(steps[0][1], store));
    const after = store.size;
    expect(after).toBeGreaterThan(0);
    evaluatePrepared(prepare(steps[1][1], store));
    expect(store.size).toBe(after);
    // Another reference wage is another context: its situations are valued afresh.
    evaluatePrepared(prepare(steps[2][1], store));
    expect(store.size).toBeGreaterThan(after);
  });

  it('starts over when full, and the figures stay right', () => {
    const store = new ValueStore(3);
    const s = steps[0][1];
    expect(evaluatePrepared(prepare(s, store))).toEqual(evaluatePrepared(prepare(s)));
    expect(store.size).toBeLessThanOrEqual(3);
    expect(store.size).toBeGreaterThan(0);
  });
});

describe('a value store on its own', () => {
  const v = (x: number) => Float64Array.of(x);

  it('gives back a value under its context and situation, and nothing under another', () => {
    const store = new ValueStore();
    const a = v(1);
    const b = v(2);
    store.set(0, 'A1', a);
    store.set(1, 'A1', b);
    expect(store.get(0, 'A1')).toBe(a);
    expect(store.get(1, 'A1')).toBe(b);
    expect(store.get(0, 'B2')).toBeUndefined();
    expect(store.get(2, 'A1')).toBeUndefined();
  });

  it('keeps at most its number of values: the next one starts it over', () => {
    const store = new ValueStore(2);
    store.set(0, 'a', v(1));
    store.set(0, 'b', v(2));
    expect(store.size).toBe(2);
    // Full at 2: the third value clears the store and is then the only one kept.
    const c = v(3);
    store.set(0, 'c', c);
    expect(store.size).toBe(1);
    expect(store.get(0, 'c')).toBe(c);
    expect(store.get(0, 'a')).toBeUndefined();
  });

  it('tells valuation contexts apart by age band, and knows one again', () => {
    // Benefits and handling depend on the age band: situations valued for 19–23
    // must not be reused for 26–29.
    const store = new ValueStore();
    const set = { setId: 'se-2017', year: 2017, values: defaultParamValues(2017) };
    const young = store.contextId(set, [], '19-23', 'fk', 1);
    const older = store.contextId(set, [], '26-29', 'fk', 1);
    const none = store.contextId(set, [], undefined, 'fk', 1);
    expect(new Set([young, older, none]).size).toBe(3);
    expect(store.contextId(set, [], '19-23', 'fk', 1)).toBe(young);
    expect(store.contextId(set, [], undefined, 'fk', 1)).toBe(none);
  });
});
