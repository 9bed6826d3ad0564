/**
 * The fast path of the groups array (fast-array.ts, `isFinalGroup`) can
 * neither let through what GroupSchema refuses nor change what it returns:
 * random groups, valid and broken one field at a time, give the same output
 * and the same problems with and without it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
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
import { AGE_BANDS, INCOME_SOURCES } from './catalogue';
import { anyGroupArb } from '../../tests/support/group-arbitraries';

const RUNS = fc.readConfigureGlobal().numRuns ?? 1000;

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
      'unknown subsidy form',
      (g) => ({
        ...g,
        after: {
          ...g.after,
          income: [{ source: 'subventioneratArbete', extent: 1, subsidyForm: 'lotto' }],
        },
      }),
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
    'unknown subsidy form',
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

describe('fastArray beside v.array', () => {
  // Items whose "a" is 1 need no work; any other item goes through the schema.
  const item = v.object({ a: v.number(), b: v.optional(v.string(), '') });
  const isFinal = (x: unknown) =>
    typeof x === 'object' && x !== null && (x as { a?: unknown }).a === 1 && 'b' in x;
  const fast = v.pipe(fastArray(item, isFinal), v.maxLength(2));
  const slow = v.pipe(v.array(item), v.maxLength(2));
  const inputs: unknown[][] = [
    [{ a: 1, b: 'x' }, { a: 2 }, { a: 1, b: 'y' }],
    [{ a: 2 }, { a: 3 }, { a: 4 }],
    [{ a: 'no' }, { a: 1, b: '' }, { a: 2 }],
    [{ a: 1, b: '' }, { a: 'no' }],
    [{ a: 1, b: '' }],
    [],
  ];

  it('gives the same output, problems and typing, also when stopping at the first problem', () => {
    for (const input of inputs)
      for (const abortEarly of [false, true]) {
        const f = v.safeParse(fast, structuredClone(input), { abortEarly });
        const s = v.safeParse(slow, structuredClone(input), { abortEarly });
        expect(f.success).toBe(s.success);
        expect(toValidationIssues(f.issues ?? [])).toEqual(toValidationIssues(s.issues ?? []));
        if (f.success && s.success) expect(f.output).toEqual(s.output);
        const fd = fast['~run']({ value: structuredClone(input) }, { abortEarly });
        const sd = slow['~run']({ value: structuredClone(input) }, { abortEarly });
        expect(fd.typed).toBe(sd.typed);
      }
  });

  it('keeps the items that need no work as they are, also after one that did', () => {
    const keep = { a: 1, b: 'x' };
    const input = [{ a: 2 }, keep];
    const r = v.safeParse(fastArray(item, isFinal), input);
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.output).toEqual([{ a: 2, b: '' }, keep]);
      expect(r.output[1]).toBe(keep);
    }
  });
});

describe('isFinalGroup of resources', () => {
  const group = (resources: unknown[]) => ({
    label: '',
    count: 1,
    gender: 'kvinna',
    before: { income: [], resources },
    after: { income: [], resources: [] },
  });

  it('holds of a one-letter item and not of one with a key the schema would drop', () => {
    expect(isFinalGroup(group([{ item: 'x', quantity: 1 }]))).toBe(true);
    expect(isFinalGroup(group([{ item: 'x', quantity: 1, extra: 1 }]))).toBe(false);
    expect(isFinalGroup(group([null]))).toBe(false);
    expect(isFinalGroup(group([{ item: '', quantity: 1 }]))).toBe(false);
  });
});
