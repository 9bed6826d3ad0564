/**
 * The tests mutation testing runs: the Node project's tests of the engine and
 * the import door (no jsdom, no browser), so a mutant is judged by the tests
 * that prove figures and file handling. See stryker.config.mjs.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Instrumented code with per-test coverage runs several times slower; the
    // tests that build a cohort at its size limit need more than the usual 5 s.
    testTimeout: 30_000,
    setupFiles: ['tests/setup/rules.ts', 'tests/setup/mutation.ts'],
    include: ['src/engine/**/*.test.ts', 'src/lib/import/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // hostile-input.test.ts reaches Svelte runes through the database code: it needs the Svelte
    // compiler this Node-only config does not load (the import door's own tests cover its code).
    exclude: [
      'src/**/*.svelte.test.ts',
      'tests/unit/hostile-input.test.ts',
      'node_modules/**',
      'dist/**',
    ],
  },
});
