// Mutation testing: do the tests catch small deliberate bugs in the figures?
// `npm run mutate` runs incrementally against reports/stryker-incremental.json
// when a full run has left one, so only code or tests changed since are
// re-checked; `npm run mutate -- --force` re-checks everything (see the README).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    'src/engine/**/*.ts',
    'src/lib/import/**/*.ts',
    '!src/**/*.test.ts',
    // Rule data: values with sources, checked against the law and the reports by their own tests.
    '!src/engine/rules/data/**',
    '!src/engine/rules/types.ts',
    '!src/engine/example.ts',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  // Added to 1.5 × the covering tests' own time: a mutant that loops is stopped soon after.
  timeoutMS: 5_000,
  ignoreStatic: true,
  tempDirName: 'node_modules/.stryker-tmp',
  cleanTempDir: 'always',
};
