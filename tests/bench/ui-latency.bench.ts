/**
 * Slider latency in a real browser: time from a slider's input
 * event to the updated key figure on screen (DOM updated and the next frame
 * started), for the built-in example and for a 10 000-participant cohort
 * opened from a file. Prints median, 95th percentile and max; `--check`
 * fails when the median exceeds the 100 ms target.
 *
 *   npm run bench:ui          (builds, serves dist/ on port 4175, runs Chromium)
 *
 * NK_BENCH_PORT changes the port (NK_OUT_DIR the served build, as for
 * `vite build`); `--json FILE` also writes the figures and the scripts the
 * first visit fetched, for scripts/budget.mjs.
 */
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../support/chromium.mjs';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticScenario } from './records';

const PORT = Number(process.env.NK_BENCH_PORT ?? 4175);
const TARGET_MS = 100;
const MOVES = 40;

const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
const url = `http://localhost:${PORT}/`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(url)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}

const browser = await chromium.launch(launchOptions);

async function measure(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < MOVES; i++) {
    const value = String(((i % 20) + 1) / 20);
    const ms = await page.evaluate(
      (v) =>
        new Promise<number>((resolve) => {
          const slider = document.querySelector<HTMLInputElement>('[data-testid=slider-sub]')!;
          const target = document.querySelector('[data-testid=kf-revenue] .big')!;
          const before = target.textContent;
          const t0 = performance.now();
          const mo = new MutationObserver(() => {
            if (target.textContent === before) return;
            mo.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          });
          mo.observe(target, { characterData: true, childList: true, subtree: true });
          slider.value = v;
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      value,
    );
    times.push(ms);
  }
  return times;
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

const results: [string, ReturnType<typeof stats>][] = [];
let navigationMs: number;
let openLargeMs: number;
const firstVisitScripts: string[] = [];
try {
  const page = await browser.newPage();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' || r.url().endsWith('.js'))
      firstVisitScripts.push(new URL(r.url()).pathname);
  });
  const t0 = Date.now();
  await page.goto(url);
  await page.getByTestId('payback-value').waitFor();
  navigationMs = Date.now() - t0;
  console.log(`navigation → example's first figures: ${navigationMs} ms`);
  await page.waitForLoadState('networkidle');
  page.removeAllListeners('response');
  // Settle the first move (it builds the slider's basis once), then measure.
  results.push(['example (63 participants)', stats(await measure(page))]);

  const dir = mkdtempSync(join(tmpdir(), 'nyttokalkyl-bench-'));
  const file = join(dir, 'large.json');
  writeFileSync(file, JSON.stringify(syntheticScenario(10_000, 2, 7)));
  const t1 = Date.now();
  await page.getByTestId('file-input').setInputFiles(file);
  await page
    .getByTestId('kf-cost')
    .getByText(/10\s000/)
    .waitFor({ timeout: 60_000 });
  await page
    .getByTestId('status')
    .getByText(/aktuellt/)
    .waitFor({ timeout: 60_000 });
  openLargeMs = Date.now() - t1;
  console.log(`open a 10 000-participant file → figures: ${openLargeMs} ms`);
  results.push(['10 000 individual records', stats(await measure(page))]);
} finally {
  await browser.close();
  server.kill();
}

let ok = true;
for (const [name, s] of results) {
  const pass = s.median < TARGET_MS;
  ok &&= pass;
  console.log(
    `slider → figure, ${name.padEnd(28)} median ${s.median.toFixed(1).padStart(6)} ms   p95 ${s.p95
      .toFixed(1)
      .padStart(
        6,
      )} ms   max ${s.max.toFixed(1).padStart(6)} ms   target < ${TARGET_MS} ms ${pass ? 'OK' : 'MISSED'}`,
  );
}
const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0)
  writeFileSync(
    process.argv[jsonAt + 1],
    JSON.stringify({
      navigationMs,
      openLargeMs,
      firstVisitScripts: [...new Set(firstVisitScripts)],
      slider: Object.fromEntries(results),
      targetMs: TARGET_MS,
    }),
  );
if (process.argv.includes('--check') && !ok) process.exit(1);
