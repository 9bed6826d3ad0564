/**
 * The reduced form of a scenario for the Monte Carlo fast path (MODEL.md §10), worked by hand
 * for small cohorts: which income items, tax combinations and resource uses it keeps, and
 * their weights — participants × what-if weight, − before and + after, per outcome type
 * (slots 0–2: work, studies, other) and side (slots 3–5: side B, the years before a delayed
 * studies → work move).
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../evaluate';
import { exampleScenario } from '../example';
import { defaultParameterSet } from '../parameters';
import type { Group, IncomeItem, Scenario, Situation, WhatIf } from '../schema';
import { OUTCOMES } from '../types';
import { NO, reduce, REGISTRATION, SLOTS } from './reduce';

const WORK = OUTCOMES.indexOf('work');
const STUDIES = OUTCOMES.indexOf('studies');
const OTHER = OUTCOMES.indexOf('other');

const item = (source: IncomeItem['source'], extent: number): IncomeItem => ({ source, extent });
const sit = (income: IncomeItem[], extra: Partial<Situation> = {}): Situation => ({
  income,
  resources: [],
  ...extra,
});
const group = (id: string, count: number, before: Situation, after: Situation): Group => ({
  id,
  label: id,
  count,
  gender: 'man',
  before,
  after,
});

/** The example's cohort of 2017 with the given groups, valued with 2017's rules in 2017 prices. */
function scenarioOf(groups: Group[], whatIf: Partial<WhatIf> = {}): Scenario {
  const s = exampleScenario();
  s.parameters = defaultParameterSet(2017);
  s.cohorts[0].groups = groups;
  s.whatIf = { ...s.whatIf, ...whatIf };
  return s;
}

/** A weight vector over the slots, from the non-zero slots given. */
function slots(nonZero: Record<number, number>): number[] {
  const w = new Array<number>(SLOTS).fill(0);
  for (const [s, x] of Object.entries(nonZero)) w[Number(s)] = x;
  return w;
}

function reduced(s: Scenario) {
  const prep = prepare(s);
  const red = reduce(prep, s.whatIf);
  return {
    prep,
    red,
    items: red.items.map((i) => ({ item: i.item, w: Array.from(i.w) })),
    profiles: red.profiles.map((p) => ({ items: p.items, w: Array.from(p.w) })),
    resources: red.resources.map((r) => ({ item: r.item, cx: r.cx, w: Array.from(r.w) })),
  };
}

describe('the reduced form without a delay, worked by hand', () => {
  // Everyone ends in work (outcome slot 0) except g4 (nothing, slot 2). The groups share items
  // and combinations, so the reduction must merge them:
  // - g1 (2) and g2 (3) share the before-situation: one row of 5 participants;
  // - g1's and g2's after-situations hold the same two items in another order (g2 is also
  //   registered, so the situations differ): one combination taxed together;
  // - g3 has an item of extent 0 and a resource use of quantity 0, which are nothing;
  // - g4 lives on nothing at all before and after, with 2 primary-care visits after.
  const ebFull = item('ekonomisktBistand', 1);
  const akassaHalf = item('arbetsloshetsersattning', 0.5);
  const ebHalf = item('ekonomisktBistand', 0.5);
  const workHalf = item('osubventioneratArbete', 0.5);
  const aeHalf = item('aktivitetsersattning', 0.5);
  const workFull = item('osubventioneratArbete', 1);
  const groups = () => [
    group('g1', 2, sit([ebFull]), sit([workHalf, aeHalf])),
    group('g2', 3, sit([ebFull]), sit([aeHalf, workHalf], { registered: true })),
    group(
      'g3',
      4,
      sit([akassaHalf, ebHalf], { registered: true }),
      sit([workFull, item('aktivitetsersattning', 0)], {
        resources: [{ item: 'psykiatriVarddygn', quantity: 0 }],
      }),
    ),
    group('g4', 1, sit([]), sit([], { resources: [{ item: 'vardcentralBesok', quantity: 2 }] })),
  ];

  it('keeps each distinct income item once, with + after and − before participants', () => {
    const { items, red } = reduced(scenarioOf(groups()));
    expect(red.delayed).toBe(false);
    expect(items).toEqual([
      { item: ebFull, w: slots({ [WORK]: -5 }) }, // g1 + g2 before
      { item: akassaHalf, w: slots({ [WORK]: -4 }) }, // g3 before
      { item: ebHalf, w: slots({ [WORK]: -4 }) },
      { item: workHalf, w: slots({ [WORK]: 2 + 3 }) }, // g1 and g2 after
      { item: aeHalf, w: slots({ [WORK]: 2 + 3 }) },
      { item: workFull, w: slots({ [WORK]: 4 }) }, // g3 after; its item of extent 0 is nothing
    ]);
  });

  it('taxes the items of one situation together, whatever order they are listed in', () => {
    const { profiles } = reduced(scenarioOf(groups()));
    // Item indices as above: 0 ebFull, 1 akassaHalf, 2 ebHalf, 3 workHalf, 4 aeHalf, 5 workFull.
    // g4 has no income at all: nothing to tax, so no combination.
    expect(profiles).toEqual([
      { items: [0], w: slots({ [WORK]: -5 }) },
      { items: [1, 2], w: slots({ [WORK]: -4 }) },
      { items: [3, 4], w: slots({ [WORK]: 2 + 3 }) },
      { items: [5], w: slots({ [WORK]: 4 }) },
    ]);
  });

  it('keeps the resource uses: registration for the part no source covers, visits, care what-ifs', () => {
    const { resources } = reduced(scenarioOf(groups(), { fewerPrimaryCareVisits: 3 }));
    expect(resources).toEqual([
      // g3 before: registered, half covered by a-kassa (which carries Af's handling itself):
      // 4 × (1 − 0.5) = 2 person-years less; g2 after: registered, nothing covered: 3 × 1 more.
      { item: REGISTRATION, cx: 0, w: slots({ [WORK]: -4 * 0.5 + 3 * 1 }) },
      // g4 after: 1 person × 2 visits; g3's 0 care days are no resource use.
      { item: 'vardcentralBesok', cx: 0, w: slots({ [OTHER]: 1 * 2 }) },
      // 3 fewer visits per participant of each outcome type: 9 in work, 1 in other;
      // valued with the price year's rules (cx −1).
      { item: 'vardcentralBesok', cx: -1, w: slots({ [WORK]: -3 * 9, [OTHER]: -3 * 1 }) },
    ]);
  });

  it('leaves the side-B slots empty: without a delay the valuer takes side B from side A', () => {
    const { red } = reduced(scenarioOf(groups(), { fewerPrimaryCareVisits: 3 }));
    const sideB = [...red.items, ...red.profiles, ...red.resources].map((x) =>
      Array.from(x.w.subarray(NO)),
    );
    for (const w of sideB) expect(w).toEqual([0, 0, 0]);
  });
});

describe('the reduced form with a delayed studies → work move, worked by hand', () => {
  // 2 participants from social assistance into komvux; half of those in studies reach work
  // after 2 years: q₂ = 0.5. Side A moves q₂ of the studies type (and their before-situations)
  // to work; side B (the delay years) keeps everyone in studies.
  const eb = item('ekonomisktBistand', 1);
  const komvux: IncomeItem = { source: 'studier', extent: 1, school: 'komvux' };
  const work = item('osubventioneratArbete', 1);
  const scenario = () =>
    scenarioOf([group('g', 2, sit([eb]), sit([komvux]))], {
      studiesToWorkShare: 0.5,
      studiesToWorkDelayYears: 2,
      fewerPrimaryCareVisits: 1,
    });

  it('splits the before-situations and the after-situations over the two sides', () => {
    const { items, profiles, red } = reduced(scenario());
    expect(red.delayed).toBe(true);
    expect(items).toEqual([
      // Before: side A, 2 × 0.5 moved to work and 2 × (1 − 0.5) left in studies; side B all 2.
      { item: eb, w: slots({ [WORK]: -1, [STUDIES]: -1, [NO + STUDIES]: -2 }) },
      // After: side A, weight (1 − q₂) = 0.5 stays in komvux; side B, all of them.
      { item: komvux, w: slots({ [STUDIES]: 2 * 0.5, [NO + STUDIES]: 2 }) },
      // After: side A, weight q₂ = 0.5 in unsubsidised work at the same extent.
      { item: work, w: slots({ [WORK]: 2 * 0.5 }) },
    ]);
    expect(profiles.map((p) => p.w)).toEqual(items.map((i) => i.w));
  });

  it('counts the care what-if per participant of each side, and no registration when no one is registered', () => {
    const { resources } = reduced(scenario());
    // Side A: 1 in work and 1 in studies after the move; side B: 2 in studies. One visit fewer each.
    expect(resources).toEqual([
      {
        item: 'vardcentralBesok',
        cx: -1,
        w: slots({ [WORK]: -1, [STUDIES]: -1, [NO + STUDIES]: -2 }),
      },
    ]);
  });
});

describe('the reduced form in another price year', () => {
  it('carries the care what-if to the price year with the rules’ price factor', () => {
    // Pinned 2017 rules shown in 2022 prices: every krona of 2017 is worth the factor in 2022.
    const s = scenarioOf(
      [group('g', 4, sit([item('ekonomisktBistand', 1)]), sit([item('osubventioneratArbete', 1)]))],
      { fewerPrimaryCareVisits: 3 },
    );
    s.priceYear = 2022;
    const { prep, resources } = reduced(s);
    expect(prep.primaryFactor).toBeGreaterThan(1.1);
    const care = resources.find((r) => r.cx === -1)!;
    // 3 visits × 4 participants, at 2017's cost carried to 2022.
    expect(care.w[WORK]).toBeCloseTo(-3 * 4 * prep.primaryFactor, 9);
  });
});
