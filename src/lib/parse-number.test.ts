/**
 * The number reader: what people paste from reports, spreadsheets and web
 * pages, in Swedish and English, the ambiguous cases decided by the
 * interface language, and a reason in both languages for what cannot be read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberOrNaN, readNumber, type NumberKind } from './parse-number';
import type { Lang } from './format';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const THIN = '\u2009';

const value = (text: string, lang: Lang, kind: NumberKind) => {
  const r = readNumber(text, { lang, kind });
  return r.ok ? r.value : r;
};

describe('readNumber accepts what people paste', () => {
  it.each([
    // Swedish: spaces of every kind between the thousands, decimal comma, kr and mkr.
    ['2 279 000 kr', 'sv', 'amount', 2_279_000],
    ['2 279 000', 'sv', 'amount', 2_279_000],
    [`2${NBSP}279${NBSP}000${NBSP}kr`, 'sv', 'amount', 2_279_000],
    [`2${NNBSP}279${NNBSP}000`, 'sv', 'amount', 2_279_000],
    [`2${THIN}279${THIN}000`, 'sv', 'number', 2_279_000],
    ['2,5 mkr', 'sv', 'amount', 2_500_000],
    ['2,5mkr', 'sv', 'amount', 2_500_000],
    ['1,1 mkr', 'sv', 'amount', 1_100_000],
    ['0,35 Mkr', 'sv', 'amount', 350_000],
    ['1,2 milj. kr', 'sv', 'amount', 1_200_000],
    ['450 tkr', 'sv', 'amount', 450_000],
    ['2 mdkr', 'sv', 'amount', 2_000_000_000],
    ['64 000:-', 'sv', 'amount', 64_000],
    ['kr 64 000', 'sv', 'amount', 64_000],
    ['–1 504 000', 'sv', 'amount', -1_504_000], // en dash
    ['\u22121 504 000', 'sv', 'amount', -1_504_000], // minus sign
    ['-1 504 000 kr', 'sv', 'amount', -1_504_000],
    ['+12', 'sv', 'number', 12],
    ['1 234,5', 'sv', 'number', 1234.5],
    ['0,5', 'sv', 'number', 0.5],
    [',5', 'sv', 'number', 0.5],
    ['12,', 'sv', 'number', 12],
    ['  63  ', 'sv', 'number', 63],
    ['2.279.000', 'sv', 'number', 2_279_000],
    ['1.234,5', 'sv', 'number', 1234.5],
    ['37,5 %', 'sv', 'percent', 37.5],
    ['37,5%', 'sv', 'percent', 37.5],
    ['25', 'sv', 'percent', 25],
    ['1e3', 'sv', 'number', 1000],
    // English: comma thousands, decimal point, SEK before or MSEK after, m for million.
    ['2,279,000', 'en', 'amount', 2_279_000],
    ['SEK 2,279,000', 'en', 'amount', 2_279_000],
    ['SEK 2.5m', 'en', 'amount', 2_500_000],
    ['SEK -2.5m', 'en', 'amount', -2_500_000],
    ['-SEK 2.5m', 'en', 'amount', -2_500_000],
    ['2.5 MSEK', 'en', 'amount', 2_500_000],
    ['2.5 million', 'en', 'amount', 2_500_000],
    ['25k', 'en', 'amount', 25_000],
    ['1,234.5', 'en', 'number', 1234.5],
    ['0.5', 'en', 'number', 0.5],
    ['37.5%', 'en', 'percent', 37.5],
    // A Swedish number pasted into the English interface, and the other way round.
    ['1 234,5', 'en', 'number', 1234.5],
    ['2 279 000 kr', 'en', 'amount', 2_279_000],
    ['2,279,000', 'sv', 'amount', 2_279_000],
    ['1,234.5', 'sv', 'number', 1234.5],
  ] as const)('%j (%s, %s) → %d', (text, lang, kind, want) => {
    expect(value(text, lang, kind)).toBe(want);
  });
});

describe('ambiguous input: the interface language decides, and only where it must', () => {
  it.each([
    // One comma before exactly three digits: a decimal comma in Swedish, thousands in English.
    ['1,500', 'sv', 1.5],
    ['1,500', 'en', 1500],
    ['999,999', 'sv', 999.999],
    ['999,999', 'en', 999_999],
    // Not thousands in any language: a leading zero, or not three digits after the comma.
    ['0,500', 'en', 0.5],
    ['1,5', 'en', 1.5],
    ['1,5000', 'en', 1.5],
    ['1234,567', 'en', 1234.567],
    // A single point is always a decimal point, in Swedish too (pasted from English).
    ['1.500', 'sv', 1.5],
    ['1.500', 'en', 1.5],
    // Spaces already group the thousands: the comma after them is the decimal comma.
    ['1 234,567', 'en', 1234.567],
    // Two of the same mark can only be thousands.
    ['1,500,000', 'sv', 1_500_000],
    ['1.500.000', 'en', 1_500_000],
  ] as const)('%j in %s → %d', (text, lang, want) => {
    expect(value(text, lang, 'number')).toBe(want);
  });
});

describe('what cannot be read says why, in both languages', () => {
  const problem = (text: string, kind: NumberKind = 'number', lang: Lang = 'sv') => {
    const r = readNumber(text, { lang, kind });
    if (r.ok || r.empty) throw new Error(`expected a problem for ${text}`);
    return r.problem;
  };

  it.each([
    ['abc', /"abc" är inte ett tal/, /"abc" is not a number/],
    ['--1', /inte ett tal/, /not a number/],
    ['0x10', /inte ett tal/, /not a number/],
    ['Infinity', /inte ett tal/, /not a number/],
    ['12 34', /grupper om tre/, /groups of three/],
    ['4750 000', /grupper om tre/, /groups of three/],
    ['1,2,3', /grupper om tre/, /groups of three/],
    ['1.2.3', /grupper om tre/, /groups of three/],
    ['1,2.5', /grupper om tre/, /groups of three/],
    ['1.234,5,6', /Skiljetecknen/, /separators/],
    ['5 kg', /Okänd enhet "kg"/, /Unknown unit "kg"/],
    ['12abc', /Okänd enhet "abc"/, /Unknown unit "abc"/],
    ['1e999', /för stort/, /too large/],
  ])('%j', (text, svText, enText) => {
    const p = problem(text);
    expect(p.sv).toMatch(svText);
    expect(p.en).toMatch(enText);
  });

  it('a unit that does not belong to the field is named, with an example of what does', () => {
    expect(problem('63 kr', 'number').sv).toBe(
      'Enheten "kr" passar inte här. Skriv bara talet, till exempel 12 eller 1 234.',
    );
    expect(problem('2,5 mkr', 'percent').en).toBe(
      'The unit "mkr" does not belong here. Write the number only, for example 25 or 37.5%.',
    );
    expect(problem('25 %', 'amount').sv).toMatch(/Enheten "%" passar inte här/);
    expect(problem('SEK 25', 'number', 'en').en).toMatch(/The unit "SEK" does not belong here/);
  });

  it('quotes long garbage shortened', () => {
    const p = problem('x'.repeat(100));
    expect(p.sv).toContain(`"${'x'.repeat(40)}…"`);
  });

  it('empty or blank text is empty, not a problem (the field decides whether it is required)', () => {
    for (const text of ['', '   ', NBSP, '\u200b'])
      expect(readNumber(text)).toEqual({ ok: false, empty: true });
    expect(numberOrNaN('')).toBeNaN();
    expect(numberOrNaN('abc')).toBeNaN();
    expect(numberOrNaN('12')).toBe(12);
  });
});

describe('properties', () => {
  it('every integer written the Swedish or English way reads back as itself', () => {
    const sv = new Intl.NumberFormat('sv-SE');
    const en = new Intl.NumberFormat('en-GB');
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(value(sv.format(n), 'sv', 'amount')).toBe(n);
        expect(value(en.format(n), 'en', 'amount')).toBe(n);
        expect(value(`${sv.format(n)} kr`, 'sv', 'amount')).toBe(n);
      }),
    );
  });

  it('two decimals written the Swedish or English way read back as themselves', () => {
    const sv = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2 });
    const en = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (cents) => {
        const x = cents / 100;
        expect(value(sv.format(x), 'sv', 'number')).toBe(x);
        expect(value(en.format(x), 'en', 'number')).toBe(x);
      }),
    );
  });
});
