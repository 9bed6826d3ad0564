/**
 * Figures derived from the evaluation's results for the views, print and
 * exports, so that no view computes a number of the model itself.
 */
export * from './what-if-alone';
export * from './analyses-figures';
export * from './shown-figures';
