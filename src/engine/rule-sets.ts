/**
 * The parameter sets a scenario values its cohorts with: which rule year each
 * cohort takes, which sets the user has edited, and the scenario with every
 * set it uses written out (what a saved version carries, so it reproduces
 * exactly even after the defaults change).
 */
import { changedParams, defaultParameterSet, ruleYearOf, type ParamId } from './parameters';
import type { ParameterSet, Scenario } from './schema';

type SetsOf = Pick<Scenario, 'parameters' | 'parameterSets' | 'cohorts'>;

/**
 * The parameter set a rule year is valued with in a scenario: its pinned set,
 * its own copy of that year, or the year's defaults (`defaults` keeps one
 * object per year, so cohorts of one year share their values).
 */
export function yearParameterSet(
  s: Pick<Scenario, 'parameters' | 'parameterSets'>,
  year: number | undefined,
  defaults: Map<number, ParameterSet> = new Map(),
): { set: ParameterSet; edited: boolean; index: number } {
  if (s.parameters) return { set: s.parameters, edited: true, index: -1 };
  const y = ruleYearOf(year);
  const index = (s.parameterSets ?? []).findIndex((p) => p.year === y);
  if (index >= 0) return { set: s.parameterSets[index], edited: true, index };
  let set = defaults.get(y);
  if (!set) defaults.set(y, (set = defaultParameterSet(y)));
  return { set, edited: false, index };
}

/** A parameter set in use, with the cohorts it values. */
export interface SetInUse {
  year: number;
  set: ParameterSet;
  /** The scenario's own copy (edited or pinned), not the year's defaults. */
  own: boolean;
  /** One set for every cohort, whatever its year (an older saved calculation). */
  pinned: boolean;
  /** Where the set lives in the document, for validation messages: `parameters` or `parameterSets[i]`. */
  path: string | null;
  cohorts: { id: string; name: string }[];
  /** Parameters that differ from the defaults of the set's year. */
  changed: ParamId[];
}

/** The rule years a scenario's cohorts take, newest first, each with its set and cohorts. */
export function parameterSetsInUse(s: SetsOf): SetInUse[] {
  if (s.parameters)
    return [
      {
        year: s.parameters.year,
        set: s.parameters,
        own: true,
        pinned: true,
        path: 'parameters',
        cohorts: s.cohorts.map((c) => ({ id: c.id, name: c.name })),
        changed: changedParams(s.parameters.values, s.parameters.year),
      },
    ];
  const byYear = new Map<number, SetInUse>();
  for (const c of s.cohorts) {
    const year = ruleYearOf(c.year);
    let entry = byYear.get(year);
    if (!entry) {
      const { set, edited, index } = yearParameterSet(s, year);
      entry = {
        year,
        set,
        own: edited,
        pinned: false,
        path: edited ? `parameterSets[${index}]` : null,
        cohorts: [],
        changed: edited ? changedParams(set.values, year) : [],
      };
      byYear.set(year, entry);
    }
    entry.cohorts.push({ id: c.id, name: c.name });
  }
  return [...byYear.values()].sort((a, b) => b.year - a.year);
}

/**
 * The scenario's own set for a rule year, created from that year's defaults
 * when it has none (the first edit makes the copy). Mutates `s`.
 */
export function ownParameterSet(s: SetsOf, year: number): ParameterSet {
  const found = yearParameterSet(s, year);
  if (!found.edited) s.parameterSets.push(found.set);
  return found.set;
}

/** The scenario with a set for every rule year its cohorts take (what a saved version carries). */
export function withParametersWritten(s: Scenario): Scenario {
  if (s.parameters) return s;
  const sets = [...s.parameterSets];
  for (const c of s.cohorts) {
    const y = ruleYearOf(c.year);
    if (!sets.some((p) => p.year === y)) sets.push(defaultParameterSet(y));
  }
  return { ...s, parameterSets: sets.sort((a, b) => a.year - b.year) };
}

/** The scenario valued with today's defaults: each cohort takes the rules of its year. */
export function withDefaultRules(s: Scenario): Scenario {
  const out = structuredClone(s);
  delete out.parameters;
  out.parameterSets = [];
  return out;
}

/** Every parameter that differs from the defaults of its year, per set in use. */
export function changedParameters(s: SetsOf): { year: number; id: ParamId; value: number }[] {
  return parameterSetsInUse(s).flatMap((u) =>
    u.changed.map((id) => ({ year: u.year, id, value: u.set.values[id] })),
  );
}
