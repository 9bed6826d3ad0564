import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  appraiseKnownCase,
  costVector,
  cumulativeByMonth,
  discountedFlows,
  isNeutral,
  meanPayback,
  paybackMonths,
  persistenceVaries,
  DEFAULT_FINANCING,
  NEUTRAL_SETTINGS,
} from './appraisal';
import { parseKnownCase, type KnownCase } from './schema';
import type { Perspective } from './types';

const fixturePath = resolve(__dirname, '../../tests/fixtures/published-cases.json');
const published = JSON.parse(readFileSync(fixturePath, 'utf8')) as {
  cases: (Record<string, unknown> & {
    id: string;
    expected: {
      profitYear1?: Record<string, number>;
      profitYear5?: Record<string, number>;
      paybackMonths?: Record<string, number | 'neg'>;
      perParticipantYear1?: Record<string, number>;
      revenuePerParticipant?: Record<string, number>;
    };
  })[];
};

describe('published cases (MODEL.md §8): reproduced from their inputs', () => {
  for (const c of published.cases) {
    describe(c.id, () => {
      const { expected, ...input } = c;
      const parsed = parseKnownCase(input);
      it('is a valid known-revenue case', () => expect(parsed.ok).toBe(true));
      if (!parsed.ok) return;
      // Appraised inside each test rather than while the tests are collected, so that coverage
      // per test (mutation testing) credits these checks with the code they run.
      const appraise = () => appraiseKnownCase(parsed.value);
      for (const [p, want] of Object.entries(expected.profitYear1 ?? {}))
        it(`profit after 1 year, ${p} ≈ ${want} (±3 000)`, () =>
          expect(Math.abs(appraise().profitYear1[p as Perspective]! - want)).toBeLessThanOrEqual(
            3000,
          ));
      for (const [p, want] of Object.entries(expected.profitYear5 ?? {}))
        it(`profit after 5 years, ${p} ≈ ${want} (±5 000)`, () =>
          expect(Math.abs(appraise().profitYear5[p as Perspective]! - want)).toBeLessThanOrEqual(
            5000,
          ));
      for (const [p, want] of Object.entries(expected.paybackMonths ?? {}))
        it(`payback, ${p} = ${want}`, () =>
          expect(appraise().paybackMonths[p as Exclude<Perspective, 'individ'>]).toBe(want));
      for (const [p, want] of Object.entries(expected.perParticipantYear1 ?? {}))
        it(`profit per participant after 1 year, ${p} ≈ ${want}`, () =>
          expect(
            Math.abs(appraise().profitYear1PerParticipant[p as Perspective]! - want),
          ).toBeLessThanOrEqual(1000));
      for (const [p, want] of Object.entries(expected.revenuePerParticipant ?? {}))
        it(`revenue per participant, ${p} ≈ ${want}`, () =>
          expect(
            Math.abs(appraise().revenuePerParticipant[p as Perspective]! - want),
          ).toBeLessThanOrEqual(1000));
    });
  }
});

describe('the fixture is the shared reference', () => {
  const shared = resolve(__dirname, '../../../shared/reference/published-cases.json');
  it.runIf(existsSync(shared))('has not drifted from ../shared/reference', () => {
    expect(JSON.parse(readFileSync(shared, 'utf8'))).toEqual(published);
  });
});

describe('costVector', () => {
  it('splits the Balder budget as Table 4 implies', () => {
    const c = costVector(1_968_750, DEFAULT_FINANCING, 0.2435);
    expect(Math.round(c.samhalle / 1000)).toBe(2448);
    expect(Math.round(c.kommun / 1000)).toBe(492);
    expect(Math.round(c.ovrigStat / 1000)).toBe(479);
    expect(c.statenTotalt).toBeCloseTo(c.af + c.fk + c.ovrigStat, 6);
    expect(c.individ).toBe(0);
  });
});

describe('paybackMonths', () => {
  it.each([
    { cost: 1200, series: [1200], want: 12 },
    { cost: 1201, series: [1200], want: 13 },
    { cost: 0, series: [5], want: 0 },
    { cost: 0, series: [0], want: 'neg' },
    { cost: 100, series: [0], want: 'neg' },
    { cost: 100, series: [-5], want: 'neg' },
    { cost: 2400, series: [0, 1200], want: 36 },
    { cost: 2400, series: [600, 1200], want: 30 },
    { cost: 36, series: [12], want: 36 },
    { cost: 100, series: [-50, 100], want: 30 },
    // Revenue that fades to zero: 600 + 600 repays 1 200 at month 24, never 1 800.
    { cost: 1200, series: [600, 600, 0], want: 24 },
    { cost: 1800, series: [600, 600, 0], want: 'neg' },
  ])('cost $cost, revenue $series → $want', ({ cost, series, want }) => {
    expect(paybackMonths(cost, series)).toBe(want);
  });
  it('ignores floating-point noise at whole months', () => {
    // 0.1 + 0.2 style noise must not push 12 months to 13.
    expect(paybackMonths(0.3, [0.1 + 0.2])).toBe(12);
  });
  it('is "not reached" without any yearly revenue, even for a cost of 0', () => {
    // No revenue repays nothing (MODEL.md §7: "neg" when R ≤ 0, also when C = 0).
    expect(paybackMonths(1200, [])).toBe('neg');
    expect(paybackMonths(0, [])).toBe('neg');
  });
  it('takes a shortfall of up to a billionth of the cost as rounding noise, at any scale', () => {
    // Cost 1 000 000 000; year 1 brings 999 999 999, then nothing. The shortfall, 1 kr, is exactly
    // a billionth of the cost, so year 1 repays it: 12 · 1e9 / 999 999 999 = 12.000000012 months,
    // 12 up to a billionth of itself → 12. Taken at face value the 1 kr would be repaid never
    // (nothing after year 1: "neg"), and the 0.000000012 month would make it 13.
    expect(paybackMonths(1e9, [1e9 - 1, 0])).toBe(12);
    // The same at the scale of öre: a cost of 0.1 + 0.2 kr (0.30000000000000004) against 0.3 kr
    // that stops after year 1 is the same amount → 12 months.
    expect(paybackMonths(0.1 + 0.2, [0.3, 0])).toBe(12);
  });
});

describe('meanPayback', () => {
  it('is the arithmetic mean rounded half up', () => {
    expect(meanPayback([9, 7, 9])).toBe(8);
    expect(meanPayback([7, 8])).toBe(8);
    expect(meanPayback([7, 7, 8])).toBe(7);
    expect(meanPayback([7, 'neg'])).toBe('neg');
  });
  it('of no years at all is "not reached"', () => {
    // No yearly payback to average: nothing says the cost is ever repaid.
    expect(meanPayback([])).toBe('neg');
  });
});

describe('cumulativeByMonth (the reports’ arithmetic, month by month)', () => {
  it('takes the cost at month 0 and spreads each year’s revenue evenly, the last year lasting', () => {
    // Cost 1 200; revenue 1 200 in year 1 (100 a month), 2 400 from year 2 on (200 a month).
    // Year 1, month m: −1 200 + 100·m (0 at month 12); year 2: 200·(m − 12), 2 400 at month 24;
    // year 3 repeats the last value: 2 400 + 200·(m − 24), 4 800 at month 36
    // (= 1 200 + 2 400 + 2 400 − 1 200).
    const want = Array.from({ length: 37 }, (_, m) =>
      m <= 12 ? -1200 + 100 * m : m <= 24 ? 200 * (m - 12) : 2400 + 200 * (m - 24),
    );
    expect(cumulativeByMonth(1200, [1200, 2400], 36)).toEqual(want);
  });
  it('ends year 1 and year 5 at the profit R − C and 5·R − C (Balder, society, Table 4)', () => {
    // R = 2 279 000, C = 2 448 000: −169 000 after 1 year, 8 946 000 after 5 as printed
    // (±3 000 and ±5 000: the report's inputs are rounded, MODEL.md §8).
    const c = cumulativeByMonth(2_448_000, [2_279_000], 60);
    expect(c).toHaveLength(61);
    expect(Math.abs(c[12] - -169_000)).toBeLessThanOrEqual(3000);
    expect(Math.abs(c[60] - 8_946_000)).toBeLessThanOrEqual(5000);
  });
  it('over 0 months is the cost alone, at month 0', () => {
    expect(cumulativeByMonth(500, [1200], 0)).toEqual([-500]);
  });
});

describe('discountedFlows: the month-by-month search', () => {
  it('starts at minus the cost and stops the series at the horizon even when the payback comes later', () => {
    // Cost 1 200, 600 a year (50 a month), no discounting: −1 200 + 50·m for months 0..12, and
    // repaid after 1 200 / 50 = 24 months, beyond the 12 months of the series.
    const { cumulative, payback } = discountedFlows(1200, () => 600, 0, 12);
    expect(cumulative).toEqual(Array.from({ length: 13 }, (_, m) => -1200 + 50 * m));
    expect(payback).toBe(24);
  });
  it('searches 100 years: repaid in month 1 200 counts, month 1 201 is "not reached"', () => {
    // 12 kr a year is 1 kr a month: a cost of 1 200 is repaid in month 1 200 (100 years, the last
    // month searched); a cost of 1 201 would need month 1 201.
    expect(discountedFlows(1200, () => 12, 0, 60).payback).toBe(1200);
    expect(discountedFlows(1201, () => 12, 0, 60).payback).toBe('neg');
  });
  it('repays a cost equal to a year’s revenue in exactly 12 months, whatever the noise of the twelfths', () => {
    // 12 500 000 kr a year against a cost of 12 500 000: twelve months of 1 041 666.67 add up to
    // the cost but for about 1e-9 kr of floating-point rounding, far less than a billionth of the
    // cost (0.0125 kr) → 12 months, as ceil(12 · C / R) = 12 without discounting.
    expect(discountedFlows(12_500_000, () => 12_500_000, 0, 60).payback).toBe(12);
    expect(paybackMonths(12_500_000, [12_500_000])).toBe(12);
  });
  it('takes a shortfall of exactly a billionth of the cost as repaid', () => {
    // Cost 1 000 000 000, 999 999 999 a month (12 times that a year): month 1 leaves −1 kr, a
    // billionth of the cost → repaid in month 1, not month 2.
    expect(discountedFlows(1e9, () => 12 * 999_999_999, 0, 12).payback).toBe(1);
  });
});

describe('discountedFlows with a bound of the revenue still to come', () => {
  // Revenue 1 200 a year in years 1–2, then nothing; no discounting; a 12-month series. The most
  // the revenue from year y on can still bring: 2 400 from year 1, 1 200 from year 2, 0 after.
  const revenue = (y: number) => (y <= 2 ? 1200 : 0);
  const bound = (y: number) => (y <= 1 ? 2400 : y === 2 ? 1200 : 0);

  it('finds a payback in the middle of a later year, as the search without the bound does', () => {
    // Cost 1 800: year 1 repays 1 200; the 600 left take 600 / 100 = 6 months of year 2 → 18.
    expect(discountedFlows(1800, revenue, 0, 12, bound).payback).toBe(18);
    expect(discountedFlows(1800, revenue, 0, 12).payback).toBe(18);
  });
  it('finds a payback in the last month the revenue lasts', () => {
    // Cost 2 400, all of years 1–2: after year 1, 1 200 left and exactly 1 200 to come → month 24.
    expect(discountedFlows(2400, revenue, 0, 12, bound).payback).toBe(24);
  });
  it('stops with "not reached" when what is left exceeds what can come, as the full search ends', () => {
    // Cost 3 000: after year 1, 1 800 left but at most 1 200 to come.
    expect(discountedFlows(3000, revenue, 0, 12, bound).payback).toBe('neg');
    expect(discountedFlows(3000, revenue, 0, 12).payback).toBe('neg');
  });
  it('weighs what is left against the years still to come, not the years gone, after a bad year', () => {
    // Year 1: 0, year 2: −6 000, year 3: +12 000, then 0. Cost 1 000: −7 000 after year 2, then
    // 1 000 a month → repaid at month 24 + 7 = 31. The most the revenue can still bring: 6 000
    // from year 1 or year 2 on (−6 000 + 12 000), 12 000 from year 3, 0 after. At the end of
    // year 2 the 7 000 left exceed the 6 000 of years 1–3 but not the 12 000 of year 3.
    const dip = (y: number) => (y === 2 ? -6000 : y === 3 ? 12_000 : 0);
    const dipBound = (y: number) => (y <= 2 ? 6000 : y === 3 ? 12_000 : 0);
    expect(discountedFlows(1000, dip, 0, 12, dipBound).payback).toBe(31);
    expect(discountedFlows(1000, dip, 0, 12).payback).toBe(31);
  });
  it('does not stop where the search counts a shortfall of rounding noise as repaid', () => {
    // Cost 1 000 000 000, so a shortfall of up to 1e-9 × cost = 1 kr counts as repaid. Year 1
    // brings 1e9 − 1.5, year 2 brings 1, then nothing: 1.5 kr short after year 1, then 1/12 kr
    // a month, 1 kr short (repaid, within the noise) after 6 months of year 2 → month 18. At
    // the end of year 1 the 1.5 left exceed the 1 still to come, but not by more than the noise.
    const nearly = (y: number) => (y === 1 ? 1e9 - 1.5 : y === 2 ? 1 : 0);
    const nearlyBound = (y: number) => (y <= 1 ? 1e9 - 0.5 : y === 2 ? 1 : 0);
    expect(discountedFlows(1e9, nearly, 0, 12).payback).toBe(18);
    expect(discountedFlows(1e9, nearly, 0, 12, nearlyBound).payback).toBe(18);
  });
});

describe('appraisal settings: neutral, and persistence by outcome type', () => {
  it('are neutral only with no discounting, full persistence, no deadweight and full attribution', () => {
    expect(isNeutral(NEUTRAL_SETTINGS)).toBe(true);
    expect(isNeutral({ ...NEUTRAL_SETTINGS, discountRate: 0.03 })).toBe(false);
    expect(
      isNeutral({ ...NEUTRAL_SETTINGS, persistence: { work: 1, studies: 0.8, other: 1 } }),
    ).toBe(false);
    expect(isNeutral({ ...NEUTRAL_SETTINGS, deadweight: 0.2 })).toBe(false);
    expect(isNeutral({ ...NEUTRAL_SETTINGS, attribution: 0.5 })).toBe(false);
  });
  it('tell when the persistence differs between outcome types', () => {
    const varies = (work: number, studies: number, other: number) =>
      persistenceVaries({ ...NEUTRAL_SETTINGS, persistence: { work, studies, other } });
    expect(varies(0.7, 0.7, 0.7)).toBe(false);
    expect(varies(0.7, 0.5, 0.7)).toBe(true);
    expect(varies(0.7, 0.7, 0.5)).toBe(true);
    expect(varies(0.7, 0.5, 0.5)).toBe(true);
  });
});

describe('known-case edge cases', () => {
  it('derives staten totalt and its cost from af + fk + ovrigStat', () => {
    const parsed = parseKnownCase({
      participants: 10,
      budget: 100_000,
      yearlyRevenue: { af: 10, fk: 20, ovrigStat: 30 },
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const r = appraiseKnownCase(parsed.value);
    expect(r.yearlyRevenue.statenTotalt).toBe(60);
    expect(r.cost.statenTotalt).toBeCloseTo(25_000 + 25_000 + 24_350, 6);
  });
  it('only statenTotalt given: cost is af + fk + ovrigStat', () => {
    const parsed = parseKnownCase({
      participants: 10,
      budget: 100_000,
      yearlyRevenue: { statenTotalt: 100_000 },
    });
    if (!parsed.ok) throw new Error('invalid');
    const r = appraiseKnownCase(parsed.value);
    expect(r.profitYear1.statenTotalt).toBeCloseTo(100_000 - 74_350, 6);
    expect(r.paybackMonths.statenTotalt).toBe(9);
  });
  it('zero participants gives zero per participant, not NaN', () => {
    const parsed = parseKnownCase({
      participants: 0,
      societalCost: 1000,
      yearlyRevenue: { samhalle: 500 },
    });
    if (!parsed.ok) throw new Error('invalid');
    const r = appraiseKnownCase(parsed.value);
    expect(r.revenuePerParticipant.samhalle).toBe(0);
    expect(r.paybackMonths.samhalle).toBe(24);
  });
  it("takes society's cost and splits the budget it implies (Balder, MODEL.md §8)", () => {
    // The report gives society's cost 2 448 000 kr (incl. indirect taxes). By hand:
    // budget = 2 448 000 / 1.2435 = 1 968 637.0; each Finsam party 25 % = 492 159.3;
    // ovrigStat bears budget × 0.2435 = 479 362.8. The report prints 492 000 for each
    // party and 480 000 for ovrigStat (its inputs are rounded to 1 000 kr: ±1 000 here).
    const parsed = parseKnownCase({
      participants: 63,
      societalCost: 2_448_000,
      yearlyRevenue: {
        samhalle: 2_279_000,
        kommun: 1_061_000,
        region: 339_000,
        af: -2_901_000,
        fk: 140_000,
        ovrigStat: 1_257_000,
        individ: 1_988_000,
      },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const r = appraiseKnownCase(parsed.value);
    expect(r.cost.samhalle).toBe(2_448_000);
    for (const p of ['kommun', 'region', 'af', 'fk'] as const) {
      expect(r.cost[p]).toBeCloseTo(492_159.3, 0);
      expect(Math.abs(r.cost[p]! - 492_000)).toBeLessThanOrEqual(1000);
    }
    expect(r.cost.ovrigStat).toBeCloseTo(479_362.8, 0);
    expect(Math.abs(r.cost.ovrigStat! - 480_000)).toBeLessThanOrEqual(1000);
    // The parts make the whole: 4 × 492 159.3 + 479 362.8 = 2 448 000.
    const parts = r.cost.kommun! + r.cost.region! + r.cost.af! + r.cost.fk! + r.cost.ovrigStat!;
    expect(parts).toBeCloseTo(2_448_000, 6);
    // Every actor gets its profitability and payback (Table 4): kommun 1 061 000 − 492 159
    // = 568 841 (report 569 000), ceil(12 × 492 159 / 1 061 000) = ceil(5.57) = 6 months;
    // Försäkringskassan ceil(12 × 492 159 / 140 000) = ceil(42.2) = 43; society
    // ceil(12 × 2 448 000 / 2 279 000) = ceil(12.89) = 13; Arbetsförmedlingen never.
    expect(Math.abs(r.profitYear1.kommun! - 569_000)).toBeLessThanOrEqual(3000);
    expect(Math.abs(r.profitYear5.kommun! - 4_813_000)).toBeLessThanOrEqual(5000);
    expect(r.paybackMonths).toMatchObject({ samhalle: 13, kommun: 6, fk: 43, af: 'neg' });
    expect(r.profitYear1.samhalle).toBe(2_279_000 - 2_448_000);
  });
  it('rejects a case without a cost or without revenue, naming each', () => {
    const parsed = parseKnownCase({ participants: 5, yearlyRevenue: {} });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      { path: 'budget', code: 'knownCaseCost', params: {} },
      { path: 'yearlyRevenue', code: 'knownCaseRevenue', params: {} },
    ]);
  });
  it("keeps the report's budget and society's cost when both are given (Balder, MODEL.md §8)", () => {
    // Budget 1 968 750 kr for the 63 evaluated and society's cost 2 448 000 as printed
    // (1 968 750 × 1.2435 = 2 448 140.6 unrounded). Each Finsam party bears 25 % of the budget,
    // 492 187.5; society the printed 2 448 000; 1 968 750 / 63 = 31 250 per participant.
    const parsed = parseKnownCase({
      id: 'balder-2017',
      participants: 63,
      budget: 1_968_750,
      societalCost: 2_448_000,
      yearlyRevenue: { samhalle: 2_279_000, kommun: 1_061_000, individ: 1_988_000 },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const r = appraiseKnownCase(parsed.value);
    expect(r.id).toBe('balder-2017');
    expect(r.budget).toBe(1_968_750);
    expect(r.budgetPerParticipant).toBe(31_250);
    expect(r.cost.samhalle).toBe(2_448_000);
    expect(r.cost.kommun).toBe(492_187.5);
    // Society: ceil(12 × 2 448 000 / 2 279 000) = ceil(12.89) = 13 months, as in Table 4.
    expect(r.paybackMonths.samhalle).toBe(13);
    // kommun per participant: (1 061 000 − 492 187.5) / 63 = 9 028.8 after 1 year (the report:
    // 9 000), (5 × 1 061 000 − 492 187.5) / 63 = 76 393.8 after 5 years.
    expect(r.profitYear1PerParticipant.kommun).toBeCloseTo(568_812.5 / 63, 6);
    expect(Math.abs(r.profitYear1PerParticipant.kommun! - 9000)).toBeLessThanOrEqual(1000);
    expect(r.profitYear5PerParticipant.kommun).toBeCloseTo(4_812_812.5 / 63, 6);
  });
  it('gives the participants their revenue as profit, with no cost and no payback (MODEL.md §7)', () => {
    // Balder's participants gain 1 988 000 a year: 1 988 000 after 1 year, 5 × 1 988 000
    // = 9 940 000 after 5, 1 988 000 / 63 = 31 555.6 each after 1 year.
    const parsed = parseKnownCase({
      participants: 63,
      societalCost: 2_448_000,
      yearlyRevenue: { samhalle: 2_279_000, individ: 1_988_000 },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const r = appraiseKnownCase(parsed.value);
    expect(r.profitYear1.individ).toBe(1_988_000);
    expect(r.profitYear5.individ).toBe(9_940_000);
    expect(r.profitYear1PerParticipant.individ).toBeCloseTo(1_988_000 / 63, 6);
    expect(r.cost).not.toHaveProperty('individ');
    expect(Object.keys(r.cost).sort()).toEqual(
      ['af', 'fk', 'kommun', 'ovrigStat', 'region', 'samhalle', 'statenTotalt'].sort(),
    );
    expect(r.paybackMonths).not.toHaveProperty('individ');
    expect(r.paybackMonths).toEqual({ samhalle: 13 });
  });
  it('gives figures only to the actors with a revenue: a blank actor gets none', () => {
    // A form leaves the region blank (undefined). kommun: cost 25 % of 100 000 = 25 000,
    // R = 100 000 → 75 000 after 1 year, 475 000 after 5, ceil(12 × 25 000 / 100 000) = 3 months,
    // 100 000 / 10 = 10 000 revenue per participant.
    const parsed = parseKnownCase({
      participants: 10,
      budget: 100_000,
      yearlyRevenue: { kommun: 100_000, region: undefined },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const r = appraiseKnownCase(parsed.value);
    expect(Object.keys(r.yearlyRevenue)).toEqual(['kommun']);
    expect(r.revenuePerParticipant).toEqual({ kommun: 10_000 });
    expect(r.profitYear1).toEqual({ kommun: 75_000 });
    expect(r.profitYear5).toEqual({ kommun: 475_000 });
    expect(r.paybackMonths).toEqual({ kommun: 3 });
  });
  it("keeps the report's own staten totalt rather than the sum of its rounded parts", () => {
    // Reports round each figure to 1 000 kr: af 10 400, fk 20 400 and ovrigStat 30 400 print as
    // 10 000, 20 000 and 30 000, but their sum 61 200 prints as 61 000.
    const parsed = parseKnownCase({
      participants: 10,
      budget: 100_000,
      yearlyRevenue: { af: 10_000, fk: 20_000, ovrigStat: 30_000, statenTotalt: 61_000 },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(appraiseKnownCase(parsed.value).yearlyRevenue.statenTotalt).toBe(61_000);
  });
  it.each([
    { missing: 'af', yearlyRevenue: { fk: 20_000, ovrigStat: 30_000 } },
    { missing: 'fk', yearlyRevenue: { af: 10_000, ovrigStat: 30_000 } },
    { missing: 'ovrigStat', yearlyRevenue: { af: 10_000, fk: 20_000 } },
  ])('derives no staten totalt without $missing', ({ yearlyRevenue }) => {
    // Staten totalt = af + fk + ovrigStat: with a part unknown, so is the whole.
    const parsed = parseKnownCase({ participants: 10, budget: 100_000, yearlyRevenue });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const r = appraiseKnownCase(parsed.value);
    expect(r.yearlyRevenue).not.toHaveProperty('statenTotalt');
    expect(r.profitYear1).not.toHaveProperty('statenTotalt');
    expect(r.paybackMonths).not.toHaveProperty('statenTotalt');
  });
  it('without a budget or society’s cost: no budget, no cost, and profit for the participants only', () => {
    // parseKnownCase asks for a cost; appraiseKnownCase itself answers without one (budget null).
    // kommun 50 000 and individ 20 000 a year, 10 participants: 5 000 and 2 000 each; the
    // participants never bear a cost, so their profit is 20 000 after 1 year, 100 000 after 5.
    const c: KnownCase = {
      participants: 10,
      horizonYears: 5,
      yearlyRevenue: { kommun: 50_000, individ: 20_000 },
    };
    const r = appraiseKnownCase(c);
    expect(r.budget).toBeNull();
    expect(r.budgetPerParticipant).toBeNull();
    expect(r.cost).toEqual({});
    expect(r.revenuePerParticipant).toEqual({ kommun: 5_000, individ: 2_000 });
    expect(r.profitYear1).toEqual({ individ: 20_000 });
    expect(r.profitYear5).toEqual({ individ: 100_000 });
    expect(r.paybackMonths).toEqual({});
  });
  it('with the cost borne by some actors only: no cost means payback at once, or never without revenue', () => {
    // Budget 100 000 financed by kommun and region alone (50 % each), t = 24.35 %, horizon 1 year.
    // kommun: C = 50 000, R = 100 000 → 50 000 after 1 year (and after the horizon),
    // ceil(12 × 50 000 / 100 000) = 6 months. af: C = 0, R = 30 000 → 30 000, payback 0.
    // fk: C = 0, R = 0 → profit 0, "not reached" (MODEL.md §7). ovrigStat bears the
    // indirect taxes, 24 350: R = −10 000 → −34 350, "not reached".
    const parsed = parseKnownCase({
      participants: 10,
      budget: 100_000,
      horizonYears: 1,
      indirectTaxRate: 0.2435,
      financing: { kommun: 0.5, region: 0.5, af: 0, fk: 0, ovrigStat: 0 },
      yearlyRevenue: { kommun: 100_000, af: 30_000, fk: 0, ovrigStat: -10_000 },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const r = appraiseKnownCase(parsed.value);
    expect(r.profitYear1.kommun).toBe(50_000);
    expect(r.profitHorizon.kommun).toBe(50_000);
    expect(r.profitYear1.af).toBe(30_000);
    expect(r.profitYear1.fk).toBe(0);
    expect(r.profitYear1.ovrigStat).toBeCloseTo(-34_350, 6);
    expect(r.paybackMonths).toMatchObject({ kommun: 6, af: 0, fk: 'neg', ovrigStat: 'neg' });
  });
});
