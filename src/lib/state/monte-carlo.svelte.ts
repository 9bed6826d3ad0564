/**
 * The Monte Carlo run outlives the Osäkerhet tab: a run started there goes on
 * (in its own worker) while the user looks at other tabs, and its result is
 * still there when they come back. One per page.
 */
import type { MonteCarloResult, Scenario, WhatIf } from '../../engine';
import { UncertaintyClient } from '../uncertainty-client';
import { issuesText } from '../validation-text';

export type MonteCarloRun =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number; cancel: () => void }
  | { kind: 'done'; result: MonteCarloResult; ms: number; key: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: { sv: string; en: string } };

export interface FinishedRun {
  result: MonteCarloResult;
  ms: number;
  /** What the run was computed for (scenario revision and what-if settings). */
  key: string;
}

export class MonteCarloState {
  #client: UncertaintyClient;
  run = $state<MonteCarloRun>({ kind: 'idle' });
  /** The last finished result, kept while a new run goes or after a cancel. */
  last = $state.raw<FinishedRun | null>(null);

  constructor(client = new UncertaintyClient()) {
    this.#client = client;
  }

  /** Run with the scenario's uncertainty settings; resolves when the run ends in any way. */
  async start(scenario: Scenario, revision: number, whatIf: WhatIf, key: string): Promise<void> {
    const r = this.#client.monteCarlo(scenario, revision, whatIf, (done, total) => {
      if (this.run.kind === 'running') this.run = { ...this.run, done, total };
    });
    this.run = { kind: 'running', done: 0, total: scenario.uncertainty.draws, cancel: r.cancel };
    const outcome = await r.done;
    if (outcome.kind === 'cancelled') this.run = { kind: 'cancelled' };
    else if (outcome.kind === 'failed') this.run = { kind: 'failed', message: outcome.message };
    else if (!outcome.response.ok) {
      const issues = outcome.response.issues;
      this.run = {
        kind: 'failed',
        message: { sv: issuesText(issues, 'sv'), en: issuesText(issues, 'en') },
      };
    } else {
      this.last = { result: outcome.response.result, ms: outcome.response.ms, key };
      this.run = { kind: 'done', ...this.last };
    }
  }
}

let shared: MonteCarloState | null = null;
/** The page's Monte Carlo state, created on first use. */
export function monteCarloState(): MonteCarloState {
  return (shared ??= new MonteCarloState());
}
