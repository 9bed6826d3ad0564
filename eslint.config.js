/**
 * ESLint flat config: JS + TypeScript + Svelte, and the one architectural rule
 * from STYLE.md §1 — the engine (src/engine) imports nothing from the app.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'blob-report/',
    ],
  },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // STYLE.md §1: the model is pure TypeScript that runs in Node, a worker and the browser.
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'svelte', message: 'The engine must not depend on Svelte (STYLE.md §1).' },
            { name: 'dexie', message: 'The engine must not depend on Dexie (STYLE.md §1).' },
            { name: 'comlink', message: 'The engine must not depend on Comlink (STYLE.md §1).' },
          ],
          patterns: [
            {
              group: ['svelte/*', 'dexie/*', 'comlink/*'],
              message: 'The engine must not depend on Svelte, Dexie or Comlink (STYLE.md §1).',
            },
            {
              group: ['d3-*'],
              message: 'd3 belongs to the charts in src/ui, not to the engine (STYLE.md §1).',
            },
            {
              group: ['**/lib/**', '**/lib', '**/ui/**', '**/ui', '**/worker/**', '**/worker'],
              message: 'The engine imports nothing from the app (src/lib, src/ui, src/worker).',
            },
            {
              group: ['*.svelte'],
              message: 'The engine must not import Svelte components (STYLE.md §1).',
            },
          ],
        },
      ],
    },
  },
);
