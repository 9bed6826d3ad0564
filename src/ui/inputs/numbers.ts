/**
 * Reading and writing numbers in form fields. Users type Swedish decimals
 * ("0,5", "4 750 000") or English ones ("0.5", "4,750,000"); anything that
 * is not a number becomes NaN so that validation catches it instead of a
 * silent 0. Percent fields show 0–100 but store a share 0–1.
 */
import type { Lang } from '../../lib/format';

const SPACES = /[\s\u00a0\u202f\u2009_']/g;
const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const EN_GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * Parse what a user typed. Empty text gives NaN for a required field and
 * undefined for an `optional` one; garbage gives NaN. A comma is the
 * decimal separator, except in English text grouped by thousands.
 * `scale` divides the number typed (100 for a percent field).
 */
export function parseNumber(
  text: string,
  lang: Lang = 'sv',
  scale = 1,
  optional = false,
): number | undefined {
  let s = text.replace(SPACES, '').replace(/\u2212/g, '-');
  if (s.endsWith('%')) s = s.slice(0, -1);
  if (s === '') return optional ? undefined : NaN;
  if (lang === 'en' && EN_GROUPED.test(s)) s = s.replace(/,/g, '');
  else if ((s.match(/,/g) ?? []).length === 1 && !s.includes('.')) s = s.replace(',', '.');
  if (!PLAIN.test(s)) return NaN;
  const x = Number(s);
  if (!Number.isFinite(x)) return NaN;
  // 31,42 % → 0.3142, not 0.31420000000000003.
  return scale === 1 ? x : Number((x / scale).toPrecision(12));
}

const LOCALE: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * The text a field shows for a stored value: "0,5", "4 750 000"; "" for
 * NaN/undefined. `grouping` false for years and other labels ("2017").
 */
export function formatForInput(
  value: number | undefined | null,
  lang: Lang = 'sv',
  scale = 1,
  grouping = true,
): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '';
  const x = Number((value * scale).toPrecision(12));
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 10, useGrouping: grouping })
    .format(x)
    .replace(/\u2212/g, '-');
}

/** Equal as stored numbers (NaN equals NaN, undefined equals undefined). */
export function sameNumber(a: number | undefined, b: number | undefined): boolean {
  return Object.is(a, b) || a === b;
}

/** A DOM id for the error messages of a validation path. */
export function errorId(path: string, prefix = 'err'): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+$/, '')}`;
}
