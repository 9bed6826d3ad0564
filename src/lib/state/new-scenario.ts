/**
 * A new, empty calculation ("Ny kalkyl") and the test whether the built-in
 * example is what the draft holds. The new calculation takes every default
 * from the engine's schema (Finsam financing 25 % each, horizon, settings)
 * and pins no parameter set, so its one cohort, dated this year, is valued
 * with the newest rules the engine holds. Nothing of the example comes along:
 * no groups, no description, no targets of its own.
 */
import { exampleScenario, parseScenario, SCENARIO_FORMAT, SCENARIO_VERSION } from '../../engine';
import type { Scenario } from '../../engine';

export interface NewScenarioTexts {
  /** The title, in the user's language ("Ny kalkyl"). */
  title: string;
  /** The name of the first cohort ("Kohort 1"). */
  cohortName: string;
}

/**
 * An empty calculation: one cohort of `year` without groups, whose cost is
 * asked for (an empty total budget; the standard cost is offered beside it,
 * never taken silently).
 */
export function newScenario(
  texts: NewScenarioTexts,
  year: number = new Date().getFullYear(),
): Scenario {
  const parsed = parseScenario({
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    title: texts.title,
    // A placeholder cost that passes the schema; replaced by the question below.
    cohorts: [{ id: 'c1', name: texts.cohortName, year, cost: { mode: 'standard' }, groups: [] }],
  });
  // Only a change in the engine's schema can refuse its own defaults: a programming error.
  if (!parsed.ok) throw new Error(`newScenario: ${JSON.stringify(parsed.issues)}`);
  const s = parsed.value;
  s.cohorts[0].cost = { mode: 'total', budget: NaN };
  // No targets of someone else's: the Analyser tab's målbild starts empty.
  const none = () => ({ work: null, studies: null, other: null });
  s.analyses = {
    ...s.analyses,
    targets: { exit: none(), m6: none(), m24: none() },
    paybackTarget: null,
  };
  return s;
}

/** Deep equality of plain data, key order aside (NaN equals NaN). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

let example: Scenario | null = null;

/**
 * Whether `draft` is the built-in example, unchanged (its stored what-if
 * settings aside: the live ones are the app's). Cheap for any other draft:
 * the title and the size are compared first.
 */
export function isExampleScenario(draft: Scenario): boolean {
  if (!example) {
    const parsed = parseScenario(exampleScenario());
    example = parsed.ok ? parsed.value : exampleScenario();
  }
  if (draft.title !== example.title || draft.cohorts.length !== example.cohorts.length)
    return false;
  if (draft.cohorts.some((c, i) => c.groups.length !== example!.cohorts[i].groups.length))
    return false;
  const { whatIf: _a, ...rest } = draft;
  const { whatIf: _b, ...ref } = example;
  return same(rest, ref);
}
