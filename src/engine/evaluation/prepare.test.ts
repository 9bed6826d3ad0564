/**
 * Preparing a scenario (MODEL.md §7): segments and their names, the rules each cohort
 * is valued with, valuation contexts per (rules, age band) shared by cohorts of one
 * year, groups without participants left out, and the potential in the price year.
 */
import { describe, expect, it } from 'vitest';
import {
  as,
  eb,
  group,
  none,
  scenarioWith,
  sit,
  sp,
  study,
  work,
} from '../../../tests/support/scenario-builders';
import { evaluateScenario, situationValue } from '../evaluate';
import { defaultParamValues, priceFactor } from '../parameters';
import { type Cohort, type Group, type Scenario } from '../schema';
import { prepare } from './prepare';

const cohort = (id: string, groups: Group[], year?: number): Cohort => ({
  id,
  name: id ? `Kohort ${id}` : 'Kohort utan id',
  ...(year !== undefined ? { year } : {}),
  cost: { mode: 'total', budget: 100_000 },
  groups,
});

/** A scenario of these cohorts, validated as a saved file would be. */
const scenario = (cohorts: Cohort[], edit: (s: Scenario) => void = () => {}): Scenario =>
  scenarioWith((s) => {
    s.cohorts = cohorts;
    edit(s);
  });

describe('segments and cohort rules', () => {
  const s = scenario([
    cohort('a', [group('g', 2, 'kvinna', sit(eb()), sit(work()))], 2017),
    cohort('', [group('h', 1, 'man', sit(eb()), sit(study()))]),
  ]);

  it('names the total after the scenario and a cohort without an id by its place', () => {
    const r = evaluateScenario(s);
    expect(r.total.id).toBe('total');
    expect(r.total.label).toBe(s.title);
    expect(r.byCohort.map((c) => [c.id, c.label])).toEqual([
      ['a', 'Kohort a'],
      ['cohort-1', 'Kohort utan id'],
    ]);
  });

  it('tells per cohort its id and year, null for a cohort without a year', () => {
    const r = evaluateScenario(s);
    expect(r.rules.map((x) => [x.cohortId, x.cohortYear])).toEqual([
      ['a', 2017],
      ['cohort-1', null],
    ]);
  });

  it('has the exit time point only when no group has a follow-up', () => {
    expect(Object.keys(prepare(s).timePoints)).toEqual(['exit']);
  });
});

describe('groups without participants', () => {
  // Group z has no participants, in situations no one else has.
  const s = scenario([
    cohort(
      'a',
      [
        group('x', 2, 'kvinna', sit(eb()), sit(work())),
        group('z', 0, 'man', sit(sp()), sit(study())),
        group('y', 1, 'man', sit(eb()), sit(work())),
      ],
      2017,
    ),
  ]);

  it('are in no context and add no situation or transition', () => {
    const prep = prepare(s);
    expect(prep.groupContext[0][1]).toBe(-1);
    expect(prep.groupContext[0][0]).toBe(prep.groupContext[0][2]);
    const r = evaluateScenario(s);
    // Situations: social assistance, work; transitions: social assistance → work.
    expect(r.stats.situations).toBe(2);
    expect(r.stats.transitions).toBe(1);
    expect(r.total.participants).toBe(3);
  });
});

describe('valuation contexts', () => {
  it('cohorts of one year share their situations: each is valued once', () => {
    const s = scenario([
      cohort('a', [group('x', 2, 'kvinna', sit(eb()), sit(work()))], 2017),
      cohort('b', [group('y', 3, 'man', sit(eb()), sit(work()))], 2017),
    ]);
    const r = evaluateScenario(s);
    expect(r.stats.situations).toBe(2);
    expect(r.stats.transitions).toBe(1);
  });

  it('each age band in a cohort is valued with its own employer contributions', () => {
    // 2022: a reduced employer contribution rate for 19–23 year olds. One cohort with a
    // young woman and an older man; each gender is what that group gives on its own.
    const young = group('y', 1, 'kvinna', sit(none()), sit(work()), '19-23');
    const older = group('o', 1, 'man', sit(none()), sit(work()), '30-');
    const both = evaluateScenario(scenario([cohort('a', [young, older], 2022)]));
    const alone = (g: Group) => evaluateScenario(scenario([cohort('a', [g], 2022)])).total;
    for (const [id, g] of [
      ['kvinna', young],
      ['man', older],
    ] as const) {
      const seg = both.byGender.find((x) => x.id === id)!;
      expect(seg.yearlyRevenue.ovrigStat, id).toBeCloseTo(alone(g).yearlyRevenue.ovrigStat, 4);
    }
    // The employer of the young one pays 12 × 25 000 × (0.3142 − 0.1735) less in contributions
    // (wage below the 25 000 kr cap); the difference reaches ovrigStat at least in part.
    const p = defaultParamValues(2022);
    expect(p.employerContributionRateYouth19to23).toBeLessThan(p.employerContributionRate);
    const kv = both.byGender.find((x) => x.id === 'kvinna')!.yearlyRevenue.ovrigStat;
    const man = both.byGender.find((x) => x.id === 'man')!.yearlyRevenue.ovrigStat;
    expect(man - kv).toBeGreaterThan(0);
  });

  it('books activity support on the payer the valuation names', () => {
    // 3 persons: activity support → work. The support they leave is saved by its payer.
    const withPayer = (payer: 'fk' | 'af') =>
      evaluateScenario(
        scenario([cohort('a', [group('x', 3, 'kvinna', sit(as()), sit(work()))], 2017)], (s) => {
          s.valuation.activitySupportPayer = payer;
        }),
      ).total.yearlyRevenue;
    const fk = withPayer('fk');
    const af = withPayer('af');
    const support = 3 * defaultParamValues(2017).activitySupportPerYear;
    expect(af.af - fk.af).toBeCloseTo(support, 4);
    expect(af.fk - fk.fk).toBeCloseTo(-support, 4);
    expect(af.samhalle).toBeCloseTo(fk.samhalle, 4);
  });
});

describe('the potential in the price year', () => {
  it('is full-time work at the potential wage of the cohort’s year, carried to the price year', () => {
    // 2 persons of a 2017 cohort, results in 2022 prices.
    const s = scenario(
      [cohort('a', [group('x', 2, 'kvinna', sit(none()), sit(work()))], 2017)],
      (x) => {
        x.priceYear = 2022;
      },
    );
    const t = evaluateScenario(s).total;
    const p = defaultParamValues(2017);
    const factor = priceFactor(2017, 2022);
    expect(factor).toBeGreaterThan(1);
    // Production of full-time unsubsidised work: labour cost × (1 + indirect taxes),
    // 12 × wage × (1 + employer contributions) × (1 + t), less society's value of the
    // situation before, per person, × the price factor.
    const full =
      12 * p.potentialMonthlyWage * (1 + p.employerContributionRate) * (1 + p.indirectTaxRate);
    const before = situationValue(sit(none()), p).samhalle;
    expect(t.potential.before).toBeCloseTo(2 * (full - before) * factor, 2);
  });
});
