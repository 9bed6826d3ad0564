/**
 * The page's side of the uncertainty worker, through the same WorkerBridge
 * as the engine (worker-bridge.ts). A Monte Carlo run reports its progress
 * and can be cancelled: cancelling terminates the worker (a run is one long
 * computation, so there is no message it could stop at), and the next request
 * starts a fresh one. One run at a time: a new one settles the old as
 * cancelled. A crash or a hung worker is reported, never left hanging; a run
 * is not repeated on its own (the user asks again).
 */
import { proxy } from 'comlink';
import type { WhatIf } from '../engine';
import type {
  MonteCarloResponse,
  SensitivityResponse,
  UncertaintyApi,
} from '../worker/uncertainty-api';
import { inBothLanguages } from './i18n/index.svelte';
import { isWorkerError, WorkerBridge, type CallTable } from './worker-bridge';

export type RunOutcome<T> =
  | { kind: 'done'; response: T }
  | { kind: 'cancelled' }
  | { kind: 'failed'; code: 'timeout' | 'crashed'; message: { sv: string; en: string } };

export type UncertaintyWorkerFactory = () => Worker;

/** Every method of the uncertainty API is one kind of call. */
export type UncertaintyCall = keyof UncertaintyApi;

/**
 * A Monte Carlo run has no time limit: it shows its progress and the user
 * can stop it. The tornado is a few hundred evaluations: a minute means the
 * worker hangs.
 */
export const UNCERTAINTY_CALLS: CallTable<UncertaintyCall> = {
  monteCarlo: { timeoutMs: null, queue: 'each', retry: false },
  sensitivity: { timeoutMs: 60_000, queue: 'each', retry: false },
};

const defaultFactory: UncertaintyWorkerFactory = () =>
  new Worker(new URL('../worker/uncertainty.worker.ts', import.meta.url), { type: 'module' });

/** What the user is told when the uncertainty worker failed a run, in both languages. */
export function uncertaintyMessage(code: 'timeout' | 'crashed'): { sv: string; en: string } {
  const key = `worker:uncertainty.${code}` as const;
  return inBothLanguages(key);
}

export interface Run<T> {
  done: Promise<RunOutcome<T>>;
  cancel(): void;
}

export class UncertaintyClient {
  #bridge: WorkerBridge<UncertaintyApi, UncertaintyCall>;
  /** Settles the run in progress as cancelled when a newer one starts. */
  #current: (() => void) | null = null;

  constructor(factory: UncertaintyWorkerFactory = defaultFactory) {
    this.#bridge = new WorkerBridge({ factory, calls: { ...UNCERTAINTY_CALLS } });
  }

  #start<T>(kind: UncertaintyCall, call: (api: UncertaintyApi) => Promise<T>): Run<T> {
    // One run at a time: a new one cancels the old.
    this.#current?.();
    const controller = new AbortController();
    let settle!: (o: RunOutcome<T>) => void;
    const done = new Promise<RunOutcome<T>>((resolve) => (settle = resolve));
    let settled = false;
    const finish = (o: RunOutcome<T>) => {
      if (settled) return;
      settled = true;
      if (this.#current === superseded) this.#current = null;
      settle(o);
    };
    const superseded = () => finish({ kind: 'cancelled' });
    this.#current = superseded;
    this.#bridge
      .call(kind, (api) => call(api as unknown as UncertaintyApi), controller)
      .then(
        (response) => finish({ kind: 'done', response }),
        (e: unknown) => {
          if (isWorkerError(e) && (e.code === 'cancelled' || e.code === 'superseded'))
            finish({ kind: 'cancelled' });
          else {
            const code = isWorkerError(e) && e.code === 'timeout' ? 'timeout' : 'crashed';
            finish({ kind: 'failed', code, message: uncertaintyMessage(code) });
          }
        },
      );
    return {
      done,
      cancel: () => {
        if (settled) return;
        controller.abort();
        finish({ kind: 'cancelled' });
      },
    };
  }

  /** Run the Monte Carlo analysis; `onProgress(done, total)` as the draws go. */
  monteCarlo(
    scenario: unknown,
    revision: number,
    whatIf: WhatIf,
    onProgress: (done: number, total: number) => void,
  ): Run<MonteCarloResponse> {
    return this.#start('monteCarlo', (api) =>
      api.monteCarlo(scenario, revision, whatIf, proxy(onProgress)),
    );
  }

  sensitivity(scenario: unknown, revision: number, whatIf: WhatIf): Run<SensitivityResponse> {
    return this.#start('sensitivity', (api) => api.sensitivity(scenario, revision, whatIf));
  }

  dispose() {
    this.#current?.();
    this.#bridge.dispose();
  }
}
