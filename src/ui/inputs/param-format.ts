/**
 * How a parameter's value and low–high range read on screen: "31,42 %",
 * "25 000 kr/mån", "20 000–30 000 kr/mån". Shared by the parameter table
 * and the uncertainty analyses.
 */
import { PARAMETER_DEFS, type ParamId } from '../../engine';
import { formatNumber, withUnit, type Lang } from '../../lib/format';
import { i18n } from '../../lib/i18n/index.svelte';
import { formatForInput } from './numbers';

export function paramValueText(id: ParamId, x: number, lang: Lang): string {
  const d = PARAMETER_DEFS[id];
  if (d.unit === 'share') return withUnit(lang, 'percent', formatForInput(x, lang, 100));
  if (d.unit === 'pbb' || d.unit === 'flag')
    return `${formatForInput(x, lang)} ${i18n.t(`inputs:units.${d.unit}`)}`;
  return `${formatNumber(x, lang)} ${i18n.t(`inputs:units.${d.unit}`)}`;
}

/**
 * A range's ends are scaled from the value (the uncertainty of a rate, not
 * a rate of the law): shown to at most two decimals of a per cent or of a
 * unit, never "20,6999276062".
 */
const rounded = (x: number, unit: string) =>
  unit === 'share' ? Math.round(x * 10_000) / 10_000 : Math.round(x * 100) / 100;

export function paramRangeText(id: ParamId, lang: Lang, low?: number, high?: number): string {
  const d = PARAMETER_DEFS[id];
  const lo = rounded(low ?? d.low, d.unit);
  const hi = rounded(high ?? d.high, d.unit);
  if (lo === hi) return paramValueText(id, lo, lang);
  const first = d.unit === 'share' ? formatForInput(lo, lang, 100) : formatNumber(lo, lang);
  return `${first}–${paramValueText(id, hi, lang)}`;
}
