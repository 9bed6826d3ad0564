/** A parameter's range as the table shows it: to two decimals, never the raw scaled bounds. */
import { describe, expect, it } from 'vitest';
import { paramRangeText } from './param-format';

const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('paramRangeText', () => {
  it('rounds the ends of a rate’s range to two decimals of a per cent', () => {
    // The 2019 municipal rate's range, scaled from 2025's: 20.6999276062 – 20.7800436363 %.
    expect(sp(paramRangeText('municipalTaxRate', 'sv', 0.206999276062, 0.207800436363))).toBe(
      '20,7–20,78 %',
    );
    expect(paramRangeText('municipalTaxRate', 'en', 0.206999276062, 0.207800436363)).toBe(
      '20.7–20.78%',
    );
  });
});
