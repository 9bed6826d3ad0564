/** Parsing and formatting of typed numbers: Swedish comma, grouping, garbage → NaN. */
import { describe, expect, it } from 'vitest';
import { errorId, formatForInput, parseNumber, sameNumber } from './numbers';

describe('parseNumber', () => {
  it.each([
    ['12', 'sv', 1, 12],
    ['0,5', 'sv', 1, 0.5],
    ['0.5', 'sv', 1, 0.5],
    ['4 750 000', 'sv', 1, 4_750_000],
    ['4\u00a0750\u00a0000', 'sv', 1, 4_750_000],
    ['-2 901 000', 'sv', 1, -2_901_000],
    ['\u22122 901 000', 'sv', 1, -2_901_000],
    ['4,750,000', 'en', 1, 4_750_000],
    ['1,5', 'en', 1, 1.5],
    ['1,500', 'en', 1, 1500],
    ['1,500', 'sv', 1, 1.5],
    ['31,42', 'sv', 100, 0.3142],
    ['25 %', 'sv', 100, 0.25],
    ['100', 'sv', 100, 1],
    ['1e3', 'sv', 1, 1000],
  ] as const)('%s (%s, scale %d) → %d', (text, lang, scale, want) => {
    expect(parseNumber(text, lang, scale)).toBe(want);
  });

  it.each(['abc', '12abc', '1,2,3', '0x10', '1.2.3', '--1', 'Infinity', '1e999'])(
    'garbage %s → NaN',
    (text) => {
      expect(parseNumber(text)).toBeNaN();
    },
  );

  it('empty text gives NaN for a required field and undefined for an optional one', () => {
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('  ')).toBeNaN();
    expect(parseNumber('', 'sv', 1, true)).toBeUndefined();
  });
});

describe('formatForInput', () => {
  it.each([
    [0.5, 'sv', 1, '0,5'],
    [4_750_000, 'sv', 1, '4\u00a0750\u00a0000'],
    [4_750_000, 'en', 1, '4,750,000'],
    [0.3142, 'sv', 100, '31,42'],
    [0.25, 'en', 100, '25'],
    [-2_901_000, 'sv', 1, '-2\u00a0901\u00a0000'],
  ] as const)('%d (%s, scale %d) → %s', (x, lang, scale, want) => {
    expect(formatForInput(x, lang, scale)).toBe(want);
  });

  it('shows nothing for NaN and undefined', () => {
    expect(formatForInput(NaN)).toBe('');
    expect(formatForInput(undefined)).toBe('');
  });

  it('round-trips every share with up to four decimals in both languages', () => {
    for (let i = 0; i <= 10_000; i += 7) {
      const share = i / 10_000;
      for (const lang of ['sv', 'en'] as const)
        expect(parseNumber(formatForInput(share, lang, 100), lang, 100)).toBe(share);
    }
  });
});

describe('helpers', () => {
  it('sameNumber treats NaN as equal to NaN', () => {
    expect(sameNumber(NaN, NaN)).toBe(true);
    expect(sameNumber(undefined, undefined)).toBe(true);
    expect(sameNumber(0, undefined)).toBe(false);
    expect(sameNumber(1, 1)).toBe(true);
  });

  it('errorId makes a valid DOM id from a path', () => {
    expect(errorId('cohorts[0].groups[2].after.income[1].extent')).toBe(
      'err-cohorts-0-groups-2-after-income-1-extent',
    );
  });
});
