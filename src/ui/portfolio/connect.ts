/**
 * Started by the app after the first figures: when a portfolio is chosen for
 * the printed report, follow the portfolios and load the print section, so
 * that printing from any tab (or Ctrl+P) has it. Nothing more is loaded
 * otherwise — the Portfölj view connects when it is opened.
 */
import type { PortfolioEngine } from '../../lib/state/portfolio.svelte';

export async function connectPortfolios(engine: PortfolioEngine): Promise<void> {
  const { listPortfolios } = await import('../../lib/db/portfolios');
  let chosen = false;
  try {
    chosen = (await listPortfolios()).some((p) => p.inReport);
  } catch {
    // No storage: nothing was chosen for the report.
  }
  if (!chosen) return;
  const [state, print, section] = await Promise.all([
    import('../../lib/state/portfolio.svelte'),
    import('../../lib/state/portfolio-print.svelte'),
    import('./portfolio-print.svelte'),
  ]);
  print.portfolioPrint.section ??= section.default;
  state.portfolioState.connect(engine);
}
