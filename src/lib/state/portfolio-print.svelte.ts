/**
 * What the printed report needs of the portfolio chosen for it: the engine's
 * answer and the section that prints it. Kept apart from the portfolio state
 * (which needs the database) so that the report, which is part of the first
 * load, stays small: the section component is set by the portfolio code when
 * it loads, and the report prints it when both are there.
 */
import type { Component } from 'svelte';
import type { PortfolioResult } from '../../engine';

export interface PortfolioReport {
  name: string;
  notes: string;
  result: PortfolioResult;
}

class PortfolioPrint {
  report = $state.raw<PortfolioReport | null>(null);
  section = $state.raw<Component<{ report: PortfolioReport }> | null>(null);
}

export const portfolioPrint = new PortfolioPrint();
