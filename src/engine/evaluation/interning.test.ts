/**
 * Aggregation at the size where the interning tables outgrow their first
 * allocation: a cohort with over a thousand distinct situations and
 * transitions, the same transitions met again after the tables have grown,
 * the same situations in several valuation contexts, and a follow-up whose
 * before-situation first appears far into the cohort. The counts come from how
 * the groups are built; the figures are compared with smaller evaluations the
 * aggregation must agree with.
 */
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, type AgeBand } from '../catalogue';
import { exampleScenario } from '../example';
import { evaluateScenario } from '../evaluate';
import { parseScenario, type Group, type Scenario, type Situation } from '../schema';
import { PERSPECTIVES } from '../types';

function valid(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const base = exampleScenario();
/** One 2017 cohort of these groups, at the same cost per participant whatever its size. */
const scenarioOf = (groups: Group[]): Scenario =>
  valid({
    ...base,
    cohorts: [
      {
        ...base.cohorts[0],
        cost: { mode: 'perParticipant', perParticipant: 30_000 },
        groups,
      },
    ],
  });

const eb = (extent: number): Situation => ({
  income: [{ source: 'ekonomisktBistand', extent }],
  resources: [],
});
const work = (extent: number): Situation => ({
  income: [{ source: 'osubventioneratArbete', extent }],
  resources: [],
});
const group = (
  id: string,
  before: Situation,
  after: Situation,
  extra: Partial<Group> = {},
): Group => ({
  id,
  label: '',
  count: 1,
  gender: 'kvinna',
  before,
  after,
  ...extra,
});

/** n distinct extents, (i + 1) / n. */
const extents = (n: number) => Array.from({ length: n }, (_, i) => (i + 1) / n);

const closeVectors = (a: Record<string, number>, b: Record<string, number>, what: string) => {
  for (const p of PERSPECTIVES) expect(a[p], `${what} ${p}`).toBeCloseTo(b[p], 4);
};

describe('a cohort with more distinct situations and transitions than the tables first hold', () => {
  const N = 1100;
  const e = extents(N);
  // Situations are numbered in order of first appearance, before then after: group i of
  // the first pass has before-situation 2i and after-situation 2i + 1, so group 256 is
  // the first to bring situation number 512.
  const FOLLOWED = 256;
  const firstPass = e.map((x, i) =>
    group(`a${i}`, eb(x), work(x), i === FOLLOWED ? { followUp6: work(x) } : {}),
  );
  // The same N transitions again once the tables have grown, then one new transition that
  // starts and ends in the very first situation met (ekonomiskt bistånd 1/N → the same).
  const secondPass = e.map((x, i) => group(`b${i}`, eb(x), work(x), { gender: 'man' }));
  const stay = group('stay', eb(e[0]), eb(e[0]));
  // Evaluated inside each test, so that the test itself runs the aggregation it checks.
  const evaluateAll = () => evaluateScenario(scenarioOf([...firstPass, ...secondPass, stay]));

  it('counts every distinct situation and every distinct transition once', () => {
    const all = evaluateAll();
    // N ekonomiskt bistånd extents + N work extents; the follow-up and the last group's
    // situations are among them.
    expect(all.stats.situations).toBe(2 * N);
    // N distinct before → exit pairs (each met twice) and the one that stays put.
    expect(all.stats.transitions).toBe(N + 1);
    expect(all.total.participants).toBe(2 * N + 1);
  });

  it('gives twice the yearly revenue of the first pass alone (the last group changes nothing)', () => {
    const all = evaluateAll();
    const once = evaluateScenario(scenarioOf(firstPass));
    expect(once.stats.situations).toBe(2 * N);
    expect(once.stats.transitions).toBe(N);
    const twice: Record<string, number> = {};
    for (const p of PERSPECTIVES) twice[p] = 2 * once.total.yearlyRevenue[p];
    closeVectors(all.total.yearlyRevenue, twice, 'yearly revenue');
  });

  it('values the one follow-up as that group on its own', () => {
    const all = evaluateAll();
    const m6 = all.followUps.find((f) => f.timePoint === 'm6');
    expect(m6?.participantsCovered).toBe(1);
    const alone = evaluateScenario(scenarioOf([firstPass[FOLLOWED]]));
    const aloneM6 = alone.followUps.find((f) => f.timePoint === 'm6');
    // Same before and after as at exit, so its revenue is its exit revenue as well.
    closeVectors(m6!.result.yearlyRevenue, aloneM6!.result.yearlyRevenue, 'm6 alone');
    closeVectors(m6!.result.yearlyRevenue, alone.total.yearlyRevenue, 'exit alone');
    // Ekonomiskt bistånd 256/1100... → work at the same extent: a change, not nothing.
    expect(m6!.result.yearlyRevenue.samhalle).not.toBe(0);
  });
});

describe('the same situations in several valuation contexts', () => {
  // Each age band is a context of its own (the employer contributions of the young differ),
  // and the standard rate without a band is one more.
  const bands: (AgeBand | undefined)[] = [undefined, ...AGE_BANDS];
  const M = 120;
  const e = extents(M);
  const groups = bands.flatMap((ageBand) =>
    e.map((x, i) => group(`${ageBand ?? 'none'}-${i}`, eb(x), work(x), ageBand ? { ageBand } : {})),
  );
  const evaluate = () => evaluateScenario(scenarioOf(groups));

  it('keeps a situation apart in each context', () => {
    const r = evaluate();
    // 6 contexts × (M before + M after) situations, 6 × M transitions.
    expect(bands).toHaveLength(6);
    expect(r.stats.situations).toBe(6 * 2 * M);
    expect(r.stats.transitions).toBe(6 * M);
  });

  it('sums to the figures of each context evaluated on its own', () => {
    const r = evaluate();
    const sum: Record<string, number> = {};
    for (const p of PERSPECTIVES) sum[p] = 0;
    for (const ageBand of bands) {
      const own = evaluateScenario(scenarioOf(groups.filter((g) => g.ageBand === ageBand)));
      for (const p of PERSPECTIVES) sum[p] += own.total.yearlyRevenue[p];
    }
    closeVectors(r.total.yearlyRevenue, sum, 'yearly revenue');
  });
});

describe('the same situations in two contexts far apart in the list of contexts', () => {
  // Five cohorts of other years, each with a group in every age band and one without: 30
  // contexts, numbered in order of first use (cohort by cohort, band by band). The first
  // (2019, no band) and the 27th (2023, band 19–23) hold the same M transitions; every
  // other context holds one group, ekonomiskt bistånd 1/M → work 1/M.
  const M = 110;
  const e = extents(M);
  const bands: (AgeBand | undefined)[] = [undefined, ...AGE_BANDS];
  const years = [2019, 2020, 2021, 2022, 2023];
  const cohorts = years.map((year, ci) => ({
    ...base.cohorts[0],
    id: `c${year}`,
    year,
    cost: { mode: 'perParticipant', perParticipant: 30_000 },
    groups: bands.flatMap((ageBand, bi) => {
      const context = ci * bands.length + bi;
      const n = context === 0 || context === 26 ? M : 1;
      return e
        .slice(0, n)
        .map((x, i) => group(`${context}-${i}`, eb(x), work(x), ageBand ? { ageBand } : {}));
    }),
  }));
  const evaluate = () => evaluateScenario(valid({ ...base, priceYear: 2023, cohorts }));

  it('counts them once per context', () => {
    const r = evaluate();
    // 2 contexts × 2M situations + 28 contexts × 2 situations; a transition per group.
    expect(r.stats.situations).toBe(2 * 2 * M + 28 * 2);
    expect(r.stats.transitions).toBe(2 * M + 28);
    expect(r.total.participants).toBe(2 * M + 28);
  });
});

describe('transitions from every before-situation to every after-situation', () => {
  // 40 before-situations × 30 after-situations, one group each: each situation starts or
  // ends many distinct transitions.
  const befores = extents(40).map(eb);
  const afters = extents(30).map(work);
  const groups = befores.flatMap((b, j) => afters.map((a, k) => group(`${j}-${k}`, b, a)));
  const evaluate = () => evaluateScenario(scenarioOf(groups));

  it('counts 40 × 30 = 1 200 transitions between 70 situations', () => {
    const r = evaluate();
    expect(r.stats.situations).toBe(40 + 30);
    expect(r.stats.transitions).toBe(1_200);
    expect(r.total.participants).toBe(1_200);
  });
});
