/**
 * Hostile input: every door a file or a link comes in by — a
 * scenario file (the file menu: JSON.parse, then parseScenario), a snapshots
 * export or scenario file imported into the database (importFile), a shared
 * link's fragment (scenarioFromFragment) and a participants CSV (inspect,
 * convertCsv) — fuzzed with fast-check: random documents and mutated valid
 * ones, huge and tiny numbers, deep nesting, wrong types, long strings and
 * prototype-pollution keys. Never a throw or a rejected promise, never an
 * invalid snapshot stored (fake-indexeddb), always a message in Swedish and
 * English, and Object.prototype untouched afterwards.
 */
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluateScenario, exampleScenario, parseScenario } from '../../src/engine';
import {
  figuresFrom,
  FiguresSchema,
  importFile,
  listSnapshots,
  MAX_NAME,
  MAX_NOTES,
} from '../../src/lib/db/snapshots';
import { freshDb, scenarioAndFigures } from '../../src/lib/db/test-db';
import {
  autoMapping,
  convertCsv,
  formatRowError,
  inspect,
  FIELD_HEADERS,
  type Mapping,
} from '../../src/lib/import/csv';
import { scenarioFromFragment } from '../../src/lib/share';
import * as v from 'valibot';
import { issueText, type Issue } from '../../src/lib/validation-text';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
// Long strings (300 000 characters) through lz-string take a while; FUZZ_RUNS=2000 for a long hunt.
vi.setConfig({ testTimeout: 120_000 });
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// ---------------------------------------------------------------------------
// Generators

/** Values that break naive code: extremes, wrong types, long text, deep nesting. */
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -0,
    2 ** 53 + 1,
    -(2 ** 31),
    1e21,
    0.1 + 0.2,
    '',
    ' ',
    'NaN',
    'Infinity',
    '1e999',
    '12',
    true,
    false,
    null,
    [],
    {},
    '<img src=x onerror=alert(1)>',
    '\u0000\u202e\ud800',
    '__proto__',
  ),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.nat({ max: 300_000 }).map((n) => 'x'.repeat(n)),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.integer({ min: 100, max: 3000 }).map((d) => {
    let deep: Json = 0;
    for (let i = 0; i < d; i++) deep = i % 2 ? [deep] : { a: deep };
    return deep;
  }),
);

/** Every path into a JSON value (the root included), down to a depth of 12. */
function paths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (at.length >= 12) return out;
  if (Array.isArray(value)) value.forEach((x, i) => paths(x, [...at, i], out));
  else if (value && typeof value === 'object')
    for (const [k, x] of Object.entries(value)) paths(x, [...at, k], out);
  return out;
}

/**
 * `doc` with the value at `path` replaced (removed when `value` is undefined);
 * only the containers along the path are copied.
 */
function setAt(doc: Json, path: (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const [head, ...rest] = path;
  const node = doc as Record<string | number, Json>;
  const copy = (Array.isArray(doc) ? [...doc] : { ...node }) as Record<string | number, Json>;
  if (rest.length > 0) copy[head] = setAt(node[head], rest, value);
  else if (value !== undefined) copy[head] = value;
  else if (Array.isArray(copy)) copy.splice(head as number, 1);
  else delete copy[head];
  return copy;
}

/**
 * JSON text with `"__proto__"`, `"constructor"` or `"prototype"` keys added to
 * the object opening at character `at` (counted among the text's `{` outside strings).
 */
function withProtoKeys(text: string, at: number, key: (typeof PROTO_KEYS)[number]): string {
  const opens: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') opens.push(i);
  }
  if (opens.length === 0) return text;
  const i = opens[at % opens.length];
  const payload =
    key === 'constructor'
      ? '{"prototype":{"polluted":"yes"}}'
      : key === 'prototype'
        ? '{"polluted":"yes"}'
        : '{"polluted":"yes","format":"nyttokalkyl-scenario","toString":1}';
  const rest = text.slice(i + 1).trimStart();
  return `${text.slice(0, i + 1)}"${key}":${payload}${rest.startsWith('}') ? '' : ','}${text.slice(i + 1)}`;
}

const example = (): Json => JSON.parse(JSON.stringify(exampleScenario())) as Json;
const { scenario: savedScenario, figures: savedFigures } = scenarioAndFigures();
const exportFile = (): Json =>
  JSON.parse(
    JSON.stringify({
      format: 'nyttokalkyl-snapshots',
      version: 1,
      exportedAt: '2025-03-01T10:00:00.000Z',
      snapshots: [
        {
          name: 'Första',
          notes: 'anteckning',
          createdAt: '2025-03-01T10:00:00.000Z',
          updatedAt: '2025-03-01T10:00:00.000Z',
          scenario: savedScenario,
          figures: savedFigures,
        },
        { name: 'Andra', notes: '', scenario: savedScenario, figures: null },
      ],
    }),
  ) as Json;

/** A valid document mutated 1–4 times: values replaced or removed, then maybe prototype keys. */
function mutatedText(base: () => Json): fc.Arbitrary<string> {
  const mutation = fc.record({
    pick: fc.nat(),
    value: fc.option(hostileValue, { nil: undefined, freq: 5 }),
  });
  return fc
    .record({
      mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
      proto: fc.option(fc.record({ at: fc.nat(), key: fc.constantFrom(...PROTO_KEYS) })),
    })
    .map(({ mutations, proto }) => {
      let doc = base();
      for (const m of mutations) {
        const all = paths(doc);
        doc = setAt(doc, all[m.pick % all.length], m.value);
      }
      const text = JSON.stringify(doc);
      return proto ? withProtoKeys(text, proto.at, proto.key) : text;
    });
}

/** Anything at all: a random JSON value, or random text. */
const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((x) => JSON.stringify(x)),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('', '{', '[', 'null', '"x"', '1e999', '{"format":"nyttokalkyl-scenario"}'),
);

// ---------------------------------------------------------------------------
// Checks

function expectClearIssues(issues: readonly Issue[]) {
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(typeof i.path).toBe('string');
    for (const text of [issueText(i, 'sv'), issueText(i, 'en')]) {
      expect(typeof text).toBe('string');
      expect(text.trim().length).toBeGreaterThan(0);
      // (a value the file holds may be quoted, "NaN" included)
      expect(text).not.toMatch(/\[object |undefined/);
    }
  }
}

/** A valid scenario evaluates to finite figures (nothing invalid reaches the engine). */
function expectEvaluates(value: unknown) {
  const figures = figuresFrom(evaluateScenario(value as never));
  for (const group of [figures.yearlyRevenue, figures.profitYear5, figures.paybackMonths])
    for (const f of Object.values(group)) expect(Number.isNaN(f)).toBe(false);
  expect(Number.isFinite(figures.participants)).toBe(true);
}

function expectPrototypeClean() {
  for (const key of ['polluted', 'prototype']) {
    expect(Object.prototype).not.toHaveProperty(key);
    expect(({} as Record<string, unknown>)[key]).toBeUndefined();
  }
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(typeof Object.prototype.toString).toBe('function');
}

afterAll(expectPrototypeClean);

// ---------------------------------------------------------------------------

describe('scenario file (file menu: JSON.parse → parseScenario)', () => {
  const open = (text: string) => {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      return; // the file menu says "not JSON" with the parser's message
    }
    const r = parseScenario(doc);
    if (r.ok) expectEvaluates(r.value);
    else expectClearIssues(r.issues);
  };

  it('mutated valid scenarios: a result or clear messages, never a throw', () => {
    fc.assert(fc.property(mutatedText(example), open), { numRuns: RUNS });
    expectPrototypeClean();
  });

  it('random documents: a result or clear messages, never a throw', () => {
    fc.assert(fc.property(randomText, open), { numRuns: RUNS });
  });

  it('prototype keys at every level neither pollute nor pass as data', () => {
    const text = JSON.stringify(example());
    for (let at = 0; at < 40; at++)
      for (const key of PROTO_KEYS) {
        const hostile = withProtoKeys(text, at, key);
        const r = parseScenario(JSON.parse(hostile));
        if (r.ok) expect(JSON.stringify(r.value)).not.toContain('polluted');
      }
    expectPrototypeClean();
  });
});

describe('shared link (scenarioFromFragment)', () => {
  const load = (text: string) => {
    const r = scenarioFromFragment(`#s=${compressToEncodedURIComponent(text)}`);
    expect(r).not.toBeNull();
    if (r!.ok) expectEvaluates(r!.scenario);
    else expectClearIssues(r!.issues);
  };

  it('mutated valid scenarios in a link', () => {
    fc.assert(fc.property(mutatedText(example), load), { numRuns: RUNS });
    expectPrototypeClean();
  });

  it('random documents and random fragments', () => {
    fc.assert(fc.property(randomText, load), { numRuns: RUNS });
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (hash) => {
        const r = scenarioFromFragment(hash);
        if (r && !r.ok) expectClearIssues(r.issues);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('import into the database (importFile, fake-indexeddb)', () => {
  beforeEach(() => {
    freshDb();
  });

  /** Imports `text`; whatever happens, every stored row is a valid snapshot. */
  async function importAndCheck(text: string) {
    const before = await listSnapshots();
    const r = await importFile(text);
    const after = await listSnapshots();
    if (!r.ok) {
      expectClearIssues(r.issues);
      expect(after).toHaveLength(before.length); // nothing written
    } else expect(after).toHaveLength(before.length + r.count);
    for (const row of after) {
      expect(parseScenario(JSON.parse(JSON.stringify(row.scenario))).ok).toBe(true);
      expect(row.name.trim().length).toBeGreaterThan(0);
      expect(row.name.length).toBeLessThanOrEqual(MAX_NAME);
      expect(row.notes.length).toBeLessThanOrEqual(MAX_NOTES);
      expect(Number.isFinite(row.createdAt) && Number.isFinite(row.updatedAt)).toBe(true);
      if (row.figures !== null) expect(v.safeParse(FiguresSchema, row.figures).success).toBe(true);
      expect(JSON.stringify(row)).not.toContain('polluted');
    }
  }

  it('mutated snapshot exports', async () => {
    await fc.assert(fc.asyncProperty(mutatedText(exportFile), importAndCheck), {
      numRuns: RUNS,
    });
    expectPrototypeClean();
  });

  it('mutated scenario files', async () => {
    await fc.assert(fc.asyncProperty(mutatedText(example), importAndCheck), { numRuns: RUNS });
  });

  it('random documents', async () => {
    await fc.assert(fc.asyncProperty(randomText, importAndCheck), { numRuns: RUNS });
  });
});

describe('participants CSV (inspect → convertCsv)', () => {
  const header = Object.values(FIELD_HEADERS);
  const cell = fc.oneof(
    fc.constantFrom(
      'arbete',
      'arbete:50',
      'osubventionerat-arbete:100:20',
      'aktivitetsstod;forsorjningsstod:50',
      'K',
      'man',
      '3',
      '1e308',
      '-1',
      '0',
      '9999999999999',
      '=cmd|"/c calc"!A1',
      '"',
      '""',
      '__proto__',
      'constructor',
      '<script>alert(1)</script>',
    ),
    fc.string({ maxLength: 30 }),
    fc.nat({ max: 20_000 }).map((n) => 'y'.repeat(n)),
  );
  const csvText = fc
    .record({
      delimiter: fc.constantFrom(';', ',', '\t'),
      columns: fc.shuffledSubarray([...header, '__proto__', 'constructor', 'x'], {
        minLength: 0,
      }),
      rows: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }),
      crlf: fc.boolean(),
    })
    .map(({ delimiter, columns, rows, crlf }) =>
      [columns, ...rows].map((r) => r.join(delimiter)).join(crlf ? '\r\n' : '\n'),
    );

  async function convert(text: string) {
    const info = inspect(text);
    const mapping: Mapping = autoMapping(info.header);
    const out = await convertCsv(
      text,
      { delimiter: info.delimiter, mapping, merge: true },
      { sliceMs: 1000 },
    );
    for (const e of out.errors)
      for (const lang of ['sv', 'en'] as const) {
        const m = formatRowError(e, lang);
        expect(m.trim().length).toBeGreaterThan(0);
        expect(m).not.toMatch(/\[object |undefined/);
      }
    if (out.groups.length > 0) {
      // What the importer hands over is valid scenario data.
      const doc = exampleScenario();
      doc.cohorts[0].groups = out.groups;
      const r = parseScenario(JSON.parse(JSON.stringify(doc)));
      if (!r.ok) expect(r.issues.filter((i) => i.path.startsWith('cohorts[0].groups'))).toEqual([]);
    }
    // Every data row is either read or refused: none is lost and none counted twice.
    expect(out.validRows + out.invalidRows).toBe(out.rows);
    expect(out.errorCount).toBeGreaterThanOrEqual(out.invalidRows);
    expect(out.groups.reduce((a, g) => a + g.count, 0)).toBe(out.participants);
  }

  it('random and hostile CSV: rows read or errors listed, never a throw', async () => {
    await fc.assert(fc.asyncProperty(csvText, convert), { numRuns: RUNS });
    expectPrototypeClean();
  });

  it('random text as CSV', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 500 }), convert), {
      numRuns: RUNS,
    });
  });
});
