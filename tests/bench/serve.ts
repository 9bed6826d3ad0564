/**
 * Serves the built app (dist/, or NK_OUT_DIR as `vite build` uses it) with
 * `vite preview` on `port` for the browser benchmarks, and waits until it
 * answers.
 */
import { spawn } from 'node:child_process';

export async function servePreview(port: number) {
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(port), '--strictPort'],
    {
      stdio: 'ignore',
    },
  );
  const url = `http://localhost:${port}/`;
  // Poll until the server answers (at most 10 s).
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, stop: () => server.kill() };
}
