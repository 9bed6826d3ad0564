/**
 * The page's side of the engine worker. Every call goes through one
 * WorkerBridge (worker-bridge.ts): evaluations one at a time, a newer one
 * superseding a queued older one (stale results are never shown); the other
 * calls sent as they come; each kind of call with its time limit; and a
 * worker that crashes or hangs replaced, with the calls it was answering
 * asked again once. The worker keeps the last scenario by revision, so a
 * what-if change sends only the settings and an edit only the groups it
 * changed; a fresh worker is sent the scenario again.
 */
import type { Remote } from 'comlink';
import { getContext, setContext } from 'svelte';
import { groupEdits } from '../engine';
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
import { takeEngineWorker } from './engine-worker';
import { inBothLanguages } from './i18n/index.svelte';
import { isWorkerError, WorkerBridge, type CallTable, type WorkerErrorCode } from './worker-bridge';
import { takeSourceText } from './validated-scenario';

export type Message = { sv: string; en: string };

export type Outcome =
  | { kind: 'done'; response: EvaluateResponse }
  | { kind: 'superseded' }
  | { kind: 'failed'; code: 'timeout' | 'crashed'; message: Message };

export type WorkerFactory = () => Worker;

/**
 * Every method of the worker API is one kind of call; an edit is an
 * evaluation (sent within an `evaluate` call, under its policy).
 */
export type EngineCall = Exclude<keyof WorkerApi, 'evaluateEdit'>;

/** How long an evaluation (and each further analysis) may take before the worker is deemed hung. */
export const ENGINE_TIMEOUT_MS = 20_000;
/** A portfolio batch values up to ten saved versions, or totals them all: it may take longer. */
export const PORTFOLIO_TIMEOUT_MS = 30_000;

/**
 * The policy of each kind of call. Evaluations go one at a time, latest wins;
 * a rejected evaluation means a broken worker (as it always has). The other
 * calls are answered in order and asked again after a crash: they are pure,
 * or (break-even, bridge) depend only on the scenario the fresh worker is sent again.
 */
function engineCalls(timeoutMs: number): CallTable<EngineCall> {
  const each = { timeoutMs, queue: 'each', retry: true } as const;
  return {
    evaluate: { timeoutMs, queue: 'latest', retry: true, rejectionIsCrash: true },
    appraiseKnown: { ...each },
    breakEven: { ...each },
    depreciation: { ...each },
    compareCohorts: { ...each },
    targetGaps: { ...each },
    bridge: { ...each },
    fullAllocation: { ...each },
    // Work ahead of a request: a newer text replaces one still waiting.
    readAhead: { timeoutMs, queue: 'latest', retry: true },
    evaluateMembers: { ...each, timeoutMs: Math.max(timeoutMs, PORTFOLIO_TIMEOUT_MS) },
    portfolio: { ...each, timeoutMs: Math.max(timeoutMs, PORTFOLIO_TIMEOUT_MS) },
  };
}

/** What the user is told when the engine failed a call, in both languages. */
export function engineMessage(code: 'timeout' | 'crashed'): Message {
  const key = `worker:engine.${code}` as const;
  return inBothLanguages(key);
}

/** The message for an error from an engine call, or null when it was not the worker failing. */
export function engineErrorMessage(e: unknown): Message | null {
  if (!isWorkerError(e) || (e.code !== 'timeout' && e.code !== 'crashed')) return null;
  return engineMessage(e.code);
}

/** The worker the page started with it, then fresh ones (engine-worker.ts). */
const defaultFactory: WorkerFactory = takeEngineWorker;

export class EngineClient {
  #bridge: WorkerBridge<WorkerApi, EngineCall>;
  #timeoutMs: number;
  /** The worker (its Comlink proxy) and the scenario revision it holds. */
  #held: { api: Remote<WorkerApi>; revision: number } | null = null;
  /** The last scenario evaluated without problems: a fresh worker is sent it before an analysis that needs it. */
  #kept: { scenario: unknown; revision: number; whatIf: WhatIf } | null = null;
  /** Called when a worker had to be restarted. */
  onRestart: ((message: Message) => void) | null = null;

  constructor(factory: WorkerFactory = defaultFactory, timeoutMs = ENGINE_TIMEOUT_MS) {
    this.#timeoutMs = timeoutMs;
    this.#bridge = new WorkerBridge<WorkerApi, EngineCall>({
      factory,
      calls: engineCalls(timeoutMs),
      onRestart: (code) => this.onRestart?.(engineMessage(code)),
    });
  }

  /** Start the worker before the first request (the page's first figures wait on its start-up). */
  start(): this {
    this.#bridge.start();
    return this;
  }

  /** How long one evaluation may take before the worker is considered hung. */
  get timeoutMs(): number {
    return this.#timeoutMs;
  }

  set timeoutMs(ms: number) {
    this.#timeoutMs = ms;
    Object.assign(this.#bridge.calls, engineCalls(ms));
  }

  /** Throw the worker away; the next request starts a fresh one (calls in flight are asked again). */
  restart() {
    this.#bridge.restart();
  }

  /**
   * Evaluate `scenario` (a valid scenario document) at structure `revision`
   * with `whatIf`. Resolves "superseded" when a newer request replaced it.
   * The worker is sent what it lacks: nothing when it holds this revision,
   * the changed groups when it holds the one before and only groups changed
   * (e.g. one row edited in a large calculation), else the whole document.
   */
  async evaluate(scenario: unknown, revision: number, whatIf: WhatIf): Promise<Outcome> {
    try {
      const response = await this.#bridge.call('evaluate', async (api) => {
        let r: EvaluateResponse;
        let sentWhole = false;
        const held = this.#held?.api === api ? this.#held : null;
        const kept = this.#kept;
        if (held?.revision === revision) r = await api.evaluate(null, revision, whatIf);
        else {
          const edits =
            held && kept?.revision === held.revision ? groupEdits(kept.scenario, scenario) : null;
          if (held && edits) r = await api.evaluateEdit(held.revision, edits, revision, whatIf);
          else {
            sentWhole = true;
            // A document read from a file goes as its text, parsed in the worker.
            r = await api.evaluate(takeSourceText(scenario) ?? scenario, revision, whatIf);
          }
        }
        if (!r.ok && !sentWhole) {
          // The worker lost the scenario, or the edit could not be applied: send it whole once.
          this.#held = null;
          r = await api.evaluate(scenario, revision, whatIf);
        }
        if (r.ok) {
          this.#held = { api, revision };
          this.#kept = { scenario, revision, whatIf };
        }
        return r;
      });
      return { kind: 'done', response };
    } catch (e) {
      const code: WorkerErrorCode | null = isWorkerError(e) ? e.code : null;
      if (code === 'timeout' || code === 'crashed') {
        return { kind: 'failed', code, message: engineMessage(code) };
      }
      if (code === 'superseded' || code === 'cancelled') return { kind: 'superseded' };
      throw e;
    }
  }

  /**
   * Let the worker read a scenario file's text while the page reads and
   * validates it (file-menu.svelte): the evaluation that follows finds it
   * done. Nothing is lost if it fails or the text turns out not valid.
   */
  readAhead(text: string): Promise<void> {
    return this.#bridge.call('readAhead', (api) => api.readAhead(text));
  }

  /** An analysis that reads the worker's scenario: a fresh worker is sent the last one first. */
  async #withScenario(api: Remote<WorkerApi>): Promise<void> {
    const kept = this.#kept;
    if (!kept || this.#held?.api === api) return;
    const r = await api.evaluate(kept.scenario, kept.revision, kept.whatIf);
    if (r.ok) this.#held = { api, revision: kept.revision };
  }

  appraiseKnown(input: unknown): Promise<KnownCaseResponse> {
    return this.#bridge.call('appraiseKnown', async (api): Promise<KnownCaseResponse> =>
      api.appraiseKnown(input),
    );
  }

  breakEven(input: BreakEvenInput): Promise<BreakEvenResult> {
    return this.#bridge.call('breakEven', async (api) => {
      await this.#withScenario(api);
      return api.breakEven(input);
    });
  }

  depreciation(input: DepreciationInput): Promise<DepreciationResponse> {
    return this.#bridge.call('depreciation', (api) => api.depreciation(input));
  }

  compareCohorts(segments: SegmentResult[]): Promise<CohortComparison> {
    return this.#bridge.call('compareCohorts', (api) => api.compareCohorts(segments));
  }

  targetGaps(
    followUps: TimePointResult[],
    targets: Partial<Record<TimePointResult['timePoint'], Target>>,
  ): Promise<TargetGap[]> {
    return this.#bridge.call('targetGaps', (api) => api.targetGaps(followUps, targets));
  }

  bridge(whatIf: WhatIf): Promise<BridgeResponse> {
    return this.#bridge.call('bridge', async (api) => {
      await this.#withScenario(api);
      return api.bridge(whatIf);
    });
  }

  fullAllocation(input: FullAllocationInput): Promise<FullAllocationResult> {
    return this.#bridge.call('fullAllocation', async (api): Promise<FullAllocationResult> =>
      api.fullAllocation(input),
    );
  }

  evaluateMembers(documents: unknown[]): Promise<MemberEvaluation[]> {
    return this.#bridge.call('evaluateMembers', (api) => api.evaluateMembers(documents));
  }

  portfolio(members: PortfolioMemberInput[], priceYear: number | null): Promise<PortfolioResult> {
    return this.#bridge.call('portfolio', (api) => api.portfolio(members, priceYear));
  }

  dispose() {
    this.#bridge.dispose();
    this.#held = null;
  }
}

const CLIENT_KEY = Symbol('engine-client');

/** Share the app's engine client with components (e.g. the known-figures form). */
export function setEngineClient(client: EngineClient): EngineClient {
  return setContext(CLIENT_KEY, client);
}

/** The app's engine client, or undefined outside <App> (a component tested on its own). */
export function maybeEngineClient(): EngineClient | undefined {
  return getContext<EngineClient | undefined>(CLIENT_KEY);
}

export function useEngineClient(): EngineClient {
  const c = maybeEngineClient();
  if (!c) throw new Error('useEngineClient() outside <App>');
  return c;
}
