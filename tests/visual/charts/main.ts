/**
 * Visual harness for the charts: every chart with the example result (and a
 * three-cohort variant) on one page, mounted from here so the harness needs
 * no component of its own. `?lang=en` for English, `?chart=<name>` for one.
 *   npx vite tests/visual/charts --config vite.config.ts --port 5199
 *   node tests/visual/charts/shots.mjs
 */
import '../../../src/engine/rules/install';
import { mount, type Component } from 'svelte';
import '../../../src/app.css';
import { i18n } from '../../../src/lib/i18n/index.svelte';
import {
  ActorRevenueChart,
  CohortComparisonChart,
  CumulativeChart,
  IncomeSourcesChart,
  PotentialChart,
  ProfitabilityChart,
} from '../../../src/ui/charts';
import { exampleResult, threeCohortResult } from '../../../src/ui/charts/test-data';

const params = new URLSearchParams(location.search);
if (params.get('lang') === 'en') i18n.set('en');
const only = params.get('chart');

const r = exampleResult();
const three = threeCohortResult();
const t = r.total;
const subtitle = r.title;

const main = document.createElement('main');
main.style.cssText = 'max-width: 56rem; margin: 0 auto; padding: 1rem;';
document.getElementById('app')!.append(main);

function add<P extends Record<string, unknown>>(name: string, component: Component<P>, props: P) {
  if (only && only !== name) return;
  const target = document.createElement('section');
  main.append(target);
  mount(component, { target, props });
}

add('income', IncomeSourcesChart, {
  before: t.incomeSources.before,
  after: t.incomeSources.after,
  subtitle,
});
add('revenue', ActorRevenueChart, { values: t.yearlyRevenue, subtitle });
add('profitability', ProfitabilityChart, { segment: t, horizonYears: r.horizonYears, subtitle });
add('cumulative', CumulativeChart, {
  cumulative: t.cumulative,
  paybackMonths: t.paybackMonths,
  benchmarkMonths: r.benchmarks.paybackMonths,
  subtitle,
});
add('potential', PotentialChart, { potential: t.potential, subtitle });
add('cohorts', CohortComparisonChart, { segments: three.byCohort, subtitle: three.title });
