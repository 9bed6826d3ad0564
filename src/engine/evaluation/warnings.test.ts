/**
 * The notes an evaluation adds to its result, by code and values: which notes
 * appear for which scenario, in which order, and with exactly which values
 * (the app words them; a wrong or missing value would be shown to the user).
 */
import { describe, expect, it } from 'vitest';
import { scenarioWith } from '../../../tests/support/scenario-builders';
import { evaluatePrepared, NO_WHAT_IF, prepare } from '../evaluate';
import { defaultParamValues } from '../parameters';
import { type Cohort, type Scenario } from '../schema';

/** A copy of the example's cohort under another name and year (no year: `undefined`). */
function cohort(s: Scenario, id: string, name: string, year: number | undefined): Cohort {
  const c = structuredClone(s.cohorts[0]);
  const out: Cohort = { ...c, id, name };
  if (year === undefined) delete out.year;
  else out.year = year;
  return out;
}

const warningsOf = (s: Scenario, whatIf = s.whatIf) =>
  evaluatePrepared(prepare(s), whatIf).warnings;

describe('the notes of an evaluation', () => {
  it('are none for the example: one 2017 cohort with a cost, in 2017 prices, neutral appraisal', () => {
    // The example's cohort has a year inside the rules (2016–2026), the price year
    // is that cohort's rule year (factor 1), the budget is positive and the
    // appraisal settings are the reports' own (rate 0, persistence 1, deadweight 0,
    // attribution 1): nothing to note.
    expect(warningsOf(scenarioWith(() => {}))).toEqual([]);
  });

  it('note extra funds only when there is no cost to scale them by', () => {
    const zeroCost = scenarioWith((s) => (s.cohorts[0].cost = { mode: 'total', budget: 0 }));
    // Extra funds with a zero budget: extra funds without cost, then zero cost last.
    expect(warningsOf(zeroCost, { ...NO_WHAT_IF, extraFunds: 1000 })).toEqual([
      { code: 'extraFundsWithoutCost', values: {} },
      { code: 'zeroCost', values: {} },
    ]);
    // No extra funds: the zero cost alone.
    expect(warningsOf(zeroCost, NO_WHAT_IF)).toEqual([{ code: 'zeroCost', values: {} }]);
    // Extra funds with a positive budget scale the participants: nothing to note.
    const example = scenarioWith(() => {});
    expect(warningsOf(example, { ...NO_WHAT_IF, extraFunds: 1000 })).toEqual([]);
  });

  it('note a cohort without participants, and its zero cost, in that order', () => {
    // annualShare: 4 750 000 × 0 / 152 = 0 kr, so the cost is zero as well.
    const empty = scenarioWith((s) => s.cohorts[0].groups.forEach((g) => (g.count = 0)));
    expect(warningsOf(empty)).toEqual([
      { code: 'noParticipants', values: {} },
      { code: 'zeroCost', values: {} },
    ]);
  });

  it('note a discount rate and only the settings that differ from the reports’ arithmetic', () => {
    const discounted = scenarioWith((s) => (s.appraisal.discountRate = 0.035));
    expect(warningsOf(discounted)).toEqual([
      {
        code: 'appraisalAdjusted',
        values: { discountRate: 0.035, persistence: null, deadweight: null, attribution: null },
      },
    ]);
  });

  it('note persistence, deadweight and attribution with their values, and no zero rate', () => {
    const adjusted = scenarioWith((s) => {
      s.appraisal.persistence = { work: 1, studies: 0.5, other: 1 };
      s.appraisal.deadweight = 0.25;
      s.appraisal.attribution = 0.8;
    });
    expect(warningsOf(adjusted)).toEqual([
      {
        code: 'appraisalAdjusted',
        values: {
          discountRate: null,
          persistence: { work: 1, studies: 0.5, other: 1 },
          deadweight: 0.25,
          attribution: 0.8,
        },
      },
    ]);
  });

  it('note cohorts without a year and cohorts outside the rules, each by name', () => {
    // Rules are held for 2016–2026; a cohort without a year takes the newest (2026),
    // one of 2030 takes 2026 too. The price year is the newest rule year, 2026, so
    // every cohort is in its own prices (no conversion to note).
    const s = scenarioWith((sc) => {
      sc.cohorts = [
        cohort(sc, 'late', 'Deltagare 2030', 2030),
        cohort(sc, 'now', 'Deltagare 2026', 2026),
        cohort(sc, 'none', 'Deltagare utan år', undefined),
      ];
    });
    expect(warningsOf(s)).toEqual([
      { code: 'cohortYearMissing', values: { cohorts: ['Deltagare utan år'], year: 2026 } },
      {
        code: 'cohortYearOutsideRules',
        values: {
          lastYear: 2026,
          cohorts: [{ name: 'Deltagare 2030', year: 2030, ruleYear: 2026 }],
        },
      },
    ]);
  });

  it('note a cohort before the first rule year with the rules it takes', () => {
    // 2010 takes the first rules, 2016; the price year is then 2016 as well.
    const s = scenarioWith((sc) => (sc.cohorts = [cohort(sc, 'early', 'Deltagare 2010', 2010)]));
    expect(warningsOf(s)).toEqual([
      {
        code: 'cohortYearOutsideRules',
        values: {
          lastYear: 2026,
          cohorts: [{ name: 'Deltagare 2010', year: 2010, ruleYear: 2016 }],
        },
      },
    ]);
  });

  it('say nothing of cohort years when the scenario pins its parameter set', () => {
    // A pinned set values every cohort, whatever its year, in the set's own prices.
    const s = scenarioWith((sc) => {
      sc.parameters = { setId: 'egen', year: 2017, values: defaultParamValues(2017) };
      sc.cohorts = [
        cohort(sc, 'late', 'Deltagare 2030', 2030),
        cohort(sc, 'none', 'Deltagare utan år', undefined),
      ];
    });
    expect(warningsOf(s)).toEqual([]);
  });

  it('note the conversion of an older cohort to the price year, with the KPI factor', () => {
    // Cohorts of 2017 and 2020: the price year is the newest, 2020. KPI (SCB,
    // årsmedel) 2017 = 322.11, 2020 = 335.92: the 2017 cohort is carried by
    // 335.92 / 322.11 = 1.04287…; the 2020 cohort needs no conversion.
    const s = scenarioWith((sc) => {
      sc.cohorts = [
        cohort(sc, 'c2017', 'Deltagare 2017', 2017),
        cohort(sc, 'c2020', 'Deltagare 2020', 2020),
      ];
    });
    const w = warningsOf(s);
    expect(w).toEqual([
      {
        code: 'priceYearConverted',
        values: {
          priceYear: 2020,
          conversions: [{ ruleYear: 2017, priceFactor: expect.any(Number) }],
        },
      },
    ]);
    const factor = (w[0].values as { conversions: { priceFactor: number }[] }).conversions[0]
      .priceFactor;
    expect(factor).toBeCloseTo(335.92 / 322.11, 12);
  });
});
