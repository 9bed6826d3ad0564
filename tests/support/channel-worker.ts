/**
 * A stand-in for a worker in Node and jsdom tests: the real engine (or
 * uncertainty) API exposed with Comlink on one end of a MessageChannel, the other end
 * handed to the client as if it were a Worker.
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
