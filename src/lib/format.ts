/**
 * Number formatting for tables, charts and the CLI (MODEL.md §7
 * presentation conventions): amounts to the nearest 1 000 kr, millions as
 * "mkr" with one decimal, months as whole numbers, "neg." when a payback is
 * not reached. Swedish formatting by default (1 234 000 kr, 35,9 mkr).
 */
import { numbers as svNumbers } from './i18n/sv/numbers';
import { numbers as enNumbers } from './i18n/en/numbers';

export type Lang = 'sv' | 'en';

/**
 * How each language writes a unit after a number ("1 234 kr", "1,234 SEK",
 * "25 %", "25%"): the `numbers` resources, read directly so the CLI can format
 * in Node without the rune-based translator.
 */
const WORDS: Record<Lang, typeof svNumbers.format> = { sv: svNumbers.format, en: enNumbers.format };
const PAYBACK: Record<Lang, typeof svNumbers.payback> = {
  sv: svNumbers.payback,
  en: enNumbers.payback,
};
/** An already formatted number with its unit in `lang`: "25 %" / "25%", "3 kr" / "3 SEK". */
export const withUnit = (lang: Lang, unit: 'kr' | 'mkr' | 'percent', n: string) =>
  WORDS[lang][unit].replace('{{n}}', n);

/** The BCP 47 locale Intl writes numbers and dates with in `lang` ("sv-SE", "en-GB"). */
export const localeOf = (lang: Lang): string => WORDS[lang].locale;

/** A date in the long style of `lang` ("25 november 2026", "25 November 2026"). */
export const formatLongDate = (date: Date, lang: Lang): string =>
  new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long' }).format(date);

/** How that language's spreadsheets separate columns and write the decimal mark. */
export const csvConventions = (lang: Lang) => ({
  delimiter: WORDS[lang].csvDelimiter,
  decimal: WORDS[lang].csvDecimal,
});

const cache = new Map<string, Intl.NumberFormat>();

/**
 * A number formatter for the language, made once per set of options: making
 * an Intl.NumberFormat costs far more than formatting with it, and a page of
 * a group table formats hundreds of numbers.
 */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), options);
    cache.set(key, f);
  }
  return f;
}

const nf = (lang: Lang, digits: number): Intl.NumberFormat =>
  numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });

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
  return withUnit(lang, 'kr', formatNumber(Math.round(x / step) * step, lang));
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
  return withUnit(lang, 'mkr', formatNumber(v, lang, 1));
}

/** Large amounts in mkr, smaller in kr. */
export function formatAmount(x: number, lang: Lang = 'sv'): string {
  return Math.abs(x) >= 10_000_000 ? formatMkr(x, lang) : formatKr(x, lang);
}

/** Payback in months, or "neg." when never reached. */
export function formatMonths(x: number | 'neg' | null | undefined, lang: Lang = 'sv'): string {
  if (x === 'neg') return WORDS[lang].notReached;
  if (x === null || x === undefined) return '–';
  return formatNumber(x, lang);
}

export interface PaybackStyle {
  /** "Nås inte" / "Not reached" as a key figure says it (long), or "neg." / "not reached" (short). */
  notReached?: 'long' | 'short';
  /** "13 mån" / "13 months"; short "13 mån" / "13 mo" where space is tight; long "13 månader". */
  unit?: 'normal' | 'short' | 'long';
}

const PAYBACK_UNIT = { normal: 'months', short: 'monthsShort', long: 'monthsLong' } as const;

/** Months already written as numbers ("7–9", "+3") with the unit of a payback time: "7–9 mån". */
export const withMonths = (
  text: string,
  lang: Lang = 'sv',
  unit: PaybackStyle['unit'] = 'normal',
) => PAYBACK[lang][PAYBACK_UNIT[unit]].replace('{{months}}', text);

/**
 * A payback time with its unit: "13 mån", "Nås inte" or "neg." when it is
 * never reached, "–" when there is none. Every view that writes a payback
 * time in words goes through here; `style` names where they differ.
 */
export function formatPayback(
  x: number | 'neg' | null | undefined,
  lang: Lang = 'sv',
  { notReached = 'long', unit = 'normal' }: PaybackStyle = {},
): string {
  if (x === null || x === undefined) return '–';
  if (x === 'neg') return notReached === 'long' ? PAYBACK[lang].notReached : WORDS[lang].notReached;
  return withMonths(formatNumber(x, lang), lang, unit);
}

/**
 * A parameter's value as a report or a comparison writes it: a share as a
 * percentage with up to two decimals ("31,42 %"), any other value with two
 * decimals only when it has them, then `unit` when there is one
 * ("25 000 kr/mån"). The editors write values for typing instead
 * (src/ui/inputs/param-format.ts).
 */
export function formatParamValue(x: number, share: boolean, lang: Lang = 'sv', unit = ''): string {
  if (share) return formatPercent(x, lang, 2);
  const n = formatNumber(x, lang, Number.isInteger(x) ? 0 : 2);
  return unit ? `${n} ${unit}` : n;
}

/** A share as a percentage: 0.25 → "25 %". */
export function formatPercent(share: number, lang: Lang = 'sv', digits = 0): string {
  if (!Number.isFinite(share)) return '–';
  const s = formatNumber(share * 100, lang, digits);
  return withUnit(lang, 'percent', s);
}

/** A setting's share as a percentage, with one decimal only when it has one: "3,5 %", "60 %". */
export function formatSetting(share: number, lang: Lang = 'sv'): string {
  return formatPercent(share, lang, Math.round(share * 1000) % 10 ? 1 : 0);
}
