/**
 * The page's side of the uncertainty worker. A Monte Carlo run reports its
 * progress and can be cancelled: cancelling terminates the worker (a run is
 * one long computation, so there is no message it could stop at), and the
 * next request starts a fresh one. A crash is reported, never left hanging.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { WhatIf } from '../engine';
import type {
  MonteCarloResponse,
  SensitivityResponse,
  UncertaintyApi,
} from '../worker/uncertainty-api';

export type RunOutcome<T> =
  | { kind: 'done'; response: T }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: { sv: string; en: string } };

export type UncertaintyWorkerFactory = () => Worker;

const defaultFactory: UncertaintyWorkerFactory = () =>
  new Worker(new URL('../worker/uncertainty.worker.ts', import.meta.url), { type: 'module' });

const CRASHED = {
  sv: 'Osäkerhetsanalysen avbröts av ett fel i beräkningen. Försök igen; dina indata finns kvar.',
  en: 'The uncertainty analysis stopped on an error. Try again; your inputs are intact.',
};

export interface Run<T> {
  done: Promise<RunOutcome<T>>;
  cancel(): void;
}

export class UncertaintyClient {
  #factory: UncertaintyWorkerFactory;
  #worker: Worker | null = null;
  #api: Remote<UncertaintyApi> | null = null;
  /** Settles the run in progress when the worker is terminated or crashes. */
  #abort: ((o: RunOutcome<never>) => void) | null = null;

  constructor(factory: UncertaintyWorkerFactory = defaultFactory) {
    this.#factory = factory;
  }

  #ensure(): Remote<UncertaintyApi> {
    if (!this.#api) {
      const worker = this.#factory();
      worker.addEventListener('error', () => {
        this.#abort?.({ kind: 'failed', message: CRASHED });
        this.#terminate();
      });
      this.#worker = worker;
      this.#api = wrap<UncertaintyApi>(worker);
    }
    return this.#api;
  }

  #terminate() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#api = null;
  }

  #start<T>(call: (api: Remote<UncertaintyApi>) => Promise<T>): Run<T> {
    // One run at a time: a new one cancels the old.
    this.#abort?.({ kind: 'cancelled' });
    const api = this.#ensure();
    let settle!: (o: RunOutcome<T>) => void;
    const done = new Promise<RunOutcome<T>>((resolve) => (settle = resolve));
    let settled = false;
    const finish = (o: RunOutcome<T>) => {
      if (settled) return;
      settled = true;
      if (this.#abort === abort) this.#abort = null;
      settle(o);
    };
    const abort = (o: RunOutcome<never>) => finish(o);
    this.#abort = abort;
    call(api).then(
      (response) => finish({ kind: 'done', response }),
      () => finish({ kind: 'failed', message: CRASHED }),
    );
    return {
      done,
      cancel: () => {
        if (settled) return;
        this.#terminate();
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
    return this.#start(
      (api) =>
        api.monteCarlo(
          scenario,
          revision,
          whatIf,
          proxy(onProgress),
        ) as Promise<MonteCarloResponse>,
    );
  }

  sensitivity(scenario: unknown, revision: number, whatIf: WhatIf): Run<SensitivityResponse> {
    return this.#start(
      (api) => api.sensitivity(scenario, revision, whatIf) as Promise<SensitivityResponse>,
    );
  }

  dispose() {
    this.#abort?.({ kind: 'cancelled' });
    this.#terminate();
  }
}
