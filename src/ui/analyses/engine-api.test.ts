/**
 * The analyses' worker methods through createEngineApi(): break-even with the
 * kept scenario's parameters, depreciation totals, the mean payback of the
 * cohorts, follow-ups against targets, the what-if bridge and full allocation.
 */
import { describe, expect, it } from 'vitest';
import { exampleScenario, NO_WHAT_IF, SOT_TARGETS } from '../../engine';
import { createEngineApi } from '../../worker/engine-api';

describe('engine API: analyses', () => {
  it('gives 112–120 persons for 57 mkr on the first break-even step', async () => {
    const api = createEngineApi();
    const r = await api.breakEven({
      cost: { samhalle: 57_000_000 },
      step: 'unemployedToFullTimeWork',
      persons: 57,
    });
    expect(r.personsForOneYear.samhalle).toBeGreaterThanOrEqual(112);
    expect(r.personsForOneYear.samhalle).toBeLessThanOrEqual(120);
    expect(r.yearsForPersons.samhalle).toBeGreaterThan(1.9);
  });

  it('spreads the cost and keeps the totals', async () => {
    const api = createEngineApi();
    const one = await api.depreciation({ cost: 300, revenueByYear: [100], years: 1, horizon: 5 });
    const three = await api.depreciation({
      cost: 300,
      revenueByYear: [100],
      years: 3,
      horizon: 5,
    });
    expect(three.rows.map((r) => r.profit)).toEqual([0, 0, 0, 100, 100]);
    expect(three.totals).toEqual({ revenue: 500, cost: 300, profit: 200 });
    expect(one.totals).toEqual(three.totals);
  });

  it('compares cohorts, gaps follow-ups and bridges the what-if on the kept scenario', async () => {
    const api = createEngineApi();
    const whatIf = { ...NO_WHAT_IF, subsidisedToUnsubsidisedShare: 1 };
    expect((await api.bridge(whatIf)).ok).toBe(false);
    const r = await api.evaluate(exampleScenario(), 1, whatIf);
    if (!r.ok) throw new Error('evaluate failed');
    const c = await api.compareCohorts(r.result.byCohort);
    expect(c.rows).toHaveLength(r.result.byCohort.length);
    expect(c.meanPaybackMonths.samhalle).toBeDefined();
    const gaps = await api.targetGaps(r.result.followUps, SOT_TARGETS);
    expect(gaps).toHaveLength(r.result.followUps.length);
    const b = await api.bridge(whatIf);
    if (!b.ok) throw new Error('bridge failed');
    expect(b.steps.map((s) => s.key)).toEqual(['base', 'subsidisedToUnsubsidisedShare']);
    expect(b.steps.at(-1)!.yearlyRevenue.samhalle).toBeCloseTo(
      r.result.total.yearlyRevenue.samhalle,
      6,
    );
  });

  it('spends undrawn funds at the kept cost per participant, and refuses negative funds', async () => {
    const api = createEngineApi();
    const r = await api.evaluate(exampleScenario(), 1, NO_WHAT_IF);
    if (!r.ok) throw new Error('evaluate failed');
    const t = r.result.total;
    const basis = {
      participants: t.participants,
      budget: t.budget,
      cost: t.cost,
      yearlyRevenue: t.yearlyRevenue,
      revenueByYear: t.revenueByYear,
    };
    // 4 750 000 kr for 152 participants: 31 250 kr each, so 625 000 kr serve 20 more.
    const f = await api.fullAllocation({ basis, undrawnFunds: 625_000, horizonYears: 5 });
    if (!f.ok) throw new Error(f.issue.code);
    expect(f.costPerParticipant).toBeCloseTo(31_250, 6);
    expect(f.extra.participants).toBeCloseTo(20, 9);
    expect(f.full.participants).toBeCloseTo(83, 9);
    const neg = await api.fullAllocation({ basis, undrawnFunds: -1, horizonYears: 5 });
    expect(neg.ok).toBe(false);
  });
});
