/**
 * CSV files as they arrive (README, "CSV"): the encodings Excel writes, old Mac line ends,
 * a file full of mistakes, and the sample file, whose participants must give the built-in
 * example's figures exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, exampleScenario, PERSPECTIVES, type SegmentResult } from '../../engine';
import {
  applyImport,
  autoMapping,
  convertCsv,
  decodeBytes,
  inspect,
  MAX_ERRORS,
  MAX_FILE_BYTES,
  type Conversion,
} from './csv';

async function read(text: string, merge = false, chunkChars?: number): Promise<Conversion> {
  const ins = inspect(text);
  return convertCsv(
    text,
    { delimiter: ins.delimiter, mapping: autoMapping(ins.header), merge },
    { chunkChars },
  );
}

/** UTF-16 bytes of `text` with its byte-order mark, in the given byte order. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + 2 * text.length);
  out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const hi = text.charCodeAt(i) >> 8;
    const lo = text.charCodeAt(i) & 0xff;
    out.set(order === 'le' ? [lo, hi] : [hi, lo], 2 + 2 * i);
  }
  return out;
}

describe('encodings', () => {
  const text = 'antal;kön;före;efter;etikett\r\n2;kvinna;försörjningsstöd;arbete:50;Ö–€\r\n';

  it('reads UTF-16 big-endian (FE FF) as well as little-endian (FF FE)', () => {
    expect(decodeBytes(utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeBytes(utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le' });
    // "ö" is U+00F6: big-endian 00 F6, which read little-endian would be U+F600.
    expect(decodeBytes(utf16('ö', 'be')).text).toBe('ö');
  });

  it('reads the same groups from a UTF-16 big-endian file as from UTF-8', async () => {
    const be = await read(decodeBytes(utf16(text, 'be')).text);
    const utf8 = await read(decodeBytes(new TextEncoder().encode(text)).text);
    expect(be.errors).toEqual([]);
    expect(be.groups).toEqual(utf8.groups);
    expect(be.groups[0]).toMatchObject({ count: 2, gender: 'kvinna', label: 'Ö–€' });
  });

  it('reads Windows-1252 bytes 0x80–0x9F as Windows-1252, not as control characters', () => {
    // 0x80 €, 0x85 …, 0x91 ‘, 0x92 ’, 0x93 “, 0x94 ”, 0x96 –, 0x97 —, 0x99 ™ (WHATWG's table).
    const bytes = Uint8Array.from([
      0x41, 0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0xe5, 0xe4, 0xf6,
    ]);
    expect(decodeBytes(bytes)).toEqual({
      text: 'A€…‘’“”–—™åäö',
      encoding: 'windows-1252',
    });
  });

  it('keeps a Swedish Excel label with "–" and "€" through the whole import', async () => {
    // "Arbete – 5 000 €" with the dash as 0x96 and the euro sign as 0x80.
    const line = (s: string) => [...s].map((c) => c.charCodeAt(0));
    const bytes = Uint8Array.from([
      ...line('antal;kön;före;efter;etikett\r\n3;man;ingen;arbete;Arbete '),
      0x96,
      ...line(' 5 000 '),
      0x80,
      ...line('\r\n'),
    ]);
    const { text: decoded, encoding } = decodeBytes(bytes);
    expect(encoding).toBe('windows-1252');
    const r = await read(decoded);
    expect(r.errors).toEqual([]);
    expect(r.groups[0].label).toBe('Arbete – 5 000 €');
  });
});

describe('line ends', () => {
  const lines = [
    'antal;kön;före;efter',
    '2;kvinna;ingen;arbete:50',
    '3;man;sjukpenning;"arbete:50;sjukpenning:50"',
    '1;annat;ekonomiskt bistånd;komvux',
  ];

  it.each([
    ['CR (old Mac)', '\r'],
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('reads rows separated by %s alike', async (_, eol) => {
    const text = lines.join(eol) + eol;
    const ins = inspect(text);
    expect(ins.header).toEqual(['antal', 'kön', 'före', 'efter']);
    expect(ins.sample.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(ins.estimatedRows).toBe(3);
    const r = await read(text);
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ rows: 3, validRows: 3, participants: 6 });
    expect(r.groups.map((g) => [g.count, g.gender])).toEqual([
      [2, 'kvinna'],
      [3, 'man'],
      [1, 'annat'],
    ]);
  });

  it('CR only, in small chunks: the same rows and row numbers', async () => {
    const text = [...lines, '1;K;ingen;okänd'].join('\r');
    const whole = await read(text);
    const small = await read(text, false, 7);
    expect(small).toEqual(whole);
    expect(whole.errors.map((e) => e.row)).toEqual([5]);
  });
});

describe('a file with many mistakes', () => {
  const bad = (n: number) =>
    ['antal;kön;före;efter', ...Array.from({ length: n }, (_, i) => `${i + 1};K;ingen;okänd`)].join(
      '\n',
    );

  it(`lists the first ${MAX_ERRORS} problems and counts the rest`, async () => {
    const r = await read(bad(MAX_ERRORS + 5));
    expect(MAX_ERRORS).toBe(1000);
    expect(r.errors).toHaveLength(1000);
    expect(r.errorCount).toBe(1005);
    expect(r.invalidRows).toBe(1005);
    expect(r.validRows).toBe(0);
    // The first 1 000 rows in order: data rows 2 … 1001.
    expect(r.errors[0].row).toBe(2);
    expect(r.errors.at(-1)!.row).toBe(1001);
  });

  it('keeps every problem up to the cap, and a smaller cap when asked', async () => {
    const text = bad(1000);
    const r = await read(text);
    expect(r.errors).toHaveLength(1000);
    expect(r.errorCount).toBe(1000);
    const ins = inspect(text);
    const capped = await convertCsv(text, {
      delimiter: ins.delimiter,
      mapping: autoMapping(ins.header),
      merge: false,
      maxErrors: 3,
    });
    expect(capped.errors.map((e) => e.row)).toEqual([2, 3, 4]);
    expect(capped.errorCount).toBe(1000);
  });
});

describe('the size limit', () => {
  it('is 50 MB (50 × 1024 × 1024 bytes), as the README says', () => {
    expect(MAX_FILE_BYTES).toBe(52_428_800);
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme).toMatch(/50 MB/);
  });
});

describe('the sample file in public/examples', () => {
  const bytes = readFileSync(
    new URL('../../../public/examples/deltagare-exempel.csv', import.meta.url),
  );

  /** The example with its cohort's groups replaced by the sample file's rows. */
  async function imported(merge: boolean) {
    const { text } = decodeBytes(new Uint8Array(bytes));
    const r = await read(text, merge);
    expect(r.errors).toEqual([]);
    const applied = applyImport(exampleScenario(), r.groups, { kind: 'replace', cohortIndex: 0 });
    if (!applied.ok) throw new Error(JSON.stringify(applied.issues));
    return { conversion: r, result: evaluateScenario(applied.scenario) };
  }

  function expectSame(a: SegmentResult, b: SegmentResult, what: string) {
    expect(a.participants, what).toBe(b.participants);
    for (const p of PERSPECTIVES) {
      expect(a.yearlyRevenue[p], `${what} revenue ${p}`).toBeCloseTo(b.yearlyRevenue[p], 4);
      expect(a.profitYear1[p], `${what} profit 1 ${p}`).toBeCloseTo(b.profitYear1[p], 4);
      expect(a.profitYear5[p], `${what} profit 5 ${p}`).toBeCloseTo(b.profitYear5[p], 4);
      expect(a.cost[p], `${what} cost ${p}`).toBeCloseTo(b.cost[p], 4);
    }
    expect(a.paybackMonths, what).toEqual(b.paybackMonths);
    expect(a.potential.before, what).toBeCloseTo(b.potential.before, 4);
    expect(a.potential.after, what).toBeCloseTo(b.potential.after, 4);
  }

  it.each([true, false])(
    'gives the example’s figures, in total and per gender (merge %s)',
    async (merge) => {
      const { conversion, result } = await imported(merge);
      const example = evaluateScenario(exampleScenario());
      expect(conversion.participants).toBe(63);
      expectSame(result.total, example.total, 'total');
      expect(result.byGender.map((g) => g.id)).toEqual(example.byGender.map((g) => g.id));
      result.byGender.forEach((g, i) => expectSame(g, example.byGender[i], g.id));
      expect(result.total.incomeSources.after).toEqual(
        expect.arrayContaining(example.total.incomeSources.after),
      );
    },
  );

  it('adds the follow-ups the example lacks: 2 + 3 + 4 + 4 + 3 at 6 months, 2 + 4 at 24', async () => {
    const { conversion, result } = await imported(true);
    expect(conversion.followUps).toEqual({ m6: 16, m24: 6 });
    expect(result.followUps.map((f) => [f.timePoint, f.participantsCovered])).toEqual([
      ['exit', 63],
      ['m6', 16],
      ['m24', 6],
    ]);
  });
});
