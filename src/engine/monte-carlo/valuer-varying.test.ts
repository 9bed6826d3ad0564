/**
 * A valuer told which parameters vary between draws (as monteCarlo tells it:
 * the sampled ones) copies only those into the other years' sets, and values
 * every draw as a valuer told nothing, which copies them all.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../evaluate';
import { exampleScenario } from '../example';
import type { Scenario, UncertaintySettings } from '../schema';
import {
  createValuer,
  drawFigures,
  drawParameter,
  sampledParameters,
  seededRandom,
} from '../uncertainty';

const SETTINGS: UncertaintySettings = {
  seed: 3,
  draws: 100,
  distribution: 'triangular',
  distributions: {},
  paybackTargetMonths: 12,
};

/** The example's participants as a 2018 and a 2023 cohort: two years' rules, priced in 2023. */
function cohortsOfTwoYears(): Scenario {
  const s = exampleScenario();
  const first = s.cohorts[0];
  s.cohorts = [
    { ...first, id: 'a', year: 2018 },
    { ...first, id: 'b', name: 'Deltagare 2023', year: 2023 },
  ];
  return s;
}

describe('a valuer told which parameters vary', () => {
  it('values every draw as a valuer told nothing; told that nothing varies, it does not follow the draws', () => {
    const scenario = cohortsOfTwoYears();
    const prep = prepare(scenario);
    // The price year's set and at least one other year's: the copies the draws must reach.
    expect(prep.contexts.some((c) => c.year !== prep.primaryYear)).toBe(true);
    const primary = prep.ctx.params;
    const sampled = sampledParameters(primary, SETTINGS, prep.primaryYear);
    const told = createValuer(
      prep,
      scenario.whatIf,
      sampled.map((p) => p.id),
    );
    const untold = createValuer(prep, scenario.whatIf);
    const a = new Float64Array(64);
    const b = new Float64Array(64);
    const rand = seededRandom(11);
    const values = { ...primary };
    for (let d = 0; d < 6; d++) {
      for (const p of sampled) values[p.id] = drawParameter(p, rand);
      told(values, a);
      untold(values, b);
      expect(drawFigures(a)).toEqual(drawFigures(b));
    }
    // Told that nothing varies, the other year's set keeps its own values: other figures.
    createValuer(prep, scenario.whatIf, [])(values, b);
    expect(drawFigures(b).yearlyRevenue.samhalle).not.toBeCloseTo(
      drawFigures(a).yearlyRevenue.samhalle,
      0,
    );
  });
});
