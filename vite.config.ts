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
        // Large install-time icons: the browser fetches them when the app is installed
        // (online); the app itself never needs them offline (the precache budget).
        // ExcelJS (≈ 0.9 MB, for Excel import and export only) is not precached either: it
        // would more than double the precache. It is cached when first used (below), so
        // Excel works offline from then on.
        globIgnores: [
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
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles: ['tests/setup/rules.ts'],
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
          setupFiles: ['tests/setup/rules.ts', 'tests/setup/dom.ts'],
        },
      },
    ],
  },
});
