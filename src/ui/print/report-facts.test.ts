/** The report's facts about the calculation: the cohorts' period and the rule years. */
import { describe, expect, it } from 'vitest';
import type { EvaluationResult } from '../../engine';
import { cohortPeriod, ruleYearsOf } from './report-facts';

type Rules = EvaluationResult['rules'];
const rules = (list: { cohortYear: number | null; ruleYear: number; edited?: boolean }[]) =>
  list.map((c) => ({ edited: false, ...c })) as unknown as Rules;

describe('report facts', () => {
  it.each<[(number | null)[], string | null]>([
    [[], null],
    [[null], null],
    [[2024], '2024'],
    [[2024, 2022, null, 2023], '2022–2024'],
  ])('the period of cohorts %j is %s', (years, period) => {
    expect(cohortPeriod(rules(years.map((y) => ({ cohortYear: y, ruleYear: 2024 }))))).toBe(period);
  });

  it('lists each rule year once, in order, and tells an edited set', () => {
    const r = rules([
      { cohortYear: 2024, ruleYear: 2024 },
      { cohortYear: 2017, ruleYear: 2017, edited: true },
      { cohortYear: 2018, ruleYear: 2017 },
    ]);
    expect(ruleYearsOf(r)).toEqual({ years: '2017, 2024', edited: true });
  });
});
