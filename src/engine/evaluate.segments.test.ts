/**
 * The parts of a result beyond the total (MODEL.md §7, §9): cohorts of different years,
 * the three genders, the scenario's own resource items and the follow-up at 24 months.
 * Expected values are hand calculations from the parameters, or the evaluation of the
 * same participants entered on their own.
 */
import { describe, expect, it } from 'vitest';
import { evaluateScenario, type SegmentResult } from './evaluate';
import { exampleScenario } from './example';
import { defaultParamValues } from './parameters';
import { parseScenario, type Group, type Scenario } from './schema';
import { COST_PERSPECTIVES, PERSPECTIVES } from './types';

/** A scenario as a user would save it: validated by the schema (defaults filled in). */
function valid(s: Scenario): Scenario {
  const r = parseScenario(JSON.parse(JSON.stringify(s)));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const close = (a: number, b: number, what: string) =>
  expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(b)));

/** The same figures, perspective by perspective. */
function expectSameSegment(a: SegmentResult, b: SegmentResult, what: string) {
  close(a.participants, b.participants, `${what} participants`);
  close(a.budget, b.budget, `${what} budget`);
  for (const p of PERSPECTIVES) {
    close(a.yearlyRevenue[p], b.yearlyRevenue[p], `${what} revenue ${p}`);
    close(a.cost[p], b.cost[p], `${what} cost ${p}`);
    close(a.profitYear5[p], b.profitYear5[p], `${what} profit 5 ${p}`);
  }
  for (const p of COST_PERSPECTIVES)
    expect(a.paybackMonths[p], `${what} payback ${p}`).toBe(b.paybackMonths[p]);
  close(a.potential.before, b.potential.before, `${what} potential before`);
  close(a.potential.after, b.potential.after, `${what} potential after`);
}

const payback = (cost: number, revenue: number) =>
  revenue > 0 ? Math.ceil((12 * cost) / revenue) : 'neg';

describe('cohorts of different years', () => {
  // The example's groups split into a 2017 cohort and a 2022 cohort with its own cost; the
  // results are in 2022 prices (the newest cohort's year).
  const s = exampleScenario();
  const groups = s.cohorts[0].groups;
  s.cohorts = [
    { ...s.cohorts[0], id: 'y17', name: 'Deltagare 2017', groups: groups.slice(0, 7) },
    {
      id: 'y22',
      name: 'Deltagare 2022',
      year: 2022,
      cost: { mode: 'total', budget: 1_500_000 },
      groups: groups.slice(7),
    },
  ];
  // Evaluated in each test, not once for the file: a test proves only what it runs itself.
  const evaluate = () => evaluateScenario(valid(s));
  const alone = (i: number) => {
    const scenario = valid(s);
    return evaluateScenario(valid({ ...scenario, priceYear: 2022, cohorts: [scenario.cohorts[i]] }))
      .total;
  };

  it('gives one result per cohort, named as the cohort', () => {
    const r = evaluate();
    expect(r.priceYear).toBe(2022);
    expect(r.byCohort.map((c) => [c.id, c.label])).toEqual([
      ['y17', 'Deltagare 2017'],
      ['y22', 'Deltagare 2022'],
    ]);
    expect(r.rules.map((x) => x.ruleYear)).toEqual([2017, 2022]);
  });

  it('each cohort is what its participants give when evaluated on their own', () => {
    const r = evaluate();
    expectSameSegment(r.byCohort[0], alone(0), '2017');
    expectSameSegment(r.byCohort[1], alone(1), '2022');
    // The 2022 cohort has no price conversion: its budget is the amount given.
    close(r.byCohort[1].budget, 1_500_000, '2022 budget');
    expect(r.byCohort[1].participants).toBe(groups.slice(7).reduce((a, g) => a + g.count, 0));
  });

  it('the cohorts sum to the total, and the total payback comes from the sums', () => {
    const r = evaluate();
    const [a, b] = r.byCohort;
    close(a.participants + b.participants, 63, 'participants');
    close(r.total.participants, 63, 'total participants');
    close(a.budget + b.budget, r.total.budget, 'budget');
    for (const p of PERSPECTIVES) {
      close(a.yearlyRevenue[p] + b.yearlyRevenue[p], r.total.yearlyRevenue[p], `revenue ${p}`);
      close(a.cost[p] + b.cost[p], r.total.cost[p], `cost ${p}`);
      close(a.profitYear1[p] + b.profitYear1[p], r.total.profitYear1[p], `profit 1 ${p}`);
      close(a.profitYear5[p] + b.profitYear5[p], r.total.profitYear5[p], `profit 5 ${p}`);
    }
    for (const p of COST_PERSPECTIVES)
      expect(r.total.paybackMonths[p], p).toBe(
        payback(a.cost[p] + b.cost[p], a.yearlyRevenue[p] + b.yearlyRevenue[p]),
      );
    close(a.potential.before + b.potential.before, r.total.potential.before, 'potential');
    close(
      a.disposableIncome.change + b.disposableIncome.change,
      r.total.disposableIncome.change,
      'disposable income',
    );
  });

  it('the genders of both cohorts sum to the total as well', () => {
    const r = evaluate();
    const sum = (f: (x: SegmentResult) => number) => r.byGender.reduce((t, g) => t + f(g), 0);
    close(
      sum((g) => g.participants),
      63,
      'participants',
    );
    for (const p of PERSPECTIVES)
      close(
        sum((g) => g.yearlyRevenue[p]),
        r.total.yearlyRevenue[p],
        `revenue ${p}`,
      );
  });
});

describe('the gender "annat/okänt"', () => {
  const s = exampleScenario();
  // g02 (3 men, no support → full-time work) and g09 (4 men → folkhögskola) as "annat".
  for (const g of s.cohorts[0].groups) if (g.id === 'g02' || g.id === 'g09') g.gender = 'annat';
  const evaluate = () => evaluateScenario(valid(s));

  it('has its own result after women and men, labelled Annat/okänt', () => {
    const r = evaluate();
    expect(r.byGender.map((g) => [g.id, g.label])).toEqual([
      ['kvinna', 'Kvinnor'],
      ['man', 'Män'],
      ['annat', 'Annat/okänt'],
    ]);
    expect(r.byGender.map((g) => g.participants)).toEqual([
      3 + 5 + 5 + 3 + 8 + 3 + 3,
      4 + 5 + 4 + 6 + 4 + 3,
      3 + 4,
    ]);
  });

  it('is what its participants give on their own, and the three sum to the total', () => {
    const r = evaluate();
    const only = exampleScenario();
    only.cohorts[0].groups = only.cohorts[0].groups
      .filter((g) => g.id === 'g02' || g.id === 'g09')
      .map((g) => ({ ...g, gender: 'annat' as const }));
    // The same cost per participant: the annual budget's share for these 7.
    const alone = evaluateScenario(valid(only)).total;
    expectSameSegment(r.byGender[2], { ...alone, id: 'annat' }, 'annat');
    for (const p of PERSPECTIVES)
      close(
        r.byGender.reduce((t, g) => t + g.yearlyRevenue[p], 0),
        r.total.yearlyRevenue[p],
        `revenue ${p}`,
      );
    close(
      r.byGender.reduce((t, g) => t + g.cost.samhalle, 0),
      r.total.cost.samhalle,
      'cost',
    );
  });

  it('a scenario with only "annat" has one gender result equal to the total', () => {
    const all = exampleScenario();
    for (const g of all.cohorts[0].groups) g.gender = 'annat';
    const x = evaluateScenario(valid(all));
    expect(x.byGender.map((g) => g.id)).toEqual(['annat']);
    expectSameSegment(x.byGender[0], x.total, 'annat = total');
  });
});

describe("the scenario's own resource items", () => {
  /** 10 persons without public support who each used 40 coach hours (650 kr) and 3 dental visits (900 kr) a year, and none after. */
  function withOwnItems(after: Group['after']['resources']): Scenario {
    const s = exampleScenario();
    s.customResources = [
      { id: 'coach', name: 'Coach', unitCost: 650, bearer: 'kommun' },
      { id: 'tandvard', name: 'Tandvård', unitCost: 900, bearer: 'region' },
    ];
    const none = { source: 'ingenOffentligForsorjning' as const, extent: 1 };
    s.cohorts[0].groups = [
      {
        id: 'own',
        label: 'Coach och tandvård',
        count: 10,
        gender: 'kvinna',
        before: {
          income: [none],
          resources: [
            { item: 'coach', quantity: 40 },
            { item: 'tandvard', quantity: 3 },
          ],
        },
        after: { income: [none], resources: after },
      },
    ];
    s.cohorts[0].cost = { mode: 'total', budget: 100_000 };
    return valid(s);
  }

  it('are valued at quantity × unit cost and borne by their payer', () => {
    const t = evaluateScenario(withOwnItems([])).total;
    // kommun: 10 × 40 × 650 = 260 000; region: 10 × 3 × 900 = 27 000 a year.
    close(t.yearlyRevenue.kommun, 260_000, 'kommun');
    close(t.yearlyRevenue.region, 27_000, 'region');
    close(t.yearlyRevenue.samhalle, 287_000, 'society');
    for (const p of ['af', 'fk', 'ovrigStat', 'individ'] as const) close(t.yearlyRevenue[p], 0, p);
    close(t.components.kommun.otherResources, 260_000, 'component');
    close(t.components.region.otherResources, 27_000, 'region component');
    // The real resource use is part of the potential: 287 000 kr less after.
    close(t.potential.before - t.potential.after, 287_000, 'utilised potential');
    // Cost 100 000 × 1.2435 = 124 350 for society: payback ⌈12 × 124 350 / 287 000⌉ = 6 months.
    close(t.cost.samhalle, 100_000 * (1 + defaultParamValues(2017).indirectTaxRate), 'cost');
    expect(t.paybackMonths.samhalle).toBe(6);
  });

  it('a use that remains counts only by its change', () => {
    // 15 of the 40 hours remain: 10 × 25 × 650 = 162 500 for kommun.
    const t = evaluateScenario(withOwnItems([{ item: 'coach', quantity: 15 }])).total;
    close(t.yearlyRevenue.kommun, 162_500, 'kommun');
    close(t.yearlyRevenue.samhalle, 162_500 + 27_000, 'society');
  });
});

describe('the follow-up at 24 months', () => {
  const work = { source: 'osubventioneratArbete' as const, extent: 1 };
  const s = exampleScenario();
  // g01: 3 women on aktivitetsersättning → 75 % work at exit, full-time work after 24 months;
  // g07: 4 men on aktivitetsersättning → komvux at exit, full-time work after 24 months.
  for (const g of s.cohorts[0].groups)
    if (g.id === 'g01' || g.id === 'g07') g.followUp24 = { income: [work], resources: [] };
  const evaluate = () => {
    const r = evaluateScenario(valid(s));
    return { r, m24: r.followUps.find((f) => f.timePoint === 'm24') };
  };

  it('is evaluated over the groups that have it', () => {
    const { r, m24 } = evaluate();
    expect(r.followUps.map((f) => f.timePoint)).toEqual(['exit', 'm24']);
    expect(m24?.participantsCovered).toBe(7);
    expect(m24?.result.participants).toBe(7);
  });

  it('values the change from before to the situation at 24 months, at the cost of those covered', () => {
    const { m24 } = evaluate();
    // The same 7 persons entered with their 24-month situation as the one after.
    const only = exampleScenario();
    only.cohorts[0].groups = only.cohorts[0].groups
      .filter((g) => g.id === 'g01' || g.id === 'g07')
      .map((g) => ({ ...g, after: { income: [work], resources: [] } }));
    expectSameSegment(m24!.result, evaluateScenario(valid(only)).total, 'm24');
    // Cost: 4 750 000 / 152 = 31 250 kr per participant, × 7 = 218 750, × 1.2435 for society.
    close(m24!.result.budget, 218_750, 'budget');
    close(m24!.result.cost.samhalle, 218_750 * 1.2435, 'cost');
  });

  it('7 persons from aktivitetsersättning into full-time work are worth more than their exit', () => {
    const { r, m24 } = evaluate();
    // At exit the 3 worked 75 % and the 4 studied: full-time work for all 7 is worth more.
    const exitOnly = exampleScenario();
    exitOnly.cohorts[0].groups = exitOnly.cohorts[0].groups.filter(
      (g) => g.id === 'g01' || g.id === 'g07',
    );
    const atExit = evaluateScenario(valid(exitOnly)).total;
    expect(m24!.result.yearlyRevenue.samhalle).toBeGreaterThan(atExit.yearlyRevenue.samhalle);
    // And the exit result is untouched by the follow-up.
    const plain = evaluateScenario(valid(exampleScenario())).total;
    expectSameSegment(r.total, plain, 'exit');
  });

  it('comes after the 6-month follow-up when both are given', () => {
    const both = structuredClone(s);
    both.cohorts[0].groups[0].followUp6 = { income: [work], resources: [] };
    const x = evaluateScenario(valid(both));
    expect(x.followUps.map((f) => [f.timePoint, f.participantsCovered])).toEqual([
      ['exit', 63],
      ['m6', 3],
      ['m24', 7],
    ]);
  });
});
