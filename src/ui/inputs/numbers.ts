/**
 * Reading and writing numbers in form fields. Reading is the app's one
 * number reader (lib/parse-number.ts: "2 279 000 kr", "2,5 mkr", "0,5",
 * "4,750,000" in English); anything that is not a number becomes NaN so that
 * validation catches it instead of a silent 0. Percent fields show 0–100 but
 * store a share 0–1.
 */
import { numberFormat, type Lang } from '../../lib/format';
import { readNumber, type NumberKind } from '../../lib/parse-number';

/** The kind of a field from how it is shown: a percent field, an amount in kronor, or a plain number. */
export function kindOf(scale: number, unit: string | undefined): NumberKind {
  if (scale === 100) return 'percent';
  return unit && /\b(kr|SEK)\b/.test(unit) ? 'amount' : 'number';
}

/**
 * Parse what a user typed. Empty text gives NaN for a required field and
 * undefined for an `optional` one; what cannot be read gives NaN.
 * `scale` divides the number typed (100 for a percent field).
 */
export function parseNumber(
  text: string,
  lang: Lang = 'sv',
  scale = 1,
  optional = false,
  kind: NumberKind = scale === 100 ? 'percent' : 'amount',
): number | undefined {
  const r = readNumber(text, { lang, kind });
  if (!r.ok) return r.empty && optional ? undefined : NaN;
  // 31,42 % → 0.3142, not 0.31420000000000003.
  return scale === 1 ? r.value : Number((r.value / scale).toPrecision(12));
}

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
  return numberFormat(lang, { maximumFractionDigits: 10, useGrouping: grouping })
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
