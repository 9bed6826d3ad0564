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
    // Rules that need type information, for the files tsconfig.json covers. They catch
    // the bugs the plain rules cannot: a promise nobody awaits (a lost worker or Dexie
    // error), a switch that forgot a new union member, an object printed as
    // "[object Object]" in a message.
    files: [
      'src/**/*.ts',
      'src/**/*.svelte',
      'tests/**/*.ts',
      'vite.config.ts',
      'playwright.config.ts',
    ],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // A `default` counts as covering the rest: the code uses it on purpose as the catch-all.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
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
