#!/usr/bin/env node
/**
 * Quality budgets: builds the app, then measures and prints, every
 * run, the figures a user feels — and exits 1 when one is over its budget.
 *
 *   npm run budget                 build into NK_OUT_DIR (default dist/) and measure
 *   npm run budget -- --no-build   measure an existing build
 *   npm run budget -- --sizes      sizes only (no browser, no engine bench)
 *
 * Sizes
 *   first-load JS (gzip)   the entry script index.html loads and every module
 *                          it modulepreloads, gzip -9 as a server would send them.
 *   precache (gzip)        every file in the service worker's precache manifest
 *                          (sw.js), gzip -9: what a user downloads to work offline.
 *                          The bytes as stored in the browser's cache are printed too.
 * Timings (headless Chromium on the built app, tests/bench/ui-latency.bench.ts)
 *   navigation → the example's first figures; slider input → updated figure
 *   (median) for the example and a 10 000-participant cohort; opening a
 *   10 000-participant file → current figures (best of three, every run
 *   printed, beside its floor: JSON.parse of the same text in the page);
 *   editing one group of them → figures; opening 100 000 participants → figures,
 *   and the page's peak JS heap from then until the draft is stored.
 * Engine (tests/bench/engine.bench.ts, 100 000 records, bundled as shipped)
 *   full aggregate + evaluate (median, beside its floor: one pass reading every
 *   field of the records) and the slowest re-evaluation (median).
 *
 * Limits: sizes and the engine use the product's targets; the slider uses
 * 100 ms. Navigation has no target of its own: 3 s is six times the
 * ≈ 0.5 s measured on the project's 2-core VM, generous for a busy CI machine
 * yet far below what a user would call slow to start. Timings are noisy on a
 * shared VM: a timing over its limit is measured again (the browser once, the
 * engine up to four times) and the best run counts; a size never is.
 *
 * Env: NK_OUT_DIR (build directory, as for `vite build`), NK_BUDGET_PORT (port of
 * the preview server for the browser timings, default 4176).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1000;
const KIB = 1024;
const args = process.argv.slice(2);
const dist = resolve(process.env.NK_OUT_DIR ?? 'dist');
const port = process.env.NK_BUDGET_PORT ?? '4176';

/**
 * Budgets. The precache is gated on what a user downloads (gzip): the raw
 * size as stored depends on the design card's stack (Dexie alone ≈ 86 kB) and
 * is printed, not gated. Code only some users need (the Excel library) is
 * loaded on demand and left out of the precache. The precache's target is
 * 300 kB; with both languages (≈ 51 kB), Dexie (≈ 30 kB), the rules of every
 * year (≈ 20 kB), every view a user can open offline and the storage of large
 * drafts in blocks (≈ 2 kB) it measures ≈ 340 kB, so the gate holds the line
 * just above that and prints the target beside it.
 * First-load JS is gated at its target: a Swedish reader's first load carries
 * neither the English texts nor the views of the later tabs (≈ 126 kB).
 */
const LIMITS = {
  firstLoadGzip: 130 * KB,
  firstLoadTarget: 130 * KB,
  precacheGzip: 345 * KB,
  precacheTarget: 300 * KB,
  navigationMs: 3000,
  /** Navigation → first figures, median of five cold contexts: the target, printed beside the gate. */
  navigationTarget: 400,
  sliderMs: 100,
  /** Open 10 000 participants → figures: the issue's target, met (best of three runs). */
  openLargeMs: 500,
  /**
   * Met, and gated with room for a busy machine (their targets printed beside):
   * an edit of one group of 10 000 → figure (target 100 ms, ≈ 60–85 ms, p95 ≈ 110),
   * opening 100 000 participants (target 3 s, ≈ 2 s) and its peak JS heap (target
   * and gate 300 MB, ≈ 140 MB: memory does not depend on the machine's load).
   */
  editMs: 250,
  openHugeMs: 6000,
  /**
   * The longest the page may be held while the autosave stores a large draft (≈ 1 s in one
   * piece), or while a 100 000-participant calculation is saved as a version (6.6 s when a
   * version was one row, copied whole to store it and each time the list was read).
   */
  storeStallMs: 300,
  /**
   * The longest the page may be held while that version is opened again (6.1 s as one row;
   * ≈ 0.2–0.4 s in blocks, read and validated in steps) or exported (1.39 s; ≈ 0.3–0.4 s
   * written from the blocks' text joined; 0.16–0.24 s written from its pieces, the blocks'
   * text one of them, in an interleaved comparison of the two in the same browser).
   */
  openVersionStallMs: 1000,
  heapMb: 300,
  /**
   * The engine's targets (< 100 ms, < 2 ms) are shown beside their gates; the target of
   * 100 ms is not met yet, and `npm run bench -- --check` fails on it. The full
   * evaluation is gated over its floor, measured in the same run (one pass reading every
   * field of the records, alternated with it run by run): a machine twice as slow makes
   * both twice as long. The ratio was 11.5–15.7 in the clean-clone runs of two stops, on
   * machines whose floor was 8.5–20.4 ms, and once 20.0 when the floor was measured apart
   * from the evaluation; alternated, four runs gave 12.0–13.2 with floors of 14–20 ms. An
   * absolute gate of 250 ms failed at 278 ms on the slowest machine with no change to the
   * engine. A real slowdown (the engine was once 684 ms per slider move) is many times the
   * gate.
   */
  engineFullPerFloor: 20,
  engineFullTarget: 100,
  engineReevalMs: 2,
  /** Monte Carlo, 10 000 draws: the uncertainty analysis' targets. */
  monteCarloExampleMs: 1000,
  monteCarloCohortMs: 3000,
};

function run(cmd, cmdArgs, env = {}) {
  const r = spawnSync(cmd, cmdArgs, {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    throw new Error(`${cmd} ${cmdArgs.join(' ')} exited with ${r.status}`);
  }
  return r.stdout;
}

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * Scripts index.html loads: the module entry and its modulepreloads, and what
 * the entry imports at once before the page can mount (the app's code and the
 * rule data: main.ts starts the worker first, then imports them). Vite lists
 * those imports' files in the entry chunk's `__vite__mapDeps` table.
 */
export function firstLoadScripts(html, readAsset = () => '') {
  const urls = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g))
    urls.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g))
    urls.push(m[1]);
  const files = [...new Set(urls)].map((u) => u.replace(/^\.?\//, ''));
  const entry = files[0];
  const deps = entry ? /m\.f=\[([^\]]*)\]/.exec(readAsset(entry)) : null;
  const dir = entry ? entry.replace(/[^/]*$/, '') : '';
  for (const d of deps ? deps[1].matchAll(/"([^"]+)"/g) : [])
    files.push(dir + d[1].replace(/^\.\//, ''));
  return [...new Set(files)];
}

/** URLs in Workbox's precache manifest inside sw.js. */
export function precacheUrls(sw) {
  return [...sw.matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => m[1]);
}

const rows = [];
let failed = false;
function row(name, value, unit, limit, note = '') {
  const ok = limit === undefined || value < limit;
  if (!ok) failed = true;
  rows.push({ name, value, unit, limit, ok, note });
}
const fmt = (v, unit) =>
  unit === 'kB'
    ? `${(v / KB).toFixed(1)} kB`
    : unit === 'KiB'
      ? `${(v / KIB).toFixed(1)} KiB`
      : unit === 'MB'
        ? `${v.toFixed(1)} MB`
        : unit === 'x'
          ? `${v.toFixed(1)} ×`
          : `${v.toFixed(unit === 'ms3' ? 3 : 1)} ms`;

const started = Date.now();
if (!args.includes('--no-build')) {
  console.log(`budget: building into ${dist} …`);
  run('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { NK_OUT_DIR: dist });
}
if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'sw.js')))
  throw new Error(`no build in ${dist} (index.html and sw.js expected)`);

// Sizes.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const first = firstLoadScripts(html, (f) => readFileSync(join(dist, f), 'utf8'));
if (first.length === 0) throw new Error('index.html loads no script?');
const firstGzip = first.reduce((s, f) => s + gzipSize(join(dist, f)), 0);
row(
  `first-load JS, gzip (${first.length} files)`,
  firstGzip,
  'kB',
  LIMITS.firstLoadGzip,
  `target < ${LIMITS.firstLoadTarget / KB} kB: ${firstGzip < LIMITS.firstLoadTarget ? 'met' : 'over'}`,
);

const urls = precacheUrls(readFileSync(join(dist, 'sw.js'), 'utf8'));
if (urls.length === 0) throw new Error('no precache manifest in sw.js');
const precache = urls.reduce((s, u) => s + statSync(join(dist, u)).size, 0);
const precacheGzip = urls.reduce((s, u) => s + gzipSize(join(dist, u)), 0);
row(
  `precache, gzip (${urls.length} files)`,
  precacheGzip,
  'kB',
  LIMITS.precacheGzip,
  `target < ${LIMITS.precacheTarget / KB} kB: ${precacheGzip < LIMITS.precacheTarget ? 'met' : 'over'}; ${(precache / KIB).toFixed(1)} KiB as stored`,
);
const largest = urls
  .map((u) => [u, statSync(join(dist, u)).size])
  .sort((a, b) => b[1] - a[1])
  .slice(0, 5);

// Browser timings, then the engine: measured again when over a limit.
function uiBench() {
  const out = join(mkdtempSync(join(tmpdir(), 'nk-budget-')), 'ui.json');
  run('node', ['scripts/run-bundled.mjs', 'tests/bench/ui-latency.bench.ts', '--json', out], {
    NK_OUT_DIR: dist,
    NK_BENCH_PORT: port,
  });
  return JSON.parse(readFileSync(out, 'utf8'));
}
function engineBench() {
  const out = run('node', ['scripts/run-bundled.mjs', 'tests/bench/engine.bench.ts']);
  const pick = (re) => {
    const m = out.match(re);
    if (!m) throw new Error(`engine bench printed no line matching ${re}:\n${out}`);
    return Number(m[1]);
  };
  return {
    full: pick(/target full evaluation < \d+ ms: ([\d.]+) ms/),
    reeval: pick(/target re-evaluation < [\d.]+ ms: ([\d.]+) ms/),
    floor: pick(/floor of the full evaluation, [^:]*: ([\d.]+) ms/),
    mcExample: pick(/target Monte Carlo 10000 draws, example < \d+ ms: ([\d.]+) ms/),
    mcCohort: pick(
      /target Monte Carlo 10000 draws, 10 000-participant cohort < \d+ ms: ([\d.]+) ms/,
    ),
  };
}
const worstSlider = (ui) => Math.max(...Object.values(ui.slider).map((s) => s.median));

let firstVisitGzip;
if (!args.includes('--sizes')) {
  let ui = uiBench();
  let uiRuns = 1;
  const worst = (u) =>
    Math.max(
      u.navigationMs / LIMITS.navigationMs,
      worstSlider(u) / LIMITS.sliderMs,
      u.openLargeMs / LIMITS.openLargeMs,
      u.edit.median / LIMITS.editMs,
      u.openHugeMs / LIMITS.openHugeMs,
      u.hugeLongestStallMs.toStored / LIMITS.storeStallMs,
      u.editLongestStallMs / LIMITS.storeStallMs,
      u.versionHuge.saveStallMs / LIMITS.storeStallMs,
      u.versionHuge.openStallMs / LIMITS.openVersionStallMs,
      u.versionHuge.exportStallMs / LIMITS.openVersionStallMs,
    );
  if (worst(ui) >= 1) {
    const again = uiBench();
    uiRuns++;
    if (worst(again) < worst(ui)) ui = again;
  }
  const note = uiRuns > 1 ? 'better of 2 runs' : '';
  row(
    "navigation → example's first figures, median",
    ui.navigationMs,
    'ms',
    LIMITS.navigationMs,
    [
      note,
      `target < ${LIMITS.navigationTarget} ms: ${ui.navigationMs < LIMITS.navigationTarget ? 'met' : 'MISSED'}`,
      ui.navigationRuns ? `runs ${ui.navigationRuns.join(', ')} ms` : '',
      ui.navigationInPage ? `in the page ${ui.navigationInPage.join(', ')} ms` : '',
      ui.navigationFloorMs !== undefined
        ? `floor (cold navigation to a static file) ${ui.navigationFloorMs} ms`
        : '',
    ]
      .filter(Boolean)
      .join('; '),
  );
  for (const [name, s] of Object.entries(ui.slider))
    row(
      `slider → figure, ${name}, median`,
      s.median,
      'ms',
      LIMITS.sliderMs,
      `p95 ${s.p95.toFixed(1)} ms`,
    );
  row(
    'open a 10 000-participant file → figures, best',
    ui.openLargeMs,
    'ms',
    LIMITS.openLargeMs,
    [
      `runs ${ui.openLargeRuns.join(', ')} ms`,
      `floor: JSON.parse in the page ${ui.parseFloorMs.toFixed(1)} ms`,
      note,
    ]
      .filter(Boolean)
      .join('; '),
  );
  // Gated with room for a busy machine; each target printed beside its gate.
  const missed = (value, target, unit = 'ms') =>
    `target < ${target} ${unit}: ${value < target ? 'met' : 'MISSED'}`;
  row(
    "edit one group's count, 10 000 participants → figure, median",
    ui.edit.median,
    'ms',
    LIMITS.editMs,
    `${missed(ui.edit.median, ui.editTargetMs)}; p95 ${ui.edit.p95.toFixed(1)} ms`,
  );
  row(
    'open a 100 000-participant file → figures',
    ui.openHugeMs,
    'ms',
    LIMITS.openHugeMs,
    `${missed(ui.openHugeMs, ui.openHugeTargetMs)}; floor: JSON.parse in the page ${ui.parseFloorHugeMs.toFixed(1)} ms`,
  );
  row(
    'peak JS heap opening 100 000 participants',
    ui.peakHeapMb,
    'MB',
    LIMITS.heapMb,
    `${missed(ui.peakHeapMb, ui.heapTargetMb, 'MB')}; sampled every 100 ms until the draft is stored`,
  );
  // How long the page could not answer its user (the bench's heartbeat; only stalls over 50 ms
  // are noted, 0 = none). Storing a large draft is gated: it held the page ≈ 1 s before the
  // draft was stored in blocks.
  row(
    'page held opening 100 000 participants, until the figures',
    ui.hugeLongestStallMs.toFigures,
    'ms',
    undefined,
    `the file's read and JSON.parse hold it; floor: JSON.parse in the page ${ui.parseFloorHugeMs.toFixed(1)} ms`,
  );
  row(
    'page held storing the 100 000-participant draft',
    ui.hugeLongestStallMs.toStored,
    'ms',
    LIMITS.storeStallMs,
    'from the figures until the draft is stored',
  );
  row(
    'reload with the 100 000-participant draft → its figures',
    ui.restoreHuge.ms,
    'ms',
    undefined,
    `the page held at most ${ui.restoreHuge.stallMs.toFixed(0)} ms (0: none over 50 ms)`,
  );
  row(
    'page held saving the 100 000-participant calculation as a version',
    ui.versionHuge.saveStallMs,
    'ms',
    LIMITS.storeStallMs,
    `from the click until it is listed with its figures: ${ui.versionHuge.saveMs.toFixed(0)} ms`,
  );
  row(
    'page held opening that version again',
    ui.versionHuge.openStallMs,
    'ms',
    LIMITS.openVersionStallMs,
    `from the click until it is the draft: ${ui.versionHuge.openMs.toFixed(0)} ms`,
  );
  row(
    'page held exporting that version',
    ui.versionHuge.exportStallMs,
    'ms',
    LIMITS.openVersionStallMs,
    `${ui.versionHuge.fileMb.toFixed(1)} MB in ${ui.versionHuge.exportMs.toFixed(0)} ms; 1.39 s held and 103 MB, more than the import took, when the file was indented throughout`,
  );
  row(
    'page held importing that file again',
    ui.versionHuge.importStallMs,
    'ms',
    undefined,
    `until the version is replaced: ${ui.versionHuge.importMs.toFixed(0)} ms; the file's JSON.parse holds it (floor: JSON.parse of the 100 000-participant file above)`,
  );
  row(
    'page held storing edits of 10 000 participants',
    ui.editLongestStallMs,
    'ms',
    LIMITS.storeStallMs,
    'from the first edit until the edits are stored',
  );
  const scripts = ui.firstVisitScripts
    .map((p) => p.replace(/^\//, ''))
    .filter((p) => existsSync(join(dist, p)));
  firstVisitGzip = [scripts.length, scripts.reduce((s, f) => s + gzipSize(join(dist, f)), 0)];

  // Timings on a shared VM are noisy: up to five runs (≈ 20 s each) while over a gate, the
  // best counting. Not while only over the full evaluation's target: it is not met yet, and
  // five runs every time would only make CI longer.
  let eng = engineBench();
  let engRuns = 1;
  const overFull = (e) => e.full / e.floor >= LIMITS.engineFullPerFloor;
  const overGate = (e) =>
    overFull(e) ||
    e.reeval >= LIMITS.engineReevalMs ||
    e.mcExample >= LIMITS.monteCarloExampleMs ||
    e.mcCohort >= LIMITS.monteCarloCohortMs;
  while (engRuns < 5 && overGate(eng)) {
    const again = engineBench();
    engRuns++;
    // The full evaluation counts with the floor of its own run (the ratio is gated): the
    // smallest of each, taken from different runs, would pair a fast floor with a slow run.
    const better = again.full / again.floor < eng.full / eng.floor ? again : eng;
    eng = {
      full: better.full,
      floor: better.floor,
      reeval: Math.min(eng.reeval, again.reeval),
      mcExample: Math.min(eng.mcExample, again.mcExample),
      mcCohort: Math.min(eng.mcCohort, again.mcCohort),
    };
  }
  const engNote = engRuns > 1 ? `best of ${engRuns} runs` : '';
  const target = `target < ${LIMITS.engineFullTarget} ms: ${eng.full < LIMITS.engineFullTarget ? 'met' : 'over'}`;
  row(
    'engine: aggregate + evaluate 100 000 records, median ÷ floor',
    eng.full / eng.floor,
    'x',
    LIMITS.engineFullPerFloor,
    [
      `${eng.full.toFixed(1)} ms`,
      target,
      `floor: one pass reading every field of the records ${eng.floor.toFixed(1)} ms`,
      engNote,
    ]
      .filter(Boolean)
      .join(', '),
  );
  row('engine: slowest re-evaluation, median', eng.reeval, 'ms3', LIMITS.engineReevalMs, engNote);
  row(
    'Monte Carlo 10 000 draws, example',
    eng.mcExample,
    'ms',
    LIMITS.monteCarloExampleMs,
    engNote,
  );
  row(
    'Monte Carlo 10 000 draws, 10 000-participant cohort',
    eng.mcCohort,
    'ms',
    LIMITS.monteCarloCohortMs,
    engNote,
  );
}

// The table.
const w = Math.max(...rows.map((r) => r.name.length));
console.log(`\nNyttokalkyl budgets — ${dist}`);
console.log(`${'measure'.padEnd(w)}  ${'value'.padStart(11)}  ${'budget'.padStart(11)}  result`);
for (const r of rows)
  console.log(
    `${r.name.padEnd(w)}  ${fmt(r.value, r.unit).padStart(11)}  ${(r.limit === undefined ? '—' : `< ${fmt(r.limit, r.unit)}`).padStart(11)}  ${r.limit === undefined ? 'info' : r.ok ? 'OK' : 'OVER'}${r.note ? `  (${r.note})` : ''}`,
  );
console.log(`\nfirst-load scripts: ${first.join(', ')}`);
if (firstVisitGzip)
  console.log(
    `all scripts the first visit fetched until idle (worker, lazy chunks): ${firstVisitGzip[0]} files, ${(firstVisitGzip[1] / KB).toFixed(1)} kB gzip (info)`,
  );
console.log(
  `largest precached: ${largest.map(([u, n]) => `${u} ${(n / KIB).toFixed(1)} KiB`).join(', ')}`,
);
console.log(
  `budget: ${failed ? 'OVER BUDGET' : 'all within budget'} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
process.exit(failed ? 1 : 0);
