/**
 * The page's side of the engine worker: one request at a time, a newer
 * request supersedes a queued older one (stale results are never shown), and
 * a worker that crashes or hangs is replaced, with the last request retried.
 * Modelled on Squoosh's worker bridge.
 */
import { wrap, type Remote } from 'comlink';
import { getContext, setContext } from 'svelte';
import type {
  BreakEvenResult,
  CohortComparison,
  FullAllocationResult,
  MemberEvaluation,
  PortfolioMemberInput,
  PortfolioResult,
  SegmentResult,
  Target,
  TargetGap,
  TimePointResult,
  WhatIf,
} from '../engine';
import type {
  BreakEvenInput,
  BridgeResponse,
  DepreciationInput,
  DepreciationResponse,
  FullAllocationInput,
  WorkerApi,
  EvaluateResponse,
  KnownCaseResponse,
} from '../worker/api';

export type Outcome =
  | { kind: 'done'; response: EvaluateResponse }
  | { kind: 'superseded' }
  | { kind: 'failed'; message: { sv: string; en: string } };

interface Job {
  scenario: unknown;
  revision: number;
  whatIf: WhatIf;
  resolve: (o: Outcome) => void;
}

export type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () =>
  new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module' });

export class EngineClient {
  #factory: WorkerFactory;
  #worker: Worker | null = null;
  #api: Remote<WorkerApi> | null = null;
  /** The scenario revision the current worker holds. */
  #held = -1;
  #running = false;
  #pending: Job | null = null;
  #crash: ((e: unknown) => void) | null = null;
  /** How long one evaluation may take before the worker is considered hung. */
  timeoutMs: number;
  /** Called when a worker had to be restarted. */
  onRestart: ((message: { sv: string; en: string }) => void) | null = null;

  constructor(factory: WorkerFactory = defaultFactory, timeoutMs = 20_000) {
    this.#factory = factory;
    this.timeoutMs = timeoutMs;
  }

  #ensure(): Remote<WorkerApi> {
    if (!this.#api) {
      const worker = this.#factory();
      worker.addEventListener('error', (e) => this.#crash?.(e));
      this.#worker = worker;
      this.#api = wrap<WorkerApi>(worker);
      this.#held = -1;
    }
    return this.#api;
  }

  /** Throw the worker away; the next request starts a fresh one. */
  restart() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#api = null;
    this.#held = -1;
  }

  /**
   * Evaluate `scenario` (a valid scenario document) at structure `revision`
   * with `whatIf`. Resolves "superseded" when a newer request replaced it.
   */
  evaluate(scenario: unknown, revision: number, whatIf: WhatIf): Promise<Outcome> {
    return new Promise((resolve) => {
      this.#pending?.resolve({ kind: 'superseded' });
      this.#pending = { scenario, revision, whatIf, resolve };
      void this.#pump();
    });
  }

  async #pump() {
    if (this.#running) return;
    while (this.#pending) {
      const job = this.#pending;
      this.#pending = null;
      this.#running = true;
      const outcome = await this.#run(job, true);
      this.#running = false;
      // A newer request arrived while this one ran: this result is stale.
      if (this.#pending && outcome.kind === 'done') job.resolve({ kind: 'superseded' });
      else job.resolve(outcome);
    }
  }

  async #run(job: Job, retry: boolean): Promise<Outcome> {
    const api = this.#ensure();
    const send = this.#held === job.revision ? null : job.scenario;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const failure = new Promise<never>((_, reject) => {
        this.#crash = reject;
        timer = setTimeout(() => reject(new Error('timeout')), this.timeoutMs);
      });
      const response = await Promise.race([api.evaluate(send, job.revision, job.whatIf), failure]);
      if (response.ok) this.#held = job.revision;
      else if (send === null) {
        // The worker lost the scenario (e.g. restarted): send it again once.
        this.#held = -1;
        if (retry) return this.#run(job, false);
      }
      return { kind: 'done', response };
    } catch (e) {
      const hung = e instanceof Error && e.message === 'timeout';
      const message = hung
        ? {
            sv: 'Beräkningen tog för lång tid och avbröts. Beräkningsmotorn har startats om; dina indata finns kvar.',
            en: 'The calculation took too long and was stopped. The engine was restarted; your inputs are intact.',
          }
        : {
            sv: 'Beräkningsmotorn kraschade och har startats om; dina indata finns kvar.',
            en: 'The calculation engine crashed and was restarted; your inputs are intact.',
          };
      this.restart();
      this.onRestart?.(message);
      if (retry && !hung) return this.#run(job, false);
      return { kind: 'failed', message };
    } finally {
      clearTimeout(timer);
      this.#crash = null;
    }
  }

  async appraiseKnown(input: unknown): Promise<KnownCaseResponse> {
    return this.#ensure().appraiseKnown(input);
  }

  async breakEven(input: BreakEvenInput): Promise<BreakEvenResult> {
    return this.#ensure().breakEven(input);
  }

  async depreciation(input: DepreciationInput): Promise<DepreciationResponse> {
    return this.#ensure().depreciation(input);
  }

  async compareCohorts(segments: SegmentResult[]): Promise<CohortComparison> {
    return this.#ensure().compareCohorts(segments);
  }

  async targetGaps(
    followUps: TimePointResult[],
    targets: Partial<Record<TimePointResult['timePoint'], Target>>,
  ): Promise<TargetGap[]> {
    return this.#ensure().targetGaps(followUps, targets);
  }

  async bridge(whatIf: WhatIf): Promise<BridgeResponse> {
    return this.#ensure().bridge(whatIf);
  }

  async fullAllocation(input: FullAllocationInput): Promise<FullAllocationResult> {
    return this.#ensure().fullAllocation(input);
  }

  async evaluateMembers(documents: unknown[]): Promise<MemberEvaluation[]> {
    return this.#ensure().evaluateMembers(documents);
  }

  async portfolio(
    members: PortfolioMemberInput[],
    priceYear: number | null,
  ): Promise<PortfolioResult> {
    return this.#ensure().portfolio(members, priceYear);
  }

  dispose() {
    this.restart();
    this.#pending?.resolve({ kind: 'superseded' });
    this.#pending = null;
  }
}

const CLIENT_KEY = Symbol('engine-client');

/** Share the app's engine client with components (e.g. the known-figures form). */
export function setEngineClient(client: EngineClient): EngineClient {
  return setContext(CLIENT_KEY, client);
}

export function useEngineClient(): EngineClient {
  const c = getContext<EngineClient | undefined>(CLIENT_KEY);
  if (!c) throw new Error('useEngineClient() outside <App>');
  return c;
}
