/**
 * The fast path of the groups array (fast-array.ts, `isFinalGroup`) can
 * neither let through what GroupSchema refuses nor change what it returns:
 * random groups, valid and broken one field at a time, give the same output
 * and the same problems with and without it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { AGE_BANDS, INCOME_SOURCES, RESOURCE_ITEMS, SCHOOLS, SUBSIDY_FORMS } from './catalogue';
import { fastArray } from './fast-array';
import {
  CohortSchema,
  FINAL_KEYS,
  GroupSchema,
  IncomeItemSchema,
  LIMITS,
  ResourceUseSchema,
  SituationSchema,
  isFinalGroup,
} from './scenario-schema';
import { toValidationIssues } from './validation';
import { GENDERS } from './types';

const RUNS = fc.readConfigureGlobal().numRuns ?? 1000;

/** Values that break a field: out of range, of the wrong type, unknown, padded, absent. */
const BAD_VALUES: unknown[] = [
  -1,
  -1e-9,
  1.5,
  2,
  0.5,
  NaN,
  Infinity,
  -Infinity,
  -0,
  LIMITS.maxCount + 1,
  LIMITS.maxQuantity + 0.5,
  LIMITS.maxWage + 1,
  '',
  ' ',
  '1',
  'kvinna',
  'studier',
  'komvux',
  'okänd',
  ' vardcentralBesok',
  'vardcentralBesok ',
  'a'.repeat(65),
  'a'.repeat(201),
  null,
  undefined,
  true,
  false,
  [],
  {},
  [{}],
  { income: [], resources: [] },
];

/** Marks a field left out; `strip` removes it. */
const ABSENT = Symbol('absent');
/** Mostly `arb`, now and then a bad value or nothing, so that one field at a time is broken. */
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: arb, weight: 40 },
    { arbitrary: fc.constantFrom(...BAD_VALUES, ABSENT), weight: 1 },
  );
/** Now and then a key no schema knows (which `v.object` strips). */
const extra = () =>
  fc.oneof(
    { arbitrary: fc.constant<unknown>(ABSENT), weight: 60 },
    { arbitrary: fc.constantFrom(...BAD_VALUES), weight: 1 },
  );

/** A copy of `x` without the fields marked absent. */
function strip(x: unknown): unknown {
  if (Array.isArray(x)) return x.filter((i) => i !== ABSENT).map(strip);
  if (typeof x !== 'object' || x === null) return x;
  const out: Record<string, unknown> = {};
  for (const [k, item] of Object.entries(x)) if (item !== ABSENT) out[k] = strip(item);
  return out;
}

const share = () => fc.double({ min: 0, max: 1 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const incomeArb = fc.record(
  {
    source: maybe(fc.constantFrom(...INCOME_SOURCES)),
    extent: maybe(share()),
    subsidyShare: maybe(optional(share())),
    monthlyWage: maybe(fc.double({ min: 0, max: LIMITS.maxWage })),
    school: maybe(fc.constantFrom(...SCHOOLS)),
    subsidyForm: maybe(fc.constantFrom(...SUBSIDY_FORMS)),
    extra: extra(),
  },
  { requiredKeys: ['source', 'extent', 'extra'] },
);
const resourceArb = fc.record({
  item: maybe(fc.oneof(fc.constantFrom(...RESOURCE_ITEMS), fc.string({ maxLength: 66 }))),
  quantity: maybe(fc.double({ min: 0, max: LIMITS.maxQuantity })),
  extra: extra(),
});
const situationArb = fc.record(
  {
    income: maybe(fc.array(maybe(incomeArb), { maxLength: 3 })),
    resources: maybe(fc.array(maybe(resourceArb), { maxLength: 2 })),
    registered: maybe(optional(fc.boolean())),
    extra: extra(),
  },
  { requiredKeys: ['income', 'resources', 'extra'] },
);
/** Groups as the app writes them, now and then with one field broken; `mutate` breaks more. */
const groupArb: fc.Arbitrary<unknown> = fc
  .record(
    {
      id: maybe(optional(fc.string({ maxLength: 66 }))),
      label: maybe(fc.string({ maxLength: 202 })),
      count: maybe(fc.integer({ min: 0, max: LIMITS.maxCount })),
      gender: maybe(fc.constantFrom(...GENDERS)),
      ageBand: maybe(optional(fc.constantFrom(...AGE_BANDS))),
      before: maybe(situationArb),
      after: maybe(situationArb),
      followUp6: maybe(situationArb),
      followUp24: maybe(optional(situationArb)),
      extra: extra(),
    },
    { requiredKeys: ['label', 'count', 'gender', 'before', 'after', 'extra'] },
  )
  .map(strip);

/** Every place in a value: [container, key] pairs. */
type Place = [Record<string | number, unknown>, string | number];
function places(x: unknown, out: Place[] = []): Place[] {
  if (Array.isArray(x))
    x.forEach((item, i) => (out.push([x as unknown[] & Place[0], i]), places(item, out)));
  else if (typeof x === 'object' && x !== null)
    for (const [k, item] of Object.entries(x)) {
      out.push([x as Record<string, unknown>, k]);
      places(item, out);
    }
  return out;
}

const mutationArb = fc.record({
  // Unbiased, so that deep places (an income item's fields) are broken as often as the group's.
  at: fc.noBias(fc.nat()),
  op: fc.constantFrom('set', 'delete', 'extraKey', 'pad', 'nullPrototype', 'array', 'grow'),
  value: fc.constantFrom(...BAD_VALUES),
});

/** A copy of `g` with a field or two broken (fast-check's value stays as it is, for shrinking). */
type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;
function mutate(g: unknown, mutations: Mutation[]): unknown {
  let root = structuredClone(g);
  for (const m of mutations) {
    const all = places(root);
    if (!all.length) break;
    const [obj, key] = all[m.at % all.length];
    const value = obj[key];
    const bad: unknown = structuredClone(m.value);
    switch (m.op) {
      case 'set':
        obj[key] = bad;
        break;
      case 'delete':
        if (Array.isArray(obj)) obj.splice(key as number, 1);
        else delete obj[key];
        break;
      case 'extraKey':
        if (typeof value === 'object' && value !== null)
          (value as Record<string, unknown>).extra = bad;
        else (obj as Record<string, unknown>).extra = bad;
        break;
      case 'pad':
        obj[key] = typeof value === 'string' ? ` ${value}` : bad;
        break;
      case 'nullPrototype':
        if (typeof value === 'object' && value !== null && !Array.isArray(value))
          obj[key] = Object.assign(Object.create(null), value);
        else root = Object.assign(Object.create(null), root);
        break;
      case 'array':
        obj[key] = Object.assign([], value);
        break;
      case 'grow':
        // Past the longest list the schema allows (income items, resources).
        obj[key] = Array.isArray(value) ? Array.from({ length: 51 }, () => value[0]) : bad;
        break;
    }
  }
  return root;
}

// Mostly one broken field, so that the rest of the group passes and the break alone is judged.
const brokenGroupArb = fc
  .tuple(
    groupArb,
    fc.oneof(
      { arbitrary: fc.tuple(mutationArb), weight: 4 },
      { arbitrary: fc.tuple(mutationArb, mutationArb), weight: 1 },
    ),
  )
  .map(([g, ms]) => mutate(g, ms));
const anyGroupArb = fc.oneof(groupArb, brokenGroupArb);

describe('isFinalGroup', () => {
  it('knows exactly the keys of the schemas it stands for', () => {
    const keys = (s: ReadonlySet<string>) => [...s].sort();
    expect(keys(FINAL_KEYS.group)).toEqual(Object.keys(GroupSchema.entries).sort());
    expect(keys(FINAL_KEYS.situation)).toEqual(Object.keys(SituationSchema.entries).sort());
    expect(keys(FINAL_KEYS.income)).toEqual(Object.keys(IncomeItemSchema.entries).sort());
    expect(keys(FINAL_KEYS.resource)).toEqual(Object.keys(ResourceUseSchema.entries).sort());
  });

  it('holds only of groups the schema accepts and returns unchanged', () => {
    fc.assert(
      fc.property(anyGroupArb, (g) => {
        if (!isFinalGroup(g)) return;
        const parsed = v.safeParse(GroupSchema, g);
        expect(parsed.success).toBe(true);
        expect(parsed.output).toStrictEqual(g);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('holds of every group as the schema returns it (the path is taken for saved documents)', () => {
    fc.assert(
      fc.property(anyGroupArb, (g) => {
        const parsed = v.safeParse(GroupSchema, g);
        if (parsed.success) expect(isFinalGroup(parsed.output)).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  const valid = () => ({
    id: 'g1',
    label: 'Grupp',
    count: 3,
    gender: 'kvinna',
    before: { income: [{ source: 'ekonomisktBistand', extent: 1 }], resources: [] },
    after: {
      income: [{ source: 'osubventioneratArbete', extent: 0.5 }],
      resources: [{ item: 'vardcentralBesok', quantity: 2 }],
    },
  });
  type G = ReturnType<typeof valid> & Record<string, unknown>;
  const cases: [string, (g: G) => unknown, boolean][] = [
    ['valid and complete', (g) => g, true],
    ['id absent', (g) => (delete (g as Partial<G>).id, g), true],
    ['id present but undefined', (g) => ({ ...g, id: undefined }), true],
    ['optional fields given', (g) => ({ ...g, ageBand: AGE_BANDS[0], followUp6: g.after }), true],
    // Valid, but the schema would fill a default in: left to the schema.
    ['label absent', (g) => (delete (g as Partial<G>).label, g), false],
    ['label undefined', (g) => ({ ...g, label: undefined }), false],
    ['resources absent', (g) => ({ ...g, before: { income: g.before.income } }), false],
    // Valid, but the schema would trim or strip: left to the schema.
    [
      'resource item with spaces',
      (g) => ({
        ...g,
        after: { ...g.after, resources: [{ item: ' vardcentralBesok', quantity: 1 }] },
      }),
      false,
    ],
    ['unknown key on the group', (g) => ({ ...g, note: 'x' }), false],
    ['unknown key on a situation', (g) => ({ ...g, before: { ...g.before, x: 1 } }), false],
    [
      'unknown key on an income item',
      (g) => ({ ...g, before: { ...g.before, income: [{ ...g.before.income[0], x: 1 }] } }),
      false,
    ],
    ['an object without prototype', (g) => Object.assign(Object.create(null), g), false],
    ['an array with the fields', (g) => Object.assign([], g), false],
    ['a class instance', (g) => Object.assign(new (class Group {})(), g), false],
    [
      'a list with a key besides its items',
      (g) => ({ ...g, before: { ...g.before, resources: Object.assign([], { note: 'x' }) } }),
      false,
    ],
    [
      'a list of a subclass of Array',
      (g) => ({ ...g, before: { ...g.before, resources: new (class List extends Array {})() } }),
      false,
    ],
    // Invalid.
    ['count not whole', (g) => ({ ...g, count: 1.5 }), false],
    ['count NaN', (g) => ({ ...g, count: NaN }), false],
    ['count a string', (g) => ({ ...g, count: '3' }), false],
    ['count too large', (g) => ({ ...g, count: LIMITS.maxCount + 1 }), false],
    ['count negative', (g) => ({ ...g, count: -1 }), false],
    ['unknown gender', (g) => ({ ...g, gender: 'okänd' }), false],
    ['label too long', (g) => ({ ...g, label: 'a'.repeat(201) }), false],
    ['id too long', (g) => ({ ...g, id: 'a'.repeat(65) }), false],
    ['followUp6 null', (g) => ({ ...g, followUp6: null }), false],
    [
      'extent above 100 %',
      (g) => ({ ...g, before: { ...g.before, income: [{ source: 'studier', extent: 1.01 }] } }),
      false,
    ],
    [
      'unknown source',
      (g) => ({ ...g, before: { ...g.before, income: [{ source: 'lotto', extent: 1 }] } }),
      false,
    ],
    [
      'too many income items',
      (g) => ({
        ...g,
        before: {
          ...g.before,
          income: Array.from({ length: INCOME_SOURCES.length * 2 + 1 }, () => g.before.income[0]),
        },
      }),
      false,
    ],
    [
      'empty resource item',
      (g) => ({ ...g, after: { ...g.after, resources: [{ item: '', quantity: 1 }] } }),
      false,
    ],
    ['registered a string', (g) => ({ ...g, before: { ...g.before, registered: 'ja' } }), false],
    ['unknown age band', (g) => ({ ...g, ageBand: '12–15' }), false],
    [
      'monthly wage above its maximum',
      (g) => ({
        ...g,
        after: {
          ...g.after,
          income: [{ ...g.after.income[0], monthlyWage: LIMITS.maxWage + 1 }],
        },
      }),
      false,
    ],
    [
      'monthly wage at its maximum',
      (g) => ({
        ...g,
        after: { ...g.after, income: [{ ...g.after.income[0], monthlyWage: LIMITS.maxWage }] },
      }),
      true,
    ],
    ['id a list', (g) => ({ ...g, id: ['g1'] }), false],
    [
      'resource item name longer than 64',
      (g) => ({ ...g, after: { ...g.after, resources: [{ item: 'r'.repeat(65), quantity: 1 }] } }),
      false,
    ],
    [
      'more than 50 resource items',
      (g) => ({
        ...g,
        after: {
          ...g.after,
          resources: Array.from({ length: 51 }, () => g.after.resources[0]),
        },
      }),
      false,
    ],
    // Valid at each bound: the fast path takes them, so the limits are the schema's, not tighter.
    ['count 0', (g) => ({ ...g, count: 0 }), true],
    ['count at its maximum', (g) => ({ ...g, count: LIMITS.maxCount }), true],
    ['id of 64 characters', (g) => ({ ...g, id: 'a'.repeat(64) }), true],
    ['label of 200 characters', (g) => ({ ...g, label: 'a'.repeat(200) }), true],
    [
      'extent 0',
      (g) => ({ ...g, before: { ...g.before, income: [{ source: 'studier', extent: 0 }] } }),
      true,
    ],
    [
      'resource item name of 64 characters',
      (g) => ({ ...g, after: { ...g.after, resources: [{ item: 'r'.repeat(64), quantity: 1 }] } }),
      true,
    ],
    [
      '50 resource items',
      (g) => ({
        ...g,
        after: { ...g.after, resources: Array.from({ length: 50 }, () => g.after.resources[0]) },
      }),
      true,
    ],
    [
      'as many income items as allowed',
      (g) => ({
        ...g,
        before: {
          ...g.before,
          income: Array.from({ length: INCOME_SOURCES.length * 2 }, () => g.before.income[0]),
        },
      }),
      true,
    ],
  ];
  const INVALID = new Set([
    'unknown age band',
    'monthly wage above its maximum',
    'id a list',
    'resource item name longer than 64',
    'more than 50 resource items',
    'count too large',
    'label too long',
    'id too long',
    'too many income items',
    'unknown gender',
  ]);
  it.each(cases)('%s', (_, make, expected) => {
    const g = make(valid());
    expect(isFinalGroup(g)).toBe(expected);
    if (expected) expect(v.parse(GroupSchema, g)).toStrictEqual(g);
  });

  // Each of these breaks one bound of GroupSchema: the schema refuses it, so the
  // fast path must not take it either (a looser check would let it through unseen).
  it.each(cases.filter(([name]) => INVALID.has(name)))('%s is refused by the schema', (_, make) => {
    expect(v.safeParse(GroupSchema, make(valid())).success).toBe(false);
  });
});

describe('fastArray', () => {
  const fast = fastArray(GroupSchema, isFinalGroup);
  const full = v.array(GroupSchema);
  const same = (input: unknown, config?: v.Config<v.BaseIssue<unknown>>) => {
    const a = v.safeParse(fast, input, config);
    const b = v.safeParse(full, input, config);
    expect(a.success).toBe(b.success);
    expect(a.output).toStrictEqual(b.output);
    expect(a.issues && toValidationIssues(a.issues)).toEqual(
      b.issues && toValidationIssues(b.issues),
    );
    const described = (issues: typeof a.issues) =>
      issues?.map((i) => [i.type, i.message, i.path?.map((p) => [p.type, p.origin, p.key])]);
    expect(described(a.issues)).toEqual(described(b.issues));
  };

  it('gives valibot’s problems for items that are not groups at all', () => {
    same([5, null, 'x', [], { count: 1 }]);
  });

  it('gives what valibot’s array gives, output and problems, for any mix of groups', () => {
    fc.assert(
      fc.property(fc.array(anyGroupArb, { maxLength: 6 }), (groups) => same(groups)),
      { numRuns: RUNS * 2 },
    );
  });

  it('stops at the first problem as valibot does when asked to', () => {
    fc.assert(
      fc.property(fc.array(anyGroupArb, { maxLength: 6 }), (groups) =>
        same(groups, { abortEarly: true }),
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses what is not an array as valibot does', () => {
    for (const x of [undefined, null, 1, 'a', {}, { length: 0 }]) same(x);
  });

  it('keeps the input array when every group is final, and copies only the others', () => {
    const g = { label: '', count: 1, gender: 'man', before: { income: [], resources: [] } };
    const done = { ...g, after: g.before };
    const input = [done, done];
    expect(v.parse(fast, input)).toBe(input);
    const mixed = [done, { ...g, after: { income: [] } }];
    const out = v.parse(fast, mixed);
    expect(out).not.toBe(mixed);
    expect(out[0]).toBe(done);
    expect(out[1]).toStrictEqual({ ...g, after: { income: [], resources: [] } });
  });

  it('drops unknown keys as v.object does: such a group is left to the schema', () => {
    const g = {
      label: '',
      count: 1,
      gender: 'man',
      note: 'x',
      before: { income: [], resources: [], note: 'x' },
      after: { income: [{ source: 'studier', extent: 1, note: 'x' }], resources: [] },
    };
    const stripped = {
      label: '',
      count: 1,
      gender: 'man',
      before: { income: [], resources: [] },
      after: { income: [{ source: 'studier', extent: 1 }], resources: [] },
    };
    expect(v.parse(GroupSchema, g)).toStrictEqual(stripped);
    expect(isFinalGroup(g)).toBe(false);
    expect(v.parse(fast, [g])).toStrictEqual([stripped]);
  });

  it('keeps the bounds of the cohort’s groups and their messages', () => {
    const cohort = {
      id: 'c1',
      name: 'K',
      cost: { mode: 'standard' },
      groups: [{ label: '', count: 1.5, gender: 'man', before: {}, after: { income: [] } }],
    };
    const r = v.safeParse(CohortSchema, cohort);
    expect(r.success).toBe(false);
    expect(toValidationIssues(r.issues ?? [])).toEqual([
      { path: 'groups[0].count', code: 'notInteger', params: {} },
      { path: 'groups[0].before.income', code: 'required', params: {} },
    ]);
  });
});
