/**
 * Real engine results for the chart tests and the visual harness: the
 * built-in example, and a variant with three cohorts and a 3-year horizon.
 */
import { evaluateScenario, exampleScenario, type EvaluationResult } from '../../engine';

export function exampleResult(): EvaluationResult {
  return evaluateScenario(exampleScenario());
}

/** The example split into three cohorts (2017–2019) of different size and cost. */
export function threeCohortResult(horizonYears = 5): EvaluationResult {
  const s = exampleScenario();
  const base = s.cohorts[0];
  s.horizonYears = horizonYears;
  s.cohorts = [
    base,
    {
      ...structuredClone(base),
      id: 'c2018',
      name: 'Deltagare 2018',
      year: 2018,
      groups: structuredClone(base.groups.slice(0, 8)),
    },
    {
      ...structuredClone(base),
      id: 'c2019',
      name: 'Deltagare 2019 <"Åre" & co>',
      year: 2019,
      cost: { mode: 'total', budget: 3_000_000 },
      groups: structuredClone(base.groups.slice(5)),
    },
  ];
  return evaluateScenario(s);
}
