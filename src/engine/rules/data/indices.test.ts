import { describe, expect, it } from 'vitest';
import { RULE_YEARS } from '../types';
import type { RuleValue } from '../types';
import { AVERAGE_MONTHLY_WAGE, CPI, MEDIAN_MONTHLY_WAGE } from './indices';

const CPI_YEARS = [2015, ...RULE_YEARS];

const series: [string, Record<number, RuleValue>, readonly number[]][] = [
  ['CPI', CPI, CPI_YEARS],
  ['MEDIAN_MONTHLY_WAGE', MEDIAN_MONTHLY_WAGE, RULE_YEARS],
  ['AVERAGE_MONTHLY_WAGE', AVERAGE_MONTHLY_WAGE, RULE_YEARS],
];

describe.each(series)('%s', (_name, table, years) => {
  it('holds every year, and no other', () => {
    expect(Object.keys(table).map(Number)).toEqual([...years]);
  });

  it('holds positive, finite values with a source', () => {
    for (const y of years) {
      const v = table[y];
      expect(Number.isFinite(v.value) && v.value > 0).toBe(true);
      expect(v.source.publisher.length).toBeGreaterThan(0);
      expect(v.source.document.length).toBeGreaterThan(0);
    }
  });

  it('gives every estimate a note saying how it was reached', () => {
    for (const y of years) {
      const v = table[y];
      if (v.estimate) expect(v.note?.length ?? 0).toBeGreaterThan(20);
    }
  });

  it('increases every year (the published series does, 2015–2026)', () => {
    for (let i = 1; i < years.length; i++) {
      expect(table[years[i]].value).toBeGreaterThan(table[years[i - 1]].value);
    }
  });
});

describe('CPI: published figures', () => {
  // SCB, "Konsumentprisindex (1980=100), fastställda tal", column Årsmedel.
  it.each([
    [2015, 313.35],
    [2017, 322.11],
    [2020, 335.92],
    [2022, 371.91],
    [2023, 403.7],
  ])('KPI %i = %f (SCB, fastställda tal, årsmedel)', (year, value) => {
    expect(CPI[year].value).toBe(value);
    expect(CPI[year].estimate).toBeFalsy();
  });

  it('has the 2023 average equal to the mean of SCB’s twelve monthly figures', () => {
    // SCB, fastställda tal 2023, January to December.
    const months = [
      391.5, 395.82, 398.08, 399.93, 401.19, 405.49, 405.67, 405.97, 408.05, 409.07, 410.35, 413.34,
    ];
    const mean = months.reduce((s, m) => s + m, 0) / months.length;
    // 403.705 as computed; SCB prints 403.70.
    expect(Math.abs(CPI[2023].value - mean)).toBeLessThanOrEqual(0.006);
  });

  it('marks the years SCB had not confirmed in the sources as estimates', () => {
    for (const y of [2024, 2025, 2026]) expect(CPI[y].estimate).toBe(true);
  });

  it('gives 2022 the inflation SCB reported (KPI yearly average +8.4 %)', () => {
    expect(CPI[2022].value / CPI[2021].value - 1).toBeCloseTo(0.084, 3);
  });
});

describe('wages: published figures', () => {
  it.each([
    // SCB, Sverige i siffror, "Medianlöner i Sverige" (2018).
    [2018, 30_900],
    // Medlingsinstitutet, lönestrukturstatistik 2021 and "Räkna med medianlön…" (2022).
    [2021, 33_200],
    [2022, 34_200],
    // Migrationsverket, 80 % of SCB's median: 2020 32 400, 2023 35 600, 2024 29 680 / 0.8.
    [2020, 32_400],
    [2023, 35_600],
    [2024, 37_100],
  ])('median %i = %i kr', (year, value) => {
    expect(MEDIAN_MONTHLY_WAGE[year as keyof typeof MEDIAN_MONTHLY_WAGE].value).toBe(value);
  });

  it.each([
    // Medlingsinstitutet: 2016 32 800, 2018 34 600, 2021 37 100, 2022 38 300.
    [2016, 32_800],
    [2018, 34_600],
    [2021, 37_100],
    [2022, 38_300],
  ])('average %i = %i kr', (year, value) => {
    expect(AVERAGE_MONTHLY_WAGE[year as keyof typeof AVERAGE_MONTHLY_WAGE].value).toBe(value);
  });

  it('keeps the median below the average every year', () => {
    for (const y of RULE_YEARS) {
      expect(MEDIAN_MONTHLY_WAGE[y].value).toBeLessThan(AVERAGE_MONTHLY_WAGE[y].value);
    }
  });

  it('reproduces Balder’s potential 2017 (598 000 kr per participant) within ±6 %', () => {
    // Full-time production value at the median wage of 2017 (MODEL.md §3 and §7).
    const production = MEDIAN_MONTHLY_WAGE[2017].value * 12 * 1.3142 * 1.2435;
    expect(Math.abs(production / 598_000 - 1)).toBeLessThan(0.06);
  });
});
