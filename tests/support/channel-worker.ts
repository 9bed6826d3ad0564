/**
 * A stand-in for the engine worker in Node and jsdom tests: the real engine
 * API exposed with Comlink on one end of a MessageChannel, the other end
 * handed to the client as if it were a Worker.
 */
import { expose } from 'comlink';
import { createEngineApi } from '../../src/worker/engine-api';
import type { EngineApi } from '../../src/worker/api';

export function channelWorker(api: EngineApi = createEngineApi()): Worker {
  const { port1, port2 } = new MessageChannel();
  expose(api, port1);
  return Object.assign(port2, {
    terminate: () => {
      port1.close();
      port2.close();
    },
  }) as unknown as Worker;
}
