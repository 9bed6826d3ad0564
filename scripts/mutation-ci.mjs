#!/usr/bin/env node
/**
 * CI's mutation step: Stryker in incremental mode over the files that have a
 * baseline in reports/stryker-incremental.json (committed), so only mutants
 * in code or under tests changed since are run again; then the score per
 * folder, failing under its floor (scripts/mutation-score.mjs). Files
 * without a baseline yet are left to `node scripts/mutation-chunks.mjs`
 * (hours on this machine), which adds them to the state file. When every
 * result would be reused and nothing else the tests read changed since the
 * state was made (reports/mutation-inputs.txt, written with it), Stryker is
 * not started at all: its first run of every test alone takes a minute or two.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const STATE = 'reports/stryker-incremental.json';
const state = JSON.parse(readFileSync(STATE, 'utf8'));
const files = Object.keys(state.files);
console.log(`mutation testing, incremental: ${files.length} files with a baseline in ${STATE}`);

/**
 * Paths whose changes cannot change a mutant's result: the Node tests Stryker runs
 * (vitest.mutation.config.ts) read none of them. Every other tracked file (a library's
 * version in the lockfile, the test set-up, a module or data file the tests read) is one
 * Stryker's own incremental check may not see, so its content is hashed into INPUTS.
 */
const NOT_READ = [
  'src/ui/',
  'src/App.svelte',
  'tests/e2e/',
  'tests/dom/',
  'docs/',
  'README.md',
  '.ci/',
  'reports/',
  'scripts/budget.mjs',
  'scripts/mutation-ci.mjs',
];
const INPUTS = 'reports/mutation-inputs.txt';

/** A hash of every tracked file the mutants' results may depend on, as it is on disk. */
function inputsHash() {
  const listed = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0');
  const hash = createHash('sha256');
  for (const path of listed.filter(Boolean).sort()) {
    if (NOT_READ.some((p) => path === p || path.startsWith(p)) || !existsSync(path)) continue;
    hash.update(`${path}\0`).update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

// What changed since the state was made, so a long run says why it is long.
const fresh = spawnSync('node', ['scripts/mutation-fresh.mjs', '--strict'], { stdio: 'inherit' });
const inputs = inputsHash();
if (fresh.status === 0 && existsSync(INPUTS) && readFileSync(INPUTS, 'utf8').trim() === inputs) {
  // Stryker would reuse every result, after an initial run of all the tests (one to two
  // minutes here): the score is the state file's own.
  console.log(`nothing the mutants depend on changed since ${STATE} (${INPUTS}): its score stands`);
  execFileSync('node', ['scripts/mutation-score.mjs', STATE], { stdio: 'inherit' });
  process.exit(0);
}
execFileSync(
  'npx',
  ['stryker', 'run', '--mutate', files.join(','), '--reporters', 'clear-text,json,html'],
  { stdio: 'inherit' },
);
execFileSync('node', ['scripts/mutation-score.mjs'], { stdio: 'inherit' });
// The state file now answers for these inputs (commit both).
writeFileSync(INPUTS, `${inputs}\n`);
