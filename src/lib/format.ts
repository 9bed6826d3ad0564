/**
 * Number formatting for tables, charts and the CLI (MODEL.md §7
 * presentation conventions): amounts to the nearest 1 000 kr, millions as
 * "mkr" with one decimal, months as whole numbers, "neg." when a payback is
 * not reached. Swedish formatting by default (1 234 000 kr, 35,9 mkr).
 */
export type Lang = 'sv' | 'en';

const LOCALE: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    cache.set(key, f);
  }
  return f;
}

/** Avoid "-0" after rounding. */
const clean = (x: number) => (Object.is(x, -0) || Math.abs(x) < 1e-9 ? 0 : x);

/** A whole number with the locale's grouping. */
export function formatNumber(x: number, lang: Lang = 'sv', digits = 0): string {
  if (!Number.isFinite(x)) return '–';
  return nf(lang, digits).format(clean(digits === 0 ? Math.round(x) : x));
}

/** Kronor rounded to the nearest `step` (default 1 000): "1 234 000 kr" ("1,234,000 SEK" in English). */
export function formatKr(x: number, lang: Lang = 'sv', step = 1000): string {
  if (!Number.isFinite(x)) return '–';
  return `${formatNumber(Math.round(x / step) * step, lang)} ${lang === 'sv' ? 'kr' : 'SEK'}`;
}

/** Kronor rounded like `formatKr`, without the unit (a table whose caption states it). */
export function formatKrBare(x: number, lang: Lang = 'sv', step = 1000): string {
  if (!Number.isFinite(x)) return '–';
  return formatNumber(Math.round(x / step) * step, lang);
}

/** Millions of kronor with one decimal: "35,9 mkr" ("35.9 MSEK" in English). */
export function formatMkr(x: number, lang: Lang = 'sv'): string {
  if (!Number.isFinite(x)) return '–';
  const v = Math.round(x / 100_000) / 10;
  return `${formatNumber(v, lang, 1)} ${lang === 'sv' ? 'mkr' : 'MSEK'}`;
}

/** Large amounts in mkr, smaller in kr. */
export function formatAmount(x: number, lang: Lang = 'sv'): string {
  return Math.abs(x) >= 10_000_000 ? formatMkr(x, lang) : formatKr(x, lang);
}

/** Payback in months, or "neg." when never reached. */
export function formatMonths(x: number | 'neg' | null | undefined, lang: Lang = 'sv'): string {
  if (x === 'neg') return lang === 'sv' ? 'neg.' : 'not reached';
  if (x === null || x === undefined) return '–';
  return formatNumber(x, lang);
}

/** A share as a percentage: 0.25 → "25 %". */
export function formatPercent(share: number, lang: Lang = 'sv', digits = 0): string {
  if (!Number.isFinite(share)) return '–';
  const s = formatNumber(share * 100, lang, digits);
  return lang === 'sv' ? `${s} %` : `${s}%`;
}

/** A setting's share as a percentage, with one decimal only when it has one: "3,5 %", "60 %". */
export function formatSetting(share: number, lang: Lang = 'sv'): string {
  return formatPercent(share, lang, Math.round(share * 1000) % 10 ? 1 : 0);
}
