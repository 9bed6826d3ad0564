import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  appraiseKnownCase,
  costVector,
  meanPayback,
  paybackMonths,
  DEFAULT_FINANCING,
} from './appraisal';
import { parseKnownCase } from './schema';
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
      const r = appraiseKnownCase(parsed.value);
      for (const [p, want] of Object.entries(expected.profitYear1 ?? {}))
        it(`profit after 1 year, ${p} ≈ ${want} (±3 000)`, () =>
          expect(Math.abs(r.profitYear1[p as Perspective]! - want)).toBeLessThanOrEqual(3000));
      for (const [p, want] of Object.entries(expected.profitYear5 ?? {}))
        it(`profit after 5 years, ${p} ≈ ${want} (±5 000)`, () =>
          expect(Math.abs(r.profitYear5[p as Perspective]! - want)).toBeLessThanOrEqual(5000));
      for (const [p, want] of Object.entries(expected.paybackMonths ?? {}))
        it(`payback, ${p} = ${want}`, () =>
          expect(r.paybackMonths[p as Exclude<Perspective, 'individ'>]).toBe(want));
      for (const [p, want] of Object.entries(expected.perParticipantYear1 ?? {}))
        it(`profit per participant after 1 year, ${p} ≈ ${want}`, () =>
          expect(
            Math.abs(r.profitYear1PerParticipant[p as Perspective]! - want),
          ).toBeLessThanOrEqual(1000));
      for (const [p, want] of Object.entries(expected.revenuePerParticipant ?? {}))
        it(`revenue per participant, ${p} ≈ ${want}`, () =>
          expect(Math.abs(r.revenuePerParticipant[p as Perspective]! - want)).toBeLessThanOrEqual(
            1000,
          ));
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
  ])('cost $cost, revenue $series → $want', ({ cost, series, want }) => {
    expect(paybackMonths(cost, series)).toBe(want);
  });
  it('ignores floating-point noise at whole months', () => {
    // 0.1 + 0.2 style noise must not push 12 months to 13.
    expect(paybackMonths(0.3, [0.1 + 0.2])).toBe(12);
  });
});

describe('meanPayback', () => {
  it('is the arithmetic mean rounded half up', () => {
    expect(meanPayback([9, 7, 9])).toBe(8);
    expect(meanPayback([7, 8])).toBe(8);
    expect(meanPayback([7, 7, 8])).toBe(7);
    expect(meanPayback([7, 'neg'])).toBe('neg');
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
});
