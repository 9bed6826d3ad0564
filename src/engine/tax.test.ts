/**
 * The income tax and employer contributions by income year, 2016–2026. Every expected value
 * is either a figure published by Skatteverket or another named source, or worked by hand
 * from the law with the constants of that year (the arithmetic is in the comment above each
 * row; the constants and their sources are in rules/data/tax-rules.ts): grundavdrag IL 63
 * kap. 3 §, state tax 65 kap. 5 §, jobbskatteavdrag 67 kap. 7 §, the reduction for sjuk- och
 * aktivitetsersättning 67 kap. 9 c §, for förvärvsinkomst 67 kap. 46–48 §§, and the temporary
 * reduction for work income of 2021–2022 (prop. 2020/21:200). Local tax rates are SCB's
 * national averages of each year.
 */
import { describe, expect, it } from 'vitest';
import {
  basicAllowance,
  earnedIncomeCredit,
  employerContributionRateFor,
  incomeTax,
  jobTaxCredit,
  sickCompensationCredit,
  temporaryWorkCredit,
} from './tax';
import { TAX_RULE_IDS, TAX_RULES, taxRuleValues } from './rules/data/tax-rules';
import { RULE_YEARS, type RuleYear } from './rules/types';

const rules = (year: RuleYear) => taxRuleValues(year);
const JOB_CREDIT_IDS = TAX_RULE_IDS.filter((id) => id.startsWith('jobTaxCredit'));
const SICK_CREDIT_IDS = TAX_RULE_IDS.filter((id) => id.startsWith('sickCompensationCredit'));
/** Some ids' values of another year, to compare one construction of the law with another. */
const pick = (p: Record<string, number>, ids: readonly string[]) =>
  Object.fromEntries(ids.map((id) => [id, p[id]]));
/** Hand-worked values are given to the öre; allow for that rounding. */
const near = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 1);

describe('the tax rule table', () => {
  it('holds a finite value with a source for every year and every id', () => {
    for (const year of RULE_YEARS) {
      for (const id of TAX_RULE_IDS) {
        const v = TAX_RULES[year][id];
        expect(Number.isFinite(v.value), `${year} ${id}`).toBe(true);
        expect(v.source.publisher.length, `${year} ${id}`).toBeGreaterThan(0);
        expect(v.source.document.length, `${year} ${id}`).toBeGreaterThan(0);
        if (v.estimate) expect(v.note?.length ?? 0, `${year} ${id} note`).toBeGreaterThan(0);
      }
    }
  });
  it('gives the plain numbers of a year', () => {
    const p = rules(2025);
    expect(p.prisbasbelopp).toBe(58_800);
    expect(p.municipalTaxRate + p.regionalTaxRate).toBeCloseTo(0.3241, 6);
  });
  it('has the average local tax rates SCB publishes (kommun + region)', () => {
    // SCB OE0101 totals: 32,10 32,12 32,12 32,19 32,28 32,27 32,24 32,23 32,37 32,41 32,38 (2017
    // and 2018: SCB's rounded parts sum to 32,11 and 32,13).
    const totals: [RuleYear, number][] = [
      [2016, 0.321],
      [2017, 0.3211],
      [2018, 0.3213],
      [2019, 0.3219],
      [2020, 0.3228],
      [2021, 0.3227],
      [2022, 0.3224],
      [2023, 0.3223],
      [2024, 0.3237],
      [2025, 0.3241],
      [2026, 0.3238],
    ];
    for (const [year, total] of totals) {
      const p = rules(year);
      expect(p.municipalTaxRate + p.regionalTaxRate, String(year)).toBeCloseTo(total, 6);
    }
  });
});

describe('grundavdrag (IL 63 kap. 3 §), the same coefficients every year', () => {
  it('gives Skatteverket’s lowest and highest amounts for 2023 (22 300, 40 500; 15 400 at high incomes)', () => {
    // Fortnox, "Guide för inkomstskatt 2023", quoting Skatteverket.
    const pbb = rules(2023).prisbasbelopp;
    expect(basicAllowance(50_000, pbb)).toBe(22_300);
    expect(basicAllowance(150_000, pbb)).toBe(40_500);
    expect(basicAllowance(600_000, pbb)).toBe(15_400);
  });
  it('gives Skatteverket’s lowest and highest amounts for 2025 (24 900, 45 300)', () => {
    const pbb = rules(2025).prisbasbelopp;
    expect(basicAllowance(30_000, pbb)).toBe(24_900);
    expect(basicAllowance(58_000, pbb)).toBe(24_900);
    expect(basicAllowance(170_000, pbb)).toBe(45_300);
  });
  it('reproduces the worked examples of Skatteverket’s SKV 433 for 2026', () => {
    // Teknisk beskrivning SKV 433 2026: 120 000 → 37 400 kr; 324 000 → 31 600 kr.
    const pbb = rules(2026).prisbasbelopp;
    expect(basicAllowance(120_000, pbb)).toBe(37_400);
    expect(basicAllowance(324_000, pbb)).toBe(31_600);
  });
  it('rises by 20 % of the excess between 0.99 and 2.72 PBB (2025, by hand)', () => {
    // 100 000: 0.423 × 58 800 + 0.2 × (100 000 − 0.99 × 58 800) = 33 230.0 → 33 300
    expect(basicAllowance(100_000, rules(2025).prisbasbelopp)).toBe(33_300);
  });
  it('never exceeds the income', () => {
    expect(basicAllowance(10_000, rules(2025).prisbasbelopp)).toBe(10_000);
    expect(basicAllowance(0, rules(2025).prisbasbelopp)).toBe(0);
  });
  it('still rises by 20 % at exactly 2.72 PBB: the highest amount starts above it', () => {
    // The law's band is "överstiger 0,99 men inte 2,72 prisbasbelopp", and 0.423 + 0.2 × 1.73
    // = 0.769 PBB there, a little below the 0.77 PBB of the next band; rounding shows the gap.
    // 2016: 2.72 × 44 300 = 120 496; 0.423 × 44 300 + 0.2 × (120 496 − 43 857) = 18 738.9 +
    // 15 327.8 = 34 066.7 → 34 100 (0.77 × 44 300 = 34 111 would give 34 200).
    expect(basicAllowance(120_496, 44_300)).toBe(34_100);
    // 2023: 2.72 × 52 500 = 142 800; 22 207.5 + 0.2 × (142 800 − 51 975) = 40 372.5 → 40 400,
    // one hundred below Skatteverket's highest amount 40 500 (0.77 × 52 500 = 40 425 → 40 500).
    expect(basicAllowance(142_800, rules(2023).prisbasbelopp)).toBe(40_400);
  });
  it('keeps an amount that is already a whole hundred (rounded up only to the next hundred)', () => {
    // 2025, 100 350: 0.423 × 58 800 + 0.2 × (100 350 − 58 212) = 24 872.4 + 8 427.6 = 33 300
    expect(basicAllowance(100_350, rules(2025).prisbasbelopp)).toBe(33_300);
  });
});

describe('state income tax at the published brytpunkter (skiktgräns + grundavdrag)', () => {
  // Income before grundavdrag at which state tax starts, as published for each year.
  const BREAK_POINTS: [RuleYear, number, string][] = [
    [2016, 443_200, 'adact.se, "Höjd övre skiktgräns"'],
    [2017, 452_100, 'revisi.se, "När betalar man statlig inkomstskatt"'],
    [2018, 468_700, 'maximeradinpension.se, "Skatt på inkomster 2018"'],
    [2020, 523_200, 'redovisning.nu, "Skiktgränser 2020"'],
    [2021, 537_200, 'maximeradinpension.se, "Uppdateringar"'],
    [2022, 554_900, 'maximeradinpension.se, "Uppdateringar"'],
    [2023, 613_900, 'redovisning.nu, "Skiktgränsen 2024"'],
    [2024, 615_300, 'ekonominu.se, brytpunkt 2024'],
    [2025, 643_100, 'bokio.se, "Statlig inkomstskatt 2025"'],
    [2026, 660_400, 'Skatteverket, "Skiktgränser, brytpunkter, prisbasbelopp 2020–2026"'],
  ];
  it.each(BREAK_POINTS)('%i: none at %i kr, 20 % of the next 10 000 kr (%s)', (year, b) => {
    const p = rules(year);
    expect(incomeTax(b, b, p).state).toBeCloseTo(0, 6);
    // Above 7.88 PBB the grundavdrag is flat, so 10 000 kr more income is 10 000 kr more taxable.
    near(incomeTax(b + 10_000, b + 10_000, p).state, 2_000);
  });
  it.each([
    [2016, 638_800, 'adact.se'],
    [2017, 651_700, 'revisi.se'],
    [2018, 675_700, 'maximeradinpension.se'],
  ] as [RuleYear, number, string][])(
    '%i: värnskatt of 5 % above the upper brytpunkt %i kr (%s)',
    (year, upper) => {
      const p = rules(year);
      const income = upper + 10_000;
      // 20 % above the skiktgräns and 5 % more on the 10 000 kr above the upper one.
      const taxable = income - basicAllowance(income, p.prisbasbelopp);
      near(incomeTax(income, income, p).state, 0.2 * (taxable - p.stateIncomeTaxThreshold) + 500);
    },
  );
  it('has no värnskatt from 2020', () => {
    const p = rules(2020);
    const t = incomeTax(1_000_000, 1_000_000, p);
    // 1 000 000 − grundavdrag 13 900 = 986 100; 0.2 × (986 100 − 509 300) = 95 360
    near(t.state, 95_360);
  });
});

describe('jobbskatteavdrag (IL 67 kap. 7 §): published figures', () => {
  it('reproduces Skatteverket’s SKV 433 worked examples for 2026 (KI 32.84 %)', () => {
    const p = rules(2026);
    // 90 000 kr → 11 976 kr; 240 000 kr → 26 083 kr (rounded down to whole kronor).
    expect(Math.floor(jobTaxCredit(90_000, basicAllowance(90_000, 59_200), 0.3284, p))).toBe(
      11_976,
    );
    expect(Math.floor(jobTaxCredit(240_000, basicAllowance(240_000, 59_200), 0.3284, p))).toBe(
      26_083,
    );
  });
  it('2024: at most 3 578 kr/month, rising up to 38 582 kr/month and falling above 64 654 (Ekonomifakta)', () => {
    const p = rules(2024);
    const monthly = (m: number) =>
      jobTaxCredit(12 * m, basicAllowance(12 * m, p.prisbasbelopp), 0.3237, p) / 12;
    expect(Math.round(monthly(50_000))).toBe(3_578);
    expect(monthly(38_582)).toBeGreaterThan(3_577);
    expect(monthly(36_000)).toBeLessThan(3_500);
    expect(Math.round(monthly(64_654))).toBe(3_578);
    expect(monthly(70_000)).toBeLessThan(3_450);
  });
  it('2025: at most 3 941 kr/month at the average local rate 32.41 %, with no phase-out', () => {
    // (2.776 × 58 800 − 17 300) × 0.3241 / 12 = 3 941.3
    const p = rules(2025);
    expect(Math.round(jobTaxCredit(1_000_000, 17_300, 0.3241, p) / 12)).toBe(3_941);
    expect(Math.round(jobTaxCredit(3_000_000, 17_300, 0.3241, p) / 12)).toBe(3_941);
  });
  it('2016: the phase-out takes it all away at about 123 000 kr/month (Björn Lundén)', () => {
    // (2.155 × 44 300 − 13 000) × 0.3210 = 26 471.75; gone when 3 % of the income above
    // 13.54 × 44 300 = 599 822 reaches it: 599 822 + 26 471.75 / 0.03 = 1 482 214 kr ≈ 123 518 kr/month.
    const p = rules(2016);
    expect(jobTaxCredit(123_000 * 12, 13_000, 0.321, p)).toBeGreaterThan(0);
    expect(jobTaxCredit(124_000 * 12, 13_000, 0.321, p)).toBe(0);
  });
  it('2019: the sixth step lowers tax at 30 000 kr/month by about 200 kr/month (tidningenkonsulten.se)', () => {
    // Old and new brackets at 360 000 kr, both at 7.74 PBB: the base grows from
    // 1.584 + 0.111 × (7.742 − 2.94) to 1.703 + 0.128 × (7.742 − 3.24) PBB.
    const p2019 = rules(2019);
    const p2018Brackets = { ...p2019, ...pick(rules(2018), JOB_CREDIT_IDS) };
    const ga = basicAllowance(360_000, p2019.prisbasbelopp);
    const gain =
      jobTaxCredit(360_000, ga, 0.3219, p2019) - jobTaxCredit(360_000, ga, 0.3219, p2018Brackets);
    expect(gain / 12).toBeGreaterThan(180);
    expect(gain / 12).toBeLessThan(220);
  });
  it('counts all of a work income up to 0.91 PBB (2025, by hand)', () => {
    // 50 000 kr ≤ 0.91 × 58 800 = 53 508, so the base is the income itself; grundavdrag
    // 0.423 × 58 800 = 24 872.4 → 24 900: (50 000 − 24 900) × 0.3241 = 8 134.91
    near(jobTaxCredit(50_000, 24_900, 0.3241, rules(2025)), 8_134.91);
  });
  it('2022: at exactly 3.24 PBB the second bracket applies, not the law’s rounded 1.812 PBB', () => {
    // 3.24 × 48 300 = 156 492; grundavdrag 0.77 × 48 300 − 0.1 × (156 492 − 150 213) = 36 563.1
    // → 36 600. Base 0.91 × 48 300 + 38.74 % × (156 492 − 43 953) = 43 953 + 43 597.6086 =
    // 87 550.6086 (the third bracket would start from 1.812 × 48 300 = 87 519.6):
    // (87 550.6086 − 36 600) × 0.3224 = 16 426.48
    near(jobTaxCredit(156_492, 36_600, 0.3224, rules(2022)), 16_426.48);
  });
  it('2026: at exactly 8.08 PBB the third bracket applies, not the flat 3.027 PBB', () => {
    // 8.08 × 59 200 = 478 336; grundavdrag 0.293 × 59 200 = 17 345.6 → 17 400. Base 1.813 ×
    // 59 200 + 25.1 % × (478 336 − 191 808) = 107 329.6 + 71 918.528 = 179 248.128 (the flat
    // base would be 3.027 × 59 200 = 179 198.4): (179 248.128 − 17 400) × 0.3238 = 52 406.42
    near(jobTaxCredit(478_336, 17_400, 0.3238, rules(2026)), 52_406.42);
  });
});

describe('skattereduktion för förvärvsinkomst and the temporary reduction for work income', () => {
  it('is 0.75 % of taxable income above 40 000 kr, at most 1 500 kr (Wiklands: 170 000 → 975 kr)', () => {
    expect(earnedIncomeCredit(170_000, rules(2021))).toBeCloseTo(975, 6);
    expect(earnedIncomeCredit(400_000, rules(2025))).toBe(1_500);
    expect(earnedIncomeCredit(30_000, rules(2025))).toBe(0);
    expect(earnedIncomeCredit(400_000, rules(2020))).toBe(0);
  });
  it('gives the temporary reduction of Björn Lundén’s example (394 000 kr in 2021 → 1 192 kr)', () => {
    // 2 250 − 1.125 % × (394 000 − 300 000) = 1 192.50
    near(temporaryWorkCredit(394_000, rules(2021)), 1_192.5);
    near(temporaryWorkCredit(150_000, rules(2022)), 1_125);
    expect(temporaryWorkCredit(520_000, rules(2021))).toBe(0);
    expect(temporaryWorkCredit(300_000, rules(2023))).toBe(0);
  });
});

type Case = {
  year: RuleYear;
  income: number;
  ga: number;
  jobTaxCredit: number;
  sickCompensationCredit: number;
  incomeCredit: number;
  state: number;
  total: number;
};
type Row = [RuleYear, number, number, number, number, number, number, number];
const rows = (r: Row[]): Case[] =>
  r.map(([year, income, ga, jobTaxCredit, sickCompensationCredit, incomeCredit, state, total]) => ({
    year,
    income,
    ga,
    jobTaxCredit,
    sickCompensationCredit,
    incomeCredit,
    state,
    total,
  }));

// Columns: year, income, grundavdrag, jobbskatteavdrag, reduction for sjuk- och
// aktivitetsersättning, reductions for förvärvsinkomst (+ temporary), state tax, net tax.
const WAGE_CASES: Case[] = rows([
  // 2016, wage 120000 kr/year (PBB 44300; local rate 20.75 + 11.35 %; skiktgräns 430200):
  //   grundavdrag: 0.423 × 44300 + 0.2 × (120000 − 0.99 × 44300) = 33 967.50 → rounded up to 34000
  //   local tax: (120000 − 34000) × (0.2075 + 0.1135) = 86 000 × 0.3210 = 27 606
  //   state tax: 0 (taxable 86 000 ≤ skiktgräns 430200)
  //   jobbskatteavdrag: base 0.91 × 44300 + 0.332 × (120000 − 0.91 × 44300) = 66 769.08; (66 769.08 − 34000) × 0.3210 = 10 518.88
  //   net tax = 27 606 + 0 − 10 518.88 = 17 087.12
  [2016, 120_000, 34_000, 10_518.88, 0, 0, 0, 17_087.12],
  // 2016, wage 240000 kr/year (PBB 44300; local rate 20.75 + 11.35 %; skiktgräns 430200):
  //   grundavdrag: 0.77 × 44300 − 0.1 × (240000 − 3.11 × 44300) = 23 888.30 → rounded up to 23900
  //   local tax: (240000 − 23900) × (0.2075 + 0.1135) = 216 100 × 0.3210 = 69 368.10
  //   state tax: 0 (taxable 216 100 ≤ skiktgräns 430200)
  //   jobbskatteavdrag: base 1.584 × 44300 + 0.111 × (240000 − 2.94 × 44300) = 82 354.34; (82 354.34 − 23900) × 0.3210 = 18 763.84
  //   net tax = 69 368.10 + 0 − 18 763.84 = 50 604.26
  [2016, 240_000, 23_900, 18_763.84, 0, 0, 0, 50_604.26],
  // 2016, wage 300000 kr/year (PBB 44300; local rate 20.75 + 11.35 %; skiktgräns 430200):
  //   grundavdrag: 0.77 × 44300 − 0.1 × (300000 − 3.11 × 44300) = 17 888.30 → rounded up to 17900
  //   local tax: (300000 − 17900) × (0.2075 + 0.1135) = 282 100 × 0.3210 = 90 554.10
  //   state tax: 0 (taxable 282 100 ≤ skiktgräns 430200)
  //   jobbskatteavdrag: base 1.584 × 44300 + 0.111 × (300000 − 2.94 × 44300) = 89 014.34; (89 014.34 − 17900) × 0.3210 = 22 827.70
  //   net tax = 90 554.10 + 0 − 22 827.70 = 67 726.40
  [2016, 300_000, 17_900, 22_827.7, 0, 0, 0, 67_726.4],
  // 2016, wage 480000 kr/year (PBB 44300; local rate 20.75 + 11.35 %; skiktgräns 430200):
  //   grundavdrag: 0.293 × 44300 = 12 979.90 → rounded up to 13000
  //   local tax: (480000 − 13000) × (0.2075 + 0.1135) = 467 000 × 0.3210 = 149 907
  //   state tax: 0.2 × (467 000 − 430200) = 7 360
  //   jobbskatteavdrag: base 2.155 × 44300 = 95 466.50; (95 466.50 − 13000) × 0.3210 = 26 471.75
  //   net tax = 149 907 + 7 360 − 26 471.75 = 130 795.25
  [2016, 480_000, 13_000, 26_471.75, 0, 0, 7_360, 130_795.25],
  // 2017, wage 120000 kr/year (PBB 44800; local rate 20.75 + 11.36 %; skiktgräns 438900):
  //   grundavdrag: 0.423 × 44800 + 0.2 × (120000 − 0.99 × 44800) = 34 080 → rounded up to 34100
  //   local tax: (120000 − 34100) × (0.2075 + 0.1136) = 85 900 × 0.3211 = 27 582.49
  //   state tax: 0 (taxable 85 900 ≤ skiktgräns 438900)
  //   jobbskatteavdrag: base 0.91 × 44800 + 0.332 × (120000 − 0.91 × 44800) = 67 073.02; (67 073.02 − 34100) × 0.3211 = 10 587.64
  //   net tax = 27 582.49 + 0 − 10 587.64 = 16 994.85
  [2017, 120_000, 34_100, 10_587.64, 0, 0, 0, 16_994.85],
  // 2017, wage 240000 kr/year (PBB 44800; local rate 20.75 + 11.36 %; skiktgräns 438900):
  //   grundavdrag: 0.77 × 44800 − 0.1 × (240000 − 3.11 × 44800) = 24 428.80 → rounded up to 24500
  //   local tax: (240000 − 24500) × (0.2075 + 0.1136) = 215 500 × 0.3211 = 69 197.05
  //   state tax: 0 (taxable 215 500 ≤ skiktgräns 438900)
  //   jobbskatteavdrag: base 1.584 × 44800 + 0.111 × (240000 − 2.94 × 44800) = 82 983.17; (82 983.17 − 24500) × 0.3211 = 18 778.95
  //   net tax = 69 197.05 + 0 − 18 778.95 = 50 418.10
  [2017, 240_000, 24_500, 18_778.95, 0, 0, 0, 50_418.1],
  // 2017, wage 300000 kr/year (PBB 44800; local rate 20.75 + 11.36 %; skiktgräns 438900):
  //   grundavdrag: 0.77 × 44800 − 0.1 × (300000 − 3.11 × 44800) = 18 428.80 → rounded up to 18500
  //   local tax: (300000 − 18500) × (0.2075 + 0.1136) = 281 500 × 0.3211 = 90 389.65
  //   state tax: 0 (taxable 281 500 ≤ skiktgräns 438900)
  //   jobbskatteavdrag: base 1.584 × 44800 + 0.111 × (300000 − 2.94 × 44800) = 89 643.17; (89 643.17 − 18500) × 0.3211 = 22 844.07
  //   net tax = 90 389.65 + 0 − 22 844.07 = 67 545.58
  [2017, 300_000, 18_500, 22_844.07, 0, 0, 0, 67_545.58],
  // 2017, wage 480000 kr/year (PBB 44800; local rate 20.75 + 11.36 %; skiktgräns 438900):
  //   grundavdrag: 0.293 × 44800 = 13 126.40 → rounded up to 13200
  //   local tax: (480000 − 13200) × (0.2075 + 0.1136) = 466 800 × 0.3211 = 149 889.48
  //   state tax: 0.2 × (466 800 − 438900) = 5 580
  //   jobbskatteavdrag: base 2.155 × 44800 = 96 544; (96 544 − 13200) × 0.3211 = 26 761.76
  //   net tax = 149 889.48 + 5 580 − 26 761.76 = 128 707.72
  [2017, 480_000, 13_200, 26_761.76, 0, 0, 5_580, 128_707.72],
  // 2018, wage 120000 kr/year (PBB 45500; local rate 20.74 + 11.39 %; skiktgräns 455300):
  //   grundavdrag: 0.423 × 45500 + 0.2 × (120000 − 0.99 × 45500) = 34 237.50 → rounded up to 34300
  //   local tax: (120000 − 34300) × (0.2074 + 0.1139) = 85 700 × 0.3213 = 27 535.41
  //   state tax: 0 (taxable 85 700 ≤ skiktgräns 455300)
  //   jobbskatteavdrag: base 0.91 × 45500 + 0.332 × (120000 − 0.91 × 45500) = 67 498.54; (67 498.54 − 34300) × 0.3213 = 10 666.69
  //   net tax = 27 535.41 + 0 − 10 666.69 = 16 868.72
  [2018, 120_000, 34_300, 10_666.69, 0, 0, 0, 16_868.72],
  // 2018, wage 240000 kr/year (PBB 45500; local rate 20.74 + 11.39 %; skiktgräns 455300):
  //   grundavdrag: 0.77 × 45500 − 0.1 × (240000 − 3.11 × 45500) = 25 185.50 → rounded up to 25200
  //   local tax: (240000 − 25200) × (0.2074 + 0.1139) = 214 800 × 0.3213 = 69 015.24
  //   state tax: 0 (taxable 214 800 ≤ skiktgräns 455300)
  //   jobbskatteavdrag: base 1.584 × 45500 + 0.111 × (240000 − 2.94 × 45500) = 83 863.53; (83 863.53 − 25200) × 0.3213 = 18 848.59
  //   net tax = 69 015.24 + 0 − 18 848.59 = 50 166.65
  [2018, 240_000, 25_200, 18_848.59, 0, 0, 0, 50_166.65],
  // 2018, wage 300000 kr/year (PBB 45500; local rate 20.74 + 11.39 %; skiktgräns 455300):
  //   grundavdrag: 0.77 × 45500 − 0.1 × (300000 − 3.11 × 45500) = 19 185.50 → rounded up to 19200
  //   local tax: (300000 − 19200) × (0.2074 + 0.1139) = 280 800 × 0.3213 = 90 221.04
  //   state tax: 0 (taxable 280 800 ≤ skiktgräns 455300)
  //   jobbskatteavdrag: base 1.584 × 45500 + 0.111 × (300000 − 2.94 × 45500) = 90 523.53; (90 523.53 − 19200) × 0.3213 = 22 916.25
  //   net tax = 90 221.04 + 0 − 22 916.25 = 67 304.79
  [2018, 300_000, 19_200, 22_916.25, 0, 0, 0, 67_304.79],
  // 2018, wage 480000 kr/year (PBB 45500; local rate 20.74 + 11.39 %; skiktgräns 455300):
  //   grundavdrag: 0.293 × 45500 = 13 331.50 → rounded up to 13400
  //   local tax: (480000 − 13400) × (0.2074 + 0.1139) = 466 600 × 0.3213 = 149 918.58
  //   state tax: 0.2 × (466 600 − 455300) = 2 260
  //   jobbskatteavdrag: base 2.155 × 45500 = 98 052.50; (98 052.50 − 13400) × 0.3213 = 27 198.85
  //   net tax = 149 918.58 + 2 260 − 27 198.85 = 124 979.73
  [2018, 480_000, 13_400, 27_198.85, 0, 0, 2_260, 124_979.73],
  // 2019, wage 120000 kr/year (PBB 46500; local rate 20.70 + 11.49 %; skiktgräns 490700):
  //   grundavdrag: 0.423 × 46500 + 0.2 × (120000 − 0.99 × 46500) = 34 462.50 → rounded up to 34500
  //   local tax: (120000 − 34500) × (0.2070 + 0.1149) = 85 500 × 0.3219 = 27 522.45
  //   state tax: 0 (taxable 85 500 ≤ skiktgräns 490700)
  //   jobbskatteavdrag: base 0.91 × 46500 + 0.3405 × (120000 − 0.91 × 46500) = 68 766.74; (68 766.74 − 34500) × 0.3219 = 11 030.46
  //   net tax = 27 522.45 + 0 − 11 030.46 = 16 491.99
  [2019, 120_000, 34_500, 11_030.46, 0, 0, 0, 16_491.99],
  // 2019, wage 240000 kr/year (PBB 46500; local rate 20.70 + 11.49 %; skiktgräns 490700):
  //   grundavdrag: 0.77 × 46500 − 0.1 × (240000 − 3.11 × 46500) = 26 266.50 → rounded up to 26300
  //   local tax: (240000 − 26300) × (0.2070 + 0.1149) = 213 700 × 0.3219 = 68 790.03
  //   state tax: 0 (taxable 213 700 ≤ skiktgräns 490700)
  //   jobbskatteavdrag: base 1.703 × 46500 + 0.128 × (240000 − 3.24 × 46500) = 90 625.02; (90 625.02 − 26300) × 0.3219 = 20 706.22
  //   net tax = 68 790.03 + 0 − 20 706.22 = 48 083.81
  [2019, 240_000, 26_300, 20_706.22, 0, 0, 0, 48_083.81],
  // 2019, wage 300000 kr/year (PBB 46500; local rate 20.70 + 11.49 %; skiktgräns 490700):
  //   grundavdrag: 0.77 × 46500 − 0.1 × (300000 − 3.11 × 46500) = 20 266.50 → rounded up to 20300
  //   local tax: (300000 − 20300) × (0.2070 + 0.1149) = 279 700 × 0.3219 = 90 035.43
  //   state tax: 0 (taxable 279 700 ≤ skiktgräns 490700)
  //   jobbskatteavdrag: base 1.703 × 46500 + 0.128 × (300000 − 3.24 × 46500) = 98 305.02; (98 305.02 − 20300) × 0.3219 = 25 109.82
  //   net tax = 90 035.43 + 0 − 25 109.82 = 64 925.61
  [2019, 300_000, 20_300, 25_109.82, 0, 0, 0, 64_925.61],
  // 2019, wage 480000 kr/year (PBB 46500; local rate 20.70 + 11.49 %; skiktgräns 490700):
  //   grundavdrag: 0.293 × 46500 = 13 624.50 → rounded up to 13700
  //   local tax: (480000 − 13700) × (0.2070 + 0.1149) = 466 300 × 0.3219 = 150 101.97
  //   state tax: 0 (taxable 466 300 ≤ skiktgräns 490700)
  //   jobbskatteavdrag: base 2.323 × 46500 = 108 019.50; (108 019.50 − 13700) × 0.3219 = 30 361.45
  //   net tax = 150 101.97 + 0 − 30 361.45 = 119 740.52
  [2019, 480_000, 13_700, 30_361.45, 0, 0, 0, 119_740.52],
  // 2020, wage 120000 kr/year (PBB 47300; local rate 20.71 + 11.57 %; skiktgräns 509300):
  //   grundavdrag: 0.423 × 47300 + 0.2 × (120000 − 0.99 × 47300) = 34 642.50 → rounded up to 34700
  //   local tax: (120000 − 34700) × (0.2071 + 0.1157) = 85 300 × 0.3228 = 27 534.84
  //   state tax: 0 (taxable 85 300 ≤ skiktgräns 509300)
  //   jobbskatteavdrag: base 0.91 × 47300 + 0.3405 × (120000 − 0.91 × 47300) = 69 246.86; (69 246.86 − 34700) × 0.3228 = 11 151.73
  //   net tax = 27 534.84 + 0 − 11 151.73 = 16 383.11
  [2020, 120_000, 34_700, 11_151.73, 0, 0, 0, 16_383.11],
  // 2020, wage 240000 kr/year (PBB 47300; local rate 20.71 + 11.57 %; skiktgräns 509300):
  //   grundavdrag: 0.77 × 47300 − 0.1 × (240000 − 3.11 × 47300) = 27 131.30 → rounded up to 27200
  //   local tax: (240000 − 27200) × (0.2071 + 0.1157) = 212 800 × 0.3228 = 68 691.84
  //   state tax: 0 (taxable 212 800 ≤ skiktgräns 509300)
  //   jobbskatteavdrag: base 1.703 × 47300 + 0.128 × (240000 − 3.24 × 47300) = 91 655.64; (91 655.64 − 27200) × 0.3228 = 20 806.28
  //   net tax = 68 691.84 + 0 − 20 806.28 = 47 885.56
  [2020, 240_000, 27_200, 20_806.28, 0, 0, 0, 47_885.56],
  // 2020, wage 300000 kr/year (PBB 47300; local rate 20.71 + 11.57 %; skiktgräns 509300):
  //   grundavdrag: 0.77 × 47300 − 0.1 × (300000 − 3.11 × 47300) = 21 131.30 → rounded up to 21200
  //   local tax: (300000 − 21200) × (0.2071 + 0.1157) = 278 800 × 0.3228 = 89 996.64
  //   state tax: 0 (taxable 278 800 ≤ skiktgräns 509300)
  //   jobbskatteavdrag: base 1.703 × 47300 + 0.128 × (300000 − 3.24 × 47300) = 99 335.64; (99 335.64 − 21200) × 0.3228 = 25 222.19
  //   net tax = 89 996.64 + 0 − 25 222.19 = 64 774.45
  [2020, 300_000, 21_200, 25_222.19, 0, 0, 0, 64_774.45],
  // 2020, wage 480000 kr/year (PBB 47300; local rate 20.71 + 11.57 %; skiktgräns 509300):
  //   grundavdrag: 0.293 × 47300 = 13 858.90 → rounded up to 13900
  //   local tax: (480000 − 13900) × (0.2071 + 0.1157) = 466 100 × 0.3228 = 150 457.08
  //   state tax: 0 (taxable 466 100 ≤ skiktgräns 509300)
  //   jobbskatteavdrag: base 2.323 × 47300 = 109 877.90; (109 877.90 − 13900) × 0.3228 = 30 981.67
  //   net tax = 150 457.08 + 0 − 30 981.67 = 119 475.41
  [2020, 480_000, 13_900, 30_981.67, 0, 0, 0, 119_475.41],
  // 2021, wage 120000 kr/year (PBB 47600; local rate 20.70 + 11.57 %; skiktgräns 523200):
  //   grundavdrag: 0.423 × 47600 + 0.2 × (120000 − 0.99 × 47600) = 34 710 → rounded up to 34800
  //   local tax: (120000 − 34800) × (0.2070 + 0.1157) = 85 200 × 0.3227 = 27 494.04
  //   state tax: 0 (taxable 85 200 ≤ skiktgräns 523200)
  //   jobbskatteavdrag: base 0.91 × 47600 + 0.3405 × (120000 − 0.91 × 47600) = 69 426.90; (69 426.90 − 34800) × 0.3227 = 11 174.10
  //   förvärvsinkomst reduction: min(0.0075 × (85 200 − 40000), 1500) = 339
  //   temporary work-income reduction (prop. 2020/21:200): 0.0125 × (120000 − 60000) = 750
  //   net tax = 27 494.04 + 0 − 11 174.10 − 339 − 750 = 15 230.94
  [2021, 120_000, 34_800, 11_174.1, 0, 1_089, 0, 15_230.94],
  // 2021, wage 240000 kr/year (PBB 47600; local rate 20.70 + 11.57 %; skiktgräns 523200):
  //   grundavdrag: 0.77 × 47600 − 0.1 × (240000 − 3.11 × 47600) = 27 455.60 → rounded up to 27500
  //   local tax: (240000 − 27500) × (0.2070 + 0.1157) = 212 500 × 0.3227 = 68 573.75
  //   state tax: 0 (taxable 212 500 ≤ skiktgräns 523200)
  //   jobbskatteavdrag: base 1.703 × 47600 + 0.128 × (240000 − 3.24 × 47600) = 92 042.13; (92 042.13 − 27500) × 0.3227 = 20 827.74
  //   förvärvsinkomst reduction: min(0.0075 × (212 500 − 40000), 1500) = 1 293.75
  //   temporary work-income reduction (prop. 2020/21:200): 0.0125 × (240000 − 60000) = 2 250
  //   net tax = 68 573.75 + 0 − 20 827.74 − 1 293.75 − 2 250 = 44 202.26
  [2021, 240_000, 27_500, 20_827.74, 0, 3_543.75, 0, 44_202.26],
  // 2021, wage 300000 kr/year (PBB 47600; local rate 20.70 + 11.57 %; skiktgräns 523200):
  //   grundavdrag: 0.77 × 47600 − 0.1 × (300000 − 3.11 × 47600) = 21 455.60 → rounded up to 21500
  //   local tax: (300000 − 21500) × (0.2070 + 0.1157) = 278 500 × 0.3227 = 89 871.95
  //   state tax: 0 (taxable 278 500 ≤ skiktgräns 523200)
  //   jobbskatteavdrag: base 1.703 × 47600 + 0.128 × (300000 − 3.24 × 47600) = 99 722.13; (99 722.13 − 21500) × 0.3227 = 25 242.28
  //   förvärvsinkomst reduction: min(0.0075 × (278 500 − 40000), 1500) = 1 500
  //   temporary work-income reduction (prop. 2020/21:200): 2 250 (work income 240 000–300 000)
  //   net tax = 89 871.95 + 0 − 25 242.28 − 1 500 − 2 250 = 60 879.67
  [2021, 300_000, 21_500, 25_242.28, 0, 3_750, 0, 60_879.67],
  // 2021, wage 480000 kr/year (PBB 47600; local rate 20.70 + 11.57 %; skiktgräns 523200):
  //   grundavdrag: 0.293 × 47600 = 13 946.80 → rounded up to 14000
  //   local tax: (480000 − 14000) × (0.2070 + 0.1157) = 466 000 × 0.3227 = 150 378.20
  //   state tax: 0 (taxable 466 000 ≤ skiktgräns 523200)
  //   jobbskatteavdrag: base 2.323 × 47600 = 110 574.80; (110 574.80 − 14000) × 0.3227 = 31 164.69
  //   förvärvsinkomst reduction: min(0.0075 × (466 000 − 40000), 1500) = 1 500
  //   temporary work-income reduction (prop. 2020/21:200): 2250 − 0.01125 × (480000 − 300000) = 225
  //   net tax = 150 378.20 + 0 − 31 164.69 − 1 500 − 225 = 117 488.51
  [2021, 480_000, 14_000, 31_164.69, 0, 1_725, 0, 117_488.51],
  // 2022, wage 120000 kr/year (PBB 48300; local rate 20.67 + 11.57 %; skiktgräns 540700):
  //   grundavdrag: 0.423 × 48300 + 0.2 × (120000 − 0.99 × 48300) = 34 867.50 → rounded up to 34900
  //   local tax: (120000 − 34900) × (0.2067 + 0.1157) = 85 100 × 0.3224 = 27 436.24
  //   state tax: 0 (taxable 85 100 ≤ skiktgräns 540700)
  //   jobbskatteavdrag: base 0.91 × 48300 + 0.3874 × (120000 − 0.91 × 48300) = 73 413.61; (73 413.61 − 34900) × 0.3224 = 12 416.79
  //   förvärvsinkomst reduction: min(0.0075 × (85 100 − 40000), 1500) = 338.25
  //   temporary work-income reduction (prop. 2020/21:200): 0.0125 × (120000 − 60000) = 750
  //   net tax = 27 436.24 + 0 − 12 416.79 − 338.25 − 750 = 13 931.20
  [2022, 120_000, 34_900, 12_416.79, 0, 1_088.25, 0, 13_931.2],
  // 2022, wage 240000 kr/year (PBB 48300; local rate 20.67 + 11.57 %; skiktgräns 540700):
  //   grundavdrag: 0.77 × 48300 − 0.1 × (240000 − 3.11 × 48300) = 28 212.30 → rounded up to 28300
  //   local tax: (240000 − 28300) × (0.2067 + 0.1157) = 211 700 × 0.3224 = 68 252.08
  //   state tax: 0 (taxable 211 700 ≤ skiktgräns 540700)
  //   jobbskatteavdrag: base 1.812 × 48300 + 0.128 × (240000 − 3.24 × 48300) = 98 208.62; (98 208.62 − 28300) × 0.3224 = 22 538.54
  //   förvärvsinkomst reduction: min(0.0075 × (211 700 − 40000), 1500) = 1 287.75
  //   temporary work-income reduction (prop. 2020/21:200): 0.0125 × (240000 − 60000) = 2 250
  //   net tax = 68 252.08 + 0 − 22 538.54 − 1 287.75 − 2 250 = 42 175.79
  [2022, 240_000, 28_300, 22_538.54, 0, 3_537.75, 0, 42_175.79],
  // 2022, wage 300000 kr/year (PBB 48300; local rate 20.67 + 11.57 %; skiktgräns 540700):
  //   grundavdrag: 0.77 × 48300 − 0.1 × (300000 − 3.11 × 48300) = 22 212.30 → rounded up to 22300
  //   local tax: (300000 − 22300) × (0.2067 + 0.1157) = 277 700 × 0.3224 = 89 530.48
  //   state tax: 0 (taxable 277 700 ≤ skiktgräns 540700)
  //   jobbskatteavdrag: base 1.812 × 48300 + 0.128 × (300000 − 3.24 × 48300) = 105 888.62; (105 888.62 − 22300) × 0.3224 = 26 948.97
  //   förvärvsinkomst reduction: min(0.0075 × (277 700 − 40000), 1500) = 1 500
  //   temporary work-income reduction (prop. 2020/21:200): 2 250 (work income 240 000–300 000)
  //   net tax = 89 530.48 + 0 − 26 948.97 − 1 500 − 2 250 = 58 831.51
  [2022, 300_000, 22_300, 26_948.97, 0, 3_750, 0, 58_831.51],
  // 2022, wage 480000 kr/year (PBB 48300; local rate 20.67 + 11.57 %; skiktgräns 540700):
  //   grundavdrag: 0.293 × 48300 = 14 151.90 → rounded up to 14200
  //   local tax: (480000 − 14200) × (0.2067 + 0.1157) = 465 800 × 0.3224 = 150 173.92
  //   state tax: 0 (taxable 465 800 ≤ skiktgräns 540700)
  //   jobbskatteavdrag: base 2.432 × 48300 = 117 465.60; (117 465.60 − 14200) × 0.3224 = 33 292.83
  //   förvärvsinkomst reduction: min(0.0075 × (465 800 − 40000), 1500) = 1 500
  //   temporary work-income reduction (prop. 2020/21:200): 2250 − 0.01125 × (480000 − 300000) = 225
  //   net tax = 150 173.92 + 0 − 33 292.83 − 1 500 − 225 = 115 156.09
  [2022, 480_000, 14_200, 33_292.83, 0, 1_725, 0, 115_156.09],
  // 2023, wage 120000 kr/year (PBB 52500; local rate 20.66 + 11.57 %; skiktgräns 598500):
  //   grundavdrag: 0.423 × 52500 + 0.2 × (120000 − 0.99 × 52500) = 35 812.50 → rounded up to 35900
  //   local tax: (120000 − 35900) × (0.2066 + 0.1157) = 84 100 × 0.3223 = 27 105.43
  //   state tax: 0 (taxable 84 100 ≤ skiktgräns 598500)
  //   jobbskatteavdrag: base 0.91 × 52500 + 0.3874 × (120000 − 0.91 × 52500) = 75 754.96; (75 754.96 − 35900) × 0.3223 = 12 845.26
  //   förvärvsinkomst reduction: min(0.0075 × (84 100 − 40000), 1500) = 330.75
  //   net tax = 27 105.43 + 0 − 12 845.26 − 330.75 = 13 929.42
  [2023, 120_000, 35_900, 12_845.26, 0, 330.75, 0, 13_929.42],
  // 2023, wage 240000 kr/year (PBB 52500; local rate 20.66 + 11.57 %; skiktgräns 598500):
  //   grundavdrag: 0.77 × 52500 − 0.1 × (240000 − 3.11 × 52500) = 32 752.50 → rounded up to 32800
  //   local tax: (240000 − 32800) × (0.2066 + 0.1157) = 207 200 × 0.3223 = 66 780.56
  //   state tax: 0 (taxable 207 200 ≤ skiktgräns 598500)
  //   jobbskatteavdrag: base 1.812 × 52500 + 0.128 × (240000 − 3.24 × 52500) = 104 077.20; (104 077.20 − 32800) × 0.3223 = 22 972.64
  //   förvärvsinkomst reduction: min(0.0075 × (207 200 − 40000), 1500) = 1 254
  //   net tax = 66 780.56 + 0 − 22 972.64 − 1 254 = 42 553.92
  [2023, 240_000, 32_800, 22_972.64, 0, 1_254, 0, 42_553.92],
  // 2023, wage 300000 kr/year (PBB 52500; local rate 20.66 + 11.57 %; skiktgräns 598500):
  //   grundavdrag: 0.77 × 52500 − 0.1 × (300000 − 3.11 × 52500) = 26 752.50 → rounded up to 26800
  //   local tax: (300000 − 26800) × (0.2066 + 0.1157) = 273 200 × 0.3223 = 88 052.36
  //   state tax: 0 (taxable 273 200 ≤ skiktgräns 598500)
  //   jobbskatteavdrag: base 1.812 × 52500 + 0.128 × (300000 − 3.24 × 52500) = 111 757.20; (111 757.20 − 26800) × 0.3223 = 27 381.71
  //   förvärvsinkomst reduction: min(0.0075 × (273 200 − 40000), 1500) = 1 500
  //   net tax = 88 052.36 + 0 − 27 381.71 − 1 500 = 59 170.65
  [2023, 300_000, 26_800, 27_381.71, 0, 1_500, 0, 59_170.65],
  // 2023, wage 480000 kr/year (PBB 52500; local rate 20.66 + 11.57 %; skiktgräns 598500):
  //   grundavdrag: 0.293 × 52500 = 15 382.50 → rounded up to 15400
  //   local tax: (480000 − 15400) × (0.2066 + 0.1157) = 464 600 × 0.3223 = 149 740.58
  //   state tax: 0 (taxable 464 600 ≤ skiktgräns 598500)
  //   jobbskatteavdrag: base 2.432 × 52500 = 127 680; (127 680 − 15400) × 0.3223 = 36 187.84
  //   förvärvsinkomst reduction: min(0.0075 × (464 600 − 40000), 1500) = 1 500
  //   net tax = 149 740.58 + 0 − 36 187.84 − 1 500 = 112 052.74
  [2023, 480_000, 15_400, 36_187.84, 0, 1_500, 0, 112_052.74],
  // 2024, wage 120000 kr/year (PBB 57300; local rate 20.70 + 11.67 %; skiktgräns 598500):
  //   grundavdrag: 0.423 × 57300 + 0.2 × (120000 − 0.99 × 57300) = 36 892.50 → rounded up to 36900
  //   local tax: (120000 − 36900) × (0.2070 + 0.1167) = 83 100 × 0.3237 = 26 899.47
  //   state tax: 0 (taxable 83 100 ≤ skiktgräns 598500)
  //   jobbskatteavdrag: base 0.91 × 57300 + 0.3874 × (120000 − 0.91 × 57300) = 78 430.80; (78 430.80 − 36900) × 0.3237 = 13 443.52
  //   förvärvsinkomst reduction: min(0.0075 × (83 100 − 40000), 1500) = 323.25
  //   net tax = 26 899.47 + 0 − 13 443.52 − 323.25 = 13 132.70
  [2024, 120_000, 36_900, 13_443.52, 0, 323.25, 0, 13_132.7],
  // 2024, wage 240000 kr/year (PBB 57300; local rate 20.70 + 11.67 %; skiktgräns 598500):
  //   grundavdrag: 0.77 × 57300 − 0.1 × (240000 − 3.11 × 57300) = 37 941.30 → rounded up to 38000
  //   local tax: (240000 − 38000) × (0.2070 + 0.1167) = 202 000 × 0.3237 = 65 387.40
  //   state tax: 0 (taxable 202 000 ≤ skiktgräns 598500)
  //   jobbskatteavdrag: base 1.813 × 57300 + 0.1643 × (240000 − 3.24 × 57300) = 112 814.28; (112 814.28 − 38000) × 0.3237 = 24 217.38
  //   förvärvsinkomst reduction: min(0.0075 × (202 000 − 40000), 1500) = 1 215
  //   net tax = 65 387.40 + 0 − 24 217.38 − 1 215 = 39 955.02
  [2024, 240_000, 38_000, 24_217.38, 0, 1_215, 0, 39_955.02],
  // 2024, wage 300000 kr/year (PBB 57300; local rate 20.70 + 11.67 %; skiktgräns 598500):
  //   grundavdrag: 0.77 × 57300 − 0.1 × (300000 − 3.11 × 57300) = 31 941.30 → rounded up to 32000
  //   local tax: (300000 − 32000) × (0.2070 + 0.1167) = 268 000 × 0.3237 = 86 751.60
  //   state tax: 0 (taxable 268 000 ≤ skiktgräns 598500)
  //   jobbskatteavdrag: base 1.813 × 57300 + 0.1643 × (300000 − 3.24 × 57300) = 122 672.28; (122 672.28 − 32000) × 0.3237 = 29 350.62
  //   förvärvsinkomst reduction: min(0.0075 × (268 000 − 40000), 1500) = 1 500
  //   net tax = 86 751.60 + 0 − 29 350.62 − 1 500 = 55 900.98
  [2024, 300_000, 32_000, 29_350.62, 0, 1_500, 0, 55_900.98],
  // 2024, wage 480000 kr/year (PBB 57300; local rate 20.70 + 11.67 %; skiktgräns 598500):
  //   grundavdrag: 0.293 × 57300 = 16 788.90 → rounded up to 16800
  //   local tax: (480000 − 16800) × (0.2070 + 0.1167) = 463 200 × 0.3237 = 149 937.84
  //   state tax: 0 (taxable 463 200 ≤ skiktgräns 598500)
  //   jobbskatteavdrag: base 2.608 × 57300 = 149 438.40; (149 438.40 − 16800) × 0.3237 = 42 935.05
  //   förvärvsinkomst reduction: min(0.0075 × (463 200 − 40000), 1500) = 1 500
  //   net tax = 149 937.84 + 0 − 42 935.05 − 1 500 = 105 502.79
  [2024, 480_000, 16_800, 42_935.05, 0, 1_500, 0, 105_502.79],
  // 2025, wage 120000 kr/year (PBB 58800; local rate 20.72 + 11.69 %; skiktgräns 625800):
  //   grundavdrag: 0.423 × 58800 + 0.2 × (120000 − 0.99 × 58800) = 37 230 → rounded up to 37300
  //   local tax: (120000 − 37300) × (0.2072 + 0.1169) = 82 700 × 0.3241 = 26 803.07
  //   state tax: 0 (taxable 82 700 ≤ skiktgräns 625800)
  //   jobbskatteavdrag: base 0.91 × 58800 + 0.3874 × (120000 − 0.91 × 58800) = 79 267; (79 267 − 37300) × 0.3241 = 13 601.50
  //   förvärvsinkomst reduction: min(0.0075 × (82 700 − 40000), 1500) = 320.25
  //   net tax = 26 803.07 + 0 − 13 601.50 − 320.25 = 12 881.32
  [2025, 120_000, 37_300, 13_601.5, 0, 320.25, 0, 12_881.32],
  // 2025, wage 240000 kr/year (PBB 58800; local rate 20.72 + 11.69 %; skiktgräns 625800):
  //   grundavdrag: 0.77 × 58800 − 0.1 × (240000 − 3.11 × 58800) = 39 562.80 → rounded up to 39600
  //   local tax: (240000 − 39600) × (0.2072 + 0.1169) = 200 400 × 0.3241 = 64 949.64
  //   state tax: 0 (taxable 200 400 ≤ skiktgräns 625800)
  //   jobbskatteavdrag: base 1.813 × 58800 + 0.199 × (240000 − 3.24 × 58800) = 116 452.51; (116 452.51 − 39600) × 0.3241 = 24 907.90
  //   förvärvsinkomst reduction: min(0.0075 × (200 400 − 40000), 1500) = 1 203
  //   net tax = 64 949.64 + 0 − 24 907.90 − 1 203 = 38 838.74
  [2025, 240_000, 39_600, 24_907.9, 0, 1_203, 0, 38_838.74],
  // 2025, wage 300000 kr/year (PBB 58800; local rate 20.72 + 11.69 %; skiktgräns 625800):
  //   grundavdrag: 0.77 × 58800 − 0.1 × (300000 − 3.11 × 58800) = 33 562.80 → rounded up to 33600
  //   local tax: (300000 − 33600) × (0.2072 + 0.1169) = 266 400 × 0.3241 = 86 340.24
  //   state tax: 0 (taxable 266 400 ≤ skiktgräns 625800)
  //   jobbskatteavdrag: base 1.813 × 58800 + 0.199 × (300000 − 3.24 × 58800) = 128 392.51; (128 392.51 − 33600) × 0.3241 = 30 722.25
  //   förvärvsinkomst reduction: min(0.0075 × (266 400 − 40000), 1500) = 1 500
  //   net tax = 86 340.24 + 0 − 30 722.25 − 1 500 = 54 117.99
  [2025, 300_000, 33_600, 30_722.25, 0, 1_500, 0, 54_117.99],
  // 2025, wage 480000 kr/year (PBB 58800; local rate 20.72 + 11.69 %; skiktgräns 625800):
  //   grundavdrag: 0.293 × 58800 = 17 228.40 → rounded up to 17300
  //   local tax: (480000 − 17300) × (0.2072 + 0.1169) = 462 700 × 0.3241 = 149 961.07
  //   state tax: 0 (taxable 462 700 ≤ skiktgräns 625800)
  //   jobbskatteavdrag: base 2.776 × 58800 = 163 228.80; (163 228.80 − 17300) × 0.3241 = 47 295.52
  //   förvärvsinkomst reduction: min(0.0075 × (462 700 − 40000), 1500) = 1 500
  //   net tax = 149 961.07 + 0 − 47 295.52 − 1 500 = 101 165.55
  [2025, 480_000, 17_300, 47_295.52, 0, 1_500, 0, 101_165.55],
  // 2026, wage 120000 kr/year (PBB 59200; local rate 20.69 + 11.69 %; skiktgräns 643000):
  //   grundavdrag: 0.423 × 59200 + 0.2 × (120000 − 0.99 × 59200) = 37 320 → rounded up to 37400
  //   local tax: (120000 − 37400) × (0.2069 + 0.1169) = 82 600 × 0.3238 = 26 745.88
  //   state tax: 0 (taxable 82 600 ≤ skiktgräns 643000)
  //   jobbskatteavdrag: base 0.91 × 59200 + 0.3874 × (120000 − 0.91 × 59200) = 79 489.99; (79 489.99 − 37400) × 0.3238 = 13 628.74
  //   förvärvsinkomst reduction: min(0.0075 × (82 600 − 40000), 1500) = 319.50
  //   net tax = 26 745.88 + 0 − 13 628.74 − 319.50 = 12 797.64
  [2026, 120_000, 37_400, 13_628.74, 0, 319.5, 0, 12_797.64],
  // 2026, wage 240000 kr/year (PBB 59200; local rate 20.69 + 11.69 %; skiktgräns 643000):
  //   grundavdrag: 0.77 × 59200 − 0.1 × (240000 − 3.11 × 59200) = 39 995.20 → rounded up to 40000
  //   local tax: (240000 − 40000) × (0.2069 + 0.1169) = 200 000 × 0.3238 = 64 760
  //   state tax: 0 (taxable 200 000 ≤ skiktgräns 643000)
  //   jobbskatteavdrag: base 1.813 × 59200 + 0.251 × (240000 − 3.24 × 59200) = 119 425.79; (119 425.79 − 40000) × 0.3238 = 25 718.07
  //   förvärvsinkomst reduction: min(0.0075 × (200 000 − 40000), 1500) = 1 200
  //   net tax = 64 760 + 0 − 25 718.07 − 1 200 = 37 841.93
  [2026, 240_000, 40_000, 25_718.07, 0, 1_200, 0, 37_841.93],
  // 2026, wage 300000 kr/year (PBB 59200; local rate 20.69 + 11.69 %; skiktgräns 643000):
  //   grundavdrag: 0.77 × 59200 − 0.1 × (300000 − 3.11 × 59200) = 33 995.20 → rounded up to 34000
  //   local tax: (300000 − 34000) × (0.2069 + 0.1169) = 266 000 × 0.3238 = 86 130.80
  //   state tax: 0 (taxable 266 000 ≤ skiktgräns 643000)
  //   jobbskatteavdrag: base 1.813 × 59200 + 0.251 × (300000 − 3.24 × 59200) = 134 485.79; (134 485.79 − 34000) × 0.3238 = 32 537.30
  //   förvärvsinkomst reduction: min(0.0075 × (266 000 − 40000), 1500) = 1 500
  //   net tax = 86 130.80 + 0 − 32 537.30 − 1 500 = 52 093.50
  [2026, 300_000, 34_000, 32_537.3, 0, 1_500, 0, 52_093.5],
  // 2026, wage 480000 kr/year (PBB 59200; local rate 20.69 + 11.69 %; skiktgräns 643000):
  //   grundavdrag: 0.293 × 59200 = 17 345.60 → rounded up to 17400
  //   local tax: (480000 − 17400) × (0.2069 + 0.1169) = 462 600 × 0.3238 = 149 789.88
  //   state tax: 0 (taxable 462 600 ≤ skiktgräns 643000)
  //   jobbskatteavdrag: base 3.027 × 59200 = 179 198.40; (179 198.40 − 17400) × 0.3238 = 52 390.32
  //   förvärvsinkomst reduction: min(0.0075 × (462 600 − 40000), 1500) = 1 500
  //   net tax = 149 789.88 + 0 − 52 390.32 − 1 500 = 95 899.56
  [2026, 480_000, 17_400, 52_390.32, 0, 1_500, 0, 95_899.56],
]);

const SICK_CASES: Case[] = rows([
  // 2018, sjukersättning 111600 kr/year (PBB 45500; local rate 20.74 + 11.39 %; skiktgräns 455300):
  //   grundavdrag: 0.423 × 45500 + 0.2 × (111600 − 0.99 × 45500) = 32 557.50 → rounded up to 32600
  //   local tax: (111600 − 32600) × (0.2074 + 0.1139) = 79 000 × 0.3213 = 25 382.70
  //   state tax: 0 (taxable 79 000 ≤ skiktgräns 455300)
  //   sjuk-/aktivitetsersättning reduction (67:9c, 2018 form): (0.045 × min(111600, 2.53 × 45500) + 0.025 × max(0, 111600 − 2.53 × 45500)) × 0.3213 = 1 613.57
  //   net tax = 25 382.70 + 0 − 0 − 1 613.57 = 23 769.13
  [2018, 111_600, 32_600, 0, 1_613.57, 0, 0, 23_769.13],
  // 2018, sjukersättning 200000 kr/year (PBB 45500; local rate 20.74 + 11.39 %; skiktgräns 455300):
  //   grundavdrag: 0.77 × 45500 − 0.1 × (200000 − 3.11 × 45500) = 29 185.50 → rounded up to 29200
  //   local tax: (200000 − 29200) × (0.2074 + 0.1139) = 170 800 × 0.3213 = 54 878.04
  //   state tax: 0 (taxable 170 800 ≤ skiktgräns 455300)
  //   sjuk-/aktivitetsersättning reduction (67:9c, 2018 form): (0.045 × min(200000, 2.53 × 45500) + 0.025 × max(0, 200000 − 2.53 × 45500)) × 0.3213 = 2 346.23
  //   net tax = 54 878.04 + 0 − 0 − 2 346.23 = 52 531.81
  [2018, 200_000, 29_200, 0, 2_346.23, 0, 0, 52_531.81],
  // 2019, sjukersättning 113760 kr/year (PBB 46500; local rate 20.70 + 11.49 %; skiktgräns 490700):
  //   grundavdrag: 0.423 × 46500 + 0.2 × (113760 − 0.99 × 46500) = 33 214.50 → rounded up to 33300
  //   local tax: (113760 − 33300) × (0.2070 + 0.1149) = 80 460 × 0.3219 = 25 900.07
  //   state tax: 0 (taxable 80 460 ≤ skiktgräns 490700)
  //   sjuk-/aktivitetsersättning reduction (67:9c, 2018 form): (0.045 × min(113760, 2.53 × 46500) + 0.025 × max(0, 113760 − 2.53 × 46500)) × 0.3219 = 1 647.87
  //   net tax = 25 900.07 + 0 − 0 − 1 647.87 = 24 252.20
  [2019, 113_760, 33_300, 0, 1_647.87, 0, 0, 24_252.2],
  // 2019, sjukersättning 200000 kr/year (PBB 46500; local rate 20.70 + 11.49 %; skiktgräns 490700):
  //   grundavdrag: 0.77 × 46500 − 0.1 × (200000 − 3.11 × 46500) = 30 266.50 → rounded up to 30300
  //   local tax: (200000 − 30300) × (0.2070 + 0.1149) = 169 700 × 0.3219 = 54 626.43
  //   state tax: 0 (taxable 169 700 ≤ skiktgräns 490700)
  //   sjuk-/aktivitetsersättning reduction (67:9c, 2018 form): (0.045 × min(200000, 2.53 × 46500) + 0.025 × max(0, 200000 − 2.53 × 46500)) × 0.3219 = 2 366.90
  //   net tax = 54 626.43 + 0 − 0 − 2 366.90 = 52 259.53
  [2019, 200_000, 30_300, 0, 2_366.9, 0, 0, 52_259.53],
  // 2020, sjukersättning 115920 kr/year (PBB 47300; local rate 20.71 + 11.57 %; skiktgräns 509300):
  //   grundavdrag: 0.423 × 47300 + 0.2 × (115920 − 0.99 × 47300) = 33 826.50 → rounded up to 33900
  //   local tax: (115920 − 33900) × (0.2071 + 0.1157) = 82 020 × 0.3228 = 26 476.06
  //   state tax: 0 (taxable 82 020 ≤ skiktgräns 509300)
  //   sjuk-/aktivitetsersättning reduction (67:9c, 2018 form): (0.045 × min(115920, 2.53 × 47300) + 0.025 × max(0, 115920 − 2.53 × 47300)) × 0.3228 = 1 683.85
  //   net tax = 26 476.06 + 0 − 0 − 1 683.85 = 24 792.20
  [2020, 115_920, 33_900, 0, 1_683.85, 0, 0, 24_792.2],
  // 2020, sjukersättning 200000 kr/year (PBB 47300; local rate 20.71 + 11.57 %; skiktgräns 509300):
  //   grundavdrag: 0.77 × 47300 − 0.1 × (200000 − 3.11 × 47300) = 31 131.30 → rounded up to 31200
  //   local tax: (200000 − 31200) × (0.2071 + 0.1157) = 168 800 × 0.3228 = 54 488.64
  //   state tax: 0 (taxable 168 800 ≤ skiktgräns 509300)
  //   sjuk-/aktivitetsersättning reduction (67:9c, 2018 form): (0.045 × min(200000, 2.53 × 47300) + 0.025 × max(0, 200000 − 2.53 × 47300)) × 0.3228 = 2 386.58
  //   net tax = 54 488.64 + 0 − 0 − 2 386.58 = 52 102.06
  [2020, 200_000, 31_200, 0, 2_386.58, 0, 0, 52_102.06],
  // 2021, sjukersättning 116640 kr/year (PBB 47600; local rate 20.70 + 11.57 %; skiktgräns 523200):
  //   grundavdrag: 0.423 × 47600 + 0.2 × (116640 − 0.99 × 47600) = 34 038 → rounded up to 34100
  //   local tax: (116640 − 34100) × (0.2070 + 0.1157) = 82 540 × 0.3227 = 26 635.66
  //   state tax: 0 (taxable 82 540 ≤ skiktgräns 523200)
  //   sjuk-/aktivitetsersättning reduction (67:9c, 2018 form): (0.045 × min(116640, 2.53 × 47600) + 0.025 × max(0, 116640 − 2.53 × 47600)) × 0.3227 = 1 693.79
  //   förvärvsinkomst reduction: min(0.0075 × (82 540 − 40000), 1500) = 319.05
  //   net tax = 26 635.66 + 0 − 0 − 1 693.79 − 319.05 = 24 622.82
  [2021, 116_640, 34_100, 0, 1_693.79, 319.05, 0, 24_622.82],
  // 2021, sjukersättning 200000 kr/year (PBB 47600; local rate 20.70 + 11.57 %; skiktgräns 523200):
  //   grundavdrag: 0.77 × 47600 − 0.1 × (200000 − 3.11 × 47600) = 31 455.60 → rounded up to 31500
  //   local tax: (200000 − 31500) × (0.2070 + 0.1157) = 168 500 × 0.3227 = 54 374.95
  //   state tax: 0 (taxable 168 500 ≤ skiktgräns 523200)
  //   sjuk-/aktivitetsersättning reduction (67:9c, 2018 form): (0.045 × min(200000, 2.53 × 47600) + 0.025 × max(0, 200000 − 2.53 × 47600)) × 0.3227 = 2 390.74
  //   förvärvsinkomst reduction: min(0.0075 × (168 500 − 40000), 1500) = 963.75
  //   net tax = 54 374.95 + 0 − 0 − 2 390.74 − 963.75 = 51 020.46
  [2021, 200_000, 31_500, 0, 2_390.74, 963.75, 0, 51_020.46],
  // 2022, sjukersättning 134274 kr/year (PBB 48300; local rate 20.67 + 11.57 %; skiktgräns 540700):
  //   grundavdrag: 0.77 × 48300 = 37 191 → rounded up to 37200
  //   local tax: (134274 − 37200) × (0.2067 + 0.1157) = 97 074 × 0.3224 = 31 296.66
  //   state tax: 0 (taxable 97 074 ≤ skiktgräns 540700)
  //   sjuk-/aktivitetsersättning reduction (67:9c): base 0.91 × 48300 + 0.3405 × (134274 − 0.91 × 48300) = 74 707.30; max((74 707.30 − 37200) × 0.3224, 0.045 × 134274 × 0.3224) = 12 092.35
  //   förvärvsinkomst reduction: min(0.0075 × (97 074 − 40000), 1500) = 428.06
  //   net tax = 31 296.66 + 0 − 0 − 12 092.35 − 428.06 = 18 776.25
  [2022, 134_274, 37_200, 0, 12_092.35, 428.06, 0, 18_776.25],
  // 2022, sjukersättning 200000 kr/year (PBB 48300; local rate 20.67 + 11.57 %; skiktgräns 540700):
  //   grundavdrag: 0.77 × 48300 − 0.1 × (200000 − 3.11 × 48300) = 32 212.30 → rounded up to 32300
  //   local tax: (200000 − 32300) × (0.2067 + 0.1157) = 167 700 × 0.3224 = 54 066.48
  //   state tax: 0 (taxable 167 700 ≤ skiktgräns 540700)
  //   sjuk-/aktivitetsersättning reduction (67:9c): base 1.703 × 48300 + 0.128 × (200000 − 3.24 × 48300) = 87 823.92; max((87 823.92 − 32300) × 0.3224, 0.045 × 200000 × 0.3224) = 17 900.91
  //   förvärvsinkomst reduction: min(0.0075 × (167 700 − 40000), 1500) = 957.75
  //   net tax = 54 066.48 + 0 − 0 − 17 900.91 − 957.75 = 35 207.82
  [2022, 200_000, 32_300, 0, 17_900.91, 957.75, 0, 35_207.82],
  // 2023, sjukersättning 145956 kr/year (PBB 52500; local rate 20.66 + 11.57 %; skiktgräns 598500):
  //   grundavdrag: 0.77 × 52500 = 40 425 → rounded up to 40500
  //   local tax: (145956 − 40500) × (0.2066 + 0.1157) = 105 456 × 0.3223 = 33 988.47
  //   state tax: 0 (taxable 105 456 ≤ skiktgräns 598500)
  //   sjuk-/aktivitetsersättning reduction (67:9c): base 0.91 × 52500 + 0.3405 × (145956 − 0.91 × 52500) = 81 205.63; max((81 205.63 − 40500) × 0.3223, 0.045 × 145956 × 0.3223) = 13 119.42
  //   förvärvsinkomst reduction: min(0.0075 × (105 456 − 40000), 1500) = 490.92
  //   net tax = 33 988.47 + 0 − 0 − 13 119.42 − 490.92 = 20 378.12
  [2023, 145_956, 40_500, 0, 13_119.42, 490.92, 0, 20_378.12],
  // 2023, sjukersättning 200000 kr/year (PBB 52500; local rate 20.66 + 11.57 %; skiktgräns 598500):
  //   grundavdrag: 0.77 × 52500 − 0.1 × (200000 − 3.11 × 52500) = 36 752.50 → rounded up to 36800
  //   local tax: (200000 − 36800) × (0.2066 + 0.1157) = 163 200 × 0.3223 = 52 599.36
  //   state tax: 0 (taxable 163 200 ≤ skiktgräns 598500)
  //   sjuk-/aktivitetsersättning reduction (67:9c): base 1.703 × 52500 + 0.128 × (200000 − 3.24 × 52500) = 93 234.70; max((93 234.70 − 36800) × 0.3223, 0.045 × 200000 × 0.3223) = 18 188.90
  //   förvärvsinkomst reduction: min(0.0075 × (163 200 − 40000), 1500) = 924
  //   net tax = 52 599.36 + 0 − 0 − 18 188.90 − 924 = 33 486.46
  [2023, 200_000, 36_800, 0, 18_188.9, 924, 0, 33_486.46],
  // 2024, sjukersättning 159300 kr/year (PBB 57300; local rate 20.70 + 11.67 %; skiktgräns 598500):
  //   grundavdrag: 0.77 × 57300 = 44 121 → rounded up to 44200
  //   local tax: (159300 − 44200) × (0.2070 + 0.1167) = 115 100 × 0.3237 = 37 257.87
  //   state tax: 0 (taxable 115 100 ≤ skiktgräns 598500)
  //   sjuk-/aktivitetsersättning reduction (67:9c): base 0.91 × 57300 + 0.3405 × (159300 − 0.91 × 57300) = 88 629.96; max((88 629.96 − 44200) × 0.3237, 0.045 × 159300 × 0.3237) = 14 381.98
  //   förvärvsinkomst reduction: min(0.0075 × (115 100 − 40000), 1500) = 563.25
  //   net tax = 37 257.87 + 0 − 0 − 14 381.98 − 563.25 = 22 312.64
  [2024, 159_300, 44_200, 0, 14_381.98, 563.25, 0, 22_312.64],
  // 2024, sjukersättning 200000 kr/year (PBB 57300; local rate 20.70 + 11.67 %; skiktgräns 598500):
  //   grundavdrag: 0.77 × 57300 − 0.1 × (200000 − 3.11 × 57300) = 41 941.30 → rounded up to 42000
  //   local tax: (200000 − 42000) × (0.2070 + 0.1167) = 158 000 × 0.3237 = 51 144.60
  //   state tax: 0 (taxable 158 000 ≤ skiktgräns 598500)
  //   sjuk-/aktivitetsersättning reduction (67:9c): base 1.703 × 57300 + 0.128 × (200000 − 3.24 × 57300) = 99 418.44; max((99 418.44 − 42000) × 0.3237, 0.045 × 200000 × 0.3237) = 18 586.35
  //   förvärvsinkomst reduction: min(0.0075 × (158 000 − 40000), 1500) = 885
  //   net tax = 51 144.60 + 0 − 0 − 18 586.35 − 885 = 31 673.25
  [2024, 200_000, 42_000, 0, 18_586.35, 885, 0, 31_673.25],
  // 2025, sjukersättning 163464 kr/year (PBB 58800; local rate 20.72 + 11.69 %; skiktgräns 625800):
  //   grundavdrag: 0.77 × 58800 = 45 276 → rounded up to 45300
  //   local tax: (163464 − 45300) × (0.2072 + 0.1169) = 118 164 × 0.3241 = 38 296.95
  //   state tax: 0 (taxable 118 164 ≤ skiktgräns 625800)
  //   sjuk-/aktivitetsersättning reduction (67:9c): base 0.91 × 58800 + 0.3405 × (163464 − 0.91 × 58800) = 90 948.02; max((90 948.02 − 45300) × 0.3241, 0.045 × 163464 × 0.3241) = 14 794.52
  //   förvärvsinkomst reduction: min(0.0075 × (118 164 − 40000), 1500) = 586.23
  //   net tax = 38 296.95 + 0 − 0 − 14 794.52 − 586.23 = 22 916.20
  [2025, 163_464, 45_300, 0, 14_794.52, 586.23, 0, 22_916.2],
  // 2025, sjukersättning 200000 kr/year (PBB 58800; local rate 20.72 + 11.69 %; skiktgräns 625800):
  //   grundavdrag: 0.77 × 58800 − 0.1 × (200000 − 3.11 × 58800) = 43 562.80 → rounded up to 43600
  //   local tax: (200000 − 43600) × (0.2072 + 0.1169) = 156 400 × 0.3241 = 50 689.24
  //   state tax: 0 (taxable 156 400 ≤ skiktgräns 625800)
  //   sjuk-/aktivitetsersättning reduction (67:9c): base 1.703 × 58800 + 0.128 × (200000 − 3.24 × 58800) = 101 350.86; max((101 350.86 − 43600) × 0.3241, 0.045 × 200000 × 0.3241) = 18 717.06
  //   förvärvsinkomst reduction: min(0.0075 × (156 400 − 40000), 1500) = 873
  //   net tax = 50 689.24 + 0 − 0 − 18 717.06 − 873 = 31 099.18
  [2025, 200_000, 43_600, 0, 18_717.06, 873, 0, 31_099.18],
  // 2026, sjukersättning 164580 kr/year (PBB 59200; local rate 20.69 + 11.69 %; skiktgräns 643000):
  //   grundavdrag: 0.77 × 59200 = 45 584 → rounded up to 45600
  //   local tax: (164580 − 45600) × (0.2069 + 0.1169) = 118 980 × 0.3238 = 38 525.72
  //   state tax: 0 (taxable 118 980 ≤ skiktgräns 643000)
  //   sjuk-/aktivitetsersättning reduction (67:9c): base 0.91 × 59200 + 0.3874 × (164580 − 0.91 × 59200) = 96 760.28; max((96 760.28 − 45600) × 0.3238, 0.045 × 164580 × 0.3238) = 16 565.70
  //   förvärvsinkomst reduction: min(0.0075 × (118 980 − 40000), 1500) = 592.35
  //   net tax = 38 525.72 + 0 − 0 − 16 565.70 − 592.35 = 21 367.68
  [2026, 164_580, 45_600, 0, 16_565.7, 592.35, 0, 21_367.68],
  // 2026, sjukersättning 200000 kr/year (PBB 59200; local rate 20.69 + 11.69 %; skiktgräns 643000):
  //   grundavdrag: 0.77 × 59200 − 0.1 × (200000 − 3.11 × 59200) = 43 995.20 → rounded up to 44000
  //   local tax: (200000 − 44000) × (0.2069 + 0.1169) = 156 000 × 0.3238 = 50 512.80
  //   state tax: 0 (taxable 156 000 ≤ skiktgräns 643000)
  //   sjuk-/aktivitetsersättning reduction (67:9c): base 1.813 × 59200 + 0.251 × (200000 − 3.24 × 59200) = 109 385.79; max((109 385.79 − 44000) × 0.3238, 0.045 × 200000 × 0.3238) = 21 171.92
  //   förvärvsinkomst reduction: min(0.0075 × (156 000 − 40000), 1500) = 870
  //   net tax = 50 512.80 + 0 − 0 − 21 171.92 − 870 = 28 470.88
  [2026, 200_000, 44_000, 0, 21_171.92, 870, 0, 28_470.88],
]);

const checkCase = (c: Case, work: number, sick: number) => {
  const p = rules(c.year);
  expect(basicAllowance(c.income, p.prisbasbelopp)).toBe(c.ga);
  const t = incomeTax(c.income, work, p, sick);
  near(t.state, c.state);
  near(t.jobTaxCredit, c.jobTaxCredit);
  near(t.sickCompensationCredit, c.sickCompensationCredit);
  near(t.incomeCredit, c.incomeCredit);
  near(t.total, c.total);
  near(
    t.kommun + t.region + t.state - t.jobTaxCredit - t.sickCompensationCredit - t.incomeCredit,
    t.total,
  );
};

describe('tax on a wage, every year 2016–2026 (worked by hand from the law)', () => {
  it.each(WAGE_CASES)('$year: wage $income kr/year', (c) => checkCase(c, c.income, 0));
});

describe('tax on sjukersättning, every year 2018–2026 (worked by hand from the law)', () => {
  // The smaller amount of each year is about the full guarantee level for ages 30+
  // (Försäkringskassan: 2.40 förhöjda prisbasbelopp until 2021, 2.78 prisbasbelopp from 2022;
  // 12 163 kr/month in 2023 and 13 622 kr/month in 2025 as published; the other years'
  // amounts are that rule applied, not checked against Försäkringskassan).
  it.each(SICK_CASES)('$year: sjukersättning $income kr/year', (c) => checkCase(c, 0, c.income));
});

describe('skattereduktion för sjuk- och aktivitetsersättning (IL 67 kap. 9 a–c §§)', () => {
  it('does not exist before 2018', () => {
    expect(sickCompensationCredit(150_000, 30_000, 0.3212, rules(2017))).toBe(0);
    expect(incomeTax(150_000, 0, rules(2017), 150_000).sickCompensationCredit).toBe(0);
  });
  it('2018: about 2 500 kr a year for the highest possible sjukersättning (lagrådsremiss 2017)', () => {
    // Finansdepartementet: "ca 2 500 kronor per år" at the average local rate. The highest
    // sjukersättning is about 64.7 % × 7.5 PBB ≈ 220 000 kr:
    // (0.045 × 2.53 × 45 500 + 0.025 × (220 000 − 115 115)) × 0.3212 = 2 506
    const credit = sickCompensationCredit(220_000, 0, 0.3212, rules(2018));
    expect(credit).toBeGreaterThan(2_400);
    expect(credit).toBeLessThan(2_600);
  });
  it('2022: the rebuild gives about 10 000 kr a year more than the 2018 construction (prop. 2021/22:33)', () => {
    // At the guarantee level 134 274 kr: the 2022 rule gives 12 092 kr (table above); the 2018
    // rule, (0.045 × 2.53 × 48 300 + 0.025 × (134 274 − 122 199)) × 0.3224 = 1 870 kr.
    const p2022 = rules(2022);
    const p2018Form = { ...p2022, ...pick(rules(2021), SICK_CREDIT_IDS) };
    const u = 134_274;
    const gain =
      incomeTax(u, 0, p2022, u).sickCompensationCredit -
      incomeTax(u, 0, p2018Form, u).sickCompensationCredit;
    expect(gain).toBeGreaterThan(9_000);
    expect(gain).toBeLessThan(11_500);
  });
  it.each([
    [2023, 145_956],
    [2024, 159_300],
    [2025, 163_464],
  ] as [RuleYear, number][])(
    '%i: makes the tax on %i kr of sjukersättning roughly 10 000 kr a year lower than without it',
    (year, u) => {
      // An engine without the reduction overstated the tax on sjukersättning by about this
      // much (MODEL.md): 13 119, 14 382 and 14 795 kr at these amounts (table above).
      const p = rules(year);
      const without = incomeTax(u, 0, p, 0).total;
      const withIt = incomeTax(u, 0, p, u).total;
      expect(without - withIt).toBeGreaterThan(10_000);
      expect(without - withIt).toBeLessThan(16_000);
    },
  );
  it('is at least 4.5 % of the benefit times the local rate from 2022', () => {
    // 50 000 kr with a grundavdrag larger than the base: 0.045 × 50 000 × 0.3241 = 729.23
    near(sickCompensationCredit(50_000, 60_000, 0.3241, rules(2025)), 729.23);
  });
  it('2025: at exactly 3.24 PBB the second bracket applies, not the law’s rounded 1.703 PBB', () => {
    // 3.24 × 58 800 = 190 512; grundavdrag 0.77 × 58 800 − 0.1 × (190 512 − 182 868) = 44 511.6
    // → 44 600. Base 0.91 × 58 800 + 34.05 % × (190 512 − 53 508) = 53 508 + 46 649.862 =
    // 100 157.862 (the next bracket would start from 1.703 × 58 800 = 100 136.4):
    // (100 157.862 − 44 600) × 0.3241 = 18 006.30, above 0.045 × 190 512 × 0.3241 = 2 778.52
    near(sickCompensationCredit(190_512, 44_600, 0.3241, rules(2025)), 18_006.3);
  });
});

describe('employer contributions', () => {
  it('is the standard rate without an age band, and for young people in years without a reduction', () => {
    for (const year of RULE_YEARS)
      expect(employerContributionRateFor(rules(year), undefined, 25_000)).toBe(0.3142);
    expect(employerContributionRateFor(rules(2025), '19-23', 20_000)).toBe(0.3142);
    expect(employerContributionRateFor(rules(2024), '15-18', 20_000)).toBe(0.3142);
  });
  it('2026, ages 19–23, 20 000 kr/month (below the cap): 3 months at 31.42 % and 9 at 20.81 %', () => {
    // Lag (2026:100) from 1 April 2026: (3 × 31.42 + 9 × 20.81) / 12 = 23.4625 % (20.81 % is
    // derived from the law, not read from Skatteverket).
    expect(employerContributionRateFor(rules(2026), '19-23', 20_000)).toBeCloseTo(0.234625, 9);
  });
  it('2026, ages 19–23, 30 000 kr/month: the reduced rate only on the first 25 000 kr', () => {
    // (0.234625 × 25 000 + 0.3142 × 5 000) / 30 000 = 0.2478875
    expect(employerContributionRateFor(rules(2026), '19-23', 30_000)).toBeCloseTo(0.2478875, 9);
  });
  it('2016: 25.46 % in January–May for everyone under 26, no wage cap', () => {
    // (5 × 25.46 + 7 × 31.42) / 12 = 28.9367 %
    for (const band of ['15-18', '19-23', '24-25'] as const)
      expect(employerContributionRateFor(rules(2016), band, 40_000)).toBeCloseTo(0.28936667, 7);
  });
  it('2019–2023, ages 15–18: 10.21 % on pay up to 25 000 kr/month from August 2019', () => {
    // 2019: (5 × 10.21 + 7 × 31.42) / 12 = 22.5825 %
    expect(employerContributionRateFor(rules(2019), '15-18', 10_000)).toBeCloseTo(0.225825, 9);
    expect(employerContributionRateFor(rules(2021), '15-18', 10_000)).toBeCloseTo(0.1021, 9);
  });
  it('2021–2023, ages 19–23: 19.73 % with 10.21 % in the summers 2021 and 2022, until March 2023', () => {
    // 2022: (9 × 19.73 + 3 × 10.21) / 12 = 17.35 %; 2023: (3 × 19.73 + 9 × 31.42) / 12 = 28.4975 %
    expect(employerContributionRateFor(rules(2022), '19-23', 20_000)).toBeCloseTo(0.1735, 9);
    expect(employerContributionRateFor(rules(2023), '19-23', 20_000)).toBeCloseTo(0.284975, 9);
    expect(employerContributionRateFor(rules(2023), '24-25', 20_000)).toBe(0.3142);
  });
});

describe('incomeTax, general properties', () => {
  const p = rules(2025);
  it('taxes nothing on no income', () => {
    expect(incomeTax(0, 0, p).total).toBe(0);
  });
  it('gives work income a lower tax than the same benefit income (jobbskatteavdrag)', () => {
    const work = incomeTax(300_000, 300_000, p);
    const benefit = incomeTax(300_000, 0, p);
    expect(work.jobTaxCredit).toBeGreaterThan(0);
    expect(benefit.jobTaxCredit).toBe(0);
    expect(work.total).toBeLessThan(benefit.total);
  });
  it('splits local tax between kommun and region in proportion to their rates', () => {
    const t = incomeTax(200_000, 0, p);
    expect(t.kommun / t.region).toBeCloseTo(p.municipalTaxRate / p.regionalTaxRate, 9);
  });
  it('never lets the reductions exceed the local tax they are set against', () => {
    for (const year of RULE_YEARS) {
      const q = rules(year);
      for (const income of [20_000, 45_000, 60_000, 90_000]) {
        for (const t of [incomeTax(income, income, q), incomeTax(income, 0, q, income)]) {
          expect(t.total, `${year} ${income}`).toBeGreaterThanOrEqual(-1e-9);
          expect(t.jobTaxCredit + t.sickCompensationCredit).toBeLessThanOrEqual(
            t.kommun + t.region + 1e-9,
          );
        }
      }
    }
  });
});

describe('no reduction exceeds the tax left for it (IL 67 kap. 2 §), with edited rules', () => {
  // With the law's own values these limits never bind once a reduction before them is non-zero:
  // the jobbskatteavdrag's base never exceeds the work income, and the reductions for sjuk- och
  // aktivitetsersättning, förvärvsinkomst and work income are far below the local tax left.
  // An edited copy of a year's rules (any non-negative values, as the Parametrar view accepts)
  // can make them bind, so each case enlarges one reduction until it does.
  // All cases: 600 000 kr of taxable income, of which 100 000 kr sjukersättning.
  const withEdits = (year: RuleYear, edits: Record<string, number>) => ({
    ...rules(year),
    ...edits,
  });
  // 2022 (PBB 48 300; local rate 20.67 + 11.57 %; skiktgräns 540 700), work income 300 000:
  //   grundavdrag 0.293 × 48 300 = 14 151.9 → 14 200; taxable 585 800
  //   local tax 585 800 × 0.3224 = 188 861.92; state tax 0.2 × (585 800 − 540 700) = 9 020
  //   jobbskatteavdrag: base 1.812 × 48 300 + 0.128 × (300 000 − 156 492) = 105 888.624;
  //     (105 888.624 − 14 200) × 0.3224 = 29 560.41 (no phase-out below 13.54 PBB = 653 982)
  //   sjukersättning reduction: base 43 953 + 0.3405 × (100 000 − 43 953) = 63 037.0035;
  //     (63 037.0035 − 14 200) × 0.3224 = 15 745.05
  //   local tax left after both: 188 861.92 − 29 560.41 − 15 745.05 = 143 556.46
  const tax2022 = (edits: Record<string, number>) => {
    const t = incomeTax(600_000, 300_000, withEdits(2022, edits), 100_000);
    // The taxes and the first two reductions, which the edits leave as above.
    near(t.kommun + t.region, 188_861.92);
    near(t.state, 9_020);
    near(t.jobTaxCredit, 29_560.41);
    near(t.sickCompensationCredit, 15_745.05);
    return t;
  };
  it('limits the reduction for förvärvsinkomst to the local tax left after the two before it', () => {
    // Edited: 50 % of taxable income above 40 000 kr, at most 1 000 000 kr:
    //   0.5 × (585 800 − 40 000) = 272 900 > 143 556.46 left → 143 556.46
    //   temporary reduction (the law's 2022 values): 2 250 at 300 000 kr, against the state tax
    //   9 020 that is all that is left → 2 250
    //   net tax = 9 020 − 2 250 = 6 770
    const t = tax2022({ incomeCreditRate: 0.5, incomeCreditMax: 1_000_000 });
    near(t.incomeCredit, 143_556.46 + 2_250);
    near(t.total, 6_770);
  });
  it('limits the temporary reduction for work income to the local and state tax left', () => {
    // Edited: 100 % of work income above 60 000 kr, at most 1 000 000 kr:
    //   1 × (300 000 − 60 000) = 240 000 (the phase-out starts above 300 000)
    //   förvärvsinkomst (the law's values): min(0.0075 × (585 800 − 40 000), 1 500) = 1 500
    //   tax left: 188 861.92 + 9 020 − 29 560.41 − 15 745.05 − 1 500 = 151 076.46 < 240 000
    //   net tax = 0
    const t = tax2022({ temporaryWorkCreditRate: 1, temporaryWorkCreditMax: 1_000_000 });
    near(t.incomeCredit, 1_500 + 151_076.46);
    near(t.total, 0);
  });
  it('gives no reduction for sjukersättning or förvärvsinkomst once the jobbskatteavdrag has taken all local tax', () => {
    // 2025 (PBB 58 800; local rate 20.72 + 11.69 %; skiktgräns 625 800), work income 500 000
    // (8.50 PBB, above the last bracket). Edited: a flat jobbskatteavdrag base of 11 PBB.
    //   grundavdrag 0.293 × 58 800 = 17 228.4 → 17 300; taxable 582 700: no state tax
    //   local tax 582 700 × 0.3241 = 188 853.07
    //   jobbskatteavdrag: (11 × 58 800 − 17 300) × 0.3241 = 204 020.95 → limited to 188 853.07
    //   sjukersättning reduction: (53 508 + 0.3405 × (100 000 − 53 508) − 17 300) × 0.3241
    //     = 16 865.69, but no local tax is left → 0; förvärvsinkomst 1 500 → 0
    const t = incomeTax(600_000, 500_000, withEdits(2025, { jobTaxCreditMaxPbb: 11 }), 100_000);
    near(t.kommun + t.region, 188_853.07);
    near(t.jobTaxCredit, 188_853.07);
    expect(t.sickCompensationCredit).toBe(0);
    expect(t.incomeCredit).toBe(0);
    near(t.total, 0);
    // The sjukersättning reduction itself, before the limit, is the figure above.
    near(sickCompensationCredit(100_000, 17_300, 0.3241, rules(2025)), 16_865.69);
  });
});
