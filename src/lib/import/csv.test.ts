import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  evaluateScenario,
  exampleScenario,
  INCOME_SOURCES,
  LIMITS,
  parseScenario,
  type Group,
} from '../../engine';
import {
  applyImport,
  autoMapping,
  convertCsv,
  FIELD_HEADERS,
  convertRow,
  decodeBytes,
  detectDelimiter,
  formatRowError,
  ImportCancelled,
  inspect,
  mappingIssues,
  parseNumber,
  parseSituation,
  SOURCE_NAMES,
  type Conversion,
  type Delimiter,
} from './csv';
import { sourceLabel, sourceShort } from '../labels';

const HEADER = 'antal;kön;före;efter;subvention;uppföljning6;uppföljning24;etikett';

/** Read a whole CSV text with the mapping guessed from its header. */
async function read(text: string, merge = false, chunkChars?: number): Promise<Conversion> {
  const ins = inspect(text);
  return convertCsv(
    text,
    { delimiter: ins.delimiter, mapping: autoMapping(ins.header), merge },
    { chunkChars },
  );
}

const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';

describe('delimiter, encoding and numbers', () => {
  it.each<[string, Delimiter]>([
    ['antal;kön;före;efter', ';'],
    ['antal,kön,före,efter', ','],
    ['antal\tkön\tföre\tefter', '\t'],
    ['"a;b",c,d', ','],
    ['före', ';'],
  ])('finds the delimiter of %j', (line, d) => {
    expect(detectDelimiter(`${line}\n1;2,3`)).toBe(d);
  });

  it('reads the same groups with ; and , (decimal commas quoted)', async () => {
    const semi = await read(
      csv(
        'antal;kön;före;efter',
        '2;kvinna;ingen;arbete:37,5',
        '1;man;sjukpenning;"arbete:50;sjukpenning:50"',
      ),
    );
    const comma = await read(
      csv(
        'antal,kön,före,efter',
        '2,kvinna,ingen,"arbete:37,5"',
        '1,man,sjukpenning,arbete:50+sjukpenning:50',
      ),
    );
    expect(semi.errors).toEqual([]);
    expect(comma.errors).toEqual([]);
    expect(comma.groups).toEqual(semi.groups);
    expect(semi.groups[0].after.income).toEqual([
      { source: 'osubventioneratArbete', extent: 0.375 },
    ]);
  });

  it('strips a BOM and decodes UTF-8, Windows-1252 and UTF-16', () => {
    const text = 'kön;före\nkvinna;försörjningsstöd';
    const utf8 = new TextEncoder().encode(`\uFEFF${text}`);
    expect(decodeBytes(utf8)).toEqual({ text, encoding: 'utf-8' });
    // What Swedish Excel writes for "CSV (semikolonavgränsad)": one byte per å, ä, ö.
    const latin = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    expect(decodeBytes(latin)).toEqual({ text, encoding: 'windows-1252' });
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    [...text].forEach((c, i) => {
      utf16[2 + 2 * i] = c.charCodeAt(0) & 0xff;
      utf16[3 + 2 * i] = c.charCodeAt(0) >> 8;
    });
    expect(decodeBytes(utf16)).toEqual({ text, encoding: 'utf-16le' });
  });

  it('reads a file that still starts with a BOM', async () => {
    const r = await read(`\uFEFF${csv('antal;kön;före;efter', '3;K;ingen;arbete')}`);
    expect(r.errors).toEqual([]);
    expect(r.participants).toBe(3);
  });

  it.each<[string, number | null]>([
    ['37,5', 37.5],
    ['37.5', 37.5],
    [' 1 000 ', 1000],
    ['1\u00a0000,5', 1000.5],
    ['−2', -2],
    [',5', 0.5],
    ['abc', null],
    ['1,2,3', null],
    ['', null],
  ])('parses the number %j', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });
});

describe('income sources in a cell', () => {
  it('knows every source by its id, Swedish and English label and short label', () => {
    for (const s of INCOME_SOURCES) {
      const names = (['sv', 'en'] as const).flatMap((l) => [sourceLabel(s, l), sourceShort(s, l)]);
      for (const name of [s, ...names]) {
        const r = parseSituation(name);
        expect(r.ok && r.situation.income[0].source, name).toBe(s);
      }
    }
  });

  it.each([
    ['lönebidrag', 'subventioneratArbete'],
    ['Nystartsjobb', 'subventioneratArbete'],
    ['a-kassa', 'arbetsloshetsersattning'],
    ['försörjningsstöd', 'ekonomisktBistand'],
    ['Ekonomiskt bistånd', 'ekonomisktBistand'],
    ['rehabiliteringsersättning', 'sjukpenning'],
    ['AKTIVITETSERSÄTTNING', 'aktivitetsersattning'],
    ['aktivitetsersattning', 'aktivitetsersattning'],
    ['föräldrapenning', 'annanErsattning'],
    ['ingen', 'ingenOffentligForsorjning'],
    ['arbetssökande', 'arbetssokandeUtanErsattning'],
  ])('reads %j as %s', (name, source) => {
    const r = parseSituation(name);
    expect(r.ok && r.situation.income).toEqual([{ source, extent: 1 }]);
  });

  it('reads registration at Arbetsförmedlingen as a status beside full försörjningsstöd', () => {
    const r = parseSituation('försörjningsstöd; inskriven på Af');
    expect(r.ok && r.situation).toEqual({
      income: [{ source: 'ekonomisktBistand', extent: 1 }],
      resources: [],
      registered: true,
    });
    // No extent of its own: full försörjningsstöd and registered is not 200 %.
    const en = parseSituation('social assistance | registered');
    expect(en.ok && en.situation.registered).toBe(true);
    const plain = parseSituation('försörjningsstöd');
    expect(plain.ok && 'registered' in plain.situation).toBe(false);
  });

  it('gives no two sources the same name', () => {
    // Each normalised name maps to one source; the labels' words must not collide.
    const ids = new Set(INCOME_SOURCES.map((s) => s.toLowerCase()));
    for (const [name, v] of SOURCE_NAMES)
      if (ids.has(name)) expect(v.source.toLowerCase()).toBe(name);
  });

  it('reads several sources, extents in %, subsidies and schools', () => {
    const r = parseSituation(
      'subventioneratArbete:50:80; aktivitetsersättning:25 + komvux:12,5 | Arbete 12,5 %',
    );
    expect(r.ok && r.situation.income).toEqual([
      { source: 'subventioneratArbete', extent: 0.5, subsidyShare: 0.8 },
      { source: 'aktivitetsersattning', extent: 0.25 },
      { source: 'studier', extent: 0.125, school: 'komvux' },
      { source: 'osubventioneratArbete', extent: 0.125 },
    ]);
    const s = parseSituation('studier:100:folkhögskola');
    expect(s.ok && s.situation.income).toEqual([
      { source: 'studier', extent: 1, school: 'folkhogskola' },
    ]);
  });

  it('gives the subsidy column to subsidised work without its own subsidy', () => {
    const r = parseSituation('lönebidrag:50; nystartsjobb:25:45; sjukpenning:25', 0.8);
    expect(r.ok && r.situation.income).toEqual([
      { source: 'subventioneratArbete', extent: 0.5, subsidyShare: 0.8 },
      { source: 'subventioneratArbete', extent: 0.25, subsidyShare: 0.45 },
      { source: 'sjukpenning', extent: 0.25 },
    ]);
  });

  it.each([
    ['arbete:120', /omfattningen 120 % .* ska vara 0–100 %/],
    ['arbete:80; sjukpenning:40', /summerar till 120 %; högst 100 %/],
    ['arbete:60;sjukpenning:40,5', /summerar till 100,5 %/],
    ['lönebidrg:100', /okänd försörjning 'lönebidrg'/],
    ['arbete:mycket', /omfattningen 'mycket' är inte ett tal/],
    ['studier:100:kurs', /okänd skolform 'kurs'/],
    ['sjukpenning:50:80', /gäller bara subventionerat arbete/],
    ['lönebidrag:50:180', /subventionsgraden '180' ska vara 0–100 %/],
    ['a:1:2:3', /kan inte läsa/],
  ])('refuses %j', (cell, message) => {
    const r = parseSituation(cell);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.sv).join(' ')).toMatch(message);
  });
});

describe('rows', () => {
  const header = HEADER.split(';');
  const mapping = autoMapping(header);
  const row = (cells: string) => convertRow(cells.split(';'), 7, mapping, header);

  it('maps the documented headers, English ones and headers that only begin right', () => {
    expect(mapping).toEqual({
      count: 0,
      gender: 1,
      before: 2,
      after: 3,
      subsidy: 4,
      followUp6: 5,
      followUp24: 6,
      label: 7,
    });
    expect(
      autoMapping(['Label', 'Gender', 'Before', 'After', 'Count', 'Follow-up 24 months']),
    ).toMatchObject({ label: 0, gender: 1, before: 2, after: 3, count: 4, followUp24: 5 });
    expect(
      autoMapping(['Före (försörjning)', 'Efter (försörjning)', 'Uppföljning 6 mån', 'Kön']),
    ).toMatchObject({ before: 0, after: 1, followUp6: 2, gender: 3, count: null });
  });

  it.each([
    [
      ['Antal', 'Kön', 'Försörjning före', 'Försörjning efter'],
      { count: 0, gender: 1, before: 2, after: 3 },
    ],
    [['Kön', 'Antal', 'Före-läge', 'Efter-läge'], { gender: 0, count: 1, before: 2, after: 3 }],
    [
      [
        'Försörjning vid inskrivning',
        'Försörjning vid avslut',
        'Försörjning efter 6 mån',
        'Försörjning efter 24 månader',
      ],
      { before: 0, after: 1, followUp6: 2, followUp24: 3, count: null, gender: null },
    ],
    [
      ['Number of participants', 'Gender', 'Income before', 'Income after'],
      { count: 0, gender: 1, before: 2, after: 3 },
    ],
    [
      ['Sex', 'Before situation', 'Situation at exit', 'Income after 6 months', 'Count'],
      { gender: 0, before: 1, after: 2, followUp6: 3, count: 4 },
    ],
    // A follow-up's name begins like "Försörjning efter": the follow-up wins, not "after".
    [
      ['Försörjning efter 6 månader', 'Försörjning före', 'Försörjning efter'],
      { followUp6: 0, before: 1, after: 2 },
    ],
  ] as const)('recognises the usual headers %j', (header, want) => {
    expect(autoMapping(header)).toMatchObject(want);
  });

  it('reads a file with the usual Swedish headers', async () => {
    const r = await read(
      csv(
        'Antal;Kön;Försörjning före;Försörjning efter',
        '3;Kvinna;Aktivitetsersättning;Arbete 75 %',
      ),
    );
    expect(r.errorCount).toBe(0);
    expect(r.groups).toEqual([
      {
        label: '',
        count: 3,
        gender: 'kvinna',
        before: { income: [{ source: 'aktivitetsersattning', extent: 1 }], resources: [] },
        after: { income: [{ source: 'osubventioneratArbete', extent: 0.75 }], resources: [] },
      },
    ]);
  });

  it('every header the README lists is recognised as the column it is listed for', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('<!-- csv-header-aliases');
    const end = readme.indexOf('<!-- /csv-header-aliases -->');
    expect(start).toBeGreaterThan(0);
    const rows = readme
      .slice(start, end)
      .split('\n')
      .filter((l) => /^\| `/.test(l))
      .map((l) => l.split('|').map((c) => c.trim()));
    const fieldOf = Object.fromEntries(Object.entries(FIELD_HEADERS).map(([f, h]) => [h, f]));
    expect(rows.map((r) => r[1].replace(/`/g, ''))).toEqual(Object.values(FIELD_HEADERS));
    for (const [, column, names] of rows) {
      const field = fieldOf[column.replace(/`/g, '')];
      for (const name of names.split(/`,\s*`/).map((n) => n.replace(/`/g, ''))) {
        const m = autoMapping([name]);
        expect(m[field as keyof typeof m], `${name} → ${field}`).toBe(0);
      }
    }
  });

  it('asks for the required columns and refuses a column used twice', () => {
    const m = autoMapping(['kön', 'före']);
    expect(mappingIssues(m, ['kön', 'före']).map((i) => i.sv)).toEqual([
      'Välj vilken kolumn som är "efter".',
    ]);
    expect(
      mappingIssues({ ...mapping, after: 2 }, header).some((i) =>
        /både "före" och "efter"/.test(i.sv),
      ),
    ).toBe(true);
  });

  it('names the row and column of an unknown source', () => {
    const r = row('1;kvinna;ingen;lönebidrg;;;;');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(formatRowError(r.errors[0], 'sv')).toBe(
      "Rad 7, kolumn efter: okänd försörjning 'lönebidrg'",
    );
    expect(formatRowError(r.errors[0], 'en')).toBe(
      "Row 7, column efter: unknown income source 'lönebidrg'",
    );
  });

  it.each([
    ['K', 'kvinna'],
    ['kvinna', 'kvinna'],
    ['Woman', 'kvinna'],
    ['M', 'man'],
    ['män', 'man'],
    ['man', 'man'],
    ['annat', 'annat'],
    ['Other', 'annat'],
    ['', 'annat'],
  ])('reads the gender %j as %s', (g, gender) => {
    const r = row(`1;${g};ingen;arbete;;;;`);
    expect(r.ok && r.group.gender).toBe(gender);
    expect(r.ok && r.missingGender).toBe(g === '');
  });

  it('refuses an unknown gender', () => {
    const r = row('1;kanske;ingen;arbete;;;;');
    expect(!r.ok && formatRowError(r.errors[0], 'sv')).toMatch(
      /^Rad 7, kolumn kön: okänt kön 'kanske'/,
    );
  });

  it.each([
    ['', 1],
    ['12', 12],
    ['1 200', 1200],
  ])('reads the count %j', (c, n) => {
    const r = row(`${c};K;ingen;arbete;;;;`);
    expect(r.ok && r.group.count).toBe(n);
  });

  it.each(['tre', '1,5', '0', '-2', String(LIMITS.maxCount + 1)])('refuses the count %j', (c) => {
    const r = row(`${c};K;ingen;arbete;;;;`);
    expect(!r.ok && r.errors[0].column).toBe('antal');
  });

  it('reads follow-ups at 6 and 24 months, and none when empty', () => {
    const r = row('1;K;ingen;lönebidrag:100;80;arbete:50;arbete:100;x');
    expect(r.ok && r.group).toEqual({
      label: 'x',
      count: 1,
      gender: 'kvinna',
      before: { income: [{ source: 'ingenOffentligForsorjning', extent: 1 }], resources: [] },
      after: {
        income: [{ source: 'subventioneratArbete', extent: 1, subsidyShare: 0.8 }],
        resources: [],
      },
      followUp6: { income: [{ source: 'osubventioneratArbete', extent: 0.5 }], resources: [] },
      followUp24: { income: [{ source: 'osubventioneratArbete', extent: 1 }], resources: [] },
    });
    const none = row('1;K;ingen;arbete;;;;');
    expect(none.ok && 'followUp6' in none.group).toBe(false);
  });

  it('asks for the situation before and after, and reports every problem of a row', () => {
    const r = row('x;K;;arbete:150;;;;');
    expect(!r.ok && r.errors.map((e) => e.column)).toEqual(['antal', 'före', 'efter']);
  });

  it('limits and cleans labels and cells', () => {
    const r = row(`1;K;ingen;arbete;;;;${'<b>x</b>\u0007'.repeat(50)}`);
    expect(r.ok && r.group.label.length).toBe(200);
    expect(r.ok && r.group.label.includes('\u0007')).toBe(false);
    const long = row(`1;K;ingen;${'arbete:1+'.repeat(200)};;;;`);
    expect(!long.ok && long.errors[0].sv).toMatch(/cellen är för lång/);
  });
});

describe('whole files', () => {
  it('counts rows and participants, skips blank rows and keeps spreadsheet row numbers', async () => {
    const r = await read(
      csv(
        HEADER,
        '2;K;ingen;arbete;;;;',
        '',
        ';;;;;;;',
        '3;M;ingen;lönebidrg;;;;',
        '1;;ingen;arbete;;;;',
      ),
    );
    expect(r).toMatchObject({
      rows: 3,
      validRows: 2,
      invalidRows: 1,
      participants: 3,
      missingGender: 1,
    });
    expect(r.errors.map((e) => formatRowError(e, 'sv'))).toEqual([
      "Rad 5, kolumn efter: okänd försörjning 'lönebidrg'",
    ]);
  });

  it('merges identical rows into groups, summing counts, when asked', async () => {
    const text = csv(
      HEADER,
      '2;K;aktivitetsersättning;"lönebidrag:50;aktivitetsersattning:50";80;;;',
      '1;kvinna;aktivitetsersattning:100;"aktivitetsersättning:50;subventioneratArbete:50:80";;;;',
      '1;K;aktivitetsersättning;"lönebidrag:50;aktivitetsersattning:50";80;;;annan etikett',
      '4;M;aktivitetsersättning;"lönebidrag:50;aktivitetsersattning:50";80;;;',
      '1;K;aktivitetsersättning;"lönebidrag:50;aktivitetsersattning:50";80;arbete;;',
    );
    const merged = await read(text, true);
    expect(merged.groups.map((g) => [g.gender, g.count, g.label])).toEqual([
      ['kvinna', 3, ''],
      ['kvinna', 1, 'annan etikett'],
      ['man', 4, ''],
      ['kvinna', 1, ''],
    ]);
    expect(merged.firstRows).toEqual([2, 4, 5, 6]);
    const unmerged = await read(text, false);
    expect(unmerged.groups).toHaveLength(5);
    expect(unmerged.participants).toBe(merged.participants);
    expect(merged.followUps).toEqual({ m6: 1, m24: 0 });
  });

  it('reads quoted cells with line breaks and gets the same result in small chunks', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 300; i++)
      lines.push(
        `${1 + (i % 3)};${i % 2 ? 'K' : 'M'};ingen;"arbete:50\nsjukpenning:50";;;;"rad\n${i}"`,
      );
    lines.push('1;K;ingen;okänd;;;;');
    const text = csv(...lines);
    const whole = await read(text, false, 1 << 30);
    const small = await read(text, false, 97);
    expect(small).toEqual(whole);
    expect(whole.rows).toBe(301);
    // The quoted line breaks make each record two lines; the row number counts records.
    expect(whole.errors[0].row).toBe(302);
  });

  it('can be cancelled', async () => {
    const text = csv(HEADER, ...Array.from({ length: 5000 }, () => '1;K;ingen;arbete;;;;'));
    const ctrl = new AbortController();
    const run = convertCsv(
      text,
      { delimiter: ';', mapping: autoMapping(HEADER.split(';')), merge: false },
      { signal: ctrl.signal, chunkChars: 1000, sliceMs: 0, onProgress: () => ctrl.abort() },
    );
    await expect(run).rejects.toBeInstanceOf(ImportCancelled);
  });

  it('reads the sample file in public/examples without a problem', async () => {
    const bytes = readFileSync(
      new URL('../../../public/examples/deltagare-exempel.csv', import.meta.url),
    );
    const { text } = decodeBytes(new Uint8Array(bytes));
    const ins = inspect(text);
    expect(ins.delimiter).toBe(';');
    const m = autoMapping(ins.header);
    expect(mappingIssues(m, ins.header)).toEqual([]);
    expect(Object.values(m).every((c) => c !== null)).toBe(true);
    const r = await read(text, true);
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ rows: 20, validRows: 20, participants: 63 });
    expect(r.groups.length).toBeLessThan(20);
  });

  it('reads 100 000 generated rows', async () => {
    const sources = [
      'aktivitetsersättning',
      'ingen',
      'sjukpenning:100',
      'ekonomiskt bistånd',
      'a-kassa',
    ];
    const afters = [
      'arbete:75',
      '"lönebidrag:50; aktivitetsersättning:50"',
      'komvux',
      'nystartsjobb',
      'aktivitetsstöd:100',
    ];
    const lines = [HEADER];
    let expected = 0;
    for (let i = 0; i < 100_000; i++) {
      const n = 1 + (i % 4);
      expected += n;
      lines.push(
        `${n};${['K', 'M', 'annat'][i % 3]};${sources[i % 5]};${afters[(i * 7) % 5]};${i % 2 ? '80' : ''};${i % 10 === 0 ? 'arbete:100' : ''};;`,
      );
    }
    const text = csv(...lines);
    for (const merge of [true, false]) {
      const r = await read(text, merge);
      expect(r.rows).toBe(100_000);
      expect(r.validRows).toBe(100_000);
      expect(r.participants).toBe(expected);
      expect(r.groups.reduce((a, g) => a + g.count, 0)).toBe(expected);
      if (merge) expect(r.groups.length).toBeLessThan(1000);
      else expect(r.groups).toHaveLength(100_000);
    }
  }, 60_000);
});

describe('into the scenario', () => {
  const groups = (): Group[] => [
    {
      label: 'importerad',
      count: 4,
      gender: 'kvinna',
      before: { income: [{ source: 'ingenOffentligForsorjning', extent: 1 }], resources: [] },
      after: { income: [{ source: 'osubventioneratArbete', extent: 1 }], resources: [] },
    },
  ];

  it('adds a new cohort with standard cost that the engine accepts and evaluates', () => {
    const s = exampleScenario();
    const r = applyImport(s, groups(), { kind: 'new', name: ' Import 2025 ', year: 2025 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cohortIndex).toBe(1);
    expect(r.cohort).toMatchObject({ name: 'Import 2025', year: 2025, cost: { mode: 'standard' } });
    expect(r.cohort.groups[0].id).toBe('g1');
    expect(parseScenario(r.scenario).ok).toBe(true);
    expect(evaluateScenario(r.scenario).total.participants).toBe(63 + 4);
    expect(s.cohorts).toHaveLength(1);
  });

  it('replaces or appends to the groups of a cohort with unique ids', () => {
    const s = exampleScenario();
    const replaced = applyImport(s, groups(), { kind: 'replace', cohortIndex: 0 });
    expect(replaced.ok && replaced.scenario.cohorts[0].groups.map((g) => g.count)).toEqual([4]);
    const appended = applyImport(s, [...groups(), ...groups()], { kind: 'append', cohortIndex: 0 });
    expect(appended.ok).toBe(true);
    if (!appended.ok) return;
    const ids = appended.scenario.cohorts[0].groups.map((g) => g.id);
    expect(ids).toHaveLength(17);
    expect(new Set(ids).size).toBe(17);
  });

  it('refuses what the schema refuses, naming the row', () => {
    const bad = groups();
    bad[0].count = LIMITS.maxCount + 1;
    const r = applyImport(exampleScenario(), bad, { kind: 'new', name: 'x' }, [9]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0].sv).toMatch(/^Rad 9: /);
    const s = exampleScenario();
    s.cohorts = Array.from({ length: LIMITS.maxCohorts }, (_, i) => ({
      ...s.cohorts[0],
      id: `k${i}`,
    }));
    const full = applyImport(s, groups(), { kind: 'new', name: 'x' });
    expect(!full.ok && full.issues[0].path).toBe('cohorts');
  });

  it('does not blame the import for problems that were there before', () => {
    const s = exampleScenario();
    s.cohorts[0].groups[0].count = -1;
    const r = applyImport(s, groups(), { kind: 'append', cohortIndex: 0 });
    expect(r.ok).toBe(true);
    expect(r.ok && r.otherIssues.map((i) => i.path)).toEqual(['cohorts[0].groups[0].count']);
  });
});
