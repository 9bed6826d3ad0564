/**
 * What the Analyser tab's sections (and the printed report, which reuses
 * them) are given; each section takes the part it needs with `Pick`.
 */
import type { EvaluationResult } from '../../engine';
import type { AnalysesState } from '../../lib/state/analyses.svelte';

export interface AnalysisProps {
  /** The result the analysis reads. */
  result: EvaluationResult;
  /** The Analyser tab's settings and the figures the worker gave for them. */
  analyses: AnalysesState;
  /** In the printed report: a line stating the settings instead of the inputs. */
  print?: boolean;
  /** Width the charts are drawn at (the report's page width). */
  width?: number;
  /** The analyses state whose "include in the report" this section shows (the tab; not on paper). */
  choice?: AnalysesState;
}
