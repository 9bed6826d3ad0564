/**
 * The problems of a document by code (validation.ts): each valibot issue
 * becomes the path, code and values its message needs (see
 * src/lib/validation-text.ts for the words), and the checks across fields
 * name the field and the numbers the user is shown. Expected values are
 * worked by hand in each case.
 */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  financingIssues,
  scenarioIssues,
  situationIssues,
  toValidationIssues,
  type ValidationIssue,
} from './validation';
import { parseScenario } from './schema';
import { exampleScenario } from './example';
import type { Scenario, Situation } from './scenario-schema';

const issuesOf = (schema: v.GenericSchema, input: unknown): ValidationIssue[] => {
  const r = v.safeParse(schema, input);
  if (r.success) throw new Error('expected the value to be refused');
  return toValidationIssues(r.issues);
};

/** A valibot issue as a schema reports it, with the fields a test needs. */
const raw = (fields: Partial<v.BaseIssue<unknown>>): v.BaseIssue<unknown> => ({
  kind: 'schema',
  type: 'picklist',
  input: 'z',
  expected: null,
  received: '"z"',
  message: '',
  ...fields,
});

describe('toValidationIssues', () => {
  it('names a missing key "required", an absent value "missing" with its type', () => {
    expect(issuesOf(v.object({ a: v.number() }), {})).toEqual([
      { path: 'a', code: 'required', params: {} },
    ]);
    // Absent at the top: not a key of an object, so its type is named.
    expect(issuesOf(v.number(), undefined)).toEqual([
      { path: '', code: 'missing', params: { type: 'number' } },
    ]);
    // A key that should not be there is present, not required.
    expect(issuesOf(v.strictObject({ a: v.number() }), { a: 1, b: 2 })).toEqual([
      { path: 'b', code: 'invalid', params: { type: 'strict_object' } },
    ]);
  });

  it('names a value of the wrong type with the type wanted and the value given', () => {
    expect(issuesOf(v.object({ a: v.number() }), { a: 'x' })).toEqual([
      { path: 'a', code: 'wrongType', params: { type: 'number', received: '"x"' } },
    ]);
    expect(issuesOf(v.object({ a: v.number() }), { a: Number.NaN })).toEqual([
      { path: 'a', code: 'notANumber', params: {} },
    ]);
    expect(issuesOf(v.string(), 1)).toEqual([
      { path: '', code: 'wrongType', params: { type: 'string', received: '1' } },
    ]);
    expect(issuesOf(v.object({}), 1)).toEqual([
      { path: '', code: 'wrongType', params: { type: 'object', received: '1' } },
    ]);
    expect(issuesOf(v.array(v.number()), 1)).toEqual([
      { path: '', code: 'wrongType', params: { type: 'array', received: '1' } },
    ]);
    expect(issuesOf(v.boolean(), 'x')).toEqual([
      { path: '', code: 'wrongType', params: { type: 'boolean', received: '"x"' } },
    ]);
    expect(issuesOf(v.boolean(), undefined)).toEqual([
      { path: '', code: 'missing', params: { type: 'boolean' } },
    ]);
    expect(issuesOf(v.array(v.number()), [1, 'x'])).toEqual([
      { path: '[1]', code: 'wrongType', params: { type: 'number', received: '"x"' } },
    ]);
  });

  it('names non-finite and non-integer numbers', () => {
    expect(issuesOf(v.pipe(v.number(), v.finite()), Infinity)).toEqual([
      { path: '', code: 'notFinite', params: {} },
    ]);
    expect(issuesOf(v.pipe(v.number(), v.integer()), 1.5)).toEqual([
      { path: '', code: 'notInteger', params: {} },
    ]);
  });

  it('gives bounds as numbers, shares marked "percent" as their own codes', () => {
    expect(issuesOf(v.pipe(v.number(), v.minValue(0)), -1)).toEqual([
      { path: '', code: 'tooSmall', params: { min: 0 } },
    ]);
    expect(issuesOf(v.pipe(v.number(), v.maxValue(5)), 6)).toEqual([
      { path: '', code: 'tooLarge', params: { max: 5 } },
    ]);
    expect(issuesOf(v.pipe(v.number(), v.minValue(0, 'percent')), -1)).toEqual([
      { path: '', code: 'percentMin', params: { min: 0 } },
    ]);
    expect(issuesOf(v.pipe(v.number(), v.maxValue(1, 'percent')), 2)).toEqual([
      { path: '', code: 'percentMax', params: { max: 1 } },
    ]);
  });

  it('writes a bound that is not a number as JSON, even when marked "percent"', () => {
    const day = new Date(Date.UTC(2024, 0, 1));
    const iso = '"2024-01-01T00:00:00.000Z"';
    expect(issuesOf(v.pipe(v.date(), v.minValue(day)), new Date(0))).toEqual([
      { path: '', code: 'tooSmall', params: { min: iso } },
    ]);
    expect(issuesOf(v.pipe(v.date(), v.maxValue(day)), new Date(Date.UTC(2025, 0, 1)))).toEqual([
      { path: '', code: 'tooLarge', params: { max: iso } },
    ]);
    expect(issuesOf(v.pipe(v.date(), v.minValue(day, 'percent')), new Date(0))).toEqual([
      { path: '', code: 'tooSmall', params: { min: iso } },
    ]);
    expect(
      issuesOf(v.pipe(v.date(), v.maxValue(day, 'percent')), new Date(Date.UTC(2025, 0, 1))),
    ).toEqual([{ path: '', code: 'tooLarge', params: { max: iso } }]);
  });

  it('names an empty text "empty", too few items "tooFew", too many "tooLong"', () => {
    expect(issuesOf(v.pipe(v.string(), v.minLength(1)), '')).toEqual([
      { path: '', code: 'empty', params: {} },
    ]);
    expect(issuesOf(v.pipe(v.array(v.number()), v.minLength(2)), [1])).toEqual([
      { path: '', code: 'tooFew', params: { min: 2 } },
    ]);
    expect(issuesOf(v.pipe(v.string(), v.maxLength(2)), 'abc')).toEqual([
      { path: '', code: 'tooLong', params: { max: 2 } },
    ]);
  });

  it('lists the allowed values of a choice, absent or unknown', () => {
    expect(issuesOf(v.object({ a: v.picklist(['x', 'y']) }), { a: 'z' })).toEqual([
      { path: 'a', code: 'unknownValue', params: { received: '"z"', allowed: '("x" | "y")' } },
    ]);
    const modes = v.variant('mode', [
      v.object({ mode: v.literal('a'), n: v.number() }),
      v.object({ mode: v.literal('b') }),
    ]);
    expect(issuesOf(modes, {})).toEqual([
      { path: 'mode', code: 'missingChoice', params: { allowed: '("a" | "b")' } },
    ]);
    expect(issuesOf(modes, { mode: 'c' })).toEqual([
      { path: 'mode', code: 'unknownValue', params: { received: '"c"', allowed: '("a" | "b")' } },
    ]);
    expect(issuesOf(v.object({ a: v.literal('x') }), { a: 'y' })).toEqual([
      { path: 'a', code: 'unknownValue', params: { received: '"y"', allowed: '"x"' } },
    ]);
  });

  it('lists a requirement given as a list, and nothing when there is none', () => {
    expect(toValidationIssues([raw({ requirement: ['x', 1] })])).toEqual([
      { path: '', code: 'unknownValue', params: { received: '"z"', allowed: '"x", 1' } },
    ]);
    expect(toValidationIssues([raw({ expected: undefined })])).toEqual([
      { path: '', code: 'unknownValue', params: { received: '"z"', allowed: '' } },
    ]);
  });

  it('names a value that is neither persistence form "notPersistence"', () => {
    expect(issuesOf(v.union([v.number(), v.string()]), true)).toEqual([
      { path: '', code: 'notPersistence', params: { received: 'true' } },
    ]);
  });

  it('names any other problem by valibot’s type', () => {
    expect(issuesOf(v.pipe(v.string(), v.email()), 'x')).toEqual([
      { path: '', code: 'invalid', params: { type: 'email' } },
    ]);
  });

  it('reports the fields of a known variant that nests its issues, not the variant', () => {
    const field = raw({
      type: 'number',
      input: 'x',
      received: '"x"',
      path: [{ type: 'object', origin: 'value', input: {}, key: 'n', value: 'x' }],
    });
    const literal = raw({ type: 'literal', input: 'a', received: '"a"' });
    const nested = raw({ type: 'variant', input: 'q', received: '"q"', expected: '"m"' });
    const variant = (issues: v.BaseIssue<unknown>[], input: unknown) =>
      raw({ type: 'variant', input, received: 'Object', expected: '"a"', issues: issues as never });
    expect(toValidationIssues([variant([literal, nested, field], {})])).toEqual([
      { path: 'n', code: 'wrongType', params: { type: 'number', received: '"x"' } },
    ]);
    // Only the choice itself is wrong: the variant is reported.
    expect(toValidationIssues([variant([literal, nested], {})])).toEqual([
      { path: '', code: 'unknownValue', params: { received: 'Object', allowed: '"a"' } },
    ]);
    // Absent: the choice is missing, whatever it nests.
    expect(toValidationIssues([variant([field], undefined)])).toEqual([
      { path: '', code: 'missingChoice', params: { allowed: '"a"' } },
    ]);
    // Nesting nothing.
    expect(toValidationIssues([variant([], {})])).toEqual([
      { path: '', code: 'unknownValue', params: { received: 'Object', allowed: '"a"' } },
    ]);
  });

  it('reports a problem once however often valibot gives it', () => {
    const once = raw({});
    expect(toValidationIssues([once, { ...once }, raw({ input: 'w', received: '"w"' })])).toEqual([
      { path: '', code: 'unknownValue', params: { received: '"z"', allowed: '' } },
      { path: '', code: 'unknownValue', params: { received: '"w"', allowed: '' } },
    ]);
  });
});

const sit = (income: Situation['income'], resources: Situation['resources'] = []): Situation => ({
  income,
  resources,
});

describe('situationIssues', () => {
  it('gives the sum of extents past 100 % in per cent, one decimal', () => {
    // 0.8 + 0.5 = 1.3 → 130 %.
    expect(
      situationIssues(
        sit([
          { source: 'osubventioneratArbete', extent: 0.8 },
          { source: 'sjukpenning', extent: 0.5 },
        ]),
        'g.after',
        new Set(),
      ),
    ).toEqual([{ path: 'g.after.income', code: 'extentsSum', params: { percent: 130 } }]);
    // 0.5 + 0.5 + 0.0015 = 1.0015 → 100.15 % → 100.2 % (rounded to one decimal).
    expect(
      situationIssues(
        sit([
          { source: 'osubventioneratArbete', extent: 0.5 },
          { source: 'studier', extent: 0.5 },
          { source: 'sjukpenning', extent: 0.0015 },
        ]),
        'p',
        new Set(),
      ),
    ).toEqual([{ path: 'p.income', code: 'extentsSum', params: { percent: 100.2 } }]);
  });

  it('lets a sum of exactly 100 % through, and one a billionth over it', () => {
    const at = (extents: number[]) =>
      situationIssues(
        sit(extents.map((extent) => ({ source: 'osubventioneratArbete' as const, extent }))),
        'p',
        new Set(),
      );
    expect(at([0.5, 0.5])).toEqual([]);
    expect(at([1, 1e-9])).toEqual([]);
  });

  it('names each field that does not belong to its source', () => {
    expect(
      situationIssues(
        sit([
          { source: 'studier', extent: 0.25, subsidyShare: 0.5 },
          { source: 'sjukpenning', extent: 0.25, monthlyWage: 20000 },
          { source: 'osubventioneratArbete', extent: 0.25, school: 'komvux' },
        ]),
        'c.before',
        new Set(),
      ),
    ).toEqual([
      { path: 'c.before.income[0].subsidyShare', code: 'subsidyOnlyForSubsidised', params: {} },
      { path: 'c.before.income[1].monthlyWage', code: 'wageOnlyForWork', params: {} },
      { path: 'c.before.income[2].school', code: 'schoolOnlyForStudies', params: {} },
    ]);
  });

  it('accepts the fields where they belong', () => {
    expect(
      situationIssues(
        sit([
          {
            source: 'subventioneratArbete',
            extent: 0.5,
            subsidyShare: 0.5,
            monthlyWage: 20000,
          },
          { source: 'osubventioneratArbete', extent: 0.25, monthlyWage: 30000 },
          { source: 'studier', extent: 0.25, school: 'komvux' },
        ]),
        'p',
        new Set(),
      ),
    ).toEqual([]);
  });

  it('names a resource nobody defined, and accepts built-in and custom ones', () => {
    expect(
      situationIssues(
        sit(
          [],
          [
            { item: 'vardcentralBesok', quantity: 1 },
            { item: 'tandvard', quantity: 2 },
            { item: 'egen', quantity: 1 },
          ],
        ),
        'p',
        new Set(['egen']),
      ),
    ).toEqual([
      { path: 'p.resources[1].item', code: 'unknownResource', params: { item: 'tandvard' } },
    ]);
  });
});

describe('financingIssues', () => {
  const f = (kommun: number, region: number, af: number, fk: number, ovrigStat: number) => ({
    kommun,
    region,
    af,
    fk,
    ovrigStat,
  });

  it('gives the sum of shares that does not make 100 % in per cent', () => {
    // 0.5 + 0.25 + 0.25 + 0.25 + 0.1 = 1.35 → 135 %.
    expect(financingIssues(f(0.5, 0.25, 0.25, 0.25, 0.1), 'financing')).toEqual([
      { path: 'financing', code: 'financingSum', params: { percent: 135 } },
    ]);
    // 0.2 + 0.2 + 0.2 + 0.2 + 0.1234 = 0.9234 → 92.34 % → 92.3 %.
    expect(financingIssues(f(0.2, 0.2, 0.2, 0.2, 0.1234), 'x')).toEqual([
      { path: 'x', code: 'financingSum', params: { percent: 92.3 } },
    ]);
  });

  it('accepts shares that make 100 %, to rounding', () => {
    expect(financingIssues(f(0.25, 0.25, 0.25, 0.25, 0), 'financing')).toEqual([]);
    expect(financingIssues(f(0.1, 0.2, 0.3, 0.3, 0.1), 'financing')).toEqual([]);
    expect(financingIssues(f(0, 0, 0, 0, 1), 'financing')).toEqual([]);
  });
});

describe('scenarioIssues', () => {
  const example = (): Scenario => {
    const r = parseScenario(exampleScenario());
    if (!r.ok) throw new Error('the example should be valid');
    return r.value;
  };
  const custom = (id: string) => ({ id, name: id, unitCost: 100, bearer: 'region' as const });

  it('finds nothing in the example', () => {
    expect(scenarioIssues(example())).toEqual([]);
  });

  it('names a custom resource id taken by a built-in item or an earlier custom one', () => {
    const s = example();
    s.customResources = [
      custom('egen'),
      custom('vardcentralBesok'),
      custom('egen'),
      custom('annan'),
    ];
    expect(scenarioIssues(s)).toEqual([
      { path: 'customResources[1].id', code: 'idInUse', params: { id: 'vardcentralBesok' } },
      { path: 'customResources[2].id', code: 'idInUse', params: { id: 'egen' } },
    ]);
  });

  it('names a parameter set whose year an earlier set has', () => {
    const s = example();
    s.parameterSets = [{ year: 2024 }, { year: 2025 }, { year: 2024 }] as Scenario['parameterSets'];
    expect(scenarioIssues(s)).toEqual([
      { path: 'parameterSets[2].year', code: 'parameterSetYearTaken', params: { year: 2024 } },
    ]);
  });

  it('checks the financing and every situation of every group, by path', () => {
    const s = example();
    s.financing = { kommun: 0.5, region: 0.5, af: 0.5, fk: 0, ovrigStat: 0 };
    const bad = (): Situation => sit([{ source: 'sjukpenning', extent: 1, school: 'komvux' }]);
    const last = s.cohorts.length - 1;
    const g = s.cohorts[last].groups.length - 1;
    s.cohorts[last].groups[g] = {
      ...s.cohorts[last].groups[g],
      before: bad(),
      after: bad(),
      followUp6: bad(),
      followUp24: bad(),
    };
    const at = `cohorts[${last}].groups[${g}]`;
    expect(scenarioIssues(s)).toEqual([
      { path: 'financing', code: 'financingSum', params: { percent: 150 } },
      ...['before', 'after', 'followUp6', 'followUp24'].map((k) => ({
        path: `${at}.${k}.income[0].school`,
        code: 'schoolOnlyForStudies',
        params: {},
      })),
    ]);
  });

  it('allows 10 000 000 participants in all and no more', () => {
    const s = example();
    const groups = s.cohorts[0].groups;
    s.cohorts = [{ ...s.cohorts[0], groups: [groups[0], groups[1]] }];
    groups[0].count = 5_000_000;
    groups[1].count = 5_000_000;
    expect(scenarioIssues(s)).toEqual([]);
    groups[1].count = 5_000_001;
    expect(scenarioIssues(s)).toEqual([
      {
        path: 'cohorts',
        code: 'tooManyParticipants',
        params: { total: 10_000_001, max: 10_000_000 },
      },
    ]);
  });
});
