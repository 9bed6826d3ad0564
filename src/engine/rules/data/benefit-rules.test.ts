import { describe, expect, it } from 'vitest';
import { RULE_YEARS } from '../types';
import type { RuleYear } from '../types';
import { BENEFIT_RULE_IDS, BENEFIT_RULES, benefitRuleValues } from './benefit-rules';
import type { BenefitRuleId } from './benefit-rules';

const value = (year: RuleYear, id: BenefitRuleId): number => BENEFIT_RULES[year][id].value;

const days = (from: [number, number, number], to: [number, number, number]): number =>
  (Date.UTC(to[0], to[1] - 1, to[2]) - Date.UTC(from[0], from[1] - 1, from[2])) / 86_400_000;

describe('BENEFIT_RULES: shape', () => {
  it('holds every rule year, and no other', () => {
    expect(Object.keys(BENEFIT_RULES).map(Number)).toEqual([...RULE_YEARS]);
  });

  it('holds every id in every year, and no other', () => {
    for (const y of RULE_YEARS) {
      expect(Object.keys(BENEFIT_RULES[y]).sort()).toEqual([...BENEFIT_RULE_IDS].sort());
    }
  });

  it('holds finite values ≥ 0', () => {
    for (const y of RULE_YEARS) {
      for (const id of BENEFIT_RULE_IDS) {
        const v = value(y, id);
        expect(Number.isFinite(v), `${y} ${id}`).toBe(true);
        expect(v, `${y} ${id}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('gives every estimate a note saying how it was reached', () => {
    for (const y of RULE_YEARS) {
      for (const id of BENEFIT_RULE_IDS) {
        const r = BENEFIT_RULES[y][id];
        if (r.estimate) expect(r.note?.length ?? 0, `${y} ${id}`).toBeGreaterThan(20);
      }
    }
  });

  it('names a source for every value, of a year no later than the rule year + 1', () => {
    for (const y of RULE_YEARS) {
      for (const id of BENEFIT_RULE_IDS) {
        const { source } = BENEFIT_RULES[y][id];
        expect(source.publisher.length, `${y} ${id}`).toBeGreaterThan(0);
        expect(source.document.length, `${y} ${id}`).toBeGreaterThan(0);
        expect(source.year, `${y} ${id}`).toBeLessThanOrEqual(y + 1);
        expect(source.year, `${y} ${id}`).toBeGreaterThanOrEqual(2010);
      }
    }
  });

  it('benefitRuleValues gives the plain numbers of a year', () => {
    for (const y of RULE_YEARS) {
      const plain = benefitRuleValues(y);
      expect(Object.keys(plain).sort()).toEqual([...BENEFIT_RULE_IDS].sort());
      for (const id of BENEFIT_RULE_IDS) expect(plain[id]).toBe(value(y, id));
    }
  });
});

describe('BENEFIT_RULES: published figures', () => {
  it('aktivitetsstöd: 223 kr/day until 30 Sept 2025, 365 kr from 1 Oct 2025 (Regeringen, Försäkringskassan)', () => {
    for (const y of RULE_YEARS.filter((y) => y <= 2024)) {
      expect(value(y, 'activitySupportPerYear')).toBe(223 * 260);
    }
    // 2025 as a yearly average by the law's dates: 1 Jan–30 Sept at 223, 1 Oct–31 Dec at 365.
    const before = days([2025, 1, 1], [2025, 10, 1]);
    const after = days([2025, 10, 1], [2026, 1, 1]);
    expect([before, after]).toEqual([273, 92]);
    const expected2025 = ((before * 223 + after * 365) / 365) * 260;
    expect(Math.abs(value(2025, 'activitySupportPerYear') - expected2025)).toBeLessThanOrEqual(0.5);
    expect(value(2026, 'activitySupportPerYear')).toBe(365 * 260);
  });

  it('sjukpenning: 80 % × 0.97 of SGI; the SGI ceiling in prisbasbelopp (Försäkringskassan)', () => {
    for (const y of RULE_YEARS)
      expect(value(y, 'sicknessBenefitShare')).toBeCloseTo(0.8 * 0.97, 12);
    expect(value(2017, 'sicknessBenefitCapPerYear')).toBe(7.5 * 44_800);
    expect(value(2019, 'sicknessBenefitCapPerYear')).toBe(8 * 46_500);
    expect(value(2021, 'sicknessBenefitCapPerYear')).toBe(380_800);
    expect(value(2022, 'sicknessBenefitCapPerYear')).toBe(483_000); // 10 PBB already in 2022
    expect(value(2023, 'sicknessBenefitCapPerYear')).toBe(10 * 52_500);
    // 2018: 7.5 PBB until 30 June, 8 PBB from 1 July.
    const h1 = days([2018, 1, 1], [2018, 7, 1]);
    const expected2018 = (h1 * 341_250 + (365 - h1) * 364_000) / 365;
    expect(Math.abs(value(2018, 'sicknessBenefitCapPerYear') - expected2018)).toBeLessThanOrEqual(
      1,
    );
    // The highest sjukpenning per day as published: ceiling × share / 365.
    const maxPerDay = (y: RuleYear) =>
      Math.round((value(y, 'sicknessBenefitCapPerYear') * value(y, 'sicknessBenefitShare')) / 365);
    expect(maxPerDay(2021)).toBe(810);
    expect(maxPerDay(2022)).toBe(1027);
    expect(maxPerDay(2023)).toBe(1116);
    expect(maxPerDay(2025)).toBe(1250);
  });

  it('sjuk- och aktivitetsersättning, garantinivå (Försäkringskassan)', () => {
    expect(value(2021, 'disabilityPensionPerYear')).toBe(120_428);
    expect(value(2021, 'activityCompensationPerYear')).toBe(113_288);
    expect(value(2022, 'disabilityPensionPerYear')).toBe(134_274);
    expect(value(2022, 'activityCompensationPerYear')).toBe(127_029);
    // Published monthly amounts × 12, within the monthly rounding.
    expect(Math.abs(value(2023, 'disabilityPensionPerYear') - 12_163 * 12)).toBeLessThanOrEqual(12);
    expect(Math.abs(value(2025, 'disabilityPensionPerYear') - 13_622 * 12)).toBeLessThanOrEqual(12);
    expect(Math.abs(value(2025, 'activityCompensationPerYear') - 12_887 * 12)).toBeLessThanOrEqual(
      12,
    );
    // 2016: 2.40 and 2.25 prisbasbelopp (44 300 kr) before the raise of 1 July 2017.
    expect(value(2016, 'disabilityPensionPerYear')).toBe(2.4 * 44_300);
    expect(value(2016, 'activityCompensationPerYear')).toBe(2.25 * 44_300);
  });

  it('a-kassa: 910/365 kr until 12 April 2020, 1 200/510 kr after, 1 236 kr from 4 Aug 2025 (IAF, a-kassorna)', () => {
    for (const y of [2016, 2017, 2018, 2019] as const) {
      expect(value(y, 'unemploymentBenefitMaxPerDay')).toBe(910);
      expect(value(y, 'unemploymentBenefitBasicPerDay')).toBe(365);
    }
    for (const y of [2021, 2022, 2023, 2024] as const) {
      expect(value(y, 'unemploymentBenefitMaxPerDay')).toBe(1200);
      expect(value(y, 'unemploymentBenefitBasicPerDay')).toBe(510);
    }
    const before = days([2020, 1, 1], [2020, 4, 13]);
    expect(value(2020, 'unemploymentBenefitMaxPerDay')).toBeCloseTo(
      (before * 910 + (366 - before) * 1200) / 366,
      1,
    );
    const beforeAug = days([2025, 1, 1], [2025, 8, 4]);
    expect(value(2025, 'unemploymentBenefitMaxPerDay')).toBeCloseTo(
      (beforeAug * 1200 + (365 - beforeAug) * 1236) / 365,
      1,
    );
    expect(value(2026, 'unemploymentBenefitMaxPerDay')).toBe(1236);
    expect(value(2026, 'unemploymentBenefitBasicPerDay')).toBe(0); // no grundbelopp in the 2025 law
  });

  it('CSN studiebidrag per week, full time, × 40 weeks (CSN)', () => {
    const perWeek = (y: RuleYear) => value(y, 'studyGrantPerYear') / 40;
    expect(perWeek(2016)).toBe(704);
    expect(perWeek(2017)).toBe(712);
    expect(perWeek(2018)).toBe((723 + 791) / 2); // spring and autumn term
    expect(perWeek(2019)).toBe(3_236 / 4);
    expect(perWeek(2023)).toBe(913);
    expect(perWeek(2024)).toBe(997);
    expect(perWeek(2025)).toBe(1_023);
  });

  it('utvecklingsersättning: 142 and 48 kr/day in 2017 (Försäkringskassan)', () => {
    expect(value(2017, 'developmentAllowancePerYear')).toBe(142 * 260);
    expect(value(2017, 'developmentAllowanceNoDiplomaPerYear')).toBe(48 * 260);
  });

  it('lönebidrag: ceiling on the gross wage, pro rata for part time (SFS 2017:887, Regeringen)', () => {
    expect(value(2016, 'wageSubsidyCeilingPerMonth')).toBe(16_700);
    expect(value(2018, 'wageSubsidyCeilingPerMonth')).toBe(18_300);
    expect(value(2019, 'wageSubsidyCeilingPerMonth')).toBe((3 * 18_300 + 9 * 19_100) / 12);
    for (const y of [2020, 2021, 2022, 2023, 2024, 2025] as const) {
      expect(value(y, 'wageSubsidyCeilingPerMonth')).toBe(20_000);
    }
    for (const y of RULE_YEARS) {
      expect(value(y, 'wageSubsidyCeilingIncludesContributions')).toBe(0);
      expect(value(y, 'wageSubsidyCeilingProRata')).toBe(1);
    }
  });

  it('nystartsjobb: 22 000 kr from April 2015, 20 000 kr from 1 Nov 2017 (Regeringen, SFS 2017:885)', () => {
    expect(value(2016, 'newStartJobCeilingPerMonth')).toBe(22_000);
    expect(value(2017, 'newStartJobCeilingPerMonth')).toBeCloseTo(
      (10 * 22_000 + 2 * 20_000) / 12,
      0,
    );
    for (const y of [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025] as const) {
      expect(value(y, 'newStartJobCeilingPerMonth')).toBe(20_000);
    }
  });

  it('riksnorm, single adult: personal costs + household costs for one person (Socialstyrelsen, SFS)', () => {
    expect(value(2019, 'riksnormSinglePerMonth')).toBe(3_090 + 990);
    expect(value(2021, 'riksnormSinglePerMonth')).toBe(3_160 + 1_020);
    expect(value(2023, 'riksnormSinglePerMonth')).toBe(3_490 + 1_130);
  });

  it('ekonomiskt bistånd per household and year (Socialstyrelsen via Regionfakta)', () => {
    expect(value(2022, 'socialAssistanceAvgPerHousehold')).toBe(67_020);
    expect(value(2024, 'socialAssistanceAvgPerHousehold')).toBe(75_045);
  });
});

describe('BENEFIT_RULES: the estimates keep one reasoning across years', () => {
  // The 2025 defaults in src/engine/parameters.ts, typed here as stated there.
  const DEFAULTS_2025 = {
    sicknessBenefitPerYear: 110_000,
    unemploymentBenefitPerYear: 130_000,
    socialAssistancePerYear: 125_000,
  } as const;

  it('keeps the 2025 defaults of the parameter set', () => {
    for (const [id, v] of Object.entries(DEFAULTS_2025)) {
      expect(value(2025, id as BenefitRuleId)).toBe(v);
    }
  });

  it('carries the typical sickness benefit by the inkomstbasbelopp (59 300 in 2016, 80 600 in 2025)', () => {
    const expected2016 = (110_000 * 59_300) / 80_600;
    expect(Math.abs(value(2016, 'sicknessBenefitPerYear') - expected2016)).toBeLessThanOrEqual(50);
  });

  it('keeps the typical unemployment benefit between the grundbelopp and the maximum', () => {
    for (const y of RULE_YEARS) {
      const v = value(y, 'unemploymentBenefitPerYear');
      expect(v).toBeGreaterThanOrEqual(value(y, 'unemploymentBenefitBasicPerDay') * 260 - 50);
      expect(v).toBeLessThanOrEqual(value(y, 'unemploymentBenefitMaxPerDay') * 260 + 50);
    }
  });

  it('gives a full-year recipient of social assistance at least twelve months of riksnorm', () => {
    for (const y of RULE_YEARS) {
      expect(value(y, 'socialAssistancePerYear')).toBeGreaterThan(
        12 * value(y, 'riksnormSinglePerMonth'),
      );
    }
  });

  it('never lowers a prisbasbelopp-linked amount from one year to the next', () => {
    const linked: BenefitRuleId[] = [
      'sicknessBenefitCapPerYear',
      'disabilityPensionPerYear',
      'activityCompensationPerYear',
      'studyGrantPerYear',
      'riksnormSinglePerMonth',
    ];
    for (const id of linked) {
      for (let i = 1; i < RULE_YEARS.length; i++) {
        expect(value(RULE_YEARS[i], id), id).toBeGreaterThanOrEqual(value(RULE_YEARS[i - 1], id));
      }
    }
  });
});
