/** The input views: fields, situations, groups, cost, parameters and known figures. */
export { default as FieldError } from './field-error.svelte';
export { default as NumberField } from './number-field.svelte';
export { default as PercentField } from './percent-field.svelte';
export { default as SituationEditor } from './situation-editor.svelte';
export { default as CohortEditor } from './cohort-editor.svelte';
export { default as CohortCost } from './cohort-cost.svelte';
export { default as CostEditor } from './cost-editor.svelte';
export { default as ParamsEditor } from './params-editor.svelte';
export { default as KnownFigures } from './known-figures.svelte';
export { default as CustomResourcesEditor } from './custom-resources-editor.svelte';
