/**
 * The participant-file door as the import view meets it: a file the user chose is checked for
 * its size, recognised as CSV text, an Excel workbook (.xlsx) or the old .xls format, read, and
 * handed over with its header and first rows, or refused with a problem code and its values
 * (the view words them as importer:file.*). Files are built here: CSV as bytes, workbooks with
 * ExcelJS.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openParticipantFile } from './participant-file';
import { readXlsx } from './xlsx';

const MB = 1024 * 1024;
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A file of `size` bytes that repeat `line` (ASCII), cut to the size. */
function fileOfSize(name: string, size: number, line = 'antal;kon\n'): File {
  return new File([Buffer.alloc(size, line)], name);
}

/** A workbook with the given sheets, each a list of rows (row 1 first), as a file. */
async function workbookFile(name: string, sheets: Record<string, unknown[][]>): Promise<File> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    rows.forEach((values, i) => (ws.getRow(i + 1).values = values as ExcelJS.CellValue[]));
  }
  return new File([await wb.xlsx.writeBuffer()], name);
}

/** A file whose reading fails as a browser's does when the file was moved after it was chosen. */
class VanishedFile extends File {
  constructor(private readonly reason: unknown) {
    super(['antal;kön\n1;K\n'], 'deltagare.csv');
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.reject(this.reason);
  }
}

describe('a CSV file', () => {
  it('is read as text with its encoding, delimiter, header and first rows', async () => {
    let reads = 0;
    const text = 'antal;kön;före;efter\n3;K;ingen;arbete\n2;M;ingen;studier\n';
    const r = await openParticipantFile(new File([utf8(text)], 'deltagare.csv'), () => reads++);
    expect(r).toEqual({
      ok: true,
      value: {
        kind: 'csv',
        text,
        encoding: 'utf-8',
        inspection: {
          delimiter: ';',
          header: ['antal', 'kön', 'före', 'efter'],
          sample: [
            { row: 2, cells: ['3', 'K', 'ingen', 'arbete'] },
            { row: 3, cells: ['2', 'M', 'ingen', 'studier'] },
          ],
          estimatedRows: 2,
        },
      },
    });
    // The view shows "reading …" once the size check is passed.
    expect(reads).toBe(1);
  });

  it('needs no callback for the reading', async () => {
    const r = await openParticipantFile(new File([utf8('antal,kön\n1,K\n')], 'd.csv'));
    expect(r.ok && r.value.kind === 'csv' && r.value.inspection.delimiter).toBe(',');
  });

  it('from Swedish Excel (Windows-1252: "ö" is the single byte 0xF6) is read as such', async () => {
    const bytes = Uint8Array.from([...utf8('antal;k'), 0xf6, ...utf8('n\n1;K\n')]);
    const r = await openParticipantFile(new File([bytes], 'excel.csv'));
    expect(r.ok && r.value.kind === 'csv' && [r.value.encoding, r.value.text]).toEqual([
      'windows-1252',
      'antal;kön\n1;K\n',
    ]);
  });

  it('larger than 50 MB is refused before it is read, with its size and the limit', async () => {
    let reads = 0;
    const r = await openParticipantFile(fileOfSize('stor.csv', 50 * MB + 1), () => reads++);
    expect(r).toEqual({
      ok: false,
      problems: [{ code: 'tooLarge', bytes: 50 * MB + 1, max: 50 * MB }],
    });
    expect(reads).toBe(0);
  });

  it('larger than an Excel file may be (20 MB) is still read: text has the higher limit', async () => {
    const r = await openParticipantFile(fileOfSize('stor.csv', 20 * MB + 1));
    expect(r.ok && r.value.kind === 'csv' && r.value.inspection.header).toEqual(['antal', 'kon']);
  });

  it('without a header, or with only empty column names, is "empty"', async () => {
    for (const text of ['', ';;\n1;2;3\n', '  \n']) {
      const r = await openParticipantFile(new File([utf8(text)], 'tom.csv'));
      expect(r, JSON.stringify(text)).toEqual({ ok: false, problems: [{ code: 'empty' }] });
    }
  });

  it('with one column name left empty has a header', async () => {
    const r = await openParticipantFile(new File([utf8('antal;;kön\n1;x;K\n')], 'd.csv'));
    expect(r.ok && r.value.kind === 'csv' && r.value.inspection.header).toEqual([
      'antal',
      '',
      'kön',
    ]);
  });
});

describe('the old Excel format (.xls)', () => {
  it('is refused by its name or by its first bytes (D0 CF 11 E0), after the size check', async () => {
    let reads = 0;
    const named = await openParticipantFile(
      new File([utf8('antal;kön\n')], 'Deltagare.XLS'),
      () => reads++,
    );
    expect(named).toEqual({ ok: false, problems: [{ code: 'xls' }] });
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const renamed = await openParticipantFile(new File([ole], 'deltagare.csv'), () => reads++);
    expect(renamed).toEqual({ ok: false, problems: [{ code: 'xls' }] });
    expect(reads).toBe(2);
  });
});

describe('an Excel workbook (.xlsx)', () => {
  const rows = [
    ['Antal', 'Kön', 'Före', 'Efter'],
    [3, 'K', 'ingen', 'arbete'],
    [2, 'M', 'ingen', 'studier'],
  ];

  it('is read: its sheets, the first with data chosen, its header and first rows', async () => {
    let reads = 0;
    const file = await workbookFile('deltagare.xlsx', { Anteckningar: [], Deltagare: rows });
    const r = await openParticipantFile(file, () => reads++);
    expect(r).toEqual({
      ok: true,
      value: {
        kind: 'xlsx',
        sheets: [
          { name: 'Anteckningar', records: [], firstRow: 1 },
          {
            name: 'Deltagare',
            records: [
              ['Antal', 'Kön', 'Före', 'Efter'],
              ['3', 'K', 'ingen', 'arbete'],
              ['2', 'M', 'ingen', 'studier'],
            ],
            firstRow: 1,
          },
        ],
        sheetIndex: 1,
        inspection: {
          header: ['Antal', 'Kön', 'Före', 'Efter'],
          sample: [
            { row: 2, cells: ['3', 'K', 'ingen', 'arbete'] },
            { row: 3, cells: ['2', 'M', 'ingen', 'studier'] },
          ],
          estimatedRows: 2,
        },
      },
    });
    expect(reads).toBe(1);
  });

  it('is recognised by its content (a zip archive) whatever its name', async () => {
    const file = await workbookFile('deltagare.csv', { Blad1: rows });
    const r = await openParticipantFile(file);
    expect(r.ok && r.value.kind).toBe('xlsx');
  });

  it('with only a header row is read, with no rows', async () => {
    const r = await openParticipantFile(await workbookFile('d.xlsx', { Blad1: [rows[0]] }));
    expect(r.ok && r.value.kind === 'xlsx' && [r.value.sheetIndex, r.value.inspection]).toEqual([
      0,
      { header: ['Antal', 'Kön', 'Före', 'Efter'], sample: [], estimatedRows: 0 },
    ]);
  });

  it('without any row, or without any sheet, is "xlsxEmpty"', async () => {
    const empty = await openParticipantFile(await workbookFile('tom.xlsx', { Blad1: [] }));
    expect(empty).toEqual({ ok: false, problems: [{ code: 'xlsxEmpty' }] });
    const none = await openParticipantFile(await workbookFile('inga-blad.xlsx', {}));
    expect(none).toEqual({ ok: false, problems: [{ code: 'xlsxEmpty' }] });
  });

  it('larger than 20 MB is refused with its size and the limit; 20 MB itself is read', async () => {
    const over = await openParticipantFile(fileOfSize('stor.xlsx', 20 * MB + 1));
    expect(over).toEqual({
      ok: false,
      problems: [{ code: 'xlsxTooLarge', bytes: 20 * MB + 1, max: 20 * MB }],
    });
    // Exactly at the limit the file is opened: these bytes are text, not a workbook.
    const at = await openParticipantFile(fileOfSize('stor.xlsx', 20 * MB));
    expect(at.ok === false && at.problems.map((p) => p.code)).toEqual(['xlsxUnreadable']);
  });

  it('that cannot be unpacked is "xlsxUnreadable", with the reader’s reason', async () => {
    const bytes = utf8('antal;kön\n1;K\n');
    // The reason is what the workbook reader says of these bytes, passed on unchanged.
    const reason = await readXlsx(bytes).then(
      () => 'read',
      (e: unknown) => (e instanceof Error ? e.message : 'not an Error'),
    );
    expect(reason).not.toBe('read');
    expect(reason).not.toBe('');
    const r = await openParticipantFile(new File([bytes], 'trasig.xlsx'));
    expect(r).toEqual({ ok: false, problems: [{ code: 'xlsxUnreadable', message: reason }] });
  });
});

describe('a file that cannot be read at all', () => {
  it('is "unreadable" with the browser’s reason, never a throw', async () => {
    const gone = new DOMException('The file could not be read.', 'NotReadableError');
    expect(await openParticipantFile(new VanishedFile(gone))).toEqual({
      ok: false,
      problems: [{ code: 'unreadable', message: 'The file could not be read.' }],
    });
  });

  it('gives a reason that is not an Error as text', async () => {
    expect(await openParticipantFile(new VanishedFile('borta'))).toEqual({
      ok: false,
      problems: [{ code: 'unreadable', message: 'borta' }],
    });
  });
});
