/**
 * A portfolio of 200 saved versions (the example in nine rule years, sizes
 * and costs varied, every tenth with adjusted arithmetic):
 *
 * - in Node, bundled as shipped: valuing the 200 members (`evaluateMember`)
 *   and totalling them (`portfolioTotals`);
 * - in Chromium on the built app: valuing them in the worker with progress,
 *   then — the target, < 200 ms once the members are valued — opening the
 *   Portfölj tab until the 200 rows and the totals are on screen, and
 *   changing the price year until the re-totalled figures are on screen.
 *
 * Prints median, 95th percentile and max; `--check` fails when a median
 * misses 200 ms.
 *
 *   npm run build && node scripts/run-bundled.mjs tests/bench/portfolio.bench.ts [--check]
 *
 * NK_BENCH_PORT changes the port (default 4176); NK_OUT_DIR the served build.
 */
import '../../src/engine/rules/install';
import { chromium, type Page } from '@playwright/test';
import { servePreview } from './serve';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  evaluateMember,
  exampleScenario,
  parseScenario,
  portfolioTotals,
  withParametersWritten,
  type Scenario,
} from '../../src/engine';
import { launchOptions } from '../support/chromium.mjs';

const N = 200;
const TARGET_MS = 200;
const PORT = Number(process.env.NK_BENCH_PORT ?? 4176);

function versions(): Scenario[] {
  return Array.from({ length: N }, (_, i) => {
    const s = exampleScenario();
    const year = 2016 + (i % 9);
    s.title = `Insats ${i + 1} (${year})`;
    s.cohorts.forEach((c) => (c.year = year));
    const k = 0.5 + ((i * 37) % 100) / 50;
    s.cohorts.forEach((c) =>
      c.groups.forEach((g) => (g.count = Math.max(1, Math.round(g.count * k)))),
    );
    const cost = s.cohorts[0].cost;
    if (cost.mode === 'annualShare') cost.annualBudget *= 0.5 + ((i * 53) % 100) / 40;
    if (i % 10 === 9) s.appraisal = { ...s.appraisal, discountRate: 0.035, deadweight: 0.2 };
    const p = parseScenario(JSON.parse(JSON.stringify(s)));
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    return withParametersWritten(p.value);
  });
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}
const fmt = (name: string, s: ReturnType<typeof stats>, target?: number) =>
  `${name.padEnd(52)} median ${s.median.toFixed(1).padStart(7)} ms   p95 ${s.p95
    .toFixed(1)
    .padStart(7)} ms   max ${s.max.toFixed(1).padStart(7)} ms` +
  (target === undefined ? '' : `   target < ${target} ms ${s.median < target ? 'OK' : 'MISSED'}`);

const scenarios = versions();
const lines: string[] = [];
let ok = true;

// ---- Node: the engine alone ---------------------------------------------------
{
  const t0 = performance.now();
  const evaluations = scenarios.map((s) => evaluateMember(s));
  const valueMs = performance.now() - t0;
  const members = evaluations.map((evaluation, i) => ({
    key: `v${i}`,
    label: scenarios[i].title,
    evaluation,
  }));
  const times: number[] = [];
  for (let r = 0; r < 60; r++) {
    const t1 = performance.now();
    portfolioTotals(members, { priceYear: r % 2 ? 2024 : null });
    times.push(performance.now() - t1);
  }
  lines.push(
    `${`engine: value ${N} members (evaluateMember)`.padEnd(52)} ${valueMs.toFixed(0)} ms`,
  );
  const s = stats(times.slice(10));
  ok &&= s.median < TARGET_MS;
  lines.push(fmt(`engine: total ${N} valued members (portfolioTotals)`, s, TARGET_MS));
}

// ---- Chromium: the built app ----------------------------------------------------
const { url, stop: stopServer } = await servePreview(PORT);
const browser = await chromium.launch(launchOptions);

/**
 * Milliseconds from choosing `year` as the price year until the portfolio's
 * total cost on screen has changed (and the next frame began).
 */
function timePriceYear(page: Page, year: string): Promise<number> {
  return page.evaluate(
    (value) =>
      new Promise<number>((resolve) => {
        const sel = '[data-testid="pf-total-cost"]';
        const before = document.querySelector(sel)?.textContent ?? null;
        const mo = new MutationObserver(() => {
          const now = document.querySelector(sel)?.textContent ?? null;
          if (now === null || now === before) return;
          mo.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        mo.observe(document.body, { subtree: true, childList: true, characterData: true });
        const select = document.querySelector<HTMLSelectElement>(
          '[data-testid="portfolio-price-year-select"]',
        )!;
        const t0 = performance.now();
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    year,
  );
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.getByTestId('payback-value').waitFor();
  const dir = mkdtempSync(join(tmpdir(), 'nyttokalkyl-portfolio-'));
  const file = join(dir, 'versions.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'nyttokalkyl-snapshots',
      version: 2,
      snapshots: scenarios.map((scenario, i) => ({
        name: scenario.title,
        createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
        scenario,
        figures: null,
      })),
      portfolios: [],
    }),
  );
  await page.locator('#tab-snapshots').click();
  await page.getByTestId('snapshot-file').setInputFiles(file);
  await page
    .getByTestId('snapshot-message')
    .getByText(`${N} versioner`)
    .waitFor({ timeout: 60_000 });

  await page.locator('#tab-portfolio').click();
  await page.getByTestId('portfolio-name').fill('Bänk');
  await page.getByTestId('portfolio-create').click();
  await page.getByTestId('portfolio-add-all').waitFor();
  const t0 = Date.now();
  await page.getByTestId('portfolio-add-all').click();
  await page.getByTestId('portfolio-progress').waitFor({ timeout: 10_000 });
  await page.getByTestId('portfolio-total-row').waitFor({ timeout: 120_000 });
  await page.getByTestId('portfolio-progress').waitFor({ state: 'detached', timeout: 120_000 });
  lines.push(
    `${`browser: value ${N} members in the worker, with progress`.padEnd(52)} ${Date.now() - t0} ms`,
  );

  // Opening the tab: the 200 rows and the totals, from valued members.
  const open: number[] = [];
  for (let r = 0; r < 12; r++) {
    await page.locator('#tab-snapshots').click();
    await page.getByTestId('snapshot-list').waitFor();
    open.push(
      await page.evaluate(
        (n) =>
          new Promise<number>((resolve) => {
            const t = performance.now();
            const check = () =>
              document.querySelectorAll('[data-testid="portfolio-member"]').length === n &&
              document.querySelector('[data-testid="pf-total-row-payback"]');
            const mo = new MutationObserver(() => {
              if (!check()) return;
              mo.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t));
            });
            mo.observe(document.body, { subtree: true, childList: true });
            document.querySelector<HTMLButtonElement>('#tab-portfolio')!.click();
          }),
        N,
      ),
    );
  }
  const so = stats(open.slice(2));
  ok &&= so.median < TARGET_MS;
  lines.push(fmt(`browser: open the tab → ${N} rows and totals on screen`, so, TARGET_MS));

  // Changing the price year: re-totalled by the engine in the worker and drawn again.
  const change: number[] = [];
  for (let r = 0; r < 12; r++) {
    const year = r % 2 ? '' : '2016';
    change.push(await timePriceYear(page, year));
  }
  const sc = stats(change.slice(2));
  ok &&= sc.median < TARGET_MS;
  lines.push(fmt(`browser: price year → ${N} members re-totalled on screen`, sc, TARGET_MS));
} finally {
  await browser.close();
  stopServer();
}

for (const l of lines) console.log(l);
if (process.argv.includes('--check') && !ok) process.exit(1);
