import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultParamValues, PARAMETER_DEFS, PARAM_IDS } from './parameters';
import { stepValue } from './evaluate';
import type { Situation } from './schema';

const fixture = JSON.parse(
  readFileSync(resolve(__dirname, '../../tests/fixtures/published-cases.json'), 'utf8'),
) as { calibration: { step: string; societyPerYear: number; tolerance: number }[] };

const sit = (s: Partial<Situation>): Situation => ({ income: [], resources: [], ...s });

/** The steps of the calibration table, written as before/after situations. */
const STEPS: Record<string, { before: Situation; after: Situation }> = {
  'unemployed without benefits -> full-time unsubsidised work at 25 000 kr/month': {
    before: sit({ income: [{ source: 'arbetssokandeUtanErsattning', extent: 1 }] }),
    after: sit({ income: [{ source: 'osubventioneratArbete', extent: 1, monthlyWage: 25_000 }] }),
  },
  'wage 20 000 -> 25 000 kr/month, full time, unsubsidised': {
    before: sit({ income: [{ source: 'osubventioneratArbete', extent: 1, monthlyWage: 20_000 }] }),
    after: sit({ income: [{ source: 'osubventioneratArbete', extent: 1, monthlyWage: 25_000 }] }),
  },
  // The review states the subsidy as the share of the labour cost paid (80 %), so the step takes
  // the share as given rather than through lönebidrag's ceiling, which would lower it to ≈ 60 %.
  'unemployed -> half-time work with 80 % wage subsidy': {
    before: sit({ income: [{ source: 'arbetssokandeUtanErsattning', extent: 1 }] }),
    after: sit({
      income: [
        { source: 'subventioneratArbete', extent: 0.5, subsidyShare: 0.8, subsidyForm: 'annat' },
      ],
    }),
  },
  '5 fewer primary-care visits per year': {
    before: sit({ resources: [{ item: 'vardcentralBesok', quantity: 5 }] }),
    after: sit({}),
  },
  '3 fewer psychiatric inpatient days per year': {
    before: sit({ resources: [{ item: 'psykiatriVarddygn', quantity: 3 }] }),
    after: sit({}),
  },
};

/**
 * The year whose rules each calibration point is checked with (MODEL.md §8): the RAR Sörmland
 * 2020 review reasoned with the rules of 2019; the care points come from Balder 2017.
 */
const YEAR_OF: Record<string, number> = {
  'unemployed without benefits -> full-time unsubsidised work at 25 000 kr/month': 2019,
  'wage 20 000 -> 25 000 kr/month, full time, unsubsidised': 2019,
  'unemployed -> half-time work with 80 % wage subsidy': 2019,
  '5 fewer primary-care visits per year': 2017,
  '3 fewer psychiatric inpatient days per year': 2017,
};

describe('default parameters land inside the calibration targets (MODEL.md §8)', () => {
  it('covers every calibration step of the reference file', () => {
    expect(Object.keys(STEPS).sort()).toEqual(fixture.calibration.map((c) => c.step).sort());
  });
  for (const c of fixture.calibration) {
    it(`${c.step}: ≈ ${c.societyPerYear} kr/year ± ${c.tolerance * 100} % (rules of ${YEAR_OF[c.step]})`, () => {
      const step = STEPS[c.step];
      const value = stepValue(
        step.before,
        step.after,
        defaultParamValues(YEAR_OF[c.step]),
      ).samhalle;
      expect(Math.abs(value / c.societyPerYear - 1)).toBeLessThanOrEqual(c.tolerance);
    });
  }
});

describe('parameter set', () => {
  it.each(PARAM_IDS)('%s has a source and a range around its value', (id) => {
    const d = PARAMETER_DEFS[id];
    expect(d.source.publisher.length).toBeGreaterThan(1);
    expect(d.source.document.length).toBeGreaterThan(1);
    // Its name in both languages is checked with the texts (src/lib/labels.test.ts).
    expect(d.low).toBeLessThanOrEqual(d.value);
    expect(d.high).toBeGreaterThanOrEqual(d.value);
  });
});
