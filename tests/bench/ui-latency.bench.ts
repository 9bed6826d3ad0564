/**
 * Latency in a real browser: time from a slider's input event to the
 * updated key figure on screen (DOM updated and the next frame started), for
 * the built-in example and for a 10 000-participant cohort opened from a
 * file; opening that file until its figures are current (every run printed,
 * the best counting), beside its floor measured in the same page (JSON.parse
 * of the same text); editing one group's count in that calculation until the
 * figures follow; and opening a 100 000-participant file, with the page's
 * peak JS heap from then until the draft is stored. Prints median, 95th percentile and max; `--check`
 * fails when a slider's median exceeds the 100 ms target. Also prints the longest the page's
 * thread was held (it could not answer input) while a large draft is opened and stored, and
 * from an edit of it until the edit is stored; and, with the 100 000-participant draft, while
 * it is saved as a named version until the list shows it, while that version is opened, and
 * while it is exported to a file and that file imported again.
 *
 *   npm run bench:ui          (builds, serves dist/ on port 4175, runs Chromium)
 *
 * NK_BENCH_PORT changes the port (NK_OUT_DIR the served build, as for
 * `vite build`); `--json FILE` also writes the figures and the scripts the
 * first visit fetched, for scripts/budget.mjs.
 */
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../support/chromium.mjs';
import { servePreview } from './serve';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticScenario } from './records';

const PORT = Number(process.env.NK_BENCH_PORT ?? 4175);
const TARGET_MS = 100;
const MOVES = 40;
/** Targets of the issue: open 10 000 participants, edit one group of them, open 100 000, its heap. */
const OPEN_TARGET_MS = 500;
const EDIT_TARGET_MS = 100;
const OPEN_HUGE_TARGET_MS = 3000;
const HEAP_TARGET_MB = 300;
const OPEN_RUNS = 3;
const EDITS = 10;

const { url, stop: stopServer } = await servePreview(PORT);

const browser = await chromium.launch(launchOptions);

/**
 * Time from an input event on `field` (given the value `value(i)`) to a changed
 * `figure` on screen (DOM updated and the next frame started), `n` times.
 */
async function inputToFigure(
  page: Page,
  field: string,
  figure: string,
  n: number,
  value: (i: number) => string,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const ms = await page.evaluate(
      ([fieldSel, figureSel, v]) =>
        new Promise<number>((resolve) => {
          const input = document.querySelector<HTMLInputElement>(fieldSel)!;
          const target = document.querySelector(figureSel)!;
          const before = target.textContent;
          const t0 = performance.now();
          const mo = new MutationObserver(() => {
            if (target.textContent === before) return;
            mo.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          });
          mo.observe(target, { characterData: true, childList: true, subtree: true });
          input.value = v;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      [field, figure, value(i)] as const,
    );
    times.push(ms);
  }
  return times;
}

/** Move the subsidy slider through its range: ms from each move to the revenue on screen. */
const measure = (page: Page) =>
  inputToFigure(page, '[data-testid=slider-sub]', '[data-testid=kf-revenue] .big', MOVES, (i) =>
    String(((i % 20) + 1) / 20),
  );

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

/**
 * Bench instruments, installed in a page before its scripts run: a count of the draft's stored
 * writes (row `current`, counted when its transaction completes), and a heartbeat: a timer
 * every 5 ms whose late beats (over 50 ms since the one before) are noted. A late beat is a
 * time the page's thread could not run a task, so could not answer its user either. (The
 * browser's own long-task entries missed a 0.4 s JSON.parse after a file read here.)
 */
function instrument(page: Page) {
  return page.addInitScript(() => {
    const nk = { draftWrites: 0, stalls: [] as { start: number; ms: number }[] };
    (globalThis as unknown as { __nk: typeof nk }).__nk = nk;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      const req = put.call(this, value, key);
      if (this.name === 'draft' && (value as { id?: string } | null)?.id === 'current')
        req.transaction?.addEventListener('complete', () => nk.draftWrites++);
      return req;
    };
    let last = performance.now();
    const beat = () => {
      const now = performance.now();
      if (now - last > 50) nk.stalls.push({ start: last, ms: now - last });
      last = now;
      setTimeout(beat, 5);
    };
    setTimeout(beat, 5);
  });
}

/** The page's clock and its count of stored draft writes now. */
const pageMark = (page: Page) =>
  page.evaluate(() => {
    const nk = (globalThis as unknown as { __nk: { draftWrites: number } }).__nk;
    return { at: performance.now(), writes: nk.draftWrites };
  });

/** Wait until the page has stored a draft write after `mark`. */
const storedSince = (page: Page, mark: { writes: number }) =>
  page.waitForFunction(
    (w) => (globalThis as unknown as { __nk: { draftWrites: number } }).__nk.draftWrites > w,
    mark.writes,
    { timeout: 60_000, polling: 50 },
  );

/** The longest the page's thread was held (ms, a late heartbeat) from `from` until `to` (page clock). */
const longestStall = (page: Page, from: number, to = Infinity) =>
  page.evaluate(
    ([f, t]) =>
      (globalThis as unknown as { __nk: { stalls: { start: number; ms: number }[] } }).__nk.stalls
        .filter((e) => e.start + e.ms > f && e.start < t)
        .reduce((m, e) => Math.max(m, e.ms), 0),
    [from, to] as const,
  );

/** A longest stall as printed: only beats over 50 ms late are noted. */
const stallText = (ms: number) => (ms === 0 ? 'none over 50 ms' : `${ms.toFixed(0)} ms`);

/** Milliseconds to JSON.parse `text` in the page: the floor of opening it (best of three). */
async function parseFloor(page: Page, text: string): Promise<number> {
  return page.evaluate((t) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      JSON.parse(t);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }, text);
}

/**
 * Open `file` from the example and wait until the figures are current and
 * not the example's: milliseconds from choosing the file. `onTick` runs
 * every 100 ms meanwhile (heap sampling).
 */
async function openFile(page: Page, file: string, onTick?: () => Promise<void>): Promise<number> {
  if (await page.getByTestId('load-example').count()) {
    await page.getByTestId('load-example').click();
  }
  await page.waitForSelector('[data-testid=status][data-status=ready]');
  const before = await page.getByTestId('kf-cost').textContent();
  let done = false;
  const sampling = (async () => {
    while (onTick && !done) {
      await onTick();
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const t0 = Date.now();
  await page.getByTestId('file-input').setInputFiles(file);
  await page.waitForFunction(
    (b) =>
      document.querySelector<HTMLElement>('[data-testid=status]')?.dataset.status === 'ready' &&
      document.querySelector('[data-testid=kf-cost]')?.textContent !== b,
    before,
    { timeout: 120_000, polling: 'raf' },
  );
  const ms = Date.now() - t0;
  done = true;
  await sampling;
  return ms;
}

/** Type a new count into the first group of the open calculation until the cost follows: ms each. */
const measureEdits = (page: Page) =>
  inputToFigure(page, '[data-testid=count-0-0]', '[data-testid=kf-cost]', EDITS, (i) =>
    String(2 + (i % 2)),
  );

const results: [string, ReturnType<typeof stats>][] = [];
let navigationMs: number;
let openLargeMs: number;
const openLargeRuns: number[] = [];
let parseFloorMs: number;
let edit: ReturnType<typeof stats>;
let openHugeMs: number;
let parseFloorHugeMs: number;
let peakHeapMb = 0;
let editLongestStallMs: number;
let hugeLongestStallMs: { toFigures: number; toStored: number };
let restoreHuge: { ms: number; stallMs: number };
let versionHuge: {
  saveMs: number;
  saveStallMs: number;
  openMs: number;
  openStallMs: number;
  fileMb: number;
  exportMs: number;
  exportStallMs: number;
  importMs: number;
  importStallMs: number;
};
const firstVisitScripts: string[] = [];
/**
 * The example's payback on screen: checked every frame in the page. A locator's `waitFor`
 * retries with a growing pause (up to 100 ms and more), so it would add its own wait to the
 * figure; a frame is how often a screen can show anything new.
 */
const paybackShown = (page: Page) =>
  page.waitForFunction(
    () => {
      const el = document.querySelector('[data-testid=payback-value]');
      return el && el.getClientRects().length > 0 ? performance.now() : false;
    },
    null,
    { polling: 'raf', timeout: 30_000 },
  );

/** `run` in a page of a new browser context (no cache, no stored draft), closed after. */
async function inColdContext<T>(run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * Navigation in a cold context until the example's payback shows: ms from the call to
 * navigate, and ms from the page's own navigation start (inside the page, without the
 * browser protocol's round trips).
 */
const coldNavigation = () =>
  inColdContext(async (page) => {
    const t0 = Date.now();
    await page.goto(url);
    const inPage = Number(await (await paybackShown(page)).jsonValue());
    return { wall: Date.now() - t0, inPage: Math.round(inPage) };
  });

/** The floor: navigation in a cold context to a static file of the same server (ms). */
const coldNavigationFloor = () =>
  inColdContext(async (page) => {
    const t0 = Date.now();
    await page.goto(`${url}favicon.svg`);
    return Date.now() - t0;
  });

const navigationRuns: number[] = [];
const navigationInPage: number[] = [];
let navigationFloorMs: number;
try {
  // The browser and the preview server were just started: the first page also starts the
  // browser's own services (network, GPU) and the server's code paths, which a reader's running
  // browser and a static host already have. One navigation in its own context, not counted,
  // first; each counted one has a fresh context (no cache).
  await coldNavigation();
  for (let i = 0; i < 5; i++) {
    const run = await coldNavigation();
    navigationRuns.push(run.wall);
    navigationInPage.push(run.inPage);
  }
  const floors: number[] = [];
  for (let i = 0; i < 3; i++) floors.push(await coldNavigationFloor());
  navigationFloorMs = stats(floors).median;
  const page = await browser.newPage();
  await instrument(page);
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' || r.url().endsWith('.js'))
      firstVisitScripts.push(new URL(r.url()).pathname);
  });
  // The first visit fetches the scripts the sizes list (not one of the five cold contexts).
  await page.goto(url);
  await paybackShown(page);
  navigationMs = stats(navigationRuns).median;
  console.log(
    `navigation → example's first figures: median ${navigationMs} ms (runs ${navigationRuns.join(', ')} ms; ` +
      `in the page from its navigation start ${navigationInPage.join(', ')} ms)   ` +
      `floor (a cold context navigating to a static file) ${navigationFloorMs} ms`,
  );
  await page.waitForLoadState('networkidle');
  page.removeAllListeners('response');
  // Settle the first move (it builds the slider's basis once), then measure.
  results.push(['example (63 participants)', stats(await measure(page))]);

  const dir = mkdtempSync(join(tmpdir(), 'nyttokalkyl-bench-'));
  const file = join(dir, 'large.json');
  const text = JSON.stringify(syntheticScenario(10_000, 2, 7));
  writeFileSync(file, text);
  parseFloorMs = await parseFloor(page, text);
  for (let i = 0; i < OPEN_RUNS; i++) openLargeRuns.push(await openFile(page, file));
  openLargeMs = Math.min(...openLargeRuns);
  console.log(
    `open a 10 000-participant file (${(text.length / 1e6).toFixed(1)} MB) → figures: ${openLargeRuns.join(', ')} ms, best ${openLargeMs} ms   target < ${OPEN_TARGET_MS} ms ${openLargeMs < OPEN_TARGET_MS ? 'OK' : 'MISSED'}   floor (JSON.parse in the page) ${parseFloorMs.toFixed(1)} ms`,
  );
  results.push(['10 000 individual records', stats(await measure(page))]);

  // Edit one group of the 10 000: the Indata tab draws the cohort's first page of rows first (not timed).
  const t2 = Date.now();
  await page.getByRole('tab', { name: 'Indata' }).click({ noWaitAfter: true });
  await page.getByTestId('count-0-0').waitFor({ timeout: 300_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  console.log(`Indata tab drawn, a cohort of 5 000 groups (info): ${Date.now() - t2} ms`);
  const editsStart = await pageMark(page);
  edit = stats(await measureEdits(page));
  console.log(
    `edit one group's count, 10 000 participants → figure: median ${edit.median.toFixed(1)} ms   p95 ${edit.p95.toFixed(1)} ms   max ${edit.max.toFixed(1)} ms   target < ${EDIT_TARGET_MS} ms ${edit.median < EDIT_TARGET_MS ? 'OK' : 'MISSED'}`,
  );
  // The autosave stores the edits after its pause: the longest the page was held until then.
  await storedSince(page, await pageMark(page));
  editLongestStallMs = await longestStall(page, editsStart.at);
  console.log(
    `longest the page's thread was held from the edits until they are stored (info): ${stallText(editLongestStallMs)}`,
  );
  await page.getByRole('tab', { name: 'Resultat' }).click();

  // 100 000 participants, in a fresh page: its peak heap is its own.
  const huge = await browser.newPage();
  await instrument(huge);
  await huge.goto(url);
  await huge.getByTestId('payback-value').waitFor();
  await huge.waitForLoadState('networkidle');
  const cdp = await huge.context().newCDPSession(huge);
  const hugeFile = join(dir, 'huge.json');
  const hugeText = JSON.stringify(syntheticScenario(100_000, 2, 7));
  writeFileSync(hugeFile, hugeText);
  parseFloorHugeMs = await parseFloor(huge, hugeText);
  // The floor's own text and objects are the benchmark's garbage, not the app's memory.
  await cdp.send('HeapProfiler.collectGarbage');
  const sample = async () => {
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    peakHeapMb = Math.max(peakHeapMb, usedSize / 1e6);
  };
  const hugeStart = await pageMark(huge);
  openHugeMs = await openFile(huge, hugeFile, sample);
  const hugeShown = await pageMark(huge);
  // The draft is stored after its figures are shown: its copy for IndexedDB belongs to
  // opening the file too. Sampled until the stored draft is there (a fresh page stores none
  // before: its starting state is not written).
  const deadline = Date.now() + 30_000;
  const storedYet = () =>
    huge.evaluate(
      (w) => (globalThis as unknown as { __nk: { draftWrites: number } }).__nk.draftWrites > w,
      hugeStart.writes,
    );
  while (!(await storedYet())) {
    if (Date.now() > deadline) throw new Error('the opened draft was not stored within 30 s');
    await sample();
    await new Promise((r) => setTimeout(r, 100));
  }
  await sample();
  hugeLongestStallMs = {
    toFigures: await longestStall(huge, hugeStart.at, hugeShown.at),
    toStored: await longestStall(huge, hugeShown.at),
  };
  console.log(
    `open a 100 000-participant file (${(hugeText.length / 1e6).toFixed(1)} MB) → figures: ${openHugeMs} ms   target < ${OPEN_HUGE_TARGET_MS} ms ${openHugeMs < OPEN_HUGE_TARGET_MS ? 'OK' : 'MISSED'}   floor (JSON.parse in the page) ${parseFloorHugeMs.toFixed(1)} ms`,
  );
  console.log(
    `peak JS heap opening 100 000 participants until the draft is stored (sampled every 100 ms): ${peakHeapMb.toFixed(1)} MB   target < ${HEAP_TARGET_MB} MB ${peakHeapMb < HEAP_TARGET_MB ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `longest the page's thread was held opening 100 000 participants (info): until the figures ${stallText(hugeLongestStallMs.toFigures)}, from the figures until the draft is stored ${stallText(hugeLongestStallMs.toStored)}`,
  );

  // The next visit: the page waits for the stored draft (never showing the example's figures).
  const hugeCost = await huge.getByTestId('kf-cost').textContent();
  const reloaded = Date.now();
  await huge.reload();
  await huge.waitForFunction(
    (cost) =>
      document.querySelector<HTMLElement>('[data-testid=status]')?.dataset.status === 'ready' &&
      document.querySelector('[data-testid=kf-cost]')?.textContent === cost,
    hugeCost,
    { timeout: 120_000, polling: 'raf' },
  );
  restoreHuge = { ms: Date.now() - reloaded, stallMs: 0 };
  restoreHuge.stallMs = await longestStall(huge, 0, (await pageMark(huge)).at);
  console.log(
    `reload with the 100 000-participant draft stored → its figures (info): ${restoreHuge.ms} ms; the page's thread held at most ${stallText(restoreHuge.stallMs)}`,
  );

  // Saving it as a named version, until the list shows it with its figures; then opening it.
  await huge.getByRole('tab', { name: 'Sparade versioner' }).click();
  await huge.getByTestId('snapshot-name').fill('Stor version');
  const saveStart = await pageMark(huge);
  await huge.getByTestId('snapshot-save').click();
  await huge.getByTestId('item-revenue').waitFor({ timeout: 120_000 });
  const saved = await pageMark(huge);
  const openStart = await pageMark(huge);
  await huge.getByTestId('snapshot-open').click();
  await huge.waitForFunction(
    () =>
      document.querySelector<HTMLElement>('[data-testid=status]')?.dataset.status === 'ready' &&
      document
        .querySelector('[data-testid=draft-replaced].shown')
        ?.textContent?.includes('Stor') === true,
    undefined,
    { timeout: 120_000, polling: 'raf' },
  );
  const opened = await pageMark(huge);

  // Exported to a file, and that file imported again (the same version: replaced by it).
  const download = huge.waitForEvent('download');
  const exportStart = await pageMark(huge);
  await huge.getByTestId('snapshot-export').click();
  const versionFile = join(dir, 'versions.json');
  await (await download).saveAs(versionFile);
  const exported = await pageMark(huge);
  await huge.getByTestId('snapshot-file').setInputFiles(versionFile);
  await huge.getByTestId('import-replace').click({ timeout: 120_000 });
  await huge.waitForFunction(
    () =>
      document.querySelector('[data-testid=snapshot-message]')?.textContent?.includes('ersattes'),
    undefined,
    { timeout: 120_000, polling: 100 },
  );
  const imported = await pageMark(huge);
  versionHuge = {
    saveMs: saved.at - saveStart.at,
    saveStallMs: await longestStall(huge, saveStart.at, saved.at),
    openMs: opened.at - openStart.at,
    openStallMs: await longestStall(huge, openStart.at, opened.at),
    fileMb: statSync(versionFile).size / 1e6,
    exportMs: exported.at - exportStart.at,
    exportStallMs: await longestStall(huge, exportStart.at, exported.at),
    importMs: imported.at - exported.at,
    importStallMs: await longestStall(huge, exported.at, imported.at),
  };
  console.log(
    `save the 100 000-participant calculation as a version, until listed with its figures (info): ${versionHuge.saveMs.toFixed(0)} ms, the page held at most ${stallText(versionHuge.saveStallMs)}; open it again: ${versionHuge.openMs.toFixed(0)} ms, held at most ${stallText(versionHuge.openStallMs)}`,
  );
  console.log(
    `export that version (${versionHuge.fileMb.toFixed(1)} MB) (info): ${versionHuge.exportMs.toFixed(0)} ms, held at most ${stallText(versionHuge.exportStallMs)}; import the file again, replacing it: ${versionHuge.importMs.toFixed(0)} ms, held at most ${stallText(versionHuge.importStallMs)} (JSON.parse of the file's text is its floor)`,
  );
} finally {
  await browser.close();
  stopServer();
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
      navigationRuns,
      navigationInPage,
      navigationFloorMs,
      openLargeMs,
      openLargeRuns,
      parseFloorMs,
      openTargetMs: OPEN_TARGET_MS,
      edit,
      editTargetMs: EDIT_TARGET_MS,
      openHugeMs,
      parseFloorHugeMs,
      openHugeTargetMs: OPEN_HUGE_TARGET_MS,
      peakHeapMb,
      editLongestStallMs,
      hugeLongestStallMs,
      restoreHuge,
      versionHuge,
      heapTargetMb: HEAP_TARGET_MB,
      firstVisitScripts: [...new Set(firstVisitScripts)],
      slider: Object.fromEntries(results),
      targetMs: TARGET_MS,
    }),
  );
if (process.argv.includes('--check') && !ok) process.exit(1);
