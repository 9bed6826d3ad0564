/**
 * A stand-in for a worker in Node and jsdom tests: the real engine (or
 * uncertainty) API exposed with Comlink on one end of a MessageChannel, the other end
 * handed to the client as if it were a Worker. `crashableWorker` can also be
 * killed the way a real worker dies (it stops answering and the page gets an
 * `error` event), and `holdingApi` keeps chosen calls in flight so a test can
 * kill the worker during them.
 */
import { expose } from 'comlink';
import { createEngineApi } from '../../src/worker/engine-api';

export function channelWorker(api: object = createEngineApi()): Worker {
  const { port1, port2 } = new MessageChannel();
  expose(api, port1);
  return Object.assign(port2, {
    terminate: () => {
      port1.close();
      port2.close();
    },
  }) as unknown as Worker;
}

export interface CrashableWorker extends Worker {
  /** Die as a crashed worker does: nothing more is answered, and an `error` event reaches the page. */
  crash(): void;
  /** Fail to read a message from the worker: the page gets a `messageerror` event. */
  garble(): void;
  terminated: boolean;
}

export function crashableWorker(api: object = createEngineApi()): CrashableWorker {
  const { port1, port2 } = new MessageChannel();
  expose(api, port1);
  const w = port2 as unknown as CrashableWorker;
  const close = () => {
    port1.close();
    port2.close();
  };
  return Object.assign(w, {
    terminated: false,
    terminate: () => {
      w.terminated = true;
      close();
    },
    crash: () => {
      close();
      w.dispatchEvent(new Event('error'));
    },
    garble: () => {
      close();
      w.dispatchEvent(new Event('messageerror'));
    },
  });
}

/**
 * `real` with the methods named in `hold` never answering: each call of
 * them resolves `entered` (with the method's name) instead, so the test
 * knows the call is in flight in the worker. `hold` may be changed later
 * (e.g. once the scenario has been sent).
 */
export function holdingApi<A extends object>(
  real: A,
  names: Iterable<keyof A & string> = [],
): { api: A; entered: Promise<string>; calls: string[]; hold: Set<string> } {
  let enter!: (name: string) => void;
  const entered = new Promise<string>((resolve) => (enter = resolve));
  const calls: string[] = [];
  const hold = new Set<string>(names);
  const api = new Proxy(real, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(prop);
        if (!hold.has(prop)) return (value as (...a: unknown[]) => unknown).apply(target, args);
        enter(prop);
        return new Promise(() => {});
      };
    },
  });
  return { api, entered, calls, hold };
}
