/**
 * Small builders the engine's tests write situations and scenarios with: an
 * income item of each source at a given extent (full time unless said), a
 * situation of income items, a group, and the built-in example changed and
 * parsed as a scenario file would be.
 */
import { exampleScenario } from '../../src/engine/example';
import {
  parseScenario,
  type Group,
  type IncomeItem,
  type Scenario,
  type Situation,
} from '../../src/engine/schema';

export const sit = (...income: IncomeItem[]): Situation => ({ income, resources: [] });
export const eb = (extent = 1): IncomeItem => ({ source: 'ekonomisktBistand', extent });
export const sp = (extent = 1): IncomeItem => ({ source: 'sjukpenning', extent });
export const ae = (extent = 1): IncomeItem => ({ source: 'aktivitetsersattning', extent });
export const as = (extent = 1): IncomeItem => ({ source: 'aktivitetsstod', extent });
export const none = (extent = 1): IncomeItem => ({ source: 'ingenOffentligForsorjning', extent });
export const work = (extent = 1): IncomeItem => ({ source: 'osubventioneratArbete', extent });
export const subs = (extent: number, subsidyShare: number): IncomeItem => ({
  source: 'subventioneratArbete',
  extent,
  subsidyShare,
});
export const study = (): IncomeItem => ({ source: 'studier', extent: 1, school: 'komvux' });

/** The example, changed by `mutate`, through the schema as a file would be read. */
export function scenarioWith(mutate: (s: Scenario) => void): Scenario {
  const s = exampleScenario();
  mutate(s);
  const parsed = parseScenario(JSON.parse(JSON.stringify(s)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

/** A group of `count` participants going from `before` to `after`. */
export const group = (
  id: string,
  count: number,
  gender: Group['gender'],
  before: Situation,
  after: Situation,
  ageBand?: Group['ageBand'],
): Group => ({ id, label: id, count, gender, before, after, ...(ageBand ? { ageBand } : {}) });

/**
 * The example's 2017 cohort with these groups instead of its own and a budget of
 * 100 000 kr, then changed by `edit`, through the schema as a file would be read.
 */
export const oneCohortScenario = (groups: Group[], edit: (s: Scenario) => void = () => {}) =>
  scenarioWith((s) => {
    s.cohorts = [{ ...s.cohorts[0], cost: { mode: 'total', budget: 100_000 }, groups }];
    edit(s);
  });
