/**
 * A segment's figures (MODEL.md §7–8): income sources, outcome shares, potential,
 * disposable income, per-participant figures, extra funds and the appraisal settings,
 * for small cohorts whose figures can be worked out by hand from the values of one
 * person's step (stepValue, the ledger of MODEL.md §3–6).
 */
import { describe, expect, it } from 'vitest';
import {
  eb,
  group,
  oneCohortScenario,
  sit,
  sp,
  study,
  subs,
  work,
} from '../../../tests/support/scenario-builders';
import { evaluateScenario, stepValue, type SegmentResult } from '../evaluate';
import { defaultParamValues } from '../parameters';
import { type Situation } from '../schema';
import { PERSPECTIVES } from '../types';

// The example's cohort is of 2017: its groups are valued with the rules of 2017, in 2017 prices.
const params = defaultParamValues(2017);

const scenario = oneCohortScenario;

const bySource = (xs: SegmentResult['incomeSources']['after']) =>
  [...xs].sort((a, b) => a.source.localeCompare(b.source));

describe('income sources and outcome shares', () => {
  // 4 women: sick pay → subsidised work half time; 2 men: half-time social assistance →
  // studies; 2 men: half-time social assistance → sick pay (outcome "other").
  const groups = [
    group('a', 4, 'kvinna', sit(sp()), sit(subs(0.5, 0.8))),
    group('b', 2, 'man', sit(eb(0.5)), sit(study())),
    group('c', 2, 'man', sit(eb(0.5)), sit(sp())),
  ];

  it('counts persons and full-time equivalents per source, before and after', () => {
    const t = evaluateScenario(scenario(groups)).total;
    // Before: 4 on sick pay full time (4 FTE); 4 on social assistance half time (4 × 0.5 = 2 FTE).
    expect(bySource(t.incomeSources.before)).toEqual([
      { source: 'ekonomisktBistand', persons: 4, fte: 2 },
      { source: 'sjukpenning', persons: 4, fte: 4 },
    ]);
    // After: 4 in subsidised work half time (2 FTE), 2 studying (2 FTE), 2 on sick pay (2 FTE).
    // No one is in unsubsidised work: a what-if given no weight adds no source.
    expect(bySource(t.incomeSources.after)).toEqual([
      { source: 'sjukpenning', persons: 2, fte: 2 },
      { source: 'studier', persons: 2, fte: 2 },
      { source: 'subventioneratArbete', persons: 4, fte: 2 },
    ]);
  });

  it('lists for each gender only the sources of its own participants', () => {
    const r = evaluateScenario(scenario(groups));
    const women = r.byGender.find((g) => g.id === 'kvinna')!;
    const men = r.byGender.find((g) => g.id === 'man')!;
    expect(bySource(women.incomeSources.before)).toEqual([
      { source: 'sjukpenning', persons: 4, fte: 4 },
    ]);
    expect(bySource(women.incomeSources.after)).toEqual([
      { source: 'subventioneratArbete', persons: 4, fte: 2 },
    ]);
    expect(bySource(men.incomeSources.before)).toEqual([
      { source: 'ekonomisktBistand', persons: 4, fte: 2 },
    ]);
    expect(bySource(men.incomeSources.after)).toEqual([
      { source: 'sjukpenning', persons: 2, fte: 2 },
      { source: 'studier', persons: 2, fte: 2 },
    ]);
  });

  it('gives the shares of work, studies and other among the participants', () => {
    const r = evaluateScenario(scenario(groups));
    // 8 participants: 4 work, 2 study, 2 other.
    expect(r.total.outcomeShares).toEqual({ work: 4 / 8, studies: 2 / 8, other: 2 / 8 });
    const men = r.byGender.find((g) => g.id === 'man')!;
    expect(men.outcomeShares).toEqual({ work: 0, studies: 2 / 4, other: 2 / 4 });
  });
});

describe('studies → work with a delay', () => {
  // 4 persons: social assistance → studies; half of them move on to work after one year.
  const s = scenario([group('a', 4, 'kvinna', sit(eb()), sit(study()))], (x) => {
    x.whatIf.studiesToWorkShare = 0.5;
    x.whatIf.studiesToWorkDelayYears = 1;
  });
  const toStudies = stepValue(sit(eb()), sit(study()), params);
  const toWork = stepValue(sit(eb()), sit(work()), params);

  it('counts each participant once in the outcome shares and income sources (the moved share)', () => {
    const t = evaluateScenario(s).total;
    expect(t.outcomeShares.work).toBeCloseTo(0.5, 12);
    expect(t.outcomeShares.studies).toBeCloseTo(0.5, 12);
    expect(t.outcomeShares.other).toBe(0);
    const after = bySource(t.incomeSources.after);
    expect(after.map((x) => x.source)).toEqual(['osubventioneratArbete', 'studier']);
    // 0.5 × 4 = 2 persons in each.
    expect(after[0].persons).toBeCloseTo(2, 12);
    expect(after[1].persons).toBeCloseTo(2, 12);
  });

  it('breaks year 1 (the delay year, all still studying) into its components and potential', () => {
    const t = evaluateScenario(s).total;
    for (const p of PERSPECTIVES) {
      // Year 1: 4 × the step to studies; year 2 on: 2 × studies + 2 × work.
      expect(t.revenueByYear[0][p]).toBeCloseTo(4 * toStudies[p], 4);
      expect(t.revenueByYear[1][p]).toBeCloseTo(2 * toStudies[p] + 2 * toWork[p], 4);
      const sum = Object.values(t.components[p]).reduce((a, b) => a + b, 0);
      expect(sum, p).toBeCloseTo(4 * toStudies[p], 4);
    }
    // Potential utilised and the change in disposable income are year 1's, as the revenue.
    expect(t.potential.utilised).toBeCloseTo(4 * toStudies.samhalle, 4);
    expect(t.disposableIncome.change).toBeCloseTo(4 * toStudies.individ, 4);
  });
});

describe('potential and disposable income', () => {
  const groups = [
    group('a', 3, 'kvinna', sit(eb()), sit(work(0.5))),
    group('b', 2, 'man', sit(sp()), sit(eb())),
  ];
  const step = (b: Situation, a: Situation) => stepValue(b, a, params);

  it('the potential utilised is before − after: the change in society’s net value', () => {
    const t = evaluateScenario(scenario(groups)).total;
    const society =
      3 * step(sit(eb()), sit(work(0.5))).samhalle + 2 * step(sit(sp()), sit(eb())).samhalle;
    expect(t.potential.before - t.potential.after).toBeCloseTo(society, 4);
    expect(t.potential.utilised).toBeCloseTo(society, 4);
    expect(t.potential.utilisedPerParticipant).toBeCloseTo(society / 5, 4);
    expect(t.potential.utilisedShare).toBeCloseTo(society / t.potential.before, 12);
    expect(t.potential.before).toBeGreaterThan(0);
  });

  it('the change in disposable income is after − before: the participants’ revenue', () => {
    const t = evaluateScenario(scenario(groups)).total;
    const individ =
      3 * step(sit(eb()), sit(work(0.5))).individ + 2 * step(sit(sp()), sit(eb())).individ;
    expect(t.disposableIncome.after - t.disposableIncome.before).toBeCloseTo(individ, 4);
    expect(t.disposableIncome.change).toBeCloseTo(individ, 4);
    expect(t.disposableIncome.changePerParticipant).toBeCloseTo(individ / 5, 4);
    expect(t.disposableIncome.before).toBeGreaterThan(0);
  });
});

describe('extra funds', () => {
  // Extra funds equal to the budget (100 000 kr) double every figure (MODEL.md §7: spent like
  // the budget, at the same cost per participant and outcome mix): scale 1 + 100 000 / 100 000.
  const groups = [
    group('a', 3, 'kvinna', sit(eb()), sit(work(0.5))),
    group('b', 2, 'man', sit(sp()), sit(study())),
  ];
  // Evaluated in each test: a test proves only what it runs itself.
  const evaluate = () => ({
    base: evaluateScenario(scenario(groups)).total,
    doubled: evaluateScenario(scenario(groups, (s) => (s.whatIf.extraFunds = 100_000))).total,
  });

  it('doubles participants, components, potential, disposable income and income sources', () => {
    const { base, doubled } = evaluate();
    expect(doubled.participants).toBe(10);
    for (const p of PERSPECTIVES)
      for (const [c, v] of Object.entries(base.components[p]))
        expect(doubled.components[p][c as never], `${p} ${c}`).toBeCloseTo(2 * v, 4);
    expect(doubled.potential.before).toBeCloseTo(2 * base.potential.before, 4);
    expect(doubled.potential.after).toBeCloseTo(2 * base.potential.after, 4);
    expect(doubled.disposableIncome.before).toBeCloseTo(2 * base.disposableIncome.before, 4);
    expect(doubled.disposableIncome.after).toBeCloseTo(2 * base.disposableIncome.after, 4);
    const twice = (xs: SegmentResult['incomeSources']['after']) =>
      bySource(xs).map((x) => ({ ...x, persons: 2 * x.persons, fte: 2 * x.fte }));
    expect(bySource(doubled.incomeSources.before)).toEqual(twice(base.incomeSources.before));
    expect(bySource(doubled.incomeSources.after)).toEqual(twice(base.incomeSources.after));
  });

  it('keeps the figures per participant', () => {
    const { base, doubled } = evaluate();
    for (const p of PERSPECTIVES) {
      // Per participant: the total over the participants, 10 with the funds, 5 without.
      expect(doubled.revenuePerParticipant[p]).toBeCloseTo(doubled.yearlyRevenue[p] / 10, 6);
      expect(doubled.revenuePerParticipant[p]).toBeCloseTo(base.revenuePerParticipant[p], 6);
      expect(doubled.profitYear5PerParticipant[p]).toBeCloseTo(doubled.profitYear5[p] / 10, 6);
    }
    expect(doubled.potential.beforePerParticipant).toBeCloseTo(
      base.potential.beforePerParticipant,
      6,
    );
    expect(doubled.disposableIncome.changePerParticipant).toBeCloseTo(
      base.disposableIncome.changePerParticipant,
      6,
    );
    expect(doubled.outcomeShares).toEqual(base.outcomeShares);
  });
});

describe('the appraisal settings', () => {
  // 2 persons: social assistance → full-time work; cost 100 000 kr (society: × 1.2435).
  const groups = [group('a', 2, 'kvinna', sit(eb()), sit(work()))];
  const R = 2 * stepValue(sit(eb()), sit(work()), params).samhalle;
  const C = 100_000 * (1 + params.indirectTaxRate);

  it('takes the profit over the horizon with deadweight: 8 years of half the effect, less the cost', () => {
    const t = evaluateScenario(
      scenario(groups, (s) => {
        s.horizonYears = 8;
        s.appraisal.deadweight = 0.5;
      }),
    ).total;
    // MODEL.md §10: (1 − 0.5) of the effect each year, no discounting: 8 × 0.5 R − C.
    expect(t.cost.samhalle).toBeCloseTo(C, 6);
    expect(t.profitHorizon.samhalle).toBeCloseTo(8 * 0.5 * R - C, 4);
    expect(t.profitYear5.samhalle).toBeCloseTo(5 * 0.5 * R - C, 4);
    expect(t.cumulative.samhalle).toHaveLength(8 * 12 + 1);
  });

  it('with neutral settings, profits are the reports’ arithmetic exactly: years of revenue − cost', () => {
    const t = evaluateScenario(scenario(groups)).total;
    // Year sums, not twelve monthly twelfths: R − C and 5 R − C to the last digit.
    expect(t.profitYear1.samhalle).toBe(t.yearlyRevenue.samhalle - t.cost.samhalle);
    expect(t.profitYear5.samhalle).toBe(
      t.yearlyRevenue.samhalle +
        t.yearlyRevenue.samhalle +
        t.yearlyRevenue.samhalle +
        t.yearlyRevenue.samhalle +
        t.yearlyRevenue.samhalle -
        t.cost.samhalle,
    );
    expect(t.yearlyRevenue.samhalle).toBeCloseTo(R, 4);
  });
});
