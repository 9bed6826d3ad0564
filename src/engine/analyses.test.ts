import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  BREAK_EVEN_STEPS,
  breakEven,
  bridge,
  compareCohorts,
  depreciate,
  fullAllocation,
  type FullAllocationBasis,
  SOT_TARGETS,
  targetGaps,
} from './analyses';
import { appraiseKnownCase } from './appraisal';
import {
  evaluatePrepared,
  evaluateScenario,
  NO_WHAT_IF,
  prepare,
  type SegmentResult,
  type TimePointResult,
} from './evaluate';
import { exampleScenario } from './example';
import { defaultParamValues } from './parameters';
import { parseKnownCase } from './schema';

// The example is a 2017 cohort: its figures come from the rules of 2017.
const params = defaultParamValues(2017);

describe('break-even (RAR Sörmland 2020, MODEL.md §9 with the §8 tolerances)', () => {
  const cost = { samhalle: 57_000_000 };
  it.each([
    ['unemployedToFullTimeWork', 114, 0.05],
    ['unemployedToHalfTimeSubsidised', 850, 0.15],
    ['wagePlus5000', 580, 0.03],
  ] as const)('%s: about %d persons for one year repay 57 mkr', (step, published, tolerance) => {
    const r = breakEven(cost, BREAK_EVEN_STEPS[step], params);
    const persons = r.personsForOneYear.samhalle!;
    expect(Math.abs(persons / published - 1)).toBeLessThanOrEqual(tolerance);
    // ceil: one person fewer would not repay the cost.
    expect(persons * r.valuePerPersonYear.samhalle).toBeGreaterThanOrEqual(57_000_000);
    expect((persons - 1) * r.valuePerPersonYear.samhalle).toBeLessThan(57_000_000);
  });

  it('gives the years a given group must keep the step, and "never" for a step worth nothing', () => {
    const r = breakEven(cost, BREAK_EVEN_STEPS.unemployedToFullTimeWork, params, 57);
    expect(r.yearsForPersons.samhalle).toBeCloseTo(
      57_000_000 / (57 * r.valuePerPersonYear.samhalle),
      9,
    );
    expect(r.yearsForPersons.samhalle!).toBeGreaterThan(1.9);
    const none = breakEven(
      cost,
      { before: BREAK_EVEN_STEPS.wagePlus5000.before, after: BREAK_EVEN_STEPS.wagePlus5000.before },
      params,
    );
    expect(none.personsForOneYear.samhalle).toBeNull();
    expect(
      breakEven({ samhalle: 0 }, BREAK_EVEN_STEPS.wagePlus5000, params).personsForOneYear.samhalle,
    ).toBe(0);
  });
});

describe('break-even steps', () => {
  it('change income only, as the RAR Sörmland 2020 steps do: no resource use before or after', () => {
    for (const step of Object.values(BREAK_EVEN_STEPS)) {
      expect(step.before.resources).toEqual([]);
      expect(step.after.resources).toEqual([]);
    }
  });
});

describe('break-even, edge cases', () => {
  const step = BREAK_EVEN_STEPS.unemployedToFullTimeWork;

  it('answers only for the perspectives whose cost is given', () => {
    const r = breakEven({ samhalle: 57_000_000 }, step, params, 10);
    expect(Object.keys(r.personsForOneYear)).toEqual(['samhalle']);
    expect(Object.keys(r.yearsForPersons)).toEqual(['samhalle']);
  });

  it('needs exactly 3 persons when the cost is exactly 3 persons’ yearly value', () => {
    const v = breakEven({ samhalle: 1 }, step, params).valuePerPersonYear.samhalle;
    expect(v).toBeGreaterThan(0);
    // C = 3 V: ceil(3) = 3, not 4 (the 1e-9 guards against rounding up a float just above 3).
    const r = breakEven({ samhalle: 3 * v }, step, params, 6);
    expect(r.personsForOneYear.samhalle).toBe(3);
    // 6 persons repay 3 V in 3 V / (6 V) = half a year.
    expect(r.yearsForPersons.samhalle).toBeCloseTo(0.5, 12);
  });

  it('gives no years for a group of no persons', () => {
    const r = breakEven({ samhalle: 57_000_000 }, step, params, 0);
    expect(r.yearsForPersons.samhalle).toBeNull();
    expect(r.personsForOneYear.samhalle).toBeGreaterThan(0);
  });
});

describe('depreciation', () => {
  it('spreads the cost and keeps the totals (hand-worked: 300 over 3 years, revenue 100 a year)', () => {
    const rows = depreciate(300, [100], 3, 5);
    expect(rows.map((r) => r.profit)).toEqual([0, 0, 0, 100, 100]);
    expect(rows.map((r) => r.cumulative)).toEqual([0, 0, 0, 100, 200]);
    const total = rows.reduce((a, r) => a + r.profit, 0);
    expect(total).toBe(5 * 100 - 300);
  });
  it('takes each year’s own revenue, the last one lasting', () => {
    // 300 over 3 years (100 a year) against revenue 100, 200, 300, 300:
    // profit 0, 100, 200, 300; cumulative 0, 100, 300, 600.
    const rows = depreciate(300, [100, 200, 300], 3, 4);
    expect(rows.map((r) => r.revenue)).toEqual([100, 200, 300, 300]);
    expect(rows.map((r) => r.cumulative)).toEqual([0, 100, 300, 600]);
  });
  it('with one year is the reports’ convention (whole cost in year 1)', () => {
    expect(depreciate(300, [100], 1, 3).map((r) => r.profit)).toEqual([-200, 100, 100]);
  });
});

describe('years compared (RAR Sörmland 2022–2024)', () => {
  const fixture = JSON.parse(
    readFileSync(resolve(__dirname, '../../tests/fixtures/published-cases.json'), 'utf8'),
  );
  const rar = fixture.cases.filter((c: { id: string }) => c.id.startsWith('rar-'));
  it('has a mean payback of 8 months for society, as the report says ("i genomsnitt 8 månader")', () => {
    const segments = rar.map((c: Record<string, unknown>) => {
      const { expected: _e, ...input } = c;
      const parsed = parseKnownCase(input);
      if (!parsed.ok) throw new Error('invalid case');
      const r = appraiseKnownCase(parsed.value);
      return {
        id: c.id,
        label: c.id,
        participants: r.participants,
        paybackMonths: r.paybackMonths,
      } as unknown as SegmentResult;
    });
    const cmp = compareCohorts(segments);
    expect(cmp.rows.map((r) => r.paybackMonths.samhalle)).toEqual([9, 7, 9]);
    expect(cmp.meanPaybackMonths.samhalle).toBe(8);
  });
});

describe('follow-ups against targets (SOT Västerås)', () => {
  it('reports outcome, target and gap per time point', () => {
    const s = exampleScenario();
    s.cohorts[0].groups.forEach((g) => (g.followUp6 = structuredClone(g.after)));
    const r = evaluateScenario(s);
    const gaps = targetGaps(r.followUps, SOT_TARGETS);
    expect(gaps.map((g) => g.timePoint)).toEqual(['exit', 'm6']);
    const exit = gaps[0];
    expect(exit.outcome.work).toBeCloseTo(25 / 63, 9);
    expect(exit.gap!.work).toBeCloseTo(25 / 63 - 0.25, 9);
    expect(exit.gap!.studies).toBeCloseTo(11 / 63 - 0.2, 9);
    expect(exit.paybackMet).toBe(true);
  });
});

describe('follow-ups against targets, by hand', () => {
  /** A follow-up with only what targetGaps reads: its shares and society's payback. */
  const followUp = (
    timePoint: TimePointResult['timePoint'],
    shares: { work: number; studies: number; other: number },
    payback: number | 'neg',
  ) =>
    ({
      timePoint,
      participantsCovered: 20,
      result: { outcomeShares: shares, paybackMonths: { samhalle: payback } },
    }) as unknown as TimePointResult;

  it('gives the gap in every share and the payback against the target, 34 months included', () => {
    const gaps = targetGaps(
      [
        followUp('exit', { work: 0.3, studies: 0.1, other: 0.6 }, 34),
        followUp('m6', { work: 0.3, studies: 0.1, other: 0.6 }, 35),
        followUp('m24', { work: 0.3, studies: 0.1, other: 0.6 }, 'neg'),
      ],
      SOT_TARGETS,
    );
    // exit target 25/20/55: 0.30 − 0.25, 0.10 − 0.20, 0.60 − 0.55.
    expect(gaps[0].gap!.work).toBeCloseTo(0.05, 12);
    expect(gaps[0].gap!.studies).toBeCloseTo(-0.1, 12);
    expect(gaps[0].gap!.other).toBeCloseTo(0.05, 12);
    expect(gaps[0].participants).toBe(20);
    // 34 ≤ 34; 35 > 34; never reached is not within.
    expect(gaps.map((g) => g.paybackMet)).toEqual([true, false, false]);
  });

  it('has no gap without a target and no verdict without a payback target', () => {
    const shares = { work: 0.3, studies: 0.1, other: 0.6 };
    const gaps = targetGaps([followUp('exit', shares, 10), followUp('m6', shares, 10)], {
      m6: { work: 0.35, studies: 0.25, other: 0.4 },
    });
    expect(gaps[0].target).toBeUndefined();
    expect(gaps[0].gap).toBeUndefined();
    expect(gaps[0].paybackMet).toBeUndefined();
    expect(gaps[1].gap!.other).toBeCloseTo(0.2, 12);
    expect(gaps[1].paybackMet).toBeUndefined();
  });
});

describe('scenario bridge', () => {
  it('goes from the base to the what-if result, the steps adding up', () => {
    const prep = prepare(exampleScenario());
    const w = {
      ...NO_WHAT_IF,
      subsidisedToUnsubsidisedShare: 0.5,
      studiesToWorkShare: 0.5,
      fewerPrimaryCareVisits: 5,
    };
    const steps = bridge(prep, w);
    expect(steps.map((s) => s.key)).toEqual([
      'base',
      'subsidisedToUnsubsidisedShare',
      'studiesToWorkShare',
      'fewerPrimaryCareVisits',
    ]);
    const full = evaluatePrepared(prep, w).total;
    const sum = steps.reduce((a, s) => a + s.delta.samhalle, 0);
    expect(sum).toBeCloseTo(full.yearlyRevenue.samhalle, 4);
    expect(steps.at(-1)!.paybackMonths).toEqual(full.paybackMonths);
    expect(steps[3].delta.region).toBeCloseTo(63 * 5 * params.costPrimaryCareVisit, 4);
  });
});

describe('scenario bridge with a delay', () => {
  it('carries the delay of studies → work with its share: the last step is the full what-if result', () => {
    const prep = prepare(exampleScenario());
    const w = { ...NO_WHAT_IF, studiesToWorkShare: 0.5, studiesToWorkDelayYears: 2 };
    const steps = bridge(prep, w);
    expect(steps.map((s) => s.key)).toEqual(['base', 'studiesToWorkShare']);
    const full = evaluatePrepared(prep, w).total;
    const undelayed = evaluatePrepared(prep, { ...w, studiesToWorkDelayYears: 0 }).total;
    // The delay matters here (else this would check nothing): without it the step is worth more in year 1.
    expect(undelayed.yearlyRevenue.samhalle).toBeGreaterThan(full.yearlyRevenue.samhalle);
    expect(steps[1].yearlyRevenue).toEqual(full.yearlyRevenue);
    expect(steps[1].paybackMonths).toEqual(full.paybackMonths);
  });
});

describe('scenario bridge, the other settings', () => {
  it('takes the subsidy level, psychiatric care days and extra funds in the fixed order', () => {
    const prep = prepare(exampleScenario());
    const w = {
      ...NO_WHAT_IF,
      extraFunds: 100_000,
      subsidyShare: 0.5,
      fewerPsychiatricCareDays: 2,
    };
    const steps = bridge(prep, w);
    expect(steps.map((s) => s.key)).toEqual([
      'base',
      'subsidyShare',
      'fewerPsychiatricCareDays',
      'extraFunds',
    ]);
    const full = evaluatePrepared(prep, w).total;
    expect(steps.at(-1)!.yearlyRevenue).toEqual(full.yearlyRevenue);
  });
});

describe('full allocation (full tilldelning)', () => {
  /** Hand-worked: 10 participants, budget 1 000 000 kr (100 000 each), societal cost 1 243 500, revenue 2 000 000 a year. */
  const vec = (samhalle: number, kommun: number) => ({
    samhalle,
    kommun,
    region: 0,
    statenTotalt: samhalle - kommun,
    af: 0,
    fk: samhalle - kommun,
    ovrigStat: 0,
    individ: 0,
  });
  const basis: FullAllocationBasis = {
    participants: 10,
    budget: 1_000_000,
    cost: vec(1_243_500, 250_000),
    yearlyRevenue: vec(2_000_000, 800_000),
    revenueByYear: [vec(2_000_000, 800_000)],
  };

  it('spends 500 000 kr undrawn at 100 000 kr per participant: 5 more participants and half again the revenue', () => {
    const r = fullAllocation(basis, 500_000, 5);
    if (!r.ok) throw new Error(r.issue.code);
    expect(r.costPerParticipant).toBe(100_000);
    expect(r.extra.participants).toBe(5);
    expect(r.extra.budget).toBe(500_000);
    expect(r.extra.yearlyRevenue.samhalle).toBe(1_000_000);
    expect(r.extra.cost.samhalle).toBe(621_750); // 500 000 × 1.2435
    expect(r.extra.cost.kommun).toBe(125_000); // kommun's 25 % of the funds
    expect(r.extra.profitYear1.samhalle).toBe(1_000_000 - 621_750);
    expect(r.extra.profitHorizon.samhalle).toBe(5 * 1_000_000 - 621_750);
    expect(r.full.participants).toBe(15);
    expect(r.full.yearlyRevenue.samhalle).toBe(3_000_000);
    expect(r.full.profitYear1.samhalle).toBe(3_000_000 - 1_865_250);
    // ceil(12 × 1 243 500 / 2 000 000) = ceil(7.461) = 8, the same at any scale.
    expect(r.current.paybackMonths.samhalle).toBe(8);
    expect(r.full.paybackMonths.samhalle).toBe(8);
    expect(r.extra.paybackMonths.kommun).toBe(4); // ceil(12 × 250 000 / 800 000) = ceil(3.75)
  });

  it('with nothing undrawn adds nothing, and refuses negative funds or a calculation without cost', () => {
    const none = fullAllocation(basis, 0, 5);
    if (!none.ok) throw new Error(none.issue.code);
    expect(none.extra.participants).toBe(0);
    expect(none.full.yearlyRevenue).toEqual(basis.yearlyRevenue);
    const neg = fullAllocation(basis, -1, 5);
    expect(neg.ok).toBe(false);
    if (!neg.ok) expect(neg.issue.code).toBe('negativeFunds');
    const nobody = fullAllocation({ ...basis, participants: 0 }, 100, 5);
    expect(nobody.ok).toBe(false);
    if (!nobody.ok) expect(nobody.issue.code).toBe('noCostPerParticipant');
    const free = fullAllocation({ ...basis, budget: 0 }, 100, 5);
    expect(free.ok).toBe(false);
    if (!free.ok) expect(free.issue.code).toBe('noCostPerParticipant');
  });

  it('follows the example: 312 500 kr at 31 250 kr per participant gives 10 more participants', () => {
    const total = evaluateScenario(exampleScenario()).total;
    const r = fullAllocation(total, 312_500, 5);
    if (!r.ok) throw new Error(r.issue.code);
    expect(r.extra.participants).toBeCloseTo(10, 9);
    expect(r.extra.yearlyRevenue.samhalle).toBeCloseTo((10 * total.yearlyRevenue.samhalle) / 63, 3);
  });

  it('RAR Sörmland 2024: 4.57 mkr undrawn at 2024’s cost and outcome mix, near the report’s "cirka 8,7 miljoner"', () => {
    // Table 3: 149 participants, 13.4 mkr a year, societal cost 9.1 mkr = budget × 1.2435.
    const budget = 9_100_000 / 1.2435;
    const r = fullAllocation(
      {
        participants: 149,
        budget,
        cost: { ...vec(9_100_000, 0) },
        yearlyRevenue: vec(13_400_000, 0),
        revenueByYear: [vec(13_400_000, 0)],
      },
      4_570_000,
      5,
    );
    if (!r.ok) throw new Error(r.issue.code);
    // 13.4 × 4.57 / 7.318 = 8.37 mkr. The report's "cirka 8,7" cannot be derived
    // from its rounded 2024 table (it may rest on unrounded figures); ours is 4 % lower.
    expect(r.extra.yearlyRevenue.samhalle).toBeCloseTo((13_400_000 * 4_570_000) / budget, 0);
    expect(Math.abs(r.extra.yearlyRevenue.samhalle / 8_700_000 - 1)).toBeLessThan(0.05);
    expect(r.extra.participants).toBeCloseTo((149 * 4_570_000) / budget, 6);
  });
});
