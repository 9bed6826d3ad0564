/**
 * A year's parameters (param-defs.ts): the rule year a cohort takes, cost
 * items carried by KPI from the year of their source, ranges scaled from
 * 2025's to the year's value, and the newest year's defaults. Values worked
 * by hand from the rule data (rules/data/cost-items.ts, indices.ts) and the
 * 2025 ranges (param-meta.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  PARAMETER_DEFS,
  changedParams,
  defaultParamValues,
  paramDefsFor,
  ruleYearOf,
} from './param-defs';
import { PARAM_IDS } from './param-meta';
import { COST_ITEMS } from './rules/data/cost-items';

describe('ruleYearOf', () => {
  it.each([
    [undefined, 2026],
    [Number.NaN, 2026],
    [Infinity, 2026],
    [-Infinity, 2026],
    [2010, 2016],
    [2015.6, 2016],
    [2016, 2016],
    [2017, 2017],
    [2019.4, 2019],
    [2025, 2025],
    [2026, 2026],
    [2027, 2026],
    [2040, 2026],
  ])('a cohort of %s takes the rules of %s', (year, rules) => {
    expect(ruleYearOf(year)).toBe(rules);
  });
});

describe('paramDefsFor', () => {
  it('carries an indexed cost item by KPI from the year of its source, saying how', () => {
    // Komvux, 49 400 kr in 2018 (SCB/Skolverket); KPI 2018 = 328.40, 2020 = 335.92:
    // 49 400 × 335.92 / 328.40 = 50 531.2 → 50 531.
    const d = paramDefsFor(2020).educationCostKomvux;
    expect(d.value).toBe(50531);
    expect(d.note).toBe('49400 (2018) × KPI 2020/2018 (1.0229) = 50531.');
    // Other benefits, 150 000 kr in 2025; KPI 2024 = 415.15, 2025 = 418.0:
    // 150 000 × 415.15 / 418 = 148 977.3 → 148 977, the item's own note after.
    const o = paramDefsFor(2024).otherBenefitPerYear;
    expect(o.value).toBe(148977);
    expect(o.note).toBe(
      `150000 (2025) × KPI 2024/2025 (0.9932) = 148977. ${COST_ITEMS.otherBenefitPerYear.note}`,
    );
  });

  it('keeps a cost item as it stands in the year of its source, or when it is not indexed', () => {
    const komvux = paramDefsFor(2018).educationCostKomvux;
    expect(komvux.value).toBe(49400);
    expect(komvux.note).toBeUndefined();
    expect('note' in komvux).toBe(false);
    const other = paramDefsFor(2025).otherBenefitPerYear;
    expect(other.value).toBe(150000);
    expect(other.note).toBe(COST_ITEMS.otherBenefitPerYear.note);
    // The default subsidy share (80 %, not indexed) is the same in every year, note and all.
    for (const y of [2016, 2021, 2026]) {
      const s = paramDefsFor(y).defaultSubsidyShare;
      expect(s.value).toBe(0.8);
      expect(s.note).toBe(COST_ITEMS.defaultSubsidyShare.note);
    }
  });

  it('scales the 2025 range by the year’s value against 2025’s middle', () => {
    // Komvux 2025 range 45 000 – 60 000 – 75 000; in 2018 the value is 49 400,
    // so the range is 45 000 × 49 400 / 60 000 = 37 050 to 75 000 × 49 400 / 60 000 = 61 750.
    const d = paramDefsFor(2018).educationCostKomvux;
    expect(d.low).toBeCloseTo(37050, 6);
    expect(d.high).toBeCloseTo(61750, 6);
    expect(d.unit).toBe('krPerYear');
    expect(d.group).toBe('education');
    // A share (range 0.2 – 0.8 – 0.8, value 0.8): the range as given.
    const s = paramDefsFor(2020).defaultSubsidyShare;
    expect([s.low, s.high]).toEqual([0.2, 0.8]);
    expect(s.unit).toBe('share');
  });

  it('marks estimates as such and the rest as not', () => {
    const d = paramDefsFor(2020);
    expect(d.defaultSubsidyShare.estimate).toBe(true);
    expect(d.employerContributionRate.estimate).toBe(false);
  });

  it('builds a year once', () => {
    expect(paramDefsFor(2019)).toBe(paramDefsFor(2019));
    expect(paramDefsFor(2019.2)).toBe(paramDefsFor(2019));
  });

  it('keeps every value inside its range', () => {
    for (const y of [2016, 2020, 2026]) {
      const defs = paramDefsFor(y);
      for (const id of PARAM_IDS) {
        expect(defs[id].low).toBeLessThanOrEqual(defs[id].value);
        expect(defs[id].high).toBeGreaterThanOrEqual(defs[id].value);
      }
    }
  });
});

describe('PARAMETER_DEFS', () => {
  it('is the newest year’s parameters, whole and one by one', () => {
    const newest = paramDefsFor(2026);
    expect(Object.keys(PARAMETER_DEFS)).toEqual(PARAM_IDS);
    expect(Object.entries(PARAMETER_DEFS)).toEqual(Object.entries(newest));
    expect({ ...PARAMETER_DEFS }).toEqual(newest);
    expect(PARAMETER_DEFS.educationCostKomvux).toBe(newest.educationCostKomvux);
    expect('educationCostKomvux' in PARAMETER_DEFS).toBe(true);
    expect('nonsense' in PARAMETER_DEFS).toBe(false);
    expect(Object.getOwnPropertyDescriptor(PARAMETER_DEFS, 'nonsense')).toBeUndefined();
  });
});

describe('changedParams', () => {
  it('lists the values that differ from the year’s defaults', () => {
    const values = defaultParamValues(2020);
    expect(changedParams(values, 2020)).toEqual([]);
    values.educationCostKomvux = 1;
    values.defaultSubsidyShare = 0.5;
    expect(changedParams(values, 2020)).toEqual(
      ['defaultSubsidyShare', 'educationCostKomvux'].sort(
        (a, b) => PARAM_IDS.indexOf(a as never) - PARAM_IDS.indexOf(b as never),
      ),
    );
  });
});
