/**
 * The import door's finer rules, each as a user meets it: headers that only begin with a
 * known name, files that look like UTF-16 but are not, progress and cancelling while a large
 * file is read, cells written the many ways a report or a spreadsheet writes them, and the
 * ids and messages a scenario gets when the groups are placed in it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleScenario, INCOME_SOURCES, LIMITS, type Group } from '../../engine';
import {
  applyImport,
  autoMapping,
  convertCsv,
  convertRecords,
  convertRow,
  decodeBytes,
  detectDelimiter,
  emptyMapping,
  formatRowError,
  ImportCancelled,
  inspect,
  inspectRecords,
  mappingIssues,
  parseNumber,
  parseSituation,
  type Conversion,
  type Progress,
} from './csv';

async function read(text: string, merge = false): Promise<Conversion> {
  const ins = inspect(text);
  return convertCsv(text, { delimiter: ins.delimiter, mapping: autoMapping(ins.header), merge });
}

const income = (cell: string, subsidy?: number) => {
  const r = parseSituation(cell, subsidy);
  if (!r.ok) throw new Error(r.problems.map((p) => p.sv).join('; '));
  return r.situation.income;
};

describe('headers that only begin with a known name', () => {
  it('map by the longest known beginning, follow-ups first, each column once', () => {
    expect(
      autoMapping([
        'Antal deltagare i gruppen',
        'Före insatsen',
        'Efter insatsen',
        'Uppföljning 6 mån (försörjning)',
        'Uppföljning 24 mån, försörjning',
      ]),
    ).toEqual({
      ...emptyMapping(),
      count: 0,
      before: 1,
      after: 2,
      followUp6: 3,
      followUp24: 4,
    });
  });

  it('a name of fewer than four letters must match whole: "Notering" is not "n", "Kontakt" not "kön"', () => {
    expect(autoMapping(['Notering', 'Kontakt', 'före', 'efter'])).toMatchObject({
      count: null,
      gender: null,
      before: 2,
      after: 3,
    });
  });

  it('an exact name wins and its field is not taken again by a beginning', () => {
    expect(
      autoMapping(['efter avslutad insats', 'antal', 'antal personer i gruppen', 'efter']),
    ).toMatchObject({
      count: 1,
      after: 3,
    });
  });
});

describe('bytes that only look like UTF-16', () => {
  it('a Windows-1252 file that begins with "ÿ" (0xFF) or "þ" (0xFE) is not UTF-16', () => {
    expect(decodeBytes(Uint8Array.from([0xff, 0x61, 0x62]))).toEqual({
      text: 'ÿab',
      encoding: 'windows-1252',
    });
    expect(decodeBytes(Uint8Array.from([0xfe, 0x61, 0x62]))).toEqual({
      text: 'þab',
      encoding: 'windows-1252',
    });
    expect(decodeBytes(Uint8Array.from([0x61, 0xfe, 0xff]))).toEqual({
      text: 'aþÿ',
      encoding: 'windows-1252',
    });
    expect(decodeBytes(Uint8Array.from([0x61, 0xff, 0xfe]))).toEqual({
      text: 'aÿþ',
      encoding: 'windows-1252',
    });
  });
});

describe('the header and the preview', () => {
  it('shows the header without a byte-order mark, trimmed and at most 100 characters', () => {
    const long = 'x'.repeat(150);
    const ins = inspect(`\uFEFF antal ;kön;${long}\n1;K;a`);
    expect(ins.header).toEqual(['antal', 'kön', 'x'.repeat(100)]);
    const rec = inspectRecords([
      [' antal ', long],
      ['1', 'a'],
    ]);
    expect(rec.header).toEqual(['antal', 'x'.repeat(100)]);
  });

  it('previews the first 10 rows that are not blank, and counts only those as rows', () => {
    const rows = Array.from({ length: 15 }, (_, i) => `${i + 1};K`);
    const text = ['antal;kön', '  ;  ', ...rows].join('\n');
    const ins = inspect(text);
    expect(ins.sample.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // Lines, roughly: the blank line is one (the file has no line break at its end).
    expect(ins.estimatedRows).toBe(16);
    const rec = inspectRecords([['antal', 'kön'], ['', ' '], ...rows.map((r) => r.split(';'))], 4);
    expect(rec.sample).toHaveLength(10);
    expect(rec.sample[0]).toEqual({ row: 6, cells: ['1', 'K'] });
    expect(rec.estimatedRows).toBe(15);
  });

  it('a row of spaces is blank: skipped, not an error', async () => {
    const r = await read('antal;kön;före;efter\n2;K;ingen;arbete\n  ;  ;  ;  \n1;M;ingen;arbete\n');
    expect(r).toMatchObject({ rows: 2, validRows: 2, invalidRows: 0, participants: 3 });
  });

  it('a header with spaces names its column without them in messages', async () => {
    const r = await read('antal; kön ;före; efter \n1;K;ingen;okänd\n');
    expect(r.errors.map((e) => formatRowError(e, 'sv'))).toEqual([
      "Rad 2, kolumn efter: okänd försörjning 'okänd'",
    ]);
  });
});

describe('the delimiter', () => {
  it('counts only what is outside quotes, on the header line only', () => {
    expect(detectDelimiter('"a;b;c;d",e,f\n1;2;3')).toBe(',');
    expect(detectDelimiter('antal;kön\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('antal\tkön\tföre\n"1;2;3;4"')).toBe('\t');
  });
});

describe('line ends and quotes', () => {
  it('a quoted last cell in a Windows (CRLF) file is read', async () => {
    const r = await read(
      'antal;kön;före;efter\r\n1;K;ingen;"arbete:50;sjukpenning:50"\r\n2;M;ingen;"komvux"\r\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.groups.map((g) => g.after.income.map((i) => i.source))).toEqual([
      ['osubventioneratArbete', 'sjukpenning'],
      ['studier'],
    ]);
  });
});

describe('a large file is read in slices', () => {
  const lines = ['antal;kön;före;efter', ...Array.from({ length: 400 }, () => '1;K;ingen;arbete')];
  const text = lines.join('\n') + '\n';
  // Mapped in each test, not once for the file: a test proves only what it runs itself.
  const mapping = () => autoMapping(lines[0].split(';'));

  it('reports progress along the way: rows and a share that rises to 1', async () => {
    const seen: Progress[] = [];
    const r = await convertCsv(
      text,
      { delimiter: ';', mapping: mapping(), merge: false },
      { chunkChars: 1000, sliceMs: 0, onProgress: (p) => seen.push(p) },
    );
    expect(r.rows).toBe(400);
    // 400 rows of 17 characters in chunks of about 1 000: more than 6 reports before the last.
    expect(seen.length).toBeGreaterThan(6);
    const fractions = seen.map((p) => p.fraction);
    expect(fractions.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]))).toBe(
      true,
    );
    expect(fractions[0]).toBeLessThan(0.2);
    expect(seen.at(-1)).toEqual({ rows: 400, fraction: 1 });
    // Rows read so far: rising with each report, all of them by the end.
    const rows = seen.map((p) => p.rows);
    expect(rows[0]).toBeGreaterThan(0);
    expect(rows[0]).toBeLessThan(400);
    expect(rows.every((n, i) => i === 0 || n >= rows[i - 1])).toBe(true);
  });

  it('lets the event loop run between slices, so the page can answer', async () => {
    let ticked = false;
    setTimeout(() => (ticked = true), 0);
    let tickedBeforeEnd = false;
    await convertCsv(
      text,
      { delimiter: ';', mapping: mapping(), merge: false },
      {
        chunkChars: 1000,
        sliceMs: 0,
        onProgress: (p) => {
          if (p.fraction < 1 && ticked) tickedBeforeEnd = true;
        },
      },
    );
    expect(tickedBeforeEnd).toBe(true);
  });

  it('stops reading when cancelled: no slice is read after the cancel', async () => {
    const ctrl = new AbortController();
    const seen: Progress[] = [];
    const run = convertCsv(
      text,
      { delimiter: ';', mapping: mapping(), merge: false },
      {
        signal: ctrl.signal,
        chunkChars: 1000,
        sliceMs: 0,
        onProgress: (p) => {
          seen.push(p);
          ctrl.abort();
        },
      },
    );
    const err = await run.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportCancelled);
    expect(err).toMatchObject({ name: 'ImportCancelled', message: 'Import cancelled' });
    expect(seen).toHaveLength(1);
  });

  it('a cancel that comes with the last slice still cancels: nothing is handed over', async () => {
    const ctrl = new AbortController();
    const run = convertCsv(
      text,
      { delimiter: ';', mapping: mapping(), merge: false },
      {
        signal: ctrl.signal,
        chunkChars: 1000,
        sliceMs: 0,
        onProgress: (p) => {
          if (p.fraction === 1) ctrl.abort();
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(ImportCancelled);
  });
});

describe('cells as reports and spreadsheets write them', () => {
  it('skips empty items and spaces around them', () => {
    expect(income('arbete:50;;sjukpenning:50;')).toEqual([
      { source: 'osubventioneratArbete', extent: 0.5 },
      { source: 'sjukpenning', extent: 0.5 },
    ]);
    expect(income('Arbete 75 % + sjukpenning 25 % ')).toEqual([
      { source: 'osubventioneratArbete', extent: 0.75 },
      { source: 'sjukpenning', extent: 0.25 },
    ]);
  });

  it.each<[string, number]>([
    ['Arbete 75', 0.75],
    ['Arbete 75%', 0.75],
    ['Arbete  75 %', 0.75],
    ['Arbete 12,25 %', 0.1225],
    ['Arbete 12.5', 0.125],
  ])('reads an extent after the name: %j', (cell, extent) => {
    expect(income(cell)).toEqual([{ source: 'osubventioneratArbete', extent }]);
  });

  it('refuses words after the extent rather than dropping them', () => {
    const r = parseSituation('Arbete 50 % ungefär');
    expect(r.ok).toBe(false);
  });

  it('reads spaces around ":" and "%" after a subsidy', () => {
    expect(income('lönebidrag : 50 : 80 %')).toEqual([
      { source: 'subventioneratArbete', extent: 0.5, subsidyShare: 0.8 },
    ]);
  });

  it('an empty subsidy after the extent means none given', () => {
    expect(income('lönebidrag:50:')).toEqual([{ source: 'subventioneratArbete', extent: 0.5 }]);
    expect(income('lönebidrag:50:', 0.6)).toEqual([
      { source: 'subventioneratArbete', extent: 0.5, subsidyShare: 0.6 },
    ]);
  });

  it('a subsidy of 0 and 100 % is read, below 0 is refused', () => {
    expect(income('lönebidrag:50:0')[0].subsidyShare).toBe(0);
    expect(income('lönebidrag:50:100')[0].subsidyShare).toBe(1);
    expect(parseSituation('lönebidrag:50:-10').ok).toBe(false);
  });

  it('a kind of school given after the extent wins over the one in the name', () => {
    expect(income('komvux:100:folkhögskola')).toEqual([
      { source: 'studier', extent: 1, school: 'folkhogskola' },
    ]);
  });

  it(`up to ${INCOME_SOURCES.length * 2} items are read`, () => {
    const max = INCOME_SOURCES.length * 2;
    const r = parseSituation(Array.from({ length: max }, () => 'arbete:0').join(';'));
    expect(r.ok && r.situation.income).toHaveLength(max);
    expect(parseSituation(Array.from({ length: max + 1 }, () => 'arbete:0').join(';')).ok).toBe(
      false,
    );
  });

  it('gives an item only the keys it has: no subsidy share on subsidised work without one', () => {
    expect(Object.keys(income('lönebidrag:50')[0]).sort()).toEqual(['extent', 'source']);
    expect(Object.keys(income('arbete:50')[0]).sort()).toEqual(['extent', 'source']);
  });

  it('a situation read from a cell uses no resources', () => {
    expect(parseSituation('arbete')).toEqual({
      ok: true,
      situation: { income: [{ source: 'osubventioneratArbete', extent: 1 }], resources: [] },
    });
  });

  it('numbers: a comma before three digits is a decimal comma, as Swedish Excel writes it', () => {
    expect(parseNumber('1,500')).toBe(1.5);
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber('123456789012345')).toBe(123456789012345);
  });
});

describe('rows', () => {
  const header = ['antal', 'kön', 'före', 'efter', 'subvention', 'uppföljning24', 'etikett'];
  const row = (cells: string, m = autoMapping(header)) =>
    convertRow(cells.split(';'), 3, m, header);

  it('labels are cleaned: trimmed, tabs and runs of spaces made one space', () => {
    const r = row('1;K;ingen;arbete;;;  Grupp\tA   med  namn  ');
    expect(r.ok && r.group.label).toBe('Grupp A med namn');
  });

  it('a gender is quoted as written, without its spaces', () => {
    const r = row('1; kanske ;ingen;arbete;;;');
    expect(!r.ok && r.errors[0].sv).toBe("okänt kön 'kanske' (skriv kvinna, man eller annat)");
  });

  it('a cell of spaces before or after is empty', () => {
    const r = row('1;K;   ;  ;;;');
    expect(!r.ok && r.errors.map((e) => [e.column, e.sv.slice(0, 9)])).toEqual([
      ['före', 'tom cell:'],
      ['efter', 'tom cell:'],
    ]);
  });

  it('an unmapped required field is named by no column', () => {
    const r = row('1;K;ingen;arbete;;;', { ...autoMapping(header), before: null });
    expect(!r.ok && r.errors).toEqual([
      expect.objectContaining({ column: null, field: 'before', row: 3 }),
    ]);
    expect(!r.ok && formatRowError(r.errors[0], 'sv')).toMatch(/^Rad 3: tom cell/);
  });

  it('a negative subsidy is refused; a count above the limit is quoted in Swedish style', () => {
    expect(!row('1;K;ingen;lönebidrag;-10;;').ok).toBe(true);
    const r = row(`${LIMITS.maxCount + 1};K;ingen;arbete;;;`);
    expect(!r.ok && r.errors[0].sv).toBe(
      'antalet ska vara 1–10\u00a0000\u00a0000, fick 10\u00a0000\u00a0001',
    );
  });

  it('no follow-up key when the follow-up is empty', () => {
    const r = row('1;K;ingen;arbete;;;');
    expect(r.ok && Object.keys(r.group).sort()).toEqual([
      'after',
      'before',
      'count',
      'gender',
      'label',
    ]);
  });

  it('the same cell with different subsidies in the subsidy column gives different shares', async () => {
    const r = await read(
      'antal;kön;före;efter;subvention\n1;K;ingen;lönebidrag;80\n1;K;ingen;lönebidrag;60\n1;K;ingen;lönebidrag;\n',
    );
    expect(r.groups.map((g) => g.after.income[0].subsidyShare)).toEqual([0.8, 0.6, undefined]);
  });

  it('a follow-up with no income source is not the same as no follow-up', async () => {
    const r = await read(
      'antal;kön;före;efter;uppföljning6\n1;K;ingen;arbete;\n1;K;ingen;arbete;";"\n',
      true,
    );
    expect(r.groups).toHaveLength(2);
  });
});

describe('into the scenario: ids and messages', () => {
  const group = (count = 4): Group => ({
    label: '',
    count,
    gender: 'kvinna',
    before: { income: [{ source: 'ingenOffentligForsorjning', extent: 1 }], resources: [] },
    after: { income: [{ source: 'osubventioneratArbete', extent: 1 }], resources: [] },
  });

  it('gives new groups ids that are free in the whole scenario, and a new cohort a free id', () => {
    const s = exampleScenario();
    s.cohorts[0].groups[0].id = 'g1';
    s.cohorts[0].groups[1].id = 'g3';
    const r = applyImport(s, [group(), group(), group()], { kind: 'append', cohortIndex: 0 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cohort.groups.slice(-3).map((g) => g.id)).toEqual(['g2', 'g4', 'g5']);
    expect(r.otherIssues).toEqual([]);

    const fresh = applyImport(exampleScenario(), [group()], { kind: 'new', name: 'Ny' });
    expect(fresh.ok && fresh.cohort.id).toBe('c2');
    const taken = exampleScenario();
    taken.cohorts.push({ ...taken.cohorts[0], id: 'c3', groups: [] });
    taken.cohorts[0].id = 'c2';
    const third = applyImport(taken, [group()], { kind: 'new', name: 'Ny' });
    expect(third.ok && third.cohort.id).toBe('c4');
  });

  it('a cohort that no longer exists is said so, in both languages', () => {
    expect(applyImport(exampleScenario(), [group()], { kind: 'replace', cohortIndex: 5 })).toEqual({
      ok: false,
      issues: [
        { path: 'cohorts', sv: 'Kohorten finns inte längre.', en: 'The cohort no longer exists.' },
      ],
    });
  });

  it('a bad group replacing a cohort is refused, naming its row in both languages', () => {
    const r = applyImport(
      exampleScenario(),
      [group(), group(LIMITS.maxCount + 1)],
      {
        kind: 'replace',
        cohortIndex: 0,
      },
      [4, 9],
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].sv).toMatch(/^Rad 9: /);
    expect(r.issues[0].en).toMatch(/^Row 9: /);
  });

  it('the first appended group, when bad, is refused with its row; without rows, no row is named', () => {
    const s = exampleScenario();
    const r = applyImport(s, [group(LIMITS.maxCount + 1)], { kind: 'append', cohortIndex: 0 }, [7]);
    expect(!r.ok && r.issues.map((i) => i.sv.slice(0, 7))).toEqual(['Rad 7: ']);
    const none = applyImport(s, [group(LIMITS.maxCount + 1)], { kind: 'append', cohortIndex: 0 });
    expect(!none.ok && none.issues[0].sv).not.toMatch(/^Rad/);
    expect(!none.ok && none.issues[0].path).toBe(
      `cohorts[0].groups[${s.cohorts[0].groups.length}].count`,
    );
  });

  it('a new cohort is not blamed for problems elsewhere, and has no year unless given', () => {
    const s = exampleScenario();
    s.cohorts[0].groups[0].count = -1;
    const r = applyImport(s, [group()], { kind: 'new', name: 'Ny' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.otherIssues.map((i) => i.path)).toEqual(['cohorts[0].groups[0].count']);
    expect('year' in r.cohort).toBe(false);
  });

  it('a new cohort with a year the rules do not allow is refused as the import’s problem', () => {
    const r = applyImport(exampleScenario(), [group()], { kind: 'new', name: 'x', year: 1800 });
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual(['cohorts[1].year']);
  });

  it('more groups than a cohort may hold is the import’s problem', () => {
    const s = exampleScenario();
    s.cohorts[0].groups = [];
    const many = Array.from({ length: LIMITS.maxGroupsPerCohort + 1 }, () => group(1));
    const r = applyImport(s, many, { kind: 'replace', cohortIndex: 0 });
    expect(!r.ok && r.issues.map((i) => i.path)).toContain('cohorts[0].groups');
  });
});

describe('more edges of reading a file', () => {
  it('a column index one past the last is not in the file', () => {
    const m = { ...emptyMapping(), before: 0, after: 2 };
    expect(mappingIssues(m, ['före', 'efter']).map((i) => i.en)).toEqual([
      'The column for "efter" is not in the file.',
    ]);
  });

  it('the delimiter of a header that ends with one, or of an empty first line', () => {
    expect(detectDelimiter('a;b,c,')).toBe(',');
    expect(detectDelimiter('\na,b,c')).toBe(';');
  });

  it('a file that begins with an empty line keeps its lines (CR only and LF)', () => {
    const cr = inspect('\rantal;kön\r1;K\r2;M');
    expect(cr.sample.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(cr.estimatedRows).toBe(3);
    const lf = inspect('\nantal;kön\n1;K\n');
    expect(lf.estimatedRows).toBe(2);
  });

  it('an empty file has an empty header', () => {
    expect(inspect('').header).toEqual([]);
    expect(inspect('').estimatedRows).toBe(0);
    expect(inspectRecords([]).header).toEqual([]);
  });

  it('quoted headers and cells with line breaks read the same in small chunks as whole', async () => {
    const lines = ['"antal";"kön";"före";"efter"'];
    for (let i = 0; i < 60; i++)
      lines.push(`${1 + (i % 3)};"K";"ingen";"arbete:50\nsjukpenning:50"`);
    const text = lines.join('\n') + '\n';
    const ins = inspect(text);
    const run = (chunkChars: number) =>
      convertCsv(
        text,
        { delimiter: ins.delimiter, mapping: autoMapping(ins.header), merge: false },
        { chunkChars },
      );
    const whole = await run(1 << 20);
    expect(whole.errors).toEqual([]);
    expect(whole.rows).toBe(60);
    for (const size of [13, 31, 64]) expect(await run(size)).toEqual(whole);
  });

  it('a long header names its column in messages with at most 100 characters', async () => {
    const name = `efter ${'x'.repeat(150)}`;
    const r = await read(`antal;kön;före;${name}\n1;K;ingen;okänd\n`);
    expect(r.errors[0].column).toBe(name.slice(0, 100));
  });
});

describe('records from a spreadsheet', () => {
  const header = ['antal', 'kön', 'före', 'efter'];
  const records = [header, ...Array.from({ length: 50 }, () => ['1', 'K', 'ingen', 'arbete'])];
  const opts = () => ({ mapping: autoMapping(header), merge: false, firstRow: 3 });

  it('report progress as each share of the rows is read, then 1', async () => {
    const seen: Progress[] = [];
    const r = await convertRecords(records, opts(), {
      sliceMs: 0,
      onProgress: (p) => seen.push(p),
    });
    expect(r.rows).toBe(50);
    expect(seen).toHaveLength(records.length + 1);
    expect(seen[0]).toEqual({ rows: 0, fraction: 1 / records.length });
    expect(seen[10]).toEqual({ rows: 10, fraction: 11 / records.length });
    expect(seen.at(-1)).toEqual({ rows: 50, fraction: 1 });
  });

  it('stop when cancelled, also when the cancel comes with the last row', async () => {
    const first = new AbortController();
    const seen: Progress[] = [];
    const stopped = convertRecords(records, opts(), {
      signal: first.signal,
      sliceMs: 0,
      onProgress: (p) => {
        seen.push(p);
        first.abort();
      },
    });
    await expect(stopped).rejects.toBeInstanceOf(ImportCancelled);
    expect(seen).toHaveLength(1);
    const last = new AbortController();
    const late = convertRecords(records, opts(), {
      signal: last.signal,
      sliceMs: 0,
      onProgress: (p) => {
        if (p.rows === 50) last.abort();
      },
    });
    await expect(late).rejects.toBeInstanceOf(ImportCancelled);
  });

  it('need no progress callback, however often a slice ends', async () => {
    const r = await convertRecords(records, opts(), { sliceMs: 0 });
    expect(r.validRows).toBe(50);
  });

  it('name each row as the spreadsheet numbers it', async () => {
    const r = await convertRecords([header, ['1', 'K', 'ingen', 'okänd']], opts());
    expect(r.errors.map((e) => e.row)).toEqual([4]);
  });
});

describe('line ends and delimiters as the file has them', () => {
  it('the delimiter chosen is used, even when another would split the file', () => {
    // Tab chosen by the user: the semicolons are then part of the cells.
    expect(inspect('antal;kön\n1;K\n', '\t')).toMatchObject({
      delimiter: '\t',
      header: ['antal;kön'],
      sample: [{ row: 2, cells: ['1;K'] }],
    });
  });

  it('cells of a Windows (CRLF) file carry no carriage return', () => {
    expect(inspect('antal;kön\r\n1;K\r\n2;M\r\n').sample).toEqual([
      { row: 2, cells: ['1', 'K'] },
      { row: 3, cells: ['2', 'M'] },
    ]);
  });

  it('a Windows (CRLF) file that begins with an empty line keeps its lines', () => {
    const ins = inspect('\r\nantal;kön\r\n1;K\r\n2;M');
    expect(ins.header).toEqual(['']);
    expect(ins.sample).toEqual([
      { row: 2, cells: ['antal', 'kön'] },
      { row: 3, cells: ['1', 'K'] },
      { row: 4, cells: ['2', 'M'] },
    ]);
    // Four lines, the first of them the (empty) header.
    expect(ins.estimatedRows).toBe(3);
  });

  it('a CRLF file from Excel with a line break (LF) inside a quoted header cell', () => {
    const ins = inspect('"antal\nst";kön\r\n1;K\r\n');
    expect(ins.header).toEqual(['antal\nst', 'kön']);
    expect(ins.sample).toEqual([{ row: 2, cells: ['1', 'K'] }]);
  });

  it('an LF file with a stray carriage return in its header: the lines end at LF', () => {
    const ins = inspect('antal;kön\r;före\n1;K;ingen\n');
    expect(ins.header).toEqual(['antal', 'kön', 'före']);
    expect(ins.sample).toEqual([{ row: 2, cells: ['1', 'K', 'ingen'] }]);
  });

  it('a file with CRLF line ends is not an old Mac file because its first line ends in LF', () => {
    // Lines end in CRLF: the lone LF before the header is part of its first cell, trimmed.
    const ins = inspect('\nantal;kön\r\n1;K\r\n');
    expect(ins.header).toEqual(['antal', 'kön']);
    expect(ins.sample).toEqual([{ row: 2, cells: ['1', 'K'] }]);
    // Three LFs, the last ending the file: three lines, one of them the header.
    expect(ins.estimatedRows).toBe(2);
  });

  it('a byte-order mark is not counted as text read', async () => {
    const seen: Progress[] = [];
    // Without the mark the text is 14 characters; its header line with the LF is 10.
    const text = '\uFEFFantal;kön\n1;K\n';
    await convertCsv(
      text,
      { delimiter: ';', mapping: autoMapping(['antal', 'kön']), merge: false },
      { chunkChars: 1, sliceMs: 0, onProgress: (p) => seen.push(p) },
    );
    expect(seen.map((p) => p.fraction)).toEqual([10 / 14, 1, 1]);
  });
});

describe('slices of work are measured on the clock', () => {
  const header = ['antal', 'kön', 'före', 'efter'];
  const text = [header.join(';'), ...Array.from({ length: 40 }, () => '1;K;ingen;arbete')]
    .join('\n')
    .concat('\n');
  const records = [header, ...Array.from({ length: 40 }, () => ['1', 'K', 'ingen', 'arbete'])];
  const opts = () => ({ delimiter: ';' as const, mapping: autoMapping(header), merge: false });

  /** A clock that stands still: no time passes while the rows are read. */
  const stopClock = () => {
    vi.spyOn(performance, 'now').mockReturnValue(1_000_000);
    vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
  };
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a slice that has not lasted its time is not ended: progress only at the end', async () => {
    stopClock();
    const csv: Progress[] = [];
    await convertCsv(text, opts(), { chunkChars: 50, sliceMs: 5, onProgress: (p) => csv.push(p) });
    expect(csv).toEqual([{ rows: 40, fraction: 1 }]);
    const rec: Progress[] = [];
    await convertRecords(records, opts(), { sliceMs: 5, onProgress: (p) => rec.push(p) });
    expect(rec).toEqual([{ rows: 40, fraction: 1 }]);
  });

  it('a slice of 0 ms ends after every chunk or record, even when no time has passed', async () => {
    stopClock();
    const csv: Progress[] = [];
    // 17 characters a row: a chunk of at least 50 characters ends after 3 rows (51).
    await convertCsv(text, opts(), { chunkChars: 50, sliceMs: 0, onProgress: (p) => csv.push(p) });
    expect(csv.length).toBeGreaterThan(10);
    const rec: Progress[] = [];
    await convertRecords(records, opts(), { sliceMs: 0, onProgress: (p) => rec.push(p) });
    expect(rec).toHaveLength(records.length + 1);
  });
});

describe('blank cells and merged rows', () => {
  const header = ['antal', 'kön', 'före', 'efter', 'subvention', 'etikett'];
  const row = (cells: string[]) => convertRow(cells, 2, autoMapping(header), header);

  it('a count or a subsidy of only spaces is as if empty', () => {
    const r = row(['   ', 'K', 'ingen', 'lönebidrag', '  ', '']);
    expect(r.ok && r.group.count).toBe(1);
    expect(r.ok && r.group.after.income).toEqual([{ source: 'subventioneratArbete', extent: 1 }]);
  });

  it('rows that differ are not merged, even when a label reads like the rest of another row', async () => {
    // Row 3's label ends with how row 2's "före" is kept for comparison (source 12 at 100 %),
    // and its "efter" (registered only) has no income source.
    const r = await convertRecords(
      [
        header,
        ['1', 'K', 'ingen', 'arbete', '', 'A'],
        ['1', 'K', 'arbete', 'inskriven', '', 'A12:1::'],
      ],
      { mapping: autoMapping(header), merge: true },
    );
    expect(r.groups.map((g) => [g.label, g.count])).toEqual([
      ['A', 1],
      ['A12:1::', 1],
    ]);
  });
});

describe('a situation cell’s edges', () => {
  it('a line break (CR) inside an item is not read past: the item is unknown', () => {
    const r = parseSituation('Anteckning\rstudier 50');
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          sv: "okänd försörjning 'Anteckning\rstudier 50'",
          en: "unknown income source 'Anteckning\rstudier 50'",
        },
      ],
    });
  });

  it('extents that pass 100 % by no more than one in a billion are accepted', () => {
    // 50 % + 50,0000001 % = 100,0000001 %: a share of 1 + 1e-9, the tolerance itself.
    expect(income('arbete:50;sjukpenning:50,0000001')).toEqual([
      { source: 'osubventioneratArbete', extent: 0.5 },
      { source: 'sjukpenning', extent: 0.500000001 },
    ]);
  });
});
