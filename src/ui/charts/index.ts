/**
 * The chart components (STYLE.md §6: D3 does the maths, Svelte draws). Each
 * sits in a ChartFrame with its title, a text alternative, a data table and
 * SVG/PNG export.
 */
export { default as ChartFrame } from './chart-frame.svelte';
export { default as IncomeSourcesChart } from './income-sources-chart.svelte';
export { default as ActorRevenueChart } from './actor-revenue-chart.svelte';
export { default as ProfitabilityChart } from './profitability-chart.svelte';
export { default as CumulativeChart } from './cumulative-chart.svelte';
export { default as PotentialChart } from './potential-chart.svelte';
export { default as CohortComparisonChart } from './cohort-comparison-chart.svelte';
export type { ChartTable, ChartTableColumn, ChartTableRow } from './types';
export { DEFAULT_CUMULATIVE } from './actors';
export { default as BarsChart } from './bars-chart.svelte';
export { default as YearsChart } from './years-chart.svelte';
export { default as WaterfallChart } from './waterfall-chart.svelte';
