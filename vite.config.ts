/**
 * Build and test configuration. `base: './'` keeps every asset URL relative so
 * the built app works from any sub-path (GitHub Pages, an intranet folder, a file share).
 * Vitest runs two projects: `unit` (Node: the engine, the CLI, pure helpers) and
 * `dom` (jsdom: Svelte components through Testing Library).
 *
 * vite-plugin-pwa generates the service worker (`sw.js`, Workbox generateSW)
 * and the web manifest: every built file is precached, so the app works
 * offline once opened. Registration is ours (src/lib/pwa.ts), so the plugin
 * injects no script; the manifest, the worker and its Workbox runtime are
 * local files with relative URLs. Nothing is fetched from another host.
 */
import { availableParallelism } from 'node:os';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

/**
 * index.html's Content-Security-Policy allows styles only from files. The dev server
 * injects each module's CSS as a <style> element, so `npm run dev` (only) relaxes
 * style-src to 'unsafe-inline'; the build keeps the strict policy.
 */
const devInlineStyles: Plugin = {
  name: 'nyttokalkyl-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
};

/**
 * Workers share the app's chunks (the precache budget). Vite bundles each
 * `new Worker(new URL('…worker.ts', import.meta.url))` on its own, so the engine
 * (valibot, the parameters, the schema, Comlink) shipped twice, ≈ 45 kB each time.
 * In the build, each such worker becomes one more entry of the app's own bundle
 * instead: the engine lands in a chunk that the page and the workers both import.
 * The source is untouched and `npm run dev` keeps Vite's own worker handling.
 */
const WORKER_URL =
  /new Worker\(\s*new URL\(\s*'(\.{1,2}\/[\w./-]+\.worker\.ts)',\s*import\.meta\.url\s*\)/g;
function sharedWorkerChunks(): Plugin {
  return {
    name: 'nyttokalkyl-shared-worker-chunks',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (id.includes('node_modules') || !code.includes('new Worker(')) return null;
      let out = code;
      for (const m of code.matchAll(WORKER_URL)) {
        const resolved = await this.resolve(m[1], id);
        if (!resolved) continue;
        const name = m[1].replace(/^.*\//, '').replace(/\.ts$/, '').replace(/\./g, '-');
        const ref = this.emitFile({ type: 'chunk', id: resolved.id, name });
        // Not a string literal: Vite's own worker bundling must not pick it up again.
        out = out.replace(m[0], `new Worker(new URL(import.meta.ROLLUP_FILE_URL_${ref})`);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Chunks by when the app needs them (the precache budget). Every built file is precached, so
 * how the code is cut decides only how well it compresses and what runs when; rolldown's
 * automatic split made ≈ 90 files, many of a few hundred bytes, each gzipped alone. Two
 * groups instead:
 * - `app`: everything the page loads first (start.ts and what it imports) that no worker
 *   shares, as one file (it was 22;
 *   ≈ 4 kB smaller gzipped). Modules a worker imports too (the engine, Comlink) keep their
 *   own chunks, so a worker never loads the page's code.
 * - `views`: the code only the other tabs and on-demand features need (parameters, known
 *   figures, analyses, uncertainty, portfolio, saved versions, exports), as one file loaded
 *   the first time one of them opens (≈ 9 kB smaller gzipped than a file per view).
 * The English texts (src/lib/i18n/en/index.ts) are a chunk of their own, fetched only for a
 * reader who chooses English, precached like the rest so that switching works offline.
 * What loads after the first figures on every visit (below) keeps rolldown's own split, so
 * starting the app loads and runs no more code than before. ExcelJS stays alone (not precached).
 */
/** The app's code proper: main.ts imports it once the engine's worker has started. */
const APP_START = 'src/start.ts';
const LOADED_AT_START = [
  APP_START,
  'src/ui/results/results-view.svelte', // the default tab, fetched once the first figures show
  'src/ui/inputs/inputs-tab.svelte', // the tab every calculation is edited in
  'src/ui/print/print-report.svelte', // fetched once the first figures show, so Ctrl+P has it
  'src/lib/state/draft.svelte.ts', // restores and saves the draft (Dexie)
  'src/ui/portfolio/connect.ts', // follows portfolios chosen for the report
];
function chunksByUse() {
  const app = new Set<string>();
  const views = new Set<string>();
  const plugin: Plugin = {
    name: 'nyttokalkyl-chunks-by-use',
    apply: 'build',
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      const imports = new Map(ids.map((id) => [id, this.getModuleInfo(id)?.importedIds ?? []]));
      /** Every module `roots` load statically (dynamic imports are where chunks may split). */
      const reach = (roots: string[]) => {
        const seen = new Set<string>();
        const todo = [...roots];
        for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          todo.push(...(imports.get(id) ?? []));
        }
        return seen;
      };
      const entries = ids.filter((id) => this.getModuleInfo(id)?.isEntry);
      const page = entries.filter((id) => id.endsWith('index.html'));
      const start = LOADED_AT_START.map((f) => {
        const id = ids.find((m) => m.endsWith(f));
        // A renamed file must not silently move start-up code into `views`.
        if (!id)
          this.error(`chunksByUse: ${f} is not in the build (renamed? update LOADED_AT_START)`);
        return id;
      });
      const workers = reach(entries.filter((id) => !page.includes(id)));
      const early = reach([...entries, ...start]);
      // Rolldown's helpers, the rules of every year (the engine imports them) and ExcelJS stay
      // apart; so do the page's entry with its worker start (it must not wait on the app's
      // chunk) and workbox-window (registering the service worker must not fetch every view).
      const grouped = (id: string) =>
        !id.startsWith('\0') &&
        !/exceljs|workbox-window|[\\/]rules[\\/]data[\\/]|index\.html|src[\\/](main|lib[\\/]engine-worker)\.ts$/.test(
          id,
        );
      const appStart = start[LOADED_AT_START.indexOf(APP_START)];
      for (const id of reach([...page, ...(appStart ? [appStart] : [])]))
        if (!workers.has(id) && grouped(id)) app.add(id);
      // The English texts stay one chunk of their own, loaded when a reader chooses English.
      const english = (id: string) => /[\\/]i18n[\\/]en[\\/]/.test(id);
      for (const id of ids) if (!early.has(id) && grouped(id) && !english(id)) views.add(id);
    },
  };
  // Dependencies outside a group keep their own chunks (the engine, Dexie, the charts).
  const groups = [
    { name: 'app', test: (id: string) => app.has(id), includeDependenciesRecursively: false },
    { name: 'views', test: (id: string) => views.has(id), includeDependenciesRecursively: false },
  ];
  return { plugin, groups };
}
const chunks = chunksByUse();

export default defineConfig({
  base: './',
  resolve: {
    // Dexie's package entry wraps its ES5 build; its ES2018 build (same API, one
    // instance) is 10 kB smaller — part of the precache budget.
    alias: [
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
      // ExcelJS's browser bundle without its polyfills for old browsers (the build targets
      // es2022): the same API, ≈ 20 kB smaller gzipped. Loaded only for Excel import/export.
      { find: /^exceljs$/, replacement: 'exceljs/dist/exceljs.bare.min.js' },
    ],
  },
  plugins: [
    svelte(),
    devInlineStyles,
    sharedWorkerChunks(),
    chunks.plugin,
    VitePWA({
      strategies: 'generateSW',
      // A new version waits for the user's "Reload" (src/lib/pwa.ts): no reload mid-edit.
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      // The glob below already finds public/'s icons; listing them again would precache them twice.
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        name: 'Nyttokalkyl',
        short_name: 'Nyttokalkyl',
        description:
          'Samhällsekonomisk kalkyl för insatser som samordningsförbund finansierar — körs helt i webbläsaren, utan server.',
        lang: 'sv',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5d7a',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Everything built or in public/, the engine worker's chunk included (the plugin
        // adds the manifest itself); no source maps.
        globPatterns: ['**/*.{js,css,html,svg,png,json,csv}'],
        // Install-time icons: the browser fetches them from the manifest when the app is
        // installed (online); the app itself never shows them, so offline it never needs them
        // (the precache budget). The page's own icon is favicon.svg.
        // ExcelJS (≈ 0.9 MB, for Excel import and export only) is not precached either: it
        // would more than double the precache. It is cached when first used (below), so
        // Excel works offline from then on.
        globIgnores: [
          'icon-192.png',
          'icon-512.png',
          'icon-maskable-512.png',
          'apple-touch-icon.png',
          'assets/exceljs.*.js',
        ],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The only runtime cache: the Excel library, kept once fetched (its name carries a hash,
        // so a new version is a new entry; the old one is dropped).
        runtimeCaching: [
          {
            urlPattern: /\/assets\/exceljs\.[^/]*\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'nyttokalkyl-excel', expiration: { maxEntries: 2 } },
          },
        ],
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    // NK_OUT_DIR lets parallel builds (browser tests of two work trees) not overwrite each other.
    outDir: process.env.NK_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // One stylesheet for the whole app. Every view's styles are precached anyway, so a file
    // per lazy chunk saved no download; as one file they gzip ≈ 5 kB smaller (16 files of
    // small, similar rules compress poorly one by one). The styles are scoped; the few global
    // ones are the print report's A4 page and rules keyed to what only its view adds.
    cssCodeSplit: false,
    rolldownOptions: { output: { codeSplitting: { groups: chunks.groups } } },
  },
  test: {
    // One test worker per core. Vitest's default leaves a core to its main process, which
    // mostly waits: on a 2-core machine that is one worker, and the suite took 3 min 23 s
    // instead of 2 min 8 s.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles: ['tests/setup/rules.ts', 'tests/setup/texts.ts'],
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: ['src/**/*.svelte.test.ts', 'node_modules/**', 'dist/**'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.svelte.test.ts', 'tests/dom/**/*.test.ts'],
          setupFiles: ['tests/setup/rules.ts', 'tests/setup/texts.ts', 'tests/setup/dom.ts'],
        },
      },
    ],
  },
});
