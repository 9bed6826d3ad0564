#!/usr/bin/env node
/**
 * Is the committed mutation state (reports/stryker-incremental.json) still
 * current? Stryker's incremental mode reuses a mutant's result only while
 * its source file and the test files of the tests that covered it are as
 * the state recorded them. This prints the files that changed since and at
 * most how many mutants CI's mutation step would run again (≈ 1.5 s each on
 * this 2-core machine; Stryker compares tests one by one, this counts whole
 * test files, so it can only overcount), so a refresh can be made and
 * committed before CI has to make it. Exits 1 with --strict when any mutant
 * might run again.
 *
 *   node scripts/mutation-fresh.mjs [--strict]
 */
import { existsSync, readFileSync } from 'node:fs';

const STATE = 'reports/stryker-incremental.json';
const strict = process.argv.includes('--strict');
const state = JSON.parse(readFileSync(STATE, 'utf8'));
const current = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null);

const changedSources = Object.keys(state.files).filter(
  (path) => current(path) !== state.files[path].source,
);
const changedTests = Object.keys(state.testFiles).filter(
  (path) => current(path) !== state.testFiles[path].source,
);

// Test ids are per state file; a mutant is run again when any test that
// covered or killed it lives in a changed test file.
const staleTestIds = new Set(
  changedTests.flatMap((path) => state.testFiles[path].tests.map((t) => t.id)),
);
let rerun = 0;
let total = 0;
for (const [path, file] of Object.entries(state.files)) {
  const sourceChanged = changedSources.includes(path);
  for (const m of file.mutants) {
    if (m.status === 'Ignored') continue;
    total++;
    const tests = [...(m.coveredBy ?? []), ...(m.killedBy ?? [])];
    if (sourceChanged || tests.some((id) => staleTestIds.has(id))) rerun++;
  }
}

console.log(`mutation state ${STATE}: ${total} mutants`);
for (const path of changedSources) console.log(`  source changed since: ${path}`);
for (const path of changedTests) console.log(`  tests changed since:  ${path}`);
if (rerun === 0) console.log('  current: every result would be reused');
else
  console.log(
    `  up to ${rerun} mutants would run again (up to ${Math.round((rerun * 1.5) / 60)} min here); ` +
      'refresh with `npm run mutate:ci` and commit the state file',
  );
if (strict && rerun > 0) process.exit(1);
