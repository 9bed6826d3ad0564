/**
 * The consumer price index (KPI) of the rule data, and the factor that carries
 * kronor from one year's price level to another's.
 */
import { rulesData } from './rules/registry';

/** The consumer price index (KPI, 1980 = 100) of a year, clamped to the years held. */
export function priceIndex(year: number): number {
  const { CPI } = rulesData();
  const years = Object.keys(CPI).map(Number);
  const y = Math.min(Math.max(Math.round(year), Math.min(...years)), Math.max(...years));
  return CPI[y].value;
}

/** Factor that carries kronor of year `from` to the price level of year `to` (KPI). */
export function priceFactor(from: number, to: number): number {
  return from === to ? 1 : priceIndex(to) / priceIndex(from);
}
