/**
 * The portfolio's spreadsheet tables: the engine's figures in whole kronor
 * (the total row is the engine's total, not a sum made here), the KPI factor
 * with its decimals, a deleted version listed as such, a name that would
 * start a formula defused, Swedish and English number formats, and the Excel
 * workbook storing numbers as numbers.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  evaluateMember,
  exampleScenario,
  portfolioTotals,
  type PortfolioResult,
} from '../../engine';
import { loadExcelJs } from '../xlsx/excel-library';
import {
  portfolioCsv,
  portfolioFilename,
  portfolioTables,
  portfolioXlsx,
} from './portfolio-tables';

function portfolio(): PortfolioResult {
  const doc = (year: number) => {
    const s = exampleScenario();
    s.cohorts.forEach((c) => (c.year = year));
    return JSON.parse(JSON.stringify(s)) as unknown;
  };
  return portfolioTotals([
    { key: 'a', label: '=Balder 2017', evaluation: evaluateMember(doc(2017)) },
    { key: 'b', label: 'Balder 2024', evaluation: evaluateMember(doc(2024)) },
    { key: 'gone', label: 'Borttagen', evaluation: null },
  ]);
}

const parse = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter }).data;

describe('portfolio tables', () => {
  const result = portfolio();
  const t = result.totals!;

  it('writes the engine’s totals and each version, Swedish format', () => {
    const rows = parse(portfolioCsv(result, 'Förbundet', 'sv'), ';');
    expect(rows[0][0]).toBe('Nyttokalkyl – portfölj');
    expect(rows.find((r) => r[0] === 'Prisår')?.[1]).toBe('2024');
    const header = rows.findIndex((r) => r[0] === 'Version' && r[1] === 'Status');
    const col = (name: string) => rows[header].indexOf(name);
    const member = (label: string) => rows.slice(header).find((r) => r[0] === label)!;
    // The formula-like name gets an apostrophe; its KPI factor 415.15 / 322.11 has four decimals.
    const a = member("'=Balder 2017");
    expect(a[col('KPI-faktor')]).toBe('1,2888');
    expect(a[col('Status')]).toBe('ingår');
    expect(member('Borttagen')[col('Status')]).toBe('borttagen');
    const total = member('Portföljen');
    expect(total[col('Kostnad')]).toBe(String(Math.round(t.cost.samhalle)));
    expect(total[col('Deltagare')]).toBe(String(t.participants));
    expect(total[col('Återbetalningstid (mån)')]).toBe(String(t.paybackMonths.samhalle));
    // The financiers and the three rankings follow.
    expect(rows.some((r) => r[0] === 'Varje finansiärs del')).toBe(true);
    expect(rows.filter((r) => r[0]?.startsWith('Rangordning:'))).toHaveLength(3);
  });

  it('writes English with commas and decimal points', () => {
    const rows = parse(portfolioCsv(result, 'The association', 'en'), ',');
    expect(rows.find((r) => r[0] === 'Price year')?.[1]).toBe('2024');
    const header = rows.findIndex((r) => r[0] === 'Version' && r[1] === 'Status');
    const factor = rows[header].indexOf('CPI factor');
    expect(rows.find((r) => r[0] === "'=Balder 2017")?.[factor]).toBe('1.2888');
    expect(portfolioFilename('Förbundet 2017–2024', 'csv', 'sv')).toBe(
      'nyttokalkyl-portfolj-forbundet-2017-2024.csv',
    );
  });

  it('lists every version per actor, one row each', () => {
    const rows = portfolioTables(result, 'P', 'sv');
    const start = rows.findIndex((r) => r.cells[0] === 'Versionerna per aktör');
    const data = rows.slice(start + 2).filter((r) => r.kind === 'data');
    // Two valued versions × eight perspectives, up to the next table.
    expect(data.slice(0, 16).every((r) => r.cells[0] !== 'Borttagen')).toBe(true);
    expect(data.slice(0, 16).map((r) => r.cells[1])).toContain('Kommun');
  });

  it('stores numbers as numbers in the Excel workbook', async () => {
    const bytes = await portfolioXlsx(result, 'P', 'sv');
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    const ws = wb.worksheets[0];
    let totalCost: unknown;
    let costCol = 0;
    ws.eachRow((row) => {
      const values = row.values as unknown[];
      if (values[1] === 'Version' && values[2] === 'Status') costCol = values.indexOf('Kostnad');
      if (values[1] === 'Portföljen' && costCol) totalCost = values[costCol];
    });
    expect(totalCost).toBe(Math.round(t.cost.samhalle));
  });
});
