/**
 * What the import door tells the user, word for word in Swedish and English: every refusal
 * of a cell, a row, a mapping or a broken record names the row, the column and the value,
 * and the groups read are described as the preview shows them.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../engine';
import {
  autoMapping,
  convertCsv,
  convertRow,
  describeSituation,
  emptyMapping,
  formatRowError,
  groupKey,
  inspect,
  mappingIssues,
  normalise,
  parseGender,
  parsePercent,
  parseSituation,
  previewRows,
  type RowError,
} from './csv';

const problems = (cell: string, subsidy?: number) => {
  const r = parseSituation(cell, subsidy);
  if (r.ok) throw new Error(`${cell} was read`);
  return r.problems;
};

describe('a cell that cannot be read, in both languages', () => {
  it.each<[string, string, string]>([
    [
      'arbete:120',
      "omfattningen 120 % för 'arbete' ska vara 0–100 %",
      "the extent 120% for 'arbete' must be 0–100%",
    ],
    [
      'arbete:-12,5',
      "omfattningen −12,5 % för 'arbete' ska vara 0–100 %",
      "the extent -12.5% for 'arbete' must be 0–100%",
    ],
    [
      'arbete:mycket',
      "omfattningen 'mycket' är inte ett tal i procent",
      "the extent 'mycket' is not a number in per cent",
    ],
    ['lönebidrg', "okänd försörjning 'lönebidrg'", "unknown income source 'lönebidrg'"],
    [
      'studier:100:kurs',
      "okänd skolform 'kurs' (komvux, gymnasium, folkhögskola, högskola)",
      "unknown kind of school 'kurs' (komvux, gymnasium, folkhögskola, högskola)",
    ],
    [
      'sjukpenning:50:80',
      "'80' efter omfattningen gäller bara subventionerat arbete (subventionsgrad) och studier (skolform)",
      "'80' after the extent applies only to subsidised work (subsidy share) and studies (kind of school)",
    ],
    [
      'lönebidrag:50:180',
      "subventionsgraden '180' ska vara 0–100 %",
      "the subsidy share '180' must be 0–100%",
    ],
    [
      'lönebidrag:50:hög',
      "subventionsgraden 'hög' ska vara 0–100 %",
      "the subsidy share 'hög' must be 0–100%",
    ],
    [
      'a:1:2:3',
      "kan inte läsa 'a:1:2:3' (skriv källa:omfattning, t.ex. arbete:50)",
      "cannot read 'a:1:2:3' (write source:extent, e.g. arbete:50)",
    ],
    [
      'arbete:60;sjukpenning:40,5',
      'omfattningarna summerar till 100,5 %; högst 100 % är möjligt',
      'the extents sum to 100.5%; at most 100% is possible',
    ],
    [
      'arbete:80; sjukpenning:40',
      'omfattningarna summerar till 120 %; högst 100 % är möjligt',
      'the extents sum to 120%; at most 100% is possible',
    ],
  ])('%j', (cell, sv, en) => {
    expect(problems(cell)).toEqual([{ sv, en }]);
  });

  it('quotes at most 40 characters of a value, with an ellipsis', () => {
    const name = 'x'.repeat(45);
    expect(problems(name)[0].sv).toBe(`okänd försörjning '${'x'.repeat(40)}…'`);
    expect(problems(` ${'y'.repeat(40)} `)[0].sv).toBe(`okänd försörjning '${'y'.repeat(40)}'`);
  });

  it('a cell over 1 000 characters, or with more sources than there are, is refused whole', () => {
    const long = 'a'.repeat(1001);
    expect(problems(long)).toEqual([
      {
        sv: 'cellen är för lång (1001 tecken; högst 1000)',
        en: 'the cell is too long (1001 characters; at most 1000)',
      },
    ]);
    // 1 000 characters exactly is read (and here refused for what it says).
    expect(problems('a'.repeat(1000))[0].sv).toMatch(/^okänd försörjning/);
    const many = Array.from({ length: 40 }, () => 'arbete:1').join(';');
    const p = problems(many);
    expect(p).toHaveLength(1);
    expect(p[0].sv).toMatch(/^för många försörjningar \(40; högst \d+\)$/);
    expect(p[0].en).toMatch(/^too many income sources \(40; at most \d+\)$/);
  });

  it('lists every problem of a cell, not only the first', () => {
    expect(problems('lönebidrg; arbete:mycket').map((x) => x.sv)).toEqual([
      "okänd försörjning 'lönebidrg'",
      "omfattningen 'mycket' är inte ett tal i procent",
    ]);
  });

  it('an extent of exactly 0 and 100 % is read; "=" and a space work as ":"', () => {
    const r = parseSituation('arbete=0; sjukpenning 100 %');
    expect(r.ok && r.situation.income).toEqual([
      { source: 'osubventioneratArbete', extent: 0 },
      { source: 'sjukpenning', extent: 1 },
    ]);
    // An empty extent means the whole of it.
    const whole = parseSituation('komvux:');
    expect(whole.ok && whole.situation.income).toEqual([
      { source: 'studier', extent: 1, school: 'komvux' },
    ]);
  });
});

describe('rows and columns', () => {
  const header = ['antal', 'kön', 'före', 'efter', 'subvention'];
  // Mapped in each test, not once for the file: a test proves only what it runs itself.
  const row = (cells: string) => convertRow(cells.split(';'), 9, autoMapping(header), header);
  const errorsOf = (cells: string) => {
    const r = row(cells);
    if (r.ok) throw new Error('the row was read');
    return r.errors.map((e) => [formatRowError(e, 'sv'), formatRowError(e, 'en')]);
  };

  it.each<[string, string, string, string]>([
    [
      'tre;K;ingen;arbete;',
      'antal',
      "antalet 'tre' är inte ett heltal",
      "the count 'tre' is not a whole number",
    ],
    [
      '1,5;K;ingen;arbete;',
      'antal',
      "antalet '1,5' är inte ett heltal",
      "the count '1,5' is not a whole number",
    ],
    [
      '0;K;ingen;arbete;',
      'antal',
      `antalet ska vara 1–${LIMITS.maxCount.toLocaleString('sv-SE')}, fick 0`,
      `the count must be 1–${LIMITS.maxCount.toLocaleString('en-GB')}, got 0`,
    ],
    [
      '1;K;ingen;lönebidrag;120',
      'subvention',
      "subventionsgraden '120' ska vara ett tal 0–100 %",
      "the subsidy share '120' must be a number 0–100%",
    ],
    [
      '1;K;ingen;lönebidrag;mycket',
      'subvention',
      "subventionsgraden 'mycket' ska vara ett tal 0–100 %",
      "the subsidy share 'mycket' must be a number 0–100%",
    ],
    [
      '1;kanske;ingen;arbete;',
      'kön',
      "okänt kön 'kanske' (skriv kvinna, man eller annat)",
      "unknown gender 'kanske' (write kvinna/woman, man or annat/other)",
    ],
  ])('%j: column %s', (cells, column, sv, en) => {
    expect(errorsOf(cells)).toEqual([
      [`Rad 9, kolumn ${column}: ${sv}`, `Row 9, column ${column}: ${en}`],
    ]);
  });

  it('an empty situation before or after is asked for, in both languages', () => {
    expect(errorsOf('1;K;;arbete;')).toEqual([
      [
        'Rad 9, kolumn före: tom cell: ange försörjningen, t.ex. "ingen" eller "arbete:100"',
        'Row 9, column före: empty cell: give the income source, e.g. "ingen" (none) or "arbete:100"',
      ],
    ]);
  });

  it('the count is read at the limits 1 and the largest allowed', () => {
    expect(row('1;K;ingen;arbete;').ok).toBe(true);
    const max = row(`${LIMITS.maxCount};K;ingen;arbete;`);
    expect(max.ok && max.group.count).toBe(LIMITS.maxCount);
    expect(row(`${LIMITS.maxCount + 1};K;ingen;arbete;`).ok).toBe(false);
  });

  it('a subsidy column of 0 and 100 % is read; a subsidy of its own in the cell wins', () => {
    const zero = row('1;K;ingen;lönebidrag;0');
    expect(zero.ok && zero.group.after.income).toEqual([
      { source: 'subventioneratArbete', extent: 1, subsidyShare: 0 },
    ]);
    const own = row('1;K;ingen;lönebidrag:100:45;100');
    expect(own.ok && own.group.after.income).toEqual([
      { source: 'subventioneratArbete', extent: 1, subsidyShare: 0.45 },
    ]);
  });

  it('a message about the row as a whole names no column', () => {
    const e: RowError = { row: 4, column: null, field: null, sv: 'något', en: 'something' };
    expect(formatRowError(e, 'sv')).toBe('Rad 4: något');
    expect(formatRowError(e, 'en')).toBe('Row 4: something');
  });

  it('a mapping to a column the file lacks is refused, in both languages', () => {
    const m = { ...emptyMapping(), before: 0, after: 5 };
    expect(mappingIssues(m, ['före', 'efter'])).toEqual([
      {
        sv: 'Kolumnen för "efter" finns inte i filen.',
        en: 'The column for "efter" is not in the file.',
      },
    ]);
    expect(mappingIssues({ ...m, after: -1 }, ['före', 'efter'])).toHaveLength(1);
    expect(mappingIssues({ ...m, after: 1 }, ['före', 'efter'])).toEqual([]);
    expect(mappingIssues({ ...m, after: 0 }, ['före', 'efter'])).toEqual([
      {
        sv: 'Kolumnen "före" är vald för både "före" och "efter".',
        en: 'Column "före" is chosen for both "före" and "efter".',
      },
    ]);
    expect(mappingIssues(emptyMapping(), [])).toEqual([
      { sv: 'Välj vilken kolumn som är "före".', en: 'Choose the column for "före".' },
      { sv: 'Välj vilken kolumn som är "efter".', en: 'Choose the column for "efter".' },
    ]);
  });
});

describe('records papaparse cannot read', () => {
  it('are counted as invalid rows with a message that points to the quotes', async () => {
    const text = 'antal;kön;före;efter\n1;K;ingen;arbete\n2;K;"ingen;arbete\n';
    const ins = inspect(text);
    const r = await convertCsv(text, {
      delimiter: ins.delimiter,
      mapping: autoMapping(ins.header),
      merge: false,
    });
    expect(r.rows).toBe(r.validRows + r.invalidRows);
    expect(r.validRows).toBe(1);
    expect(r.invalidRows).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ row: 3, column: null, field: null });
    expect(r.errors[0].sv).toMatch(
      /^raden kunde inte läsas som CSV \(.+\); kontrollera citattecknen$/,
    );
    expect(r.errors[0].en).toMatch(/^the row could not be read as CSV \(.+\); check the quotes$/);
    // Papaparse's reason for a quote left open (its error MissingQuotes), in both languages.
    expect(r.errors[0].sv).toContain('(Quoted field unterminated)');
    expect(r.errors[0].en).toContain('(Quoted field unterminated)');
  });
});

describe('small helpers', () => {
  it('normalise: lower case, no diacritics, letters and digits only', () => {
    expect(normalise('Före-läge (Å 2)')).toBe('forelagea2');
    expect(normalise('  ')).toBe('');
  });

  it('genders: empty is "empty", an unknown word is null', () => {
    expect(parseGender('  ')).toBe('empty');
    expect(parseGender('X')).toBe('annat');
    expect(parseGender('Icke-binär')).toBe('annat');
    expect(parseGender('Kvinnor')).toBe('kvinna');
    expect(parseGender('pojke')).toBe('man');
    expect(parseGender('hund')).toBeNull();
  });

  it('percentages with and without the sign', () => {
    expect(parsePercent('37,5 %')).toBe(37.5);
    expect(parsePercent('80')).toBe(80);
    expect(parsePercent('åtta')).toBeNull();
  });

  it('the preview converts each sample row with its spreadsheet row number', () => {
    const header = ['före', 'efter'];
    const rows = previewRows(
      [
        { row: 2, cells: ['ingen', 'arbete'] },
        { row: 5, cells: ['ingen', 'okänd'] },
      ],
      autoMapping(header),
      header,
    );
    expect(rows.map((r) => [r.row, r.result.ok])).toEqual([
      [2, true],
      [5, false],
    ]);
    const bad = rows[1].result;
    expect(!bad.ok && bad.errors[0].row).toBe(5);
  });

  it('rows are the same group when everything but the order of sources is the same', () => {
    const g = (after: string, label = '', gender: 'kvinna' | 'man' = 'kvinna') => {
      const r = convertRow(
        ['ingen', after, label, gender],
        2,
        autoMapping(['före', 'efter', 'etikett', 'kön']),
        ['före', 'efter', 'etikett', 'kön'],
      );
      if (!r.ok) throw new Error('row');
      return groupKey(r.group);
    };
    expect(g('arbete:50; sjukpenning:50')).toBe(g('sjukpenning:50 + arbete:50'));
    expect(g('arbete:50; sjukpenning:50')).not.toBe(g('arbete:50; sjukpenning:40'));
    expect(g('arbete')).not.toBe(g('arbete', 'x'));
    expect(g('arbete')).not.toBe(g('arbete', '', 'man'));
    expect(g('lönebidrag:100:80')).not.toBe(g('lönebidrag:100:60'));
    expect(g('komvux')).not.toBe(g('folkhögskola'));
  });

  it('describes a situation as the preview shows it', () => {
    const r = parseSituation('subventioneratArbete:50:80; aktivitetsersättning:37,5; komvux:12,5');
    if (!r.ok) throw new Error('cell');
    expect(describeSituation(r.situation, 'sv')).toMatch(
      /^.+ 50 % \(subvention 80 %\), .+ 37,5 %, .+ 12,5 % \(Komvux\)$/,
    );
    expect(describeSituation(r.situation, 'en')).toMatch(
      /^.+ 50% \(subsidy 80%\), .+ 37\.5%, .+ 12\.5% \(.+\)$/,
    );
    expect(describeSituation(undefined, 'sv')).toBe('–');
    expect(describeSituation({ income: [], resources: [] }, 'sv')).toBe(
      'Ingen offentlig försörjning',
    );
  });
});
