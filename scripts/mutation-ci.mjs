#!/usr/bin/env node
/**
 * CI's mutation step: Stryker in incremental mode over the files that have a
 * baseline in reports/stryker-incremental.json (committed), so only mutants
 * in code or under tests changed since are run again; then the score per
 * folder, failing under its floor (scripts/mutation-score.mjs). Files
 * without a baseline yet are left to `node scripts/mutation-chunks.mjs`
 * (hours on this machine), which adds them to the state file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const STATE = 'reports/stryker-incremental.json';
const state = JSON.parse(readFileSync(STATE, 'utf8'));
const files = Object.keys(state.files);
console.log(`mutation testing, incremental: ${files.length} files with a baseline in ${STATE}`);
// What changed since the state was made, so a long run says why it is long.
execFileSync('node', ['scripts/mutation-fresh.mjs'], { stdio: 'inherit' });
execFileSync(
  'npx',
  ['stryker', 'run', '--mutate', files.join(','), '--reporters', 'clear-text,json,html'],
  { stdio: 'inherit' },
);
execFileSync('node', ['scripts/mutation-score.mjs'], { stdio: 'inherit' });
