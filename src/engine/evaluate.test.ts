import { describe, expect, it } from 'vitest';
import { scenarioWith } from '../../tests/support/scenario-builders';
import { EXAMPLE_GROUPS, exampleScenario } from './example';
import { evaluatePrepared, evaluateScenario, NO_WHAT_IF, prepare } from './evaluate';
import { defaultParamValues } from './parameters';
import { type Group, type Scenario } from './schema';
import { PERSPECTIVES } from './types';

// The example is a 2017 cohort: its figures come from the rules of 2017.
const params = defaultParamValues(2017);
const labourCost = (e: number, w = params.referenceMonthlyWage) =>
  e * w * 12 * (1 + params.employerContributionRate);

/** Every number anywhere in a result, to prove there is no NaN or Infinity. */
function numbersIn(x: unknown, out: number[] = []): number[] {
  if (typeof x === 'number') out.push(x);
  else if (Array.isArray(x)) x.forEach((y) => numbersIn(y, out));
  else if (x && typeof x === 'object') Object.values(x).forEach((y) => numbersIn(y, out));
  return out;
}

describe('aggregation', () => {
  const grouped = evaluateScenario(exampleScenario());
  const individual = scenarioWith((s) => {
    s.cohorts[0].groups = s.cohorts[0].groups.flatMap((g) =>
      Array.from({ length: g.count }, (_, i): Group => ({
        ...structuredClone(g),
        id: `${g.id}-${i}`,
        count: 1,
      })),
    );
  });
  const fromRecords = evaluateScenario(individual);

  it('gives the same figures for individual records as for groups', () => {
    for (const p of PERSPECTIVES) {
      expect(fromRecords.total.yearlyRevenue[p]).toBeCloseTo(grouped.total.yearlyRevenue[p], 4);
      expect(fromRecords.total.profitYear5[p]).toBeCloseTo(grouped.total.profitYear5[p], 4);
    }
    expect(fromRecords.total.paybackMonths).toEqual(grouped.total.paybackMonths);
  });

  it('values each distinct situation once, however many participants share it', () => {
    expect(individual.cohorts[0].groups).toHaveLength(63);
    const transitions = new Set(EXAMPLE_GROUPS.map((g) => JSON.stringify([g.before, g.after])));
    expect(fromRecords.stats.transitions).toBe(transitions.size);
    const distinct = new Set(
      EXAMPLE_GROUPS.flatMap((g) => [JSON.stringify(g.before), JSON.stringify(g.after)]),
    );
    expect(fromRecords.stats.situations).toBe(distinct.size);
  });
});

describe('the example scenario', () => {
  const r = evaluateScenario(exampleScenario());
  const t = r.total;

  it('has 63 participants and a cost of 4 750 000 / 152 per participant', () => {
    expect(t.participants).toBe(63);
    expect(t.budget).toBeCloseTo((4_750_000 * 63) / 152, 6);
    expect(t.cost.samhalle).toBeCloseTo(t.budget * (1 + params.indirectTaxRate), 6);
  });

  it("utilised potential equals society's yearly revenue", () => {
    expect(t.potential.utilised).toBeCloseTo(t.yearlyRevenue.samhalle, 4);
    expect(t.potential.before - t.potential.after).toBeCloseTo(t.potential.utilised, 4);
  });

  it("the participants' revenue is their change in disposable income", () => {
    expect(t.yearlyRevenue.individ).toBeCloseTo(t.disposableIncome.change, 4);
  });

  it('staten totalt is af + fk + ovrigStat, in revenue and cost', () => {
    expect(t.yearlyRevenue.statenTotalt).toBeCloseTo(
      t.yearlyRevenue.af + t.yearlyRevenue.fk + t.yearlyRevenue.ovrigStat,
      4,
    );
    expect(t.cost.statenTotalt).toBeCloseTo(t.cost.af + t.cost.fk + t.cost.ovrigStat, 4);
  });

  it('breaks every yearly revenue down into components that sum to it', () => {
    for (const p of PERSPECTIVES) {
      const sum = Object.values(t.components[p]).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(t.yearlyRevenue[p], 4);
    }
  });

  it('profit after 1 and 5 years and payback follow MODEL.md §7', () => {
    for (const p of PERSPECTIVES) {
      expect(t.profitYear1[p]).toBeCloseTo(t.yearlyRevenue[p] - t.cost[p], 4);
      expect(t.profitYear5[p]).toBeCloseTo(5 * t.yearlyRevenue[p] - t.cost[p], 4);
      if (p === 'individ') continue;
      const R = t.yearlyRevenue[p];
      expect(t.paybackMonths[p]).toBe(R > 0 ? Math.ceil((12 * t.cost[p]) / R) : 'neg');
    }
  });

  it('sums cohorts and genders to the total', () => {
    const sum = (xs: typeof r.byGender, f: (s: typeof t) => number) =>
      xs.reduce((a, s) => a + f(s), 0);
    expect(sum(r.byGender, (s) => s.participants)).toBe(63);
    expect(sum(r.byGender, (s) => s.yearlyRevenue.samhalle)).toBeCloseTo(
      t.yearlyRevenue.samhalle,
      4,
    );
    expect(sum(r.byGender, (s) => s.cost.samhalle)).toBeCloseTo(t.cost.samhalle, 4);
    expect(sum(r.byCohort, (s) => s.yearlyRevenue.kommun)).toBeCloseTo(t.yearlyRevenue.kommun, 4);
    expect(r.byGender.map((g) => g.id)).toEqual(['kvinna', 'man']);
  });

  it('counts income sources before and after, in persons and full-time equivalents', () => {
    const after = Object.fromEntries(t.incomeSources.after.map((s) => [s.source, s]));
    expect(after.osubventioneratArbete.persons).toBe(6);
    expect(after.subventioneratArbete.persons).toBe(19);
    expect(after.studier.persons).toBe(11);
    expect(after.osubventioneratArbete.fte).toBeCloseTo(3 * 0.75 + 3, 9);
    expect(t.outcomeShares.work).toBeCloseTo(25 / 63, 9);
    expect(t.outcomeShares.studies).toBeCloseTo(11 / 63, 9);
  });

  it('lands in the range of the published Balder evaluation it is modelled on', () => {
    // Balder: 36 000 kr per participant and year for society, payback 13 months.
    expect(t.revenuePerParticipant.samhalle).toBeGreaterThan(20_000);
    expect(t.revenuePerParticipant.samhalle).toBeLessThan(100_000);
    expect(t.paybackMonths.samhalle).toBeLessThan(24);
    expect(t.yearlyRevenue.af).toBeLessThan(0);
  });
});

describe('what-if settings', () => {
  const prep = prepare(exampleScenario());
  const base = evaluatePrepared(prep, NO_WHAT_IF).total;

  it('subsidised → unsubsidised adds the subsidy·(1+t) and the handling it saves', () => {
    // Lönebidrag is paid on the wage up to the year's ceiling (in proportion to the working
    // time, SFS 2017:887), with employer contributions on that part.
    const q = 0.5;
    const r = evaluatePrepared(prep, { ...NO_WHAT_IF, subsidisedToUnsubsidisedShare: q }).total;
    let expected = 0;
    for (const g of EXAMPLE_GROUPS)
      for (const i of g.after.income)
        if (i.source === 'subventioneratArbete')
          expected +=
            g.count *
            q *
            (labourCost(
              i.extent,
              Math.min(params.referenceMonthlyWage, params.wageSubsidyCeilingPerMonth),
            ) *
              i.subsidyShare! *
              (1 + params.indirectTaxRate) +
              i.extent * params.handlingAfSubsidisedWork);
    expect(r.yearlyRevenue.samhalle - base.yearlyRevenue.samhalle).toBeCloseTo(expected, 4);
  });

  it('studies → work with a delay changes revenue only after the delay', () => {
    const r = evaluatePrepared(prep, {
      ...NO_WHAT_IF,
      studiesToWorkShare: 1,
      studiesToWorkDelayYears: 2,
    }).total;
    expect(r.revenueByYear[0].samhalle).toBeCloseTo(base.yearlyRevenue.samhalle, 4);
    expect(r.revenueByYear[1].samhalle).toBeCloseTo(base.yearlyRevenue.samhalle, 4);
    expect(r.revenueByYear[2].samhalle).toBeGreaterThan(base.yearlyRevenue.samhalle + 11 * 400_000);
    const sum5 = r.revenueByYear.slice(0, 5).reduce((a, y) => a + y.samhalle, 0);
    expect(r.profitYear5.samhalle).toBeCloseTo(sum5 - r.cost.samhalle, 4);
  });

  it('both Balder scenarios together add up and shorten the payback', () => {
    const both = evaluatePrepared(prep, {
      ...NO_WHAT_IF,
      subsidisedToUnsubsidisedShare: 0.5,
      studiesToWorkShare: 0.5,
    }).total;
    const one = evaluatePrepared(prep, { ...NO_WHAT_IF, subsidisedToUnsubsidisedShare: 0.5 }).total;
    const two = evaluatePrepared(prep, { ...NO_WHAT_IF, studiesToWorkShare: 0.5 }).total;
    // No example group is both in subsidised work and in studies, so the gains add up.
    const gain = (r: typeof base) => r.yearlyRevenue.samhalle - base.yearlyRevenue.samhalle;
    expect(gain(both)).toBeCloseTo(gain(one) + gain(two), 4);
    expect(both.paybackMonths.samhalle as number).toBeLessThan(
      base.paybackMonths.samhalle as number,
    );
  });

  it('extra funds scale participants, revenue and cost, and keep the payback', () => {
    const r = evaluatePrepared(prep, { ...NO_WHAT_IF, extraFunds: base.budget });
    expect(r.total.participants).toBeCloseTo(126, 9);
    expect(r.baseline.extraParticipants).toBeCloseTo(63, 9);
    expect(r.total.yearlyRevenue.samhalle).toBeCloseTo(2 * base.yearlyRevenue.samhalle, 4);
    expect(r.total.cost.samhalle).toBeCloseTo(2 * base.cost.samhalle, 4);
    expect(r.total.paybackMonths).toEqual(base.paybackMonths);
  });

  it('fewer care visits and days add their standard cost for region and society', () => {
    const r = evaluatePrepared(prep, {
      ...NO_WHAT_IF,
      fewerPrimaryCareVisits: 5,
      fewerPsychiatricCareDays: 3,
    }).total;
    const expected = 63 * (5 * params.costPrimaryCareVisit + 3 * params.costPsychiatricCareDay);
    expect(r.yearlyRevenue.region - base.yearlyRevenue.region).toBeCloseTo(expected, 4);
    expect(r.yearlyRevenue.samhalle - base.yearlyRevenue.samhalle).toBeCloseTo(expected, 4);
  });

  it('a subsidy level of 0 removes every subsidy paid by af', () => {
    const r = evaluatePrepared(prep, { ...NO_WHAT_IF, subsidyShare: 0 }).total;
    expect(-r.components.af.subsidy).toBeCloseTo(0, 6);
    expect(-base.components.af.subsidy).toBeGreaterThan(0);
    const b = evaluatePrepared(prep, NO_WHAT_IF).baseline;
    expect(b.averageSubsidyShare!).toBeGreaterThan(0.45);
    expect(b.averageSubsidyShare!).toBeLessThan(0.8);
    expect(b.personsInSubsidisedWork).toBe(19);
    expect(b.personsInStudies).toBe(11);
  });

  it('re-evaluating reuses the valued situations', () => {
    const before = prep.cache.values.size;
    evaluatePrepared(prep, NO_WHAT_IF);
    expect(prep.cache.values.size).toBe(before);
  });
});

describe('follow-ups, horizon and cost modes', () => {
  it('evaluates follow-up time points over the groups that have them', () => {
    const s = scenarioWith((sc) => {
      sc.cohorts[0].groups[0].followUp6 = {
        income: [{ source: 'osubventioneratArbete', extent: 1 }],
        resources: [],
      };
    });
    const r = evaluateScenario(s);
    expect(r.followUps.map((f) => f.timePoint)).toEqual(['exit', 'm6']);
    expect(r.followUps[1].participantsCovered).toBe(3);
    expect(r.followUps[1].result.participants).toBe(3);
  });

  it('takes profit over the chosen horizon', () => {
    const r = evaluateScenario(scenarioWith((sc) => (sc.horizonYears = 8))).total;
    expect(r.profitHorizon.kommun).toBeCloseTo(8 * r.yearlyRevenue.kommun - r.cost.kommun, 4);
    expect(r.cumulative.samhalle).toHaveLength(8 * 12 + 1);
  });

  it.each([
    [{ mode: 'total', budget: 630_000 } as const, 630_000],
    [{ mode: 'perParticipant', perParticipant: 10_000 } as const, 630_000],
    [{ mode: 'annualShare', annualBudget: 1_260_000, annualParticipants: 126 } as const, 630_000],
    [{ mode: 'standard' } as const, 63 * 64_000],
  ])('cost mode %o gives a budget of %d', (cost, budget) => {
    const r = evaluateScenario(scenarioWith((sc) => (sc.cohorts[0].cost = cost))).total;
    expect(r.budget).toBeCloseTo(budget, 6);
  });
});

describe('edge cases give defined results, never NaN', () => {
  it('zero participants', () => {
    const r = evaluateScenario(
      scenarioWith((sc) => sc.cohorts[0].groups.forEach((g) => (g.count = 0))),
    );
    expect(numbersIn(r).every(Number.isFinite)).toBe(true);
    expect(r.total.participants).toBe(0);
    expect(r.total.paybackMonths.samhalle).toBe('neg');
    expect(r.warnings.map((w) => w.code)).toContain('noParticipants');
  });

  it('an empty cohort', () => {
    const r = evaluateScenario(scenarioWith((sc) => (sc.cohorts[0].groups = [])));
    expect(numbersIn(r).every(Number.isFinite)).toBe(true);
  });

  it('zero cost: payback 0 where revenue is positive', () => {
    const r = evaluateScenario(
      scenarioWith((sc) => (sc.cohorts[0].cost = { mode: 'total', budget: 0 })),
    );
    expect(r.total.paybackMonths.samhalle).toBe(0);
    expect(r.total.paybackMonths.af).toBe('neg');
    expect(r.warnings.map((w) => w.code)).toContain('zeroCost');
    const withFunds = evaluatePrepared(prepare(evaluateScenarioInput()), {
      ...NO_WHAT_IF,
      extraFunds: 1000,
    });
    expect(withFunds.warnings.map((w) => w.code)).toContain('extraFundsWithoutCost');
    function evaluateScenarioInput() {
      return scenarioWith((sc) => (sc.cohorts[0].cost = { mode: 'total', budget: 0 }));
    }
  });

  it('negative revenue: payback not reached', () => {
    const r = evaluateScenario(
      scenarioWith((sc) => {
        sc.cohorts[0].groups = [
          {
            id: 'x',
            label: 'Arbete → ekonomiskt bistånd',
            count: 4,
            gender: 'man',
            before: { income: [{ source: 'osubventioneratArbete', extent: 1 }], resources: [] },
            after: { income: [{ source: 'ekonomisktBistand', extent: 1 }], resources: [] },
          },
        ];
      }),
    ).total;
    expect(r.yearlyRevenue.samhalle).toBeLessThan(0);
    expect(r.paybackMonths.samhalle).toBe('neg');
    expect(r.profitYear5.samhalle).toBeLessThan(r.profitYear1.samhalle);
  });

  it('absurd but valid magnitudes stay finite', () => {
    const r = evaluateScenario(
      scenarioWith((sc) => {
        sc.cohorts[0].groups[0].count = 9_000_000;
        sc.cohorts[0].groups[0].after.income = [
          { source: 'osubventioneratArbete', extent: 1, monthlyWage: 1_000_000 },
        ];
        sc.cohorts[0].cost = { mode: 'total', budget: 1e12 };
      }),
    );
    expect(numbersIn(r).every(Number.isFinite)).toBe(true);
  });
});

describe('a cost stated including indirect taxes', () => {
  // The example: 63 participants in one 2017 cohort, valued and shown in 2017 (mark-up 24.35 %).
  const withCost = (cost: Scenario['cohorts'][number]['cost']) =>
    evaluateScenario(scenarioWith((s) => (s.cohorts[0].cost = cost))).total;

  it('2 500 000 kr incl. is a budget of 2 500 000 / 1.2435 = 2 010 454 kr, society bearing 2 500 000', () => {
    const t = withCost({ mode: 'total', budget: 2_500_000, includesIndirectTaxes: true });
    expect(t.budget).toBeCloseTo(2_010_454.36, 1);
    expect(t.cost.samhalle).toBeCloseTo(2_500_000, 6);
    // Finsam: 25 % of the budget each; ovrigStat bears the indirect taxes 2 010 454 × 0.2435.
    expect(t.cost.kommun).toBeCloseTo(502_613.59, 1);
    expect(t.cost.ovrigStat).toBeCloseTo(489_545.64, 1);
  });

  it('per participant and as the share of an annual budget alike', () => {
    // 40 000 kr per participant incl. × 63 = 2 520 000 kr society's cost.
    const per = withCost({
      mode: 'perParticipant',
      perParticipant: 40_000,
      includesIndirectTaxes: true,
    });
    expect(per.cost.samhalle).toBeCloseTo(2_520_000, 6);
    expect(per.budget).toBeCloseTo(2_520_000 / 1.2435, 6);
    // 6 080 000 kr incl. for 152 participants a year, 63 of them evaluated: 2 520 000 kr.
    const share = withCost({
      mode: 'annualShare',
      annualBudget: 6_080_000,
      annualParticipants: 152,
      includesIndirectTaxes: true,
    });
    expect(share.cost.samhalle).toBeCloseTo(2_520_000, 6);
  });

  it('without the flag (every older document) and with it false, the amount is the budget', () => {
    const old = withCost({ mode: 'total', budget: 2_500_000 });
    const excl = withCost({ mode: 'total', budget: 2_500_000, includesIndirectTaxes: false });
    expect(old.budget).toBe(2_500_000);
    expect(old.cost.samhalle).toBeCloseTo(2_500_000 * 1.2435, 6);
    expect(excl.cost).toEqual(old.cost);
  });

  it('the payback follows the societal cost: the same as the budget it implies, stated excluding', () => {
    const incl = withCost({ mode: 'total', budget: 2_500_000, includesIndirectTaxes: true });
    const excl = withCost({ mode: 'total', budget: 2_500_000 / 1.2435 });
    expect(incl.paybackMonths).toEqual(excl.paybackMonths);
    expect(incl.profitYear1.samhalle).toBeCloseTo(excl.profitYear1.samhalle, 6);
  });
});
