/**
 * The one way the page talks to a worker: it owns the Worker and Comlink's
 * `wrap`, queues calls by kind, gives each kind its time limit, and handles a
 * worker that dies, so that no call is ever left unsettled. A call is retried
 * once on a fresh worker when the worker died under it (if its kind allows);
 * otherwise it is rejected with a `WorkerError` whose code the client turns
 * into a message in the user's language. Modelled on Squoosh's worker bridge
 * (src/client/lazy-app/worker-bridge/index.ts).
 */
import { wrap, type Remote } from 'comlink';

/**
 * Why a call did not get its answer: the worker took too long (`timeout`),
 * died and could not be asked again (`crashed`), a newer call of the same
 * kind made it stale (`superseded`), or the caller stopped it (`cancelled`).
 */
export type WorkerErrorCode = 'timeout' | 'crashed' | 'superseded' | 'cancelled';

export class WorkerError extends Error {
  readonly code: WorkerErrorCode;
  /** The kind of call that failed ('evaluate', 'breakEven', …). */
  readonly kind: string;

  constructor(code: WorkerErrorCode, kind: string) {
    super(`${kind}: ${code}`);
    this.name = 'WorkerError';
    this.code = code;
    this.kind = kind;
  }
}

export const isWorkerError = (e: unknown): e is WorkerError => e instanceof WorkerError;

/** How the bridge treats one kind of call. */
export interface CallPolicy {
  /** How long one attempt may take before the worker is deemed hung and replaced; null: no limit. */
  timeoutMs: number | null;
  /**
   * `latest`: one call of the kind runs at a time; a newer one replaces a
   * queued older one, and a result that went stale while running is
   * dropped. `each`: every call is sent as it comes (the worker answers in order).
   */
  queue: 'latest' | 'each';
  /** Asked again, once, on a fresh worker when the worker died under it (never after its own timeout). */
  retry: boolean;
  /** A rejected call means the worker is broken: replace it as after a crash. */
  rejectionIsCrash?: boolean;
}

export type CallTable<K extends string> = Record<K, CallPolicy>;

export interface CallOptions {
  /** Aborting stops the call at once: a running call's worker is terminated. */
  signal?: AbortSignal;
}

export interface BridgeOptions<K extends string> {
  /** Creates the worker (tests pass a stand-in). */
  factory: () => Worker;
  calls: CallTable<K>;
  /** Told when the worker had to be replaced because it crashed or hung. */
  onRestart?: (code: 'timeout' | 'crashed', kind: K | null) => void;
}

interface Pending<K extends string> {
  kind: K;
  run: (api: Remote<unknown>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  attempts: number;
  /** The worker generation the current attempt runs on (-1: queued). */
  generation: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  settled: boolean;
}

export class WorkerBridge<Api, K extends string> {
  readonly calls: CallTable<K>;
  #factory: () => Worker;
  #onRestart: BridgeOptions<K>['onRestart'];
  #worker: Worker | null = null;
  #api: Remote<Api> | null = null;
  /** Counts the workers started: an answer or event from an older one is ignored. */
  #generation = 0;
  #inFlight = new Set<Pending<K>>();
  /** Per `latest` kind: the call running and the one waiting after it. */
  #running = new Map<K, Pending<K>>();
  #queued = new Map<K, Pending<K>>();

  constructor(options: BridgeOptions<K>) {
    this.#factory = options.factory;
    this.calls = options.calls;
    this.#onRestart = options.onRestart;
  }

  /** Calls sent and not yet answered (for tests and diagnostics). */
  get inFlight(): number {
    return this.#inFlight.size;
  }

  /**
   * Start the worker now rather than at the first call: it fetches and
   * compiles its own code while the page is still loading.
   */
  start(): void {
    this.#ensure();
  }

  #ensure(): Remote<Api> {
    if (!this.#api) {
      const worker = this.#factory();
      const generation = ++this.#generation;
      const died = () => {
        if (generation === this.#generation && this.#worker) this.#replace('crashed', null);
      };
      worker.addEventListener('error', died);
      worker.addEventListener('messageerror', died);
      this.#worker = worker;
      this.#api = wrap<Api>(worker);
    }
    return this.#api;
  }

  /**
   * Run `run` against the worker as a call of `kind`. Resolves with its
   * answer; rejects with a `WorkerError` when the worker failed it, or with
   * the call's own error when the worker answered with one.
   */
  call<T>(kind: K, run: (api: Remote<Api>) => Promise<T>, options: CallOptions = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const p: Pending<K> = {
        kind,
        run: run as Pending<K>['run'],
        resolve: resolve as (v: unknown) => void,
        reject,
        attempts: 0,
        generation: -1,
        timer: undefined,
        settled: false,
      };
      const { signal } = options;
      if (signal?.aborted) return this.#fail(p, 'cancelled');
      signal?.addEventListener('abort', () => this.#abort(p), { once: true });
      if (this.calls[kind].queue === 'latest' && this.#running.has(kind)) {
        const older = this.#queued.get(kind);
        this.#queued.set(kind, p);
        if (older) this.#fail(older, 'superseded');
        return;
      }
      this.#dispatch(p);
    });
  }

  #dispatch(p: Pending<K>) {
    const api = this.#ensure();
    const generation = this.#generation;
    const policy = this.calls[p.kind];
    p.attempts++;
    p.generation = generation;
    this.#inFlight.add(p);
    if (policy.queue === 'latest') this.#running.set(p.kind, p);
    if (policy.timeoutMs !== null)
      p.timer = setTimeout(() => this.#replace('timeout', p), policy.timeoutMs);
    let attempt: Promise<unknown>;
    try {
      attempt = p.run(api);
    } catch (e) {
      attempt = Promise.reject(e);
    }
    attempt.then(
      (value) => {
        if (!this.#current(p, generation)) return;
        this.#finish(p);
        const newer = policy.queue === 'latest' && this.#queued.has(p.kind);
        this.#settle(p, newer ? { error: new WorkerError('superseded', p.kind) } : { value });
        this.#next(p.kind);
      },
      (error: unknown) => {
        if (!this.#current(p, generation)) return;
        if (policy.rejectionIsCrash) return this.#replace('crashed', null);
        this.#finish(p);
        this.#settle(p, { error });
        this.#next(p.kind);
      },
    );
  }

  /** Whether an answer belongs to the call's current attempt (not one on a replaced worker). */
  #current(p: Pending<K>, generation: number): boolean {
    return !p.settled && p.generation === generation && this.#inFlight.has(p);
  }

  #finish(p: Pending<K>) {
    clearTimeout(p.timer);
    p.timer = undefined;
    this.#inFlight.delete(p);
    if (this.#running.get(p.kind) === p) this.#running.delete(p.kind);
  }

  #settle(p: Pending<K>, outcome: { value: unknown } | { error: unknown }) {
    if (p.settled) return;
    p.settled = true;
    if (this.#queued.get(p.kind) === p) this.#queued.delete(p.kind);
    if ('error' in outcome) p.reject(outcome.error);
    else p.resolve(outcome.value);
  }

  #fail(p: Pending<K>, code: WorkerErrorCode) {
    this.#settle(p, { error: new WorkerError(code, p.kind) });
  }

  /** Start the call of a `latest` kind that waited for the running one. */
  #next(kind: K) {
    if (this.#running.has(kind)) return;
    const waiting = this.#queued.get(kind);
    if (!waiting) return;
    this.#queued.delete(kind);
    this.#dispatch(waiting);
  }

  #abort(p: Pending<K>) {
    if (p.settled) return;
    if (this.#inFlight.has(p)) {
      // A call is one long computation in the worker: stopping it means stopping the worker.
      this.#replace('cancelled', p);
      return;
    }
    this.#fail(p, 'cancelled');
  }

  /**
   * Throw the current worker away because it crashed, hung (`culprit` timed
   * out), was cancelled (`culprit` stopped by its caller) or the caller asked
   * for a `restart`. The culprit is rejected with that code; every other call
   * in flight on it is asked again on a fresh worker when its kind allows
   * (once after a crash or hang; a stop the caller chose does not count),
   * else rejected as crashed. Only a crash or hang is reported.
   */
  #replace(cause: 'crashed' | 'timeout' | 'cancelled' | 'restart', culprit: Pending<K> | null) {
    this.#terminate();
    const victims = [...this.#inFlight];
    for (const p of victims) this.#finish(p);
    if (cause === 'timeout' || cause === 'crashed')
      this.#onRestart?.(cause, culprit?.kind ?? victims[0]?.kind ?? null);
    const deliberate = cause === 'cancelled' || cause === 'restart';
    for (const p of victims) {
      if (p.settled) continue;
      if (p === culprit && cause !== 'restart') this.#fail(p, cause);
      else if (this.calls[p.kind].retry && (deliberate || p.attempts < 2)) {
        if (deliberate) p.attempts--;
        this.#dispatch(p);
      } else this.#fail(p, 'crashed');
    }
    for (const kind of new Set(victims.map((p) => p.kind))) this.#next(kind);
  }

  #terminate() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#api = null;
    // Answers and events from the old worker no longer count.
    this.#generation++;
  }

  /**
   * Replace the worker now (e.g. after the caller's own time limit). Calls
   * in flight are asked again on the fresh worker when their kind allows.
   */
  restart() {
    if (!this.#worker) return;
    this.#replace('restart', null);
  }

  /** Stop the worker; every call in flight or waiting is rejected as cancelled. */
  dispose() {
    this.#terminate();
    const inFlight = [...this.#inFlight];
    const all = [...inFlight, ...this.#queued.values()];
    for (const p of inFlight) this.#finish(p);
    this.#queued.clear();
    this.#running.clear();
    for (const p of all) this.#fail(p, 'cancelled');
  }
}
