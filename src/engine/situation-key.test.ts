/**
 * The identity of a situation (situation-key.ts): `situationKey` and
 * `sameSituation` agree exactly (order of items and zero extents or
 * quantities do not matter, every other field does), equal situations hash
 * equally, and `extentBySource` sums the extents per source. Keys are checked
 * against hand-written strings: source letter (A = osubventioneratArbete,
 * B = subventioneratArbete, C = studier, D = arbetsloshetsersattning, in the
 * order of INCOME_SOURCES), extent, then s/w/c/f for subsidy share, wage,
 * school and subsidy form; items sorted and joined by ",", "!r" when
 * registered, "#" and the sorted non-zero resources as item:quantity.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extentBySource, sameSituation, situationHash, situationKey } from './situation-key';
import { INCOME_SOURCES, SCHOOLS, SUBSIDY_FORMS } from './catalogue';
import type { Situation } from './schema';

type Item = Situation['income'][number];
type Res = Situation['resources'][number];

/** Resource uses written as `item:quantity`. */
const uses = (...list: string[]): Res[] =>
  list.map((u) => {
    const [item, quantity] = u.split(':');
    return { item, quantity: Number(quantity) };
  });
const sit = (income: Item[], resources: Res[] = [], registered?: boolean): Situation =>
  registered === undefined ? { income, resources } : { income, resources, registered };

const work = (extent: number): Item => ({ source: 'osubventioneratArbete', extent });
const study = (extent: number, school?: Item['school']): Item =>
  school ? { source: 'studier', extent, school } : { source: 'studier', extent };
const aKassa = (extent: number): Item => ({ source: 'arbetsloshetsersattning', extent });

/** Both ways round: the key, the equality test and the hash all agree. */
function expectSame(a: Situation, b: Situation) {
  expect(sameSituation(a, b)).toBe(true);
  expect(sameSituation(b, a)).toBe(true);
  expect(situationKey(a)).toBe(situationKey(b));
  expect(situationHash(a)).toBe(situationHash(b));
}

function expectDifferent(a: Situation, b: Situation) {
  expect(sameSituation(a, b)).toBe(false);
  expect(sameSituation(b, a)).toBe(false);
  expect(situationKey(a)).not.toBe(situationKey(b));
}

describe('situationKey', () => {
  it.each<[string, Situation, string]>([
    ['nothing', sit([]), ''],
    ['full-time work', sit([work(1)]), 'A1'],
    ['studies at komvux', sit([study(0.5, 'komvux')]), 'C0.5ckomvux'],
    [
      'a subsidised job with every detail',
      sit([
        {
          source: 'subventioneratArbete',
          extent: 1,
          subsidyShare: 0.8,
          monthlyWage: 25000,
          subsidyForm: 'nystartsjobb',
        },
      ]),
      'B1s0.8w25000fnystartsjobb',
    ],
    ['two items, sorted', sit([study(0.5), work(0.5)]), 'A0.5,C0.5'],
    ['two items, already in order', sit([work(0.5), study(0.5)]), 'A0.5,C0.5'],
    ['three items, sorted', sit([aKassa(0.5), study(0.25), work(0.25)]), 'A0.25,C0.25,D0.5'],
    ['zero extents left out', sit([work(0), study(1), aKassa(0)]), 'C1'],
    ['registered only', sit([], [], true), '!r'],
    ['registered with work', sit([work(1)], [], true), 'A1!r'],
    ['not registered', sit([work(1)], [], false), 'A1'],
    ['one resource', sit([], uses('vardcentralBesok:3')), '#vardcentralBesok:3'],
    [
      'resources sorted, zero quantities left out',
      sit(
        [work(1)],
        uses('vardcentralBesok:3', 'psykiatriVarddygn:0', 'psykiatriOppenvardBesok:2'),
        true,
      ),
      'A1!r#psykiatriOppenvardBesok:2,vardcentralBesok:3',
    ],
    ['only zero quantities', sit([work(1)], uses('vardcentralBesok:0')), 'A1'],
  ])('%s', (_, s, key) => {
    expect(situationKey(s)).toBe(key);
  });

  it('tells apart situations whose fields would run together without their markers', () => {
    // Without "s", 10 % at a subsidy share of 1 would read as an extent of 0.11.
    expectDifferent(
      sit([{ source: 'subventioneratArbete', extent: 0.1, subsidyShare: 1 }]),
      sit([{ source: 'subventioneratArbete', extent: 0.11 }]),
    );
    // Without ":", item "a1" twice would read as item "a" 12 times.
    expectDifferent(sit([], uses('a1:2')), sit([], uses('a:12')));
  });

  it('tells apart a scenario’s own resource ids that hold the key’s separators', () => {
    // Own ids are free text: written as they are, x once and y twice would read as the
    // item "x:1,y" twice, and an id holding "%" as the escaped form of another.
    const xy = sit(
      [],
      [
        { item: 'x', quantity: 1 },
        { item: 'y', quantity: 2 },
      ],
    );
    const joined = sit([], [{ item: 'x:1,y', quantity: 2 }]);
    expectDifferent(xy, joined);
    expectDifferent(
      sit([], [{ item: 'a#b', quantity: 1 }]),
      sit([], [{ item: 'a%23b', quantity: 1 }]),
    );
    expectDifferent(
      sit([], [{ item: 'a,b', quantity: 1 }]),
      sit([], [{ item: 'a%2Cb', quantity: 1 }]),
    );
    // An escaped id is still one item: the same id gives the same key, in any order.
    expect(
      situationKey(
        sit(
          [],
          [
            { item: 'x:1,y', quantity: 2 },
            { item: 'z', quantity: 1 },
          ],
        ),
      ),
    ).toBe(
      situationKey(
        sit(
          [],
          [
            { item: 'z', quantity: 1 },
            { item: 'x:1,y', quantity: 2 },
          ],
        ),
      ),
    );
  });
});

describe('sameSituation', () => {
  it('holds for two empty situations and ignores zero entries', () => {
    expectSame(sit([]), sit([]));
    expectSame(sit([]), sit([work(0)], uses('x:0')));
    expectSame(sit([work(1), study(0)]), sit([work(1)]));
    expectSame(sit([work(1)]), sit([study(0), work(1)]));
    expectSame(sit([], uses('x:2', 'y:0')), sit([], uses('x:2')));
    expectSame(sit([], uses('x:2')), sit([], uses('y:0', 'x:2')));
  });

  it('ignores the order of items and resources', () => {
    expectSame(sit([work(0.5), study(0.5)]), sit([study(0.5), work(0.5)]));
    expectSame(sit([work(0.5), work(0.5), study(0.25)]), sit([work(0.5), study(0.25), work(0.5)]));
    expectSame(sit([], uses('x:1', 'y:2')), sit([], uses('y:2', 'x:1')));
  });

  it('counts repeated items as a multiset', () => {
    // Same length, same set of items, different multiplicities.
    expectDifferent(
      sit([work(0.5), work(0.5), study(0.25)]),
      sit([work(0.5), study(0.25), study(0.25)]),
    );
    expectDifferent(sit([], uses('x:1', 'x:1', 'y:1')), sit([], uses('x:1', 'y:1', 'y:1')));
  });

  it('tells apart situations of one length that differ in one item', () => {
    expectDifferent(sit([work(0.5), study(0.5)]), sit([work(0.5), aKassa(0.5)]));
    expectDifferent(sit([study(0.5), work(0.5)]), sit([work(0.5), aKassa(0.5)]));
    expectDifferent(sit([], uses('x:1', 'y:2')), sit([], uses('x:1', 'z:2')));
    expectDifferent(sit([], uses('y:2', 'x:1')), sit([], uses('x:1', 'z:2')));
  });

  it('tells apart situations where one has an extra item or resource', () => {
    expectDifferent(sit([work(1)]), sit([work(1), study(0.5)]));
    expectDifferent(sit([work(1)]), sit([study(0.5), work(1)]));
    expectDifferent(sit([]), sit([work(1)]));
    expectDifferent(sit([work(1), study(0)]), sit([work(1), study(0.5)]));
    expectDifferent(sit([study(0), work(1)]), sit([work(1), study(0.5), aKassa(0)]));
    expectDifferent(sit([], uses('x:1')), sit([], uses('x:1', 'y:1')));
    expectDifferent(sit([], uses('x:1')), sit([], uses('y:1', 'x:1')));
    expectDifferent(sit([], []), sit([], uses('x:1')));
    expectDifferent(sit([], uses('x:1', 'y:0')), sit([], uses('x:1', 'y:4')));
    expectDifferent(sit([], uses('y:0', 'x:1')), sit([], uses('x:1', 'y:4', 'z:0')));
  });

  it('tells apart every field of an item, of a resource, and registration', () => {
    const base: Item = {
      source: 'subventioneratArbete',
      extent: 0.5,
      subsidyShare: 0.5,
      monthlyWage: 20000,
      school: 'komvux',
      subsidyForm: 'lonebidrag',
    };
    const changes: Partial<Item>[] = [
      { source: 'osubventioneratArbete' },
      { extent: 0.75 },
      { subsidyShare: 0.6 },
      { subsidyShare: undefined },
      { monthlyWage: 21000 },
      { monthlyWage: undefined },
      { school: 'gymnasium' },
      { school: undefined },
      { subsidyForm: 'nystartsjobb' },
      { subsidyForm: undefined },
    ];
    for (const c of changes) {
      const other = { ...base, ...c };
      expectDifferent(sit([base]), sit([other]));
      // Also behind an equal first item and in the other order.
      expectDifferent(sit([work(1), base]), sit([other, work(1)]));
    }
    expectDifferent(sit([], uses('x:1')), sit([], uses('y:1')));
    expectDifferent(sit([], uses('x:1')), sit([], uses('x:2')));
    expectDifferent(sit([work(1)], [], true), sit([work(1)], [], false));
    expectDifferent(sit([work(1)], [], true), sit([work(1)]));
    expectDifferent(sit([], [], true), sit([]));
    expectSame(sit([work(1)], [], false), sit([work(1)]));
    expectSame(sit([work(1)], [], true), sit([work(1)], [], true));
  });
});

// Few values per field, so that random pairs are often equal.
const itemArb: fc.Arbitrary<Item> = fc.record(
  {
    source: fc.constantFrom(...INCOME_SOURCES.slice(0, 3)),
    extent: fc.constantFrom(0, 0.5, 1),
    subsidyShare: fc.constantFrom(0.5, 1),
    monthlyWage: fc.constantFrom(20000, 30000),
    school: fc.constantFrom(...SCHOOLS.slice(0, 2)),
    subsidyForm: fc.constantFrom(...SUBSIDY_FORMS.slice(0, 2)),
  },
  { requiredKeys: ['source', 'extent'] },
);
const resArb: fc.Arbitrary<Res> = fc.record({
  item: fc.constantFrom('x', 'y'),
  quantity: fc.constantFrom(0, 1, 2),
});
const sitArb: fc.Arbitrary<Situation> = fc.record({
  income: fc.array(itemArb, { maxLength: 4 }),
  resources: fc.array(resArb, { maxLength: 3 }),
  registered: fc.constantFrom(undefined, false, true),
});
/** A situation and a copy with its entries shuffled and zero entries added or removed. */
const sitAndEquivalentArb = sitArb.chain((s) =>
  fc
    .record({
      income: fc.shuffledSubarray(
        [
          ...s.income.filter((i) => i.extent > 0),
          { source: INCOME_SOURCES[3], extent: 0 },
          { source: INCOME_SOURCES[0], extent: 0, monthlyWage: 1 },
        ],
        { minLength: s.income.filter((i) => i.extent > 0).length },
      ),
      resources: fc.shuffledSubarray(
        [...s.resources.filter((r) => r.quantity !== 0), { item: 'z', quantity: 0 }],
        { minLength: s.resources.filter((r) => r.quantity !== 0).length },
      ),
      registered: fc.constantFrom(s.registered ? true : undefined, s.registered ? true : false),
    })
    .map((t) => {
      // shuffledSubarray may drop a positive item only if it drops none: keep them all.
      const kept = t.income.filter((i) => i.extent > 0);
      const keptRes = t.resources.filter((r) => r.quantity !== 0);
      const sameCounts =
        kept.length === s.income.filter((i) => i.extent > 0).length &&
        keptRes.length === s.resources.filter((r) => r.quantity !== 0).length;
      return sameCounts ? ([s, t] as const) : ([s, s] as const);
    }),
);

describe('identity properties', () => {
  it('the key is equal exactly when the situations are the same', () => {
    fc.assert(
      fc.property(sitArb, sitArb, (a, b) => {
        expect(situationKey(a) === situationKey(b)).toBe(sameSituation(a, b));
        expect(sameSituation(a, b)).toBe(sameSituation(b, a));
      }),
    );
  });

  it('shuffling and zero entries change neither the key nor the hash', () => {
    fc.assert(
      fc.property(sitAndEquivalentArb, ([a, b]) => {
        expect(sameSituation(a, b)).toBe(true);
        expect(situationKey(a)).toBe(situationKey(b));
        expect(situationHash(a)).toBe(situationHash(b));
      }),
    );
  });

  it('same situations hash equally', () => {
    fc.assert(
      fc.property(sitArb, sitArb, (a, b) => {
        if (sameSituation(a, b)) expect(situationHash(a)).toBe(situationHash(b));
      }),
    );
  });
});

describe('extentBySource', () => {
  it('sums the positive extents per source and leaves out the rest', () => {
    const m = extentBySource(sit([work(0.25), study(0.5), work(0.5), aKassa(0)]));
    expect([...m.entries()]).toEqual([
      ['osubventioneratArbete', 0.75],
      ['studier', 0.5],
    ]);
    expect(extentBySource(sit([])).size).toBe(0);
  });
});
