import { describe, expect, it } from 'vitest';
import {
  formatPayback,
  formatAmount,
  formatKr,
  formatKrBare,
  formatMkr,
  formatMonths,
  formatPercent,
  formatSetting,
} from './format';

// sv-SE groups with a no-break space and writes minus as U+2212.
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');

describe('sv-SE formatting (MODEL.md §7)', () => {
  it.each([
    [1_234_000, '1 234 000 kr'],
    [2_279_499, '2 279 000 kr'],
    [-169_141, '-169 000 kr'],
    [-400, '0 kr'],
    [Number.NaN, '–'],
  ])('formatKr(%d) = %s', (x, want) => expect(norm(formatKr(x))).toBe(want));

  it.each([
    [35_900_000, '35,9 mkr'],
    [37_650_000, '37,7 mkr'],
    [-1_504_000, '-1,5 mkr'],
  ])('formatMkr(%d) = %s', (x, want) => expect(norm(formatMkr(x))).toBe(want));

  it('writes months and "neg."', () => {
    expect(formatMonths(13)).toBe('13');
    expect(formatMonths('neg')).toBe('neg.');
    expect(formatMonths('neg', 'en')).toBe('not reached');
  });

  it('writes percentages the Swedish way and the English way', () => {
    expect(norm(formatPercent(0.25))).toBe('25 %');
    expect(formatPercent(0.25, 'en')).toBe('25%');
    expect(formatMkr(35_900_000, 'en')).toBe('35.9 MSEK');
  });

  it('writes kronor as SEK in English, like MSEK, and bare in a table that states its unit', () => {
    expect(formatKr(1_234_000, 'en')).toBe('1,234,000 SEK');
    expect(formatAmount(27_946_000, 'en')).toBe('27.9 MSEK');
    expect(formatAmount(2_448_000, 'en')).toBe('2,448,000 SEK');
    expect(norm(formatKrBare(-2_890_499))).toBe('-2 890 000');
    expect(formatKrBare(2_279_499, 'en')).toBe('2,279,000');
  });
});

describe('formatSetting', () => {
  it('shows a decimal only when the share has one', () => {
    expect(formatSetting(0.035, 'sv')).toBe('3,5 %');
    expect(formatSetting(0.6, 'sv')).toBe('60 %');
    expect(formatSetting(0.035, 'en')).toBe('3.5%');
  });
});

describe('formatPayback', () => {
  // The views' former copies, each with the style that now names it.
  it.each([
    [13, {}, '13 mån', '13 months'],
    ['neg', {}, 'Nås inte', 'Not reached'],
    [undefined, {}, '–', '–'],
    [null, {}, '–', '–'],
    ['neg', { notReached: 'short' }, 'neg.', 'not reached'],
    [1234, { notReached: 'short' }, '1 234 mån', '1,234 months'],
    [7, { unit: 'short' }, '7 mån', '7 mo'],
    [7, { unit: 'long' }, '7 månader', '7 months'],
  ] as const)('writes %s with %o', (x, style, sv, en) => {
    expect(norm(formatPayback(x, 'sv', style))).toBe(sv);
    expect(formatPayback(x, 'en', style)).toBe(en);
  });
});
