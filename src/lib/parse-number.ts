/**
 * The one reader of numbers that people type or paste into the app's fields.
 * It accepts what a report, a spreadsheet or a web page gives: "2 279 000 kr",
 * "2,5 mkr", "–1 504 000" (en dash or U+2212 as minus), "1 234,5" with
 * ordinary, non-breaking or narrow no-break spaces between the thousands,
 * "37,5 %" in a percent field; and in English "2,279,000", "SEK 2.5m",
 * "2.5 MSEK", "1,234.5". What it cannot read comes back with a reason in
 * Swedish and English, never as a silent 0.
 *
 * The rules, in order:
 * - A sign (-, +, −, –, —) and a currency (kr, SEK) may lead, in either order.
 * - Spaces of every kind, apostrophes and underscores group thousands; a
 *   grouped number has groups of exactly three digits after the first.
 * - With both a comma and a point, the last one is the decimal separator.
 *   Several of the same mark are thousands separators ("2.279.000").
 * - One mark alone is a decimal separator, except a comma followed by exactly
 *   three digits after one to three digits ("1,500"): thousands in English,
 *   a decimal comma in Swedish. A single point is always a decimal point.
 * - After the number, an amount field takes kr/SEK and the multipliers
 *   t/k/tkr (thousand), m/mn/mkr/MSEK (million) and md/mdkr/bn (billion); a
 *   percent field takes "%". Anything else is an unknown unit.
 */
import type { Lang } from './format';
import { numbers as sv } from './i18n/sv/numbers';
import { numbers as en } from './i18n/en/numbers';

/** What a field holds: the units it accepts follow from it. */
export type NumberKind = 'number' | 'amount' | 'percent';

export interface ReadNumberOptions {
  /** The interface language: decides "1,500" (1.5 in Swedish, 1 500 in English). */
  lang?: Lang;
  kind?: NumberKind;
}

/** A message in both languages. */
export interface NumberProblem {
  sv: string;
  en: string;
}

export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; empty: true }
  | { ok: false; empty: false; problem: NumberProblem };

const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SIGN = /^([-+\u2212\u2012\u2013\u2014\ufe63\uff0d])\s*/;
const PLUS = /^[+]$/;
const CURRENCY_PREFIX = /^(sek|kr)\.?\s*/i;
/** The number itself: digits with separators, or a bare decimal like ",5". */
const BODY = /^[\d.,'_ ]*\d[.,]?|^[.,]\d+/;
const EXPONENT = /^e([-+]?\d{1,4})/i;

/** Units after an amount, by the power of ten they multiply with. */
const AMOUNT_UNITS = new Map<string, number>();
const unitWords: [number, string[]][] = [
  [0, ['kr', 'sek', 'kronor', 'krona', ':-', 'kr:-']],
  [3, ['t', 'k', 'tkr', 'tsek', 'ksek', 'tusen', 'tusenkr', 'tusenkronor', 'thousand']],
  [
    6,
    [
      'm',
      'mn',
      'mkr',
      'mnkr',
      'msek',
      'mnsek',
      'mln',
      'milj',
      'miljkr',
      'miljon',
      'miljoner',
      'miljonerkr',
      'miljonerkronor',
      'million',
      'millions',
      'millionsek',
    ],
  ],
  [9, ['md', 'mdkr', 'mdr', 'mdsek', 'miljard', 'miljarder', 'bn', 'bnsek', 'billion']],
];
for (const [power, words] of unitWords) for (const w of words) AMOUNT_UNITS.set(w, power);
const PERCENT_UNITS = new Set(['%', 'procent', 'percent', 'pct']);

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, k: string) =>
    Object.hasOwn(values, k) ? values[k] : whole,
  );
}

function problem(
  key: 'notANumber' | 'grouping' | 'separators' | 'unknownUnit' | 'unitNotHere' | 'tooLarge',
  kind: NumberKind,
  values: Record<string, string>,
): NumberReading {
  return {
    ok: false,
    empty: false,
    problem: {
      sv: fill(sv[key], { ...values, example: sv.examples[kind] }),
      en: fill(en[key], { ...values, example: en.examples[kind] }),
    },
  };
}

/** What the user wrote, short enough to quote in a message. */
const quoted = (text: string) => {
  const t = text.trim().replace(SPACES, ' ');
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
};

const count = (s: string, ch: string) => s.split(ch).length - 1;

/**
 * Read a number from what a user typed or pasted (see the module comment for
 * the rules). A percent field gives the number as written: "37,5 %" → 37.5.
 */
export function readNumber(text: string, options: ReadNumberOptions = {}): NumberReading {
  const lang = options.lang ?? 'sv';
  const kind = options.kind ?? 'number';
  const shown = quoted(text);
  const fail = (key: Parameters<typeof problem>[0], extra: Record<string, string> = {}) =>
    problem(key, kind, { text: shown, ...extra });

  let s = text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  if (s === '') return { ok: false, empty: true };

  // A sign and a currency may come first, in either order: "-2,5 mkr", "SEK -2.5m".
  let negative = false;
  let signs = 0;
  let currency: string | null = null;
  for (let i = 0; i < 2; i++) {
    const sign = SIGN.exec(s);
    if (sign) {
      if (++signs > 1) return fail('notANumber');
      negative = !PLUS.test(sign[1]);
      s = s.slice(sign[0].length);
    }
    const cur = CURRENCY_PREFIX.exec(s);
    // "kr" begins "kronor" too: a currency only when a number (or its sign) follows.
    if (cur && currency === null && !/^[a-zåäö]/i.test(s.slice(cur[0].length))) {
      currency = cur[1];
      s = s.slice(cur[0].length);
    }
  }

  const bodyMatch = BODY.exec(s);
  if (!bodyMatch) return fail('notANumber');
  const body = bodyMatch[0].trim().replace(/['_ ]+/g, ' ');
  let rest = s.slice(bodyMatch[0].length).trim();
  let exponent = 0;
  const exp = EXPONENT.exec(rest);
  if (exp) {
    exponent = Number(exp[1]);
    rest = rest.slice(exp[0].length).trim();
  }

  // What follows the number: a unit, or nothing.
  let power = 0;
  if (rest !== '' || currency !== null) {
    if (/\d/.test(rest)) return fail('notANumber');
    const unit = rest.toLowerCase().replace(/[\s.]/g, '');
    const shownUnit = rest || (currency ?? '');
    if (PERCENT_UNITS.has(unit)) {
      if (kind !== 'percent' || currency !== null) return fail('unitNotHere', { unit: shownUnit });
    } else if (unit === '' || AMOUNT_UNITS.has(unit)) {
      if (kind !== 'amount') return fail('unitNotHere', { unit: currency ?? shownUnit });
      power = unit === '' ? 0 : (AMOUNT_UNITS.get(unit) ?? 0);
    } else if (/^[a-zåäöé%:\-/]+$/i.test(unit)) {
      return fail('unknownUnit', { unit: rest });
    } else return fail('notANumber');
  }

  // Which mark is the decimal separator, and which groups thousands.
  const commas = count(body, ',');
  const points = count(body, '.');
  let decimal: ',' | '.' | null = null;
  if (commas && points) {
    decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    if (count(body, decimal) > 1) return fail('separators');
  } else if (commas === 1 || points === 1) {
    const mark = commas ? ',' : '.';
    const [whole, fraction] = body.split(mark);
    const thousandsLike = /^[1-9]\d{0,2}$/.test(whole) && /^\d{3}$/.test(fraction);
    decimal = mark === ',' && thousandsLike && lang === 'en' ? null : mark;
  }

  const at = decimal === null ? -1 : body.lastIndexOf(decimal);
  const whole = at < 0 ? body : body.slice(0, at);
  const fraction = at < 0 ? '' : body.slice(at + 1);
  if (!/^\d*$/.test(fraction)) return fail('separators');
  const groups = whole.split(/[ .,]/);
  if (
    groups.length > 1 &&
    !(/^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g)))
  )
    return fail('grouping');
  const digits = groups.join('');
  if (digits === '' && fraction === '') return fail('notANumber');

  // Shift the decimal point in the text, so "1,1 mkr" is 1 100 000 exactly.
  const value = Number(`${digits || '0'}.${fraction || '0'}e${exponent + power}`);
  if (!Number.isFinite(value)) return fail('tooLarge');
  const signed = negative ? -value : value;
  return { ok: true, value: Object.is(signed, -0) ? 0 : signed };
}

/** The number, or NaN when it cannot be read or is empty: for validation to catch. */
export function numberOrNaN(text: string, options: ReadNumberOptions = {}): number {
  const r = readNumber(text, options);
  return r.ok ? r.value : NaN;
}
