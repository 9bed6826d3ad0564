#!/usr/bin/env node
/**
 * Is the committed mutation state (reports/stryker-incremental.json) still
 * current? Stryker's incremental mode reuses a killed mutant's result while
 * its source and the test that killed it are as the state recorded them, and
 * any other result only while no test covers the mutant that did not before.
 * This prints the files that changed since and an estimate of how many mutants
 * CI's mutation step would run again (≈ 1.5 s each on this 2-core machine):
 * those of the changed source files and of the changed tests, and, when a
 * source changed, the mutants not killed anywhere, which a test running the
 * changed code may now cover. It is an estimate: Stryker's own count, printed
 * after its first test run, has been larger (a change to one 150-mutant file
 * once re-ran 887). Exits 1 with --strict when any mutant might run again,
 * so that a refresh is made and committed before CI has to make it.
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
let notKilled = 0;
let total = 0;
for (const [path, file] of Object.entries(state.files)) {
  const sourceChanged = changedSources.includes(path);
  for (const m of file.mutants) {
    if (m.status === 'Ignored') continue;
    total++;
    const tests = [...(m.coveredBy ?? []), ...(m.killedBy ?? [])];
    if (sourceChanged || tests.some((id) => staleTestIds.has(id))) rerun++;
    else if (m.status !== 'Killed') notKilled++;
  }
}
const more = changedSources.length > 0 ? notKilled : 0;

console.log(`mutation state ${STATE}: ${total} mutants`);
for (const path of changedSources) console.log(`  source changed since: ${path}`);
for (const path of changedTests) console.log(`  tests changed since:  ${path}`);
if (rerun === 0) console.log('  current: every result would be reused');
else
  console.log(
    `  ${rerun} mutants would run again` +
      (more ? `, and ${more} not killed elsewhere may too` : '') +
      ` (≈ ${Math.round(((rerun + more) * 1.5) / 60)} min here, or more: an estimate); ` +
      'refresh with `npm run mutate:ci` and commit the state file',
  );
if (strict && rerun > 0) process.exit(1);
