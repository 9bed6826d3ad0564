/**
 * The figures the browser tests expect of the built-in example (tests/support/example-figures.ts)
 * are the engine's: society's cost from Balder 2017's budget, and a payback of ⌈12 · C / R⌉
 * months that the browser tests compare the page with.
 */
import { describe, expect, it } from 'vitest';
import { evaluateScenario, exampleScenario } from '../../src/engine';
import {
  EXAMPLE_PAYBACK_MONTHS,
  EXAMPLE_PAYBACK_TEXT,
  EXAMPLE_SOCIETY_COST,
  examplePaybackMonths,
} from '../support/example-figures';

describe('the example as the page opens it', () => {
  it("costs society 4 750 000 / 152 × 63 × 1.2435 = 2 448 140.625 kr (Balder 2017's budget)", () => {
    expect(EXAMPLE_SOCIETY_COST).toBeCloseTo(2_448_140.625, 6);
    const t = evaluateScenario(exampleScenario()).total;
    expect(t.participants).toBe(63);
    expect(t.cost.samhalle).toBeCloseTo(2_448_140.625, 3);
  });

  it('pays back for society in 5 months: ⌈12 · C / R⌉ with R within [12 · C / 5, 12 · C / 4)', () => {
    const t = evaluateScenario(exampleScenario()).total;
    // 12 × 2 448 140.625 / 5 = 5 875 537.5; 12 × 2 448 140.625 / 4 = 7 344 421.875.
    expect(t.yearlyRevenue.samhalle).toBeGreaterThanOrEqual(5_875_537.5);
    expect(t.yearlyRevenue.samhalle).toBeLessThan(7_344_421.875);
    expect(t.paybackMonths.samhalle).toBe(5);
    expect(EXAMPLE_PAYBACK_MONTHS).toBe(5);
    expect(examplePaybackMonths()).toBe(EXAMPLE_PAYBACK_MONTHS);
    expect(EXAMPLE_PAYBACK_TEXT).toBe('5 mån');
  });

  it('pays back sooner with everyone in subsidised work moved to unsubsidised work', () => {
    // The move adds the subsidy × (1 + employer contributions) and the handling it saves to
    // society's revenue (MODEL.md §9) at the same cost: a shorter payback, never a longer one.
    const moved = examplePaybackMonths({ subsidisedToUnsubsidisedShare: 1 });
    expect(moved).toBeLessThan(EXAMPLE_PAYBACK_MONTHS);
    expect(moved).toBeGreaterThan(0);
  });

  it('an edit reaches the evaluation: with the cost doubled the payback is ⌈12 · 2C / R⌉', () => {
    const t = evaluateScenario(exampleScenario()).total;
    const doubled = examplePaybackMonths({}, 0, (s) => {
      s.cohorts[0].cost = { mode: 'total', budget: 2 * 1_968_750 };
    });
    // 2 × 1 968 750 × 1.2435 = 4 896 281.25 kr for society.
    expect(doubled).toBe(Math.ceil((12 * 4_896_281.25) / t.yearlyRevenue.samhalle));
    expect(doubled).toBeGreaterThan(EXAMPLE_PAYBACK_MONTHS);
  });
});
