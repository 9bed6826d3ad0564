/**
 * Excel in: a workbook built here with ExcelJS goes through the same mapping,
 * preview and per-row checks as a CSV file, with the row numbers Excel shows.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { autoMapping, convertRecords, formatRowError, inspectRecords, previewRows } from './csv';
import { cellText, firstSheetWithData, looksLikeXls, looksLikeXlsx, readXlsx } from './xlsx';

/** A participant list as people keep it in Excel: a title row, headers, numbers as numbers. */
async function workbook(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Anteckningar'); // an empty first sheet
  const ws = wb.addWorksheet('Deltagare');
  // Row 1 empty: the header is row 2, as Excel numbers it.
  ws.getRow(2).values = [
    'Antal',
    'Kön',
    'Försörjning före',
    'Försörjning efter',
    'Subventionsgrad',
    'Etikett',
  ];
  ws.getRow(3).values = [3, 'kvinna', 'ekonomisktBistand:100', 'subventioneratArbete:100', 0.8];
  ws.getRow(3).getCell(5).numFmt = '0%';
  // A count computed by a formula, the gender as rich text.
  ws.getRow(4).values = [
    { formula: '1+1', result: 2 },
    { richText: [{ text: 'M' }, { text: 'an' }] },
    'aktivitetsstod:100',
    'studier:100',
    null,
    'Grupp B',
  ];
  ws.getRow(5).values = [1, 'man', 'ingen', 'lönebidrg'];
  ws.getRow(6).values = [2.5, 'annat', 'ingen', 'arbete:50'];
  return await wb.xlsx.writeBuffer();
}

describe('participant lists from Excel', () => {
  it('reads the sheets as the rows of cells the CSV reader gives, and imports them', async () => {
    const sheets = await readXlsx(await workbook());
    expect(sheets.map((s) => s.name)).toEqual(['Anteckningar', 'Deltagare']);
    const at = firstSheetWithData(sheets);
    expect(at).toBe(1);
    const { records, firstRow } = sheets[at];
    expect(firstRow).toBe(2);
    // The 80 % Excel stores as 0.8 is read as the percentage it shows; the formula as its value.
    expect(records[1]).toEqual([
      '3',
      'kvinna',
      'ekonomisktBistand:100',
      'subventioneratArbete:100',
      '80 %',
    ]);
    expect(records[2].slice(0, 2)).toEqual(['2', 'Man']);

    const ins = inspectRecords(records, firstRow);
    expect(ins.estimatedRows).toBe(4);
    const mapping = autoMapping(ins.header);
    expect(mapping).toMatchObject({
      count: 0,
      gender: 1,
      before: 2,
      after: 3,
      subsidy: 4,
      label: 5,
    });
    const preview = previewRows(ins.sample, mapping, ins.header);
    expect(preview.map((p) => [p.row, p.result.ok])).toEqual([
      [3, true],
      [4, true],
      [5, false],
      [6, false],
    ]);

    const r = await convertRecords(records, { mapping, merge: false, firstRow });
    expect(r).toMatchObject({ rows: 4, validRows: 2, invalidRows: 2, participants: 5 });
    expect(r.groups[0]).toMatchObject({
      count: 3,
      gender: 'kvinna',
      after: { income: [{ source: 'subventioneratArbete', extent: 1, subsidyShare: 0.8 }] },
    });
    expect(r.groups[1]).toMatchObject({ count: 2, gender: 'man', label: 'Grupp B' });
    expect(r.firstRows).toEqual([3, 4]);
    // Each problem names the row Excel shows and the column's header.
    expect(r.errors.map((e) => formatRowError(e, 'sv'))).toEqual([
      "Rad 5, kolumn Försörjning efter: okänd försörjning 'lönebidrg'",
      "Rad 6, kolumn Antal: antalet '2.5' är inte ett heltal",
    ]);
    expect(formatRowError(r.errors[0], 'en')).toBe(
      "Row 5, column Försörjning efter: unknown income source 'lönebidrg'",
    );
  });

  it.each<[ExcelJS.CellValue, string | undefined, string]>([
    [null, undefined, ''],
    [42, undefined, '42'],
    [0.1 + 0.2, undefined, '0.3'],
    [0.375, '0.0%', '37.5 %'],
    [true, undefined, 'TRUE'],
    [new Date(Date.UTC(2024, 0, 31)), undefined, '2024-01-31'],
    [{ text: 'länk', hyperlink: 'https://example.org' }, undefined, 'länk'],
    [{ error: '#N/A' }, undefined, '#N/A'],
    [{ formula: 'A1', result: 0.5 }, '0%', '50 %'],
    [{ formula: 'A1' }, undefined, ''],
  ])('turns the cell %j (format %j) into %j', (value, numFmt, text) => {
    expect(cellText(value, numFmt)).toBe(text);
  });

  it('tells an Excel workbook and the old .xls format from text', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0]);
    const text = new TextEncoder().encode('antal;kön');
    expect(looksLikeXlsx('deltagare.csv', zip)).toBe(true);
    expect(looksLikeXlsx('Deltagare.XLSX', text)).toBe(true);
    expect(looksLikeXlsx('deltagare.csv', text)).toBe(false);
    expect(looksLikeXls('gammal.xls', text)).toBe(true);
    expect(looksLikeXls('data.bin', ole)).toBe(true);
    expect(looksLikeXls('deltagare.xlsx', zip)).toBe(false);
  });

  it('refuses a file that is not a workbook with an error, not a hang', async () => {
    await expect(readXlsx(new TextEncoder().encode('antal;kön\n1;K'))).rejects.toThrow();
  });
});

describe('what is an Excel file', () => {
  it('is a zip archive only by all four bytes of its signature (50 4B 03 04)', () => {
    // Text that begins like a zip archive but is not one: each differs in one byte.
    for (const start of [
      [0x00, 0x4b, 0x03, 0x04],
      [0x50, 0x00, 0x03, 0x04],
      [0x50, 0x4b, 0x00, 0x04],
      [0x50, 0x4b, 0x03, 0x00],
    ])
      expect(looksLikeXlsx('deltagare.csv', Uint8Array.from(start)), String(start)).toBe(false);
  });

  it('is an old .xls file only by all four bytes of its signature (D0 CF 11 E0)', () => {
    for (const start of [
      [0x00, 0xcf, 0x11, 0xe0],
      [0xd0, 0x00, 0x11, 0xe0],
      [0xd0, 0xcf, 0x00, 0xe0],
      [0xd0, 0xcf, 0x11, 0x00],
    ])
      expect(looksLikeXls('data.bin', Uint8Array.from(start)), String(start)).toBe(false);
  });

  it('goes by the name’s last extension: "deltagare.xlsx.csv" is text', () => {
    expect(looksLikeXlsx('deltagare.xlsx.csv', new TextEncoder().encode('antal;kön'))).toBe(false);
  });
});

describe('a cell’s text', () => {
  it.each<[string, ExcelJS.CellValue, string | undefined, string]>([
    ['no value at all', undefined, undefined, ''],
    ['a number that is not finite', Number.NaN, undefined, ''],
    ['an infinite number', Number.POSITIVE_INFINITY, undefined, ''],
    ['a number in a format without %', 0.5, '0.00', '0.5'],
    ['false', false, undefined, 'FALSE'],
    ['a date that is not one', new Date(Number.NaN), undefined, ''],
    ['a shared formula', { sharedFormula: 'A2', result: 7 }, undefined, '7'],
    ['a value of a kind not known', {} as ExcelJS.CellValue, undefined, ''],
  ])('of %s', (_, value, numFmt, text) => {
    expect(cellText(value, numFmt)).toBe(text);
  });

  it('is cut at 10 000 characters, plain or rich', () => {
    const long = 'x'.repeat(10_005);
    expect(cellText(long)).toBe('x'.repeat(10_000));
    const rich = { richText: [{ text: 'x'.repeat(6000) }, { text: 'y'.repeat(6000) }] };
    expect(cellText(rich)).toBe('x'.repeat(6000) + 'y'.repeat(4000));
  });
});

describe('a sheet’s rows', () => {
  async function read(fill: (wb: ExcelJS.Workbook) => void) {
    const wb = new ExcelJS.Workbook();
    fill(wb);
    return readXlsx(await wb.xlsx.writeBuffer());
  }

  it('begin at row 1 when the header is there', async () => {
    const [sheet] = await read((wb) => {
      const ws = wb.addWorksheet('Blad1');
      ws.getRow(1).values = ['Antal', 'Kön'];
      ws.getRow(2).values = [1, 'K'];
    });
    expect(sheet).toEqual({
      name: 'Blad1',
      records: [
        ['Antal', 'Kön'],
        ['1', 'K'],
      ],
      firstRow: 1,
    });
  });

  it('leave out rows of spaces before and after, and keep empty cells between as ""', async () => {
    const [sheet] = await read((wb) => {
      const ws = wb.addWorksheet('Blad1');
      ws.getCell('B1').value = '   '; // only spaces: not the header
      ws.getCell('A2').value = 'Antal';
      ws.getCell('C2').value = 'Kön';
      // A coloured cell without a value to the right of the header is no column.
      ws.getCell('E2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getCell('A3').value = 1;
      ws.getCell('C3').value = 'K';
      ws.getCell('A4').value = ' ';
      ws.getCell('D5').value = '  ';
    });
    expect(sheet.records).toEqual([
      ['Antal', '', 'Kön'],
      ['1', '', 'K'],
    ]);
    expect(sheet.firstRow).toBe(2);
  });

  it('are read from the bytes given, also when they are a part of a larger buffer', async () => {
    const book = async (name: string) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet(name).getRow(1).values = ['Antal'];
      return new Uint8Array(await wb.xlsx.writeBuffer());
    };
    const [first, second] = [await book('Första'), await book('Andra')];
    const both = new Uint8Array(first.length + second.length);
    both.set(first);
    both.set(second, first.length);
    const sheets = await readXlsx(both.subarray(0, first.length));
    expect(sheets.map((s) => s.name)).toEqual(['Första']);
  });
});

describe('the sheet to start with', () => {
  const sheet = (name: string, rows: number) => ({
    name,
    records: Array.from({ length: rows }, (_, i) => [`rad ${i + 1}`]),
    firstRow: 1,
  });

  it('is the first with a header and data, else the first with a header, else the first', () => {
    expect(firstSheetWithData([sheet('Rubrik', 1), sheet('Data', 2)])).toBe(1);
    expect(firstSheetWithData([sheet('Tom', 0), sheet('Rubrik', 1), sheet('Rubrik 2', 1)])).toBe(1);
    expect(firstSheetWithData([sheet('Tom', 0), sheet('Tom 2', 0)])).toBe(0);
    expect(firstSheetWithData([])).toBe(0);
  });
});
