/**
 * Random participant groups for property tests of validation: groups as the
 * app writes them, now and then with a field broken (out of range, of the
 * wrong type, unknown, padded, absent), so that what the schema accepts and
 * what it refuses are both drawn.
 */
import fc from 'fast-check';
import {
  AGE_BANDS,
  INCOME_SOURCES,
  RESOURCE_ITEMS,
  SCHOOLS,
  SUBSIDY_FORMS,
} from '../../src/engine/catalogue';
import { LIMITS } from '../../src/engine/scenario-schema';
import { GENDERS } from '../../src/engine/types';

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
export const groupArb: fc.Arbitrary<unknown> = fc
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
export const anyGroupArb = fc.oneof(groupArb, brokenGroupArb);
