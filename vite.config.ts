/**
 * Build and test configuration. `base: './'` keeps every asset URL relative so
 * the built app works from any sub-path (GitHub Pages, an intranet folder, a file share).
 * Vitest runs two projects: `unit` (Node: the engine, the CLI, pure helpers) and
 * `dom` (jsdom: Svelte components through Testing Library).
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  plugins: [svelte()],
  worker: { format: 'es' },
  build: {
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
