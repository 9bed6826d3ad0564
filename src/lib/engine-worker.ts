/**
 * The engine's worker, started as early as the page can: `src/main.ts` calls
 * `startEngineWorker` before it fetches the app's own code, so
 * the worker loads the engine and the rules while the page loads the rest,
 * and the first figures wait on neither in turn. The engine client takes
 * that worker for its first call and starts fresh ones after it.
 */
let early: Worker | null = null;

/** A new engine worker. */
export function createEngineWorker(): Worker {
  return new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module' });
}

/** Start the page's first engine worker now (once). */
export function startEngineWorker(): void {
  early ??= createEngineWorker();
}

/** The worker started with the page, the first time; a new one after that. */
export function takeEngineWorker(): Worker {
  const w = early;
  early = null;
  return w ?? createEngineWorker();
}
