/**
 * Rules by year: each cohort valued with the rules of its year, results of
 * several years in one price year, and the corrections of the valuation
 * (utvecklingsersättning tax-free, activity support booked on
 * Försäkringskassan, registration at Arbetsförmedlingen as a status, the
 * lönebidrag ceiling). Expected figures are worked by hand in each test.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateScenario, situationValue } from './evaluate';
import { exampleScenario } from './example';
import { effectiveSubsidyShare, makeContext, subsidyPerYear } from './ledger';
import { defaultParamValues, priceFactor } from './parameters';
import {
  parseScenario,
  SCENARIO_VERSION,
  type Scenario,
  type ScenarioInput,
  type Situation,
} from './schema';
import { incomeTax } from './tax';

const sit = (income: Situation['income'], extra: Partial<Situation> = {}): Situation => ({
  income,
  resources: [],
  ...extra,
});

function parse(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** A scenario file as a user writes it: no `parameters`, cohorts of given years. */
function doc(cohorts: { year?: number; budget: number }[]): ScenarioInput {
  return {
    format: 'nyttokalkyl-scenario',
    version: SCENARIO_VERSION,
    title: 'Två år',
    cohorts: cohorts.map((c, i) => ({
      id: `c${i}`,
      name: `Kohort ${i + 1}`,
      ...(c.year !== undefined ? { year: c.year } : {}),
      cost: { mode: 'total', budget: c.budget },
      groups: [
        {
          count: 10,
          gender: 'kvinna',
          before: sit([{ source: 'ekonomisktBistand', extent: 1 }]),
          after: sit([{ source: 'osubventioneratArbete', extent: 1 }]),
        },
      ],
    })),
  };
}

describe('each cohort is valued with the rules of its year', () => {
  it('takes a scenario file without parameters as valid', () => {
    const r = parseScenario(doc([{ year: 2017, budget: 100_000 }]));
    expect(r.ok).toBe(true);
  });

  it('values a 2017 cohort with se-2017 and a 2022 cohort with se-2022', () => {
    const r = evaluateScenario(
      parse(
        doc([
          { year: 2017, budget: 1 },
          { year: 2022, budget: 1 },
        ]),
      ),
    );
    expect(r.rules.map((x) => [x.setId, x.ruleYear])).toEqual([
      ['se-2017', 2017],
      ['se-2022', 2022],
    ]);
    expect(r.priceYear).toBe(2022);
  });

  it('shows both cohorts in the newest cohort’s prices: the 2017 cohort × KPI 2022 / KPI 2017', () => {
    // SCB, KPI (1980 = 100), yearly averages: 2017 322.11, 2022 371.91.
    const factor = 371.91 / 322.11;
    const alone = evaluateScenario(parse(doc([{ year: 2017, budget: 100_000 }])));
    const both = evaluateScenario(
      parse(
        doc([
          { year: 2017, budget: 100_000 },
          { year: 2022, budget: 100_000 },
        ]),
      ),
    );
    expect(alone.priceYear).toBe(2017);
    expect(both.rules[0].priceFactor).toBeCloseTo(factor, 9);
    expect(both.byCohort[0].yearlyRevenue.samhalle).toBeCloseTo(
      alone.total.yearlyRevenue.samhalle * factor,
      4,
    );
    // The cost is carried by the same factor, so the payback is unchanged.
    expect(both.byCohort[0].budget).toBeCloseTo(100_000 * factor, 6);
    expect(both.byCohort[0].paybackMonths).toEqual(alone.total.paybackMonths);
    // And the total is the sum of the cohorts, in one price year.
    expect(both.total.yearlyRevenue.kommun).toBeCloseTo(
      both.byCohort[0].yearlyRevenue.kommun + both.byCohort[1].yearlyRevenue.kommun,
      6,
    );
    expect(both.warnings.map((w) => w.code)).toContain('priceYearConverted');
  });

  it('shows the results in a chosen price year', () => {
    const s = parse({ ...doc([{ year: 2017, budget: 100_000 }]), priceYear: 2024 });
    const alone = evaluateScenario(parse(doc([{ year: 2017, budget: 100_000 }])));
    const r = evaluateScenario(s);
    expect(r.priceYear).toBe(2024);
    expect(r.total.yearlyRevenue.samhalle).toBeCloseTo(
      alone.total.yearlyRevenue.samhalle * priceFactor(2017, 2024),
      4,
    );
  });

  it('values a cohort without a year with the newest rules, and says so', () => {
    const r = evaluateScenario(parse(doc([{ budget: 1 }])));
    expect(r.rules[0].ruleYear).toBe(2026);
    expect(r.warnings.map((w) => w.code)).toContain('cohortYearMissing');
  });

  it('values a cohort before 2016 with the 2016 rules, and says so', () => {
    const r = evaluateScenario(parse(doc([{ year: 2014, budget: 1 }])));
    expect(r.rules[0].ruleYear).toBe(2016);
    expect(r.warnings.map((w) => w.code)).toContain('cohortYearOutsideRules');
  });

  it('uses the scenario’s own copy of a year when it has one', () => {
    const values = { ...defaultParamValues(2017), referenceMonthlyWage: 30_000 };
    const s = parse({
      ...doc([{ year: 2017, budget: 1 }]),
      parameterSets: [{ setId: 'se-2017', year: 2017, values }],
    });
    const own = evaluateScenario(s);
    const defaults = evaluateScenario(parse(doc([{ year: 2017, budget: 1 }])));
    expect(own.rules[0].edited).toBe(true);
    // A higher wage: more production for society from the same step.
    expect(own.total.yearlyRevenue.samhalle).toBeGreaterThan(defaults.total.yearlyRevenue.samhalle);
  });

  it('refuses two sets for the same year', () => {
    const values = defaultParamValues(2017);
    const r = parseScenario({
      ...doc([{ year: 2017, budget: 1 }]),
      parameterSets: [
        { setId: 'se-2017', year: 2017, values },
        { setId: 'se-2017b', year: 2017, values },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].path).toBe('parameterSets[1].year');
  });
});

describe('older documents keep working', () => {
  const fixture = (name: string) =>
    readFileSync(resolve(__dirname, '../../tests/fixtures/v1', name), 'utf8');

  it('opens a version-1 scenario file with its pinned set and its edited value', () => {
    const s = parse(JSON.parse(fixture('scenario-v1.json')));
    expect(s.version).toBe(SCENARIO_VERSION);
    expect(s.parameters?.setId).toBe('se-2025');
    expect(s.parameters?.values.costPrimaryCareVisit).toBe(1_800);
    const r = evaluateScenario(s);
    // Pinned: every cohort valued with the one set, in its own year's prices.
    expect(r.parameterSetId).toBe('se-2025');
    expect(r.priceYear).toBe(2025);
    expect(r.rules[0].priceFactor).toBe(1);
  });
});

describe('corrections of the valuation', () => {
  const p2025 = defaultParamValues(2025);

  it('does not tax utvecklingsersättning (tax-free, Skatteverket)', () => {
    const v = situationValue(sit([{ source: 'utvecklingsersattning', extent: 1 }]), p2025);
    // The person keeps the whole allowance: no income tax on it.
    expect(v.individ).toBeCloseTo(p2025.developmentAllowancePerYear, 6);
    expect(v.kommun).toBe(0);
    expect(v.region).toBe(0);
  });

  it('books aktivitetsstöd on Försäkringskassan, as the evaluations do', () => {
    const s = sit([{ source: 'aktivitetsstod', extent: 1 }]);
    const fk = situationValue(s, p2025);
    expect(fk.fk).toBeCloseTo(-p2025.activitySupportPerYear, 6);
    // Arbetsförmedlingen bears its handling of the job seeker (and the programme cost, 0 by default).
    expect(fk.af).toBeCloseTo(-p2025.handlingAfJobseeker - p2025.programmeCostPerYear, 6);
    const af = situationValue(s, p2025, { activitySupportPayer: 'af' });
    expect(af.fk).toBe(0);
    expect(af.af).toBeCloseTo(
      -p2025.activitySupportPerYear - p2025.handlingAfJobseeker - p2025.programmeCostPerYear,
      6,
    );
  });

  it('takes registration at Arbetsförmedlingen as a status without extent', () => {
    const plain = situationValue(sit([{ source: 'ekonomisktBistand', extent: 1 }]), p2025);
    const registered = situationValue(
      sit([{ source: 'ekonomisktBistand', extent: 1 }], { registered: true }),
      p2025,
    );
    expect(parseScenario({ ...doc([{ year: 2025, budget: 1 }]) }).ok).toBe(true);
    // Full försörjningsstöd and registered: one job seeker's handling on top.
    expect(registered.af - plain.af).toBeCloseTo(-p2025.handlingAfJobseeker, 6);
    expect(registered.kommun).toBeCloseTo(plain.kommun, 6);
    // A-kassa already carries the handling of a registered person: marking it adds nothing.
    const akassa = sit([{ source: 'arbetsloshetsersattning', extent: 1 }]);
    expect(situationValue({ ...akassa, registered: true }, p2025).af).toBeCloseTo(
      situationValue(akassa, p2025).af,
      6,
    );
    // Half a-kassa and registered: the other half's handling is added.
    const half = sit([{ source: 'arbetsloshetsersattning', extent: 0.5 }]);
    expect(
      situationValue({ ...half, registered: true }, p2025).af - situationValue(half, p2025).af,
    ).toBeCloseTo(-0.5 * p2025.handlingAfJobseeker, 6);
  });

  it('gives sjukersättning its own tax reduction', () => {
    const v = situationValue(sit([{ source: 'sjukersattning', extent: 1 }]), p2025);
    const income = p2025.disabilityPensionPerYear;
    const withCredit = incomeTax(income, 0, p2025, income);
    const without = incomeTax(income, 0, p2025, 0);
    expect(withCredit.sickCompensationCredit).toBeGreaterThan(0);
    expect(v.individ).toBeCloseTo(income - withCredit.total, 6);
    expect(without.total - withCredit.total).toBeCloseTo(withCredit.sickCompensationCredit, 6);
  });
});

describe('the lönebidrag ceiling', () => {
  const ctx = (year: number) => makeContext(defaultParamValues(year));

  it('never pays more than the share of the ceiling', () => {
    for (const year of [2017, 2019, 2022, 2025, 2026]) {
      const c = ctx(year);
      const p = c.params;
      const item = {
        source: 'subventioneratArbete' as const,
        extent: 1,
        subsidyShare: 0.8,
        monthlyWage: 40_000,
      };
      const labour = 40_000 * 12 * (1 + p.employerContributionRate);
      const subsidy = subsidyPerYear(item, c);
      expect(subsidy).toBeLessThan(0.8 * labour);
      expect(effectiveSubsidyShare(item, c)).toBeLessThan(0.8);
      // At most 80 % of the ceiling (with contributions on it when the ceiling is on the wage).
      const ceiling = p.wageSubsidyCeilingIncludesContributions
        ? p.wageSubsidyCeilingPerMonth
        : p.wageSubsidyCeilingPerMonth * (1 + p.employerContributionRate);
      expect(subsidy).toBeCloseTo(0.8 * ceiling * 12, 6);
    }
  });

  it('pays the share in full below the ceiling, and any share for another form', () => {
    const c = ctx(2025);
    const low = {
      source: 'subventioneratArbete' as const,
      extent: 1,
      subsidyShare: 0.5,
      monthlyWage: 10_000,
    };
    expect(effectiveSubsidyShare(low, c)).toBeCloseTo(0.5, 9);
    const other = { ...low, monthlyWage: 60_000, subsidyForm: 'annat' as const };
    expect(effectiveSubsidyShare(other, c)).toBeCloseTo(0.5, 9);
  });

  it('moves production to the employer’s net cost: P = labour − subsidy, marked up', () => {
    const c = ctx(2025);
    const p = c.params;
    const item = { source: 'subventioneratArbete' as const, extent: 1, subsidyShare: 0.8 };
    const labour = p.referenceMonthlyWage * 12 * (1 + p.employerContributionRate);
    const expected = (labour - subsidyPerYear(item, c)) * (1 + p.indirectTaxRate);
    // Society's production equals the employer's net cost with indirect taxes.
    const v = situationValue(sit([item]), p);
    const net = situationValue(sit([]), p);
    expect(v.samhalle - net.samhalle).toBeCloseTo(expected - p.handlingAfSubsidisedWork, 4);
  });
});

describe('the potential (MODEL.md §8)', () => {
  it('lands within ±6 % of Balder’s 598 000 kr per participant with the rules of 2017', () => {
    // Balder 2017, Table 1: 37 650 000 kr for 63 participants, nobody working before.
    const r = evaluateScenario(exampleScenario());
    const perParticipant = r.total.potential.beforePerParticipant;
    expect(Math.abs(perParticipant / 598_000 - 1)).toBeLessThanOrEqual(0.06);
  });

  it('is full-time work at the year’s median wage less the production and plus the resource use', () => {
    // One person with no public support: no production, no resources. 2017: the median wage
    // (SCB) × 12 × (1 + 31.42 %) × (1 + 24.35 %).
    const s = parse(doc([{ year: 2017, budget: 1 }]));
    s.cohorts[0].groups[0] = {
      ...s.cohorts[0].groups[0],
      count: 1,
      before: sit([{ source: 'ingenOffentligForsorjning', extent: 1 }]),
      after: sit([{ source: 'osubventioneratArbete', extent: 1, monthlyWage: 20_000 }]),
    };
    const p = defaultParamValues(2017);
    const full = p.potentialMonthlyWage * 12 * 1.3142 * 1.2435;
    const r = evaluateScenario(s).total.potential;
    expect(r.before).toBeCloseTo(full, 4);
    // After: the job at 20 000 kr creates 20 000 × 12 × 1.3142 × 1.2435 of it.
    expect(r.after).toBeCloseTo(full - 20_000 * 12 * 1.3142 * 1.2435, 4);
    expect(r.remainingToRetirement).toBeNull();
  });

  it('counts the remaining potential over the years to retirement when asked (Balder: × 10)', () => {
    // Balder: 35,4 mkr remaining a year × 10 years ≈ 354 mkr (no discounting).
    const s = exampleScenario();
    const r = evaluateScenario(s).total.potential;
    expect(r.yearsToRetirement).toBe(10);
    expect(r.remainingToRetirement).toBeCloseTo(r.after * 10, 4);
  });
});

describe('the example', () => {
  it('is a 2017 cohort valued with the rules of 2017, in 2017 prices', () => {
    const r = evaluateScenario(exampleScenario());
    expect(r.rules[0].setId).toBe('se-2017');
    expect(r.priceYear).toBe(2017);
  });
});
