/**
 * Entry point. It starts the engine's worker first, before the app's own code
 * has been fetched (lib/engine-worker.ts): the first figures wait on the
 * worker loading the engine and the rules, and it now does so while the page
 * loads the rest. Then the app (start.ts), with the rule data it needs.
 */
import { startEngineWorker } from './lib/engine-worker';

startEngineWorker();
// The rules of every year are fetched beside the app's code, not after it (start.ts waits on them).
void import('./engine/rules/data');
// A page's first number formatter loads the browser's locale data (≈ 25 ms in a new page):
// done here, while the app's code is still on its way, it is not done while the page mounts.
new Intl.NumberFormat('sv-SE').format(0);
await import('./start');
