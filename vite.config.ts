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

export default defineConfig({
  base: './',
  plugins: [
    svelte(),
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
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // No runtimeCaching: the app requests nothing that is not precached.
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
          setupFiles: ['tests/setup/dom.ts'],
        },
      },
    ],
  },
});
