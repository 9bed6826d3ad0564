/**
 * The worker bridge on its own, with a small API on a MessageChannel: each
 * call kind's queue, time limit and crash handling; a call in flight always
 * settles, whether the worker crashes, hangs, fails to send a message, is
 * cancelled or is disposed of.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  crashableWorker,
  holdingApi,
  type CrashableWorker,
} from '../../tests/support/channel-worker';
import { WorkerBridge, WorkerError, type CallTable } from './worker-bridge';

interface Api {
  echo(x: number): Promise<number>;
  slow(x: number): Promise<number>;
  fail(): Promise<never>;
}

const real: Api = {
  echo: async (x) => x,
  slow: async (x) => x,
  fail: async () => {
    throw new Error('bad input');
  },
};

type Kind = 'latest' | 'each' | 'once' | 'brittle';
const CALLS: CallTable<Kind> = {
  latest: { timeoutMs: 1_000, queue: 'latest', retry: true },
  each: { timeoutMs: 5_000, queue: 'each', retry: true },
  once: { timeoutMs: null, queue: 'each', retry: false },
  brittle: { timeoutMs: 1_000, queue: 'each', retry: true, rejectionIsCrash: true },
};

/** A bridge whose first worker holds `hold` calls in flight; later workers answer. */
function setup(hold: (keyof Api & string)[] = [], holdEvery = false) {
  const workers: CrashableWorker[] = [];
  const held: ReturnType<typeof holdingApi<Api>>[] = [];
  const restarts: string[] = [];
  const bridge = new WorkerBridge<Api, Kind>({
    factory: () => {
      const h = holdingApi(real, workers.length === 0 || holdEvery ? hold : []);
      held.push(h);
      const w = crashableWorker(h.api);
      workers.push(w);
      return w;
    },
    calls: structuredClone(CALLS),
    onRestart: (code, kind) => restarts.push(`${code}:${kind}`),
  });
  bridges.push(bridge);
  return { bridge, workers, held, restarts };
}

const bridges: WorkerBridge<Api, Kind>[] = [];
afterEach(() => {
  bridges.splice(0).forEach((b) => b.dispose());
  vi.useRealTimers();
});

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: unknown) => (e instanceof WorkerError ? e.code : String(e)),
  );

describe('WorkerBridge', () => {
  it('answers calls on one worker, started on first use', async () => {
    const { bridge, workers } = setup();
    expect(workers).toHaveLength(0);
    expect(await bridge.call('each', (api) => api.echo(3))).toBe(3);
    expect(await bridge.call('latest', (api) => api.echo(4))).toBe(4);
    expect(workers).toHaveLength(1);
    expect(bridge.inFlight).toBe(0);
  });

  it('latest: a newer call replaces the queued one and makes the running one stale', async () => {
    const { bridge, held, workers } = setup(['slow']);
    const first = bridge.call('latest', (api) => api.slow(1));
    const second = bridge.call('latest', (api) => api.echo(2));
    const third = bridge.call('latest', (api) => api.echo(3));
    expect(await code(second)).toBe('superseded');
    await held[0].entered;
    // The first never answers: a crash moves it (retried) to a fresh worker, where it answers.
    workers[0].crash();
    expect(await code(first)).toBe('superseded');
    expect(await third).toBe(3);
  });

  it('each: calls are sent as they come and answered in order', async () => {
    const { bridge } = setup();
    const answers = await Promise.all(
      [1, 2, 3].map((x) => bridge.call('each', (api) => api.echo(x))),
    );
    expect(answers).toEqual([1, 2, 3]);
  });

  it('a crash retries every call in flight once on a fresh worker, and says so', async () => {
    const { bridge, workers, held, restarts } = setup(['slow']);
    const a = bridge.call('each', (api) => api.slow(1));
    const b = bridge.call('latest', (api) => api.slow(2));
    await held[0].entered;
    workers[0].crash();
    expect(await Promise.all([a, b])).toEqual([1, 2]);
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    expect(restarts).toEqual(['crashed:each']);
  });

  it('a call that crashes its second worker too is rejected as crashed', async () => {
    const { bridge, workers, held } = setup(['slow'], true);
    const a = bridge.call('each', (api) => api.slow(1));
    await held[0].entered;
    workers[0].crash();
    await held[1].entered;
    workers[1].crash();
    expect(await code(a)).toBe('crashed');
    expect(bridge.inFlight).toBe(0);
  });

  it('a kind without retry is rejected as crashed at once', async () => {
    const { bridge, workers, held } = setup(['slow']);
    const a = bridge.call('once', (api) => api.slow(1));
    await held[0].entered;
    workers[0].crash();
    expect(await code(a)).toBe('crashed');
    expect(await bridge.call('once', (api) => api.echo(5))).toBe(5);
  });

  it('a message the page cannot read counts as a crash', async () => {
    const { bridge, workers, held, restarts } = setup(['slow']);
    const a = bridge.call('each', (api) => api.slow(7));
    await held[0].entered;
    workers[0].garble();
    expect(await a).toBe(7);
    expect(restarts).toEqual(['crashed:each']);
  });

  it('times out per kind: the hung call fails, the others on that worker are retried', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { bridge, held, restarts } = setup(['slow']);
    const hung = bridge.call('latest', (api) => api.slow(1));
    const other = bridge.call('each', (api) => api.slow(2));
    await held[0].entered;
    let settled = false;
    void hung.finally(() => (settled = true)).catch(() => {});
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await code(hung)).toBe('timeout');
    expect(await other).toBe(2);
    expect(restarts).toEqual(['timeout:latest']);
  });

  it('a kind without a time limit waits as long as it takes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { bridge, held } = setup(['slow']);
    const run = bridge.call('once', (api) => api.slow(1));
    await held[0].entered;
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(bridge.inFlight).toBe(1);
    bridge.dispose();
    expect(await code(run)).toBe('cancelled');
  });

  it('passes the call’s own error through, unless the kind treats it as a crash', async () => {
    const { bridge, held, restarts } = setup();
    await expect(bridge.call('each', (api) => api.fail())).rejects.toThrow('bad input');
    expect(restarts).toEqual([]);
    // Treated as a crash: restarted and asked once more, then given up.
    expect(await code(bridge.call('brittle', (api) => api.fail()))).toBe('crashed');
    expect(restarts).toEqual(['crashed:brittle', 'crashed:brittle']);
    // Two workers, both thrown away; the next call starts a third.
    expect(held).toHaveLength(2);
    expect(await bridge.call('each', (api) => api.echo(1))).toBe(1);
    expect(held).toHaveLength(3);
  });

  it('cancelling a running call terminates its worker; the next call starts a fresh one', async () => {
    const { bridge, workers, held } = setup(['slow']);
    const controller = new AbortController();
    const run = bridge.call('once', (api) => api.slow(1), controller);
    const queuedLatest = bridge.call('latest', (api) => api.slow(2));
    await held[0].entered;
    controller.abort();
    expect(await code(run)).toBe('cancelled');
    expect(workers[0].terminated).toBe(true);
    // The other call on that worker was not cancelled: it is answered by the fresh worker.
    expect(await queuedLatest).toBe(2);
  });

  it('a call cancelled before it is sent never reaches the worker', async () => {
    const { bridge, workers } = setup();
    const controller = new AbortController();
    controller.abort();
    expect(await code(bridge.call('each', (api) => api.echo(1), controller))).toBe('cancelled');
    expect(workers).toHaveLength(0);
  });

  it('restart() replaces the worker and asks the calls in flight again, without a message', async () => {
    const { bridge, workers, held, restarts } = setup(['slow']);
    const a = bridge.call('each', (api) => api.slow(1));
    await held[0].entered;
    bridge.restart();
    expect(await a).toBe(1);
    expect(workers[0].terminated).toBe(true);
    expect(restarts).toEqual([]);
  });

  it('a restart the caller asks for does not use up the call’s one retry', async () => {
    const { bridge, workers, held } = setup(['slow'], true);
    const a = bridge.call('each', (api) => api.slow(1));
    await held[0].entered;
    workers[0].crash();
    await held[1].entered;
    // E.g. the portfolio giving up on its own time limit while this call waits its second answer:
    // the call is sent to a third worker all the same; a crash there is its second.
    bridge.restart();
    await vi.waitFor(() => expect(held).toHaveLength(3));
    await held[2].entered;
    workers[2].crash();
    expect(await code(a)).toBe('crashed');
  });

  it('dispose() settles every call in flight or waiting', async () => {
    const { bridge, held } = setup(['slow']);
    const running = bridge.call('latest', (api) => api.slow(1));
    const waiting = bridge.call('latest', (api) => api.slow(2));
    await held[0].entered;
    bridge.dispose();
    expect(await Promise.all([code(running), code(waiting)])).toEqual(['cancelled', 'cancelled']);
  });

  it('ignores events from a worker it already replaced', async () => {
    const { bridge, workers, restarts } = setup();
    await bridge.call('each', (api) => api.echo(1));
    bridge.restart();
    expect(await bridge.call('each', (api) => api.echo(2))).toBe(2);
    workers[0].dispatchEvent(new Event('error'));
    expect(await bridge.call('each', (api) => api.echo(3))).toBe(3);
    expect(workers).toHaveLength(2);
    expect(restarts).toEqual([]);
  });
});
