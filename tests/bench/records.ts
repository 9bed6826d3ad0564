/**
 * Synthetic individual records for benchmarks and load tests: realistic
 * situations (the example's sources and extents), spread with the engine's
 * seeded generator (the Monte Carlo one) so every run measures the same data.
 */
import '../../src/engine/rules/install';
import {
  exampleScenario,
  seededRandom,
  type Group,
  type IncomeItem,
  type Scenario,
  type Situation,
} from '../../src/engine';

const EXTENTS = [0.25, 0.5, 0.75, 1];
const BEFORE: IncomeItem['source'][] = [
  'aktivitetsersattning',
  'ekonomisktBistand',
  'sjukpenning',
  'ingenOffentligForsorjning',
  'arbetsloshetsersattning',
  'aktivitetsstod',
  'sjukersattning',
];
const AFTER: IncomeItem['source'][] = [
  'osubventioneratArbete',
  'subventioneratArbete',
  'studier',
  'aktivitetsersattning',
  'ekonomisktBistand',
  'aktivitetsstod',
  'arbetssokandeUtanErsattning',
  'sjukpenning',
];

function situation(r: () => number, sources: IncomeItem['source'][]): Situation {
  const main = sources[Math.floor(r() * sources.length)];
  const e = EXTENTS[Math.floor(r() * EXTENTS.length)];
  const income: IncomeItem[] = [{ source: main, extent: e }];
  if (main === 'subventioneratArbete')
    income[0].subsidyShare = [0.45, 0.6, 0.8][Math.floor(r() * 3)];
  if (main === 'studier') income[0].school = r() < 0.7 ? 'komvux' : 'folkhogskola';
  if (e < 1 && r() < 0.5) {
    const other = BEFORE[Math.floor(r() * BEFORE.length)];
    if (other !== main) income.push({ source: other, extent: 1 - e });
  }
  const resources = r() < 0.3 ? [{ item: 'vardcentralBesok', quantity: Math.floor(r() * 8) }] : [];
  return { income, resources };
}

/** A scenario of `n` individual records (count 1 each) over `cohorts` cohorts. */
export function syntheticScenario(n: number, cohorts = 4, seed = 1): Scenario {
  const r = seededRandom(seed);
  const base = exampleScenario();
  const perCohort = Math.ceil(n / cohorts);
  base.title = `Syntetisk kohort, ${n} deltagare`;
  base.cohorts = Array.from({ length: cohorts }, (_, c) => ({
    id: `c${c}`,
    name: `År ${2021 + c}`,
    year: 2021 + c,
    cost: { mode: 'perParticipant' as const, perParticipant: 31_000 },
    groups: Array.from({ length: Math.min(perCohort, n - c * perCohort) }, (_, i): Group => {
      const g: Group = {
        id: `p${c}-${i}`,
        label: '',
        count: 1,
        gender: r() < 0.5 ? 'kvinna' : 'man',
        before: situation(r, BEFORE),
        after: situation(r, AFTER),
      };
      if (r() < 0.4) g.followUp6 = situation(r, AFTER);
      return g;
    }),
  }));
  return base;
}
