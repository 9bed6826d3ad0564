/**
 * Valuing situations: a care reduction valued with a pinned parameter set and
 * carried to another price year, the what-if variants counted among the
 * distinct situations only when the participants do not already have them,
 * and a value store whose values a later scenario reuses wherever its
 * context stands in that scenario's list.
 */
import { describe, expect, it } from 'vitest';
import { AGE_BANDS } from '../catalogue';
import { exampleScenario } from '../example';
import { evaluatePrepared, evaluateScenario, NO_WHAT_IF, prepare, ValueStore } from '../evaluate';
import { defaultParamValues } from '../parameters';
import { priceFactor } from '../price-index';
import { parseScenario, type Group, type Scenario, type Situation, type WhatIf } from '../schema';
import { PERSPECTIVES } from '../types';

function valid(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const example = exampleScenario();

describe('fewer care visits and days under a pinned parameter set shown in another price year', () => {
  // The example (63 participants, a 2017 cohort) valued with the 2017 defaults pinned.
  const pinned = (priceYear: number, whatIf: WhatIf): Scenario =>
    valid({
      ...example,
      parameters: { setId: 'pinned-2017', year: 2017, values: defaultParamValues(2017) },
      priceYear,
      whatIf,
    });
  // MODEL.md's calibration points: 5 fewer primary-care visits ≈ 7 500 kr/year and
  // 3 fewer psychiatric care days ≈ 15 000 kr/year, per participant, borne by the region.
  const care: WhatIf = { ...NO_WHAT_IF, fewerPrimaryCareVisits: 5, fewerPsychiatricCareDays: 3 };
  const gain = (priceYear: number) => {
    const withCare = evaluateScenario(pinned(priceYear, care)).total.yearlyRevenue;
    const without = evaluateScenario(pinned(priceYear, NO_WHAT_IF)).total.yearlyRevenue;
    return {
      region: withCare.region - without.region,
      samhalle: withCare.samhalle - without.samhalle,
    };
  };

  it('saves the region 63 × (7 500 + 15 000) kr a year in the set’s own year', () => {
    expect(defaultParamValues(2017).costPrimaryCareVisit).toBe(1_500);
    expect(defaultParamValues(2017).costPsychiatricCareDay).toBe(5_000);
    const g = gain(2017);
    // 63 × (5 × 1 500 + 3 × 5 000) = 63 × 22 500 = 1 417 500 kr.
    expect(g.region).toBeCloseTo(1_417_500, 4);
    expect(g.samhalle).toBeCloseTo(1_417_500, 4);
  });

  it('carries that saving to 2024 prices with the price index, like every other figure', () => {
    const f = priceFactor(2017, 2024);
    expect(f).toBeGreaterThan(1);
    const g = gain(2024);
    // 1 417 500 kr of 2017 × the index factor 2017 → 2024.
    expect(g.region).toBeCloseTo(1_417_500 * f, 4);
    expect(g.samhalle).toBeCloseTo(1_417_500 * f, 4);
    // The whole appraisal moves by the same factor (the budget, the situations, the care).
    const r2017 = evaluateScenario(pinned(2017, care)).total.yearlyRevenue;
    const r2024 = evaluateScenario(pinned(2024, care)).total.yearlyRevenue;
    for (const p of PERSPECTIVES) expect(r2024[p], p).toBeCloseTo(r2017[p] * f, 4);
  });
});

describe('the distinct situations counted for the what-ifs', () => {
  const sit = (...income: Situation['income']): Situation => ({ income, resources: [] });
  const none = sit({ source: 'ingenOffentligForsorjning', extent: 1 });
  const subs = (extent: number) =>
    sit({ source: 'subventioneratArbete', extent, subsidyShare: 0.8 });
  const work = (extent: number) => sit({ source: 'osubventioneratArbete', extent });
  const g = (id: string, before: Situation, after: Situation): Group => ({
    id,
    label: '',
    count: 2,
    gender: 'kvinna',
    before,
    after,
  });
  const scenario = (whatIf: WhatIf) =>
    valid({
      ...example,
      whatIf,
      cohorts: [
        {
          ...example.cohorts[0],
          groups: [
            g('a', none, subs(1)),
            g('b', none, work(1)),
            g('c', none, subs(0.5)),
            // Subsidised work only before the intervention: the what-ifs leave it alone.
            g('d', subs(0.25), none),
          ],
        },
      ],
    });

  it('are the participants’ own without what-ifs', () => {
    // none, subsidised 100 %, work 100 %, subsidised 50 %, subsidised 25 %.
    expect(evaluateScenario(scenario(NO_WHAT_IF)).stats.situations).toBe(5);
  });

  it('add a converted after-situation only when no participant is in it already', () => {
    const r = evaluateScenario(scenario({ ...NO_WHAT_IF, subsidisedToUnsubsidisedShare: 0.5 }));
    // Converting subsidised work after the intervention: 100 % becomes work 100 %, which
    // group b is in already; 50 % becomes work 50 %, new. The before-situation of group d
    // is not converted. 5 + 1 = 6.
    expect(r.stats.situations).toBe(6);
    expect(r.stats.transitions).toBe(4);
  });
});

describe('a value store shared by scenarios whose contexts stand in another order', () => {
  // The example's 2017 cohort alone (context 0), and the same cohort after two cohorts of
  // other years whose groups use eleven other contexts (a year × an age band each). Both in
  // 2024 prices, so the 2017 values are carried by the same factor.
  const other = (year: number, withPlain: boolean) => ({
    ...example.cohorts[0],
    id: `y${year}`,
    year,
    groups: [...(withPlain ? [undefined] : []), ...AGE_BANDS].map((ageBand, i): Group => ({
      ...structuredClone(example.cohorts[0].groups[i]),
      id: `y${year}-${i}`,
      ...(ageBand ? { ageBand } : {}),
    })),
  });
  const alone = valid({ ...example, priceYear: 2024 });
  const after = valid({
    ...example,
    priceYear: 2024,
    cohorts: [other(2024, true), other(2023, false), example.cohorts[0]],
  });

  it('reuses the values kept for the 2017 context, wherever that context stands', () => {
    const store = new ValueStore();
    const first = prepare(alone, store);
    const second = prepare(after, store);
    // 6 contexts of 2024 (no band and five bands), 5 of 2023; the 2017 cohort's is next.
    const at = second.contexts.findIndex((c) => c.year === 2017);
    expect(at).toBe(11);
    expect(first.contexts[0].year).toBe(2017);
    evaluatePrepared(first);
    const kept = store.size;
    expect(kept).toBe(first.cache.values.size);
    evaluatePrepared(second);
    expect(first.cache.values.size).toBeGreaterThan(0);
    for (const [key, value] of first.cache.values) {
      expect(key.startsWith('0|')).toBe(true);
      // The same situation in the later scenario's 2017 context: the very value kept.
      expect(second.cache.values.get(`${at}|${key.slice(2)}`)).toBe(value);
    }
    // Only the other years' situations were valued and kept besides.
    const others = [...second.cache.values.keys()].filter((k) => !k.startsWith(`${at}|`));
    expect(store.size).toBe(kept + others.length);
  });

  it('reuses them when the same scenario is prepared again', () => {
    const store = new ValueStore();
    const first = prepare(alone, store);
    evaluatePrepared(first);
    const again = prepare(alone, store);
    expect(evaluatePrepared(again)).toEqual(evaluatePrepared(prepare(alone)));
    for (const [key, value] of first.cache.values) expect(again.cache.values.get(key)).toBe(value);
  });
});

describe('a prepared scenario evaluated with other what-if settings', () => {
  it('values each situation and each care unit once, and reuses the value after', () => {
    const prep = prepare(valid(example));
    const care = { ...NO_WHAT_IF, fewerPrimaryCareVisits: 5 };
    evaluatePrepared(prep, care);
    const first = new Map(prep.cache.values);
    expect(first.has('#unit:vardcentralBesok')).toBe(true);
    // Other settings need other sums (subsidised work converted, fewer visits), built from
    // the same situations and the same unit of care.
    const moved = evaluatePrepared(prep, {
      ...care,
      subsidisedToUnsubsidisedShare: 0.5,
      fewerPrimaryCareVisits: 3,
    });
    for (const [key, value] of first) expect(prep.cache.values.get(key), key).toBe(value);
    // ...and the figures of a fresh evaluation with those settings.
    const fresh = prepare(valid(example));
    expect(moved).toEqual(evaluatePrepared(fresh, moved.whatIf));
  });
});
