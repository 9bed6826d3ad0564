/**
 * What the Tänk om sliders say: a delayed effect (studies → work after two
 * years) is told from the year it starts and over the horizon, never as
 * "+0 kr per år"; an effect beyond the horizon says so; the summary's "from
 * → to" pairs read in one unit. Figures are the Balder report's (MODEL.md §8)
 * and a hand-made delayed step on top of them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n/index.svelte';
import { NO_WHAT_IF, type EvaluationResult } from '../../engine';
import type { SliderFigures } from '../../worker/api';
import { amountPair, signedAmount, sliderEffect, togetherLines } from './what-if-text';

type Segment = EvaluationResult['total'];
const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
const society = (x: number) => ({ samhalle: x }) as Segment['yearlyRevenue'];

// Balder 2017: R = 2 279 000 a year, C = 2 448 000, 5 years 8 946 000, payback 13 months.
const base = {
  yearlyRevenue: society(2_279_000),
  revenueByYear: Array.from({ length: 5 }, () => society(2_279_000)),
  profitHorizon: society(5 * 2_279_000 - 2_448_000),
  paybackMonths: { samhalle: 13 },
} as unknown as Segment;

// Half of those in studies reach work after 2 years: +721 000 kr a year from year 3.
const delayed: SliderFigures = {
  yearlyRevenue: society(2_279_000),
  profitYear1: society(2_279_000 - 2_448_000),
  profitYear5: society(2 * 2_279_000 + 3 * 3_000_000 - 2_448_000),
  profitHorizon: society(2 * 2_279_000 + 3 * 3_000_000 - 2_448_000),
  paybackMonths: { samhalle: 13 } as SliderFigures['paybackMonths'],
  revenueByYear: [2_279_000, 2_279_000, 3_000_000, 3_000_000, 3_000_000],
};
const withDelay = (years: number) => ({
  ...NO_WHAT_IF,
  studiesToWorkShare: 0.5,
  studiesToWorkDelayYears: years,
});

afterEach(() => i18n.set('sv'));

describe('slider effects', () => {
  it('tells studies → work after a delay from the year the work starts and over the horizon', () => {
    const text = sp(sliderEffect('studiesToWorkShare', delayed, base, withDelay(2), 5, 'sv'));
    // 3 000 000 − 2 279 000 = 721 000 kr a year from year 3; 5 years: 8 946 000 → 11 110 000,
    // both in mkr since one reaches ten million.
    expect(text).toBe(
      'Intäkt +721 000 kr per år från år 3 (oförändrad de första 2 åren); lönsamhet efter 5 år 8,9 mkr → 11,1 mkr; återbetalningstid 13 → 13 mån',
    );
    expect(text).not.toMatch(/\+0 kr/);
  });

  it('says when the delayed effect falls outside the horizon', () => {
    const text = sliderEffect('studiesToWorkShare', delayed, base, withDelay(5), 5, 'sv');
    expect(text).toBe(
      'Märks inte inom tidshorisonten på 5 år: arbetet börjar år 6. Förläng tidshorisonten för att se effekten.',
    );
  });

  it('tells an immediate effect as payback and yearly revenue, in both languages', () => {
    // Balder scenario 1: +52 000 kr per participant and year for 63 participants.
    const single: SliderFigures = {
      ...delayed,
      yearlyRevenue: society(2_279_000 + 63 * 52_000),
      revenueByYear: Array(5).fill(2_279_000 + 63 * 52_000),
      paybackMonths: { samhalle: 6 } as SliderFigures['paybackMonths'],
    };
    const key = 'subsidisedToUnsubsidisedShare';
    const w = { ...NO_WHAT_IF, subsidisedToUnsubsidisedShare: 0.5 };
    expect(sp(sliderEffect(key, single, base, w, 5, 'sv'))).toBe(
      'Återbetalningstid 13 → 6 mån; intäkt +3 276 000 kr per år',
    );
    i18n.set('en');
    expect(sliderEffect(key, single, base, w, 5, 'en')).toBe(
      'Payback 13 → 6 months; revenue +3,276,000 SEK per year',
    );
  });

  it('says "Ingen ändring" for a setting at its base', () => {
    expect(sliderEffect('extraFunds', undefined, base, NO_WHAT_IF, 5, 'sv')).toBe('Ingen ändring');
  });

  it('writes a change that rounds to nothing as ±0, never "+0" or "-0"', () => {
    expect(sp(signedAmount(0, 'sv'))).toBe('±0 kr');
    expect(sp(signedAmount(-400, 'sv'))).toBe('±0 kr');
    expect(sp(signedAmount(-1_504_000, 'sv'))).toBe('-1 504 000 kr');
  });
});

describe('the summary of all changes', () => {
  it('shows each key figure without and with the changes, a pair in one unit', () => {
    expect(amountPair(8_946_000, 11_110_000, 'sv').map(sp)).toEqual(['8,9 mkr', '11,1 mkr']);
    expect(amountPair(2_279_000, 2_400_000, 'sv').map(sp)).toEqual([
      '2 279 000 kr',
      '2 400 000 kr',
    ]);
    const result = {
      ...base,
      yearlyRevenue: society(3_000_000),
      profitHorizon: society(11_110_000),
      paybackMonths: { samhalle: 10 },
    } as unknown as Segment;
    const lines = togetherLines(result, base, 5, 'sv').map((l) => ({
      ...l,
      from: sp(l.from),
      to: sp(l.to),
    }));
    expect(lines).toEqual([
      { key: 'payback', label: 'Återbetalningstid', from: '13 mån', to: '10 mån' },
      { key: 'revenue', label: 'Intäkt per år', from: '2 279 000 kr', to: '3 000 000 kr' },
      { key: 'profitH', label: 'Lönsamhet efter 5 år', from: '8,9 mkr', to: '11,1 mkr' },
    ]);
  });
});
