/**
 * Excel out: the report tables written as .xlsx and read back with ExcelJS
 * hold the engine's numbers as numbers (whole kronor, shares as per cent),
 * the same tables as the CSV export, and the known figures when there are some.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  appraiseKnownCase,
  evaluateScenario,
  exampleScenario,
  parseKnownCase,
  parseScenario,
} from '../../engine';
import { resultsCsvRows } from './results-csv';
import { resultsXlsx, resultsXlsxFilename } from './results-xlsx';

const parsed = parseScenario(exampleScenario());
if (!parsed.ok) throw new Error('the example is invalid');
const result = evaluateScenario(parsed.value);

/** Balder's report figures, society's cost given (MODEL.md §8). */
const balder = (() => {
  const c = parseKnownCase({
    participants: 63,
    societalCost: 2_448_000,
    yearlyRevenue: { samhalle: 2_279_000, kommun: 1_061_000, af: -2_901_000 },
  });
  if (!c.ok) throw new Error('invalid case');
  return appraiseKnownCase(c.value);
})();

async function readBack(bytes: ArrayBuffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return wb;
}

/** The rows under the row whose first cell is `title`, until a blank row. */
function table(ws: ExcelJS.Worksheet, title: string): ExcelJS.Row[] {
  let start = 0;
  ws.eachRow((row, n) => {
    if (!start && row.getCell(1).value === title) start = n;
  });
  expect(start, title).toBeGreaterThan(0);
  const out: ExcelJS.Row[] = [];
  for (let n = start + 1; n <= ws.rowCount && ws.getRow(n).actualCellCount > 0; n++)
    out.push(ws.getRow(n));
  return out;
}

describe('results as .xlsx', () => {
  it('writes Tables 2–4 with numbers as numbers, in whole kronor', async () => {
    const wb = await readBack(await resultsXlsx(result));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tabeller']);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('Nyttokalkyl – resultattabeller');
    expect(ws.getRow(1).font?.bold).toBe(true);
    const rows = table(
      ws,
      'Tabell 2–4. Intäkt, kostnad, lönsamhet och återbetalningstid per aktör',
    );
    expect(rows[0].getCell(2).value).toBe('Intäkt per år (kr)');
    expect(rows[0].font?.bold).toBe(true);
    const society = rows.find((r) => r.getCell(1).value === 'Samhället')!;
    const t = result.total;
    expect(society.getCell(2).value).toBe(Math.round(t.yearlyRevenue.samhalle));
    expect(society.getCell(2).numFmt).toBe('#,##0');
    expect(society.getCell(4).value).toBe(Math.round(t.cost.samhalle));
    const af = rows.find((r) => r.getCell(1).value === 'Arbetsförmedlingen')!;
    expect(af.getCell(9).value).toBe('neg.');
    const individ = rows.find((r) => r.getCell(1).value === 'Deltagarna')!;
    expect(individ.getCell(4).value).toBeNull();

    const potential = table(ws, 'Tabell 1. Samhällsekonomisk potential (per år)');
    const share = potential.find((r) => r.getCell(1).value === 'Andel utnyttjad (%)')!;
    expect(share.getCell(2).value).toBeCloseTo(t.potential.utilisedShare, 3);
    expect(share.getCell(2).numFmt).toBe('0.0%');
  });

  it('holds the same tables as the CSV export, cell for cell', async () => {
    const ws = (await readBack(await resultsXlsx(result, { lang: 'en' }))).worksheets[0];
    expect(ws.name).toBe('Tables');
    const csv = resultsCsvRows(result, 'en');
    csv.forEach((cells, i) => {
      const row = ws.getRow(i + 1);
      cells.forEach((c, j) => {
        const v = row.getCell(j + 1).value;
        if (c === '') expect(v ?? '').toBe('');
        else if (/^-?\d+(\.\d+)?$/.test(c))
          expect(Number(v) * (row.getCell(j + 1).numFmt === '0.0%' ? 100 : 1)).toBeCloseTo(
            Number(c),
            1,
          );
        else expect(v).toBe(c);
      });
    });
  });

  it('adds the known figures, with every actor’s cost from society’s cost', async () => {
    const ws = (
      await readBack(
        await resultsXlsx(result, {
          known: balder,
          knownCostGiven: 'societalCost',
          knownInKeyFigures: true,
        }),
      )
    ).worksheets[0];
    const basis = table(ws, 'Nyttokalkyl – resultattabeller').find(
      (r) => r.getCell(1).value === 'Nyckeltalen visar',
    )!;
    expect(basis.getCell(2).value).toBe('Kända siffror');
    const rows = table(
      ws,
      'Kända siffror: intäkt, kostnad, lönsamhet och återbetalningstid per aktör',
    );
    const kommun = rows.find((r) => r.getCell(1).value === 'Kommun')!;
    // 2 448 000 / 1.2435 × 25 % = 492 159 kr; 1 year 1 061 000 − 492 159 = 568 841; payback 6.
    expect(kommun.getCell(4).value).toBe(492_159);
    expect(kommun.getCell(5).value).toBe(568_841);
    expect(kommun.getCell(7).value).toBe(6);
    const society = rows.find((r) => r.getCell(1).value === 'Samhället')!;
    expect(society.getCell(4).value).toBe(2_448_000);
    expect(society.getCell(7).value).toBe(13);
    expect(rows.find((r) => r.getCell(1).value === 'Region')).toBeUndefined();
  });

  it('writes the known figures alone when there is no participant result', async () => {
    const ws = (await readBack(await resultsXlsx(null, { known: balder, title: 'Balder' })))
      .worksheets[0];
    expect(ws.getRow(2).getCell(2).value).toBe('Balder');
    expect(
      table(ws, 'Kända siffror: intäkt, kostnad, lönsamhet och återbetalningstid per aktör'),
    ).not.toHaveLength(0);
  });

  it('names the file after the scenario', () => {
    expect(resultsXlsxFilename('Exempel (fiktivt)')).toBe(
      'nyttokalkyl-tabeller-exempel-fiktivt.xlsx',
    );
    expect(resultsXlsxFilename('', 'en')).toBe('nyttokalkyl-tables.xlsx');
  });
});
