/** The engine in a Web Worker, exposed with Comlink (see engine-api.ts). */
import { expose } from 'comlink';
import { ValueStore } from '../engine';
import { RULES_DATA } from '../engine/rules/data';
import { installRules } from '../engine/rules/registry';
import { createEngineApi, warmUp } from './engine-api';

// The rules installed here rather than through rules/install (as in uncertainty.worker.ts): a
// module both workers import becomes a chunk of its own, and the rules' chunk would only be
// fetched once that one had arrived. Imported by the entry, both are fetched at once.
installRules(RULES_DATA);
const store = new ValueStore();
expose(createEngineApi(store));
// After any request already waiting (a task of its own): the example, valued ahead (see `warmUp`).
// A warm-up that fails must not take the worker down: the page's own request reports the problem.
setTimeout(() => {
  try {
    warmUp(store);
  } catch {
    // Nothing was kept; the request that follows is evaluated as without a warm-up.
  }
}, 0);
