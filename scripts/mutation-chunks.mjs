#!/usr/bin/env node
/**
 * A full mutation run made part by part, so that it survives an interruption
 * and each part's result is kept as soon as it is done: on this 2-core
 * machine the whole of `src/engine` and `src/lib/import` takes hours. Each
 * part is one Stryker run over its files (`--mutate`) with its own state
 * file under reports/mutation/chunks/; a part already done is skipped. Then
 * the parts done are merged (scripts/mutation-merge.mjs) into
 * reports/stryker-incremental.json, the state CI starts from.
 *
 *   node scripts/mutation-chunks.mjs [part …]    # default: every part, in this order
 *   node scripts/mutation-chunks.mjs --refresh [part …]   # parts done too, incrementally
 *   node scripts/mutation-chunks.mjs --merge     # only merge the parts done
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'reports/mutation/chunks';
const STATE = 'reports/stryker-incremental.json';

/** Source files Stryker mutates (stryker.config.mjs), by part. */
const PARTS = {
  import: (f) => f.startsWith('src/lib/import/'),
  'schema-rules': (f) =>
    /src\/engine\/(index|parameters|schema|scenario-|group-schema|fast-array|validation|situation-key|param-|price-index|rule-sets|catalogue|types|units|rules\/(registry|install))/.test(
      f,
    ),
  analyses: (f) =>
    /src\/engine\/(figures\/|portfolio|analyses|analysis-targets|known-figures)/.test(f),
  ledger: (f) => /src\/engine\/(ledger|tax|appraisal)/.test(f),
  uncertainty: (f) => /src\/engine\/(monte-carlo\/|uncertainty|sensitivity)/.test(f),
  evaluation: (f) => /src\/engine\/(evaluation\/|evaluate\.ts)/.test(f),
};

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : [p];
  });
}
const all = [...sources('src/engine'), ...sources('src/lib/import')].filter(
  (f) =>
    f.endsWith('.ts') &&
    !f.endsWith('.test.ts') &&
    !f.includes('rules/data/') &&
    f !== 'src/engine/rules/types.ts' &&
    f !== 'src/engine/example.ts',
);
const unassigned = all.filter((f) => !Object.values(PARTS).some((test) => test(f)));
if (unassigned.length) {
  console.error(`files in no part (add them to PARTS): ${unassigned.join(', ')}`);
  process.exit(2);
}

mkdirSync(DIR, { recursive: true });
const args = process.argv.slice(2);
const mergeOnly = args.includes('--merge');
// A part done before is run again in incremental mode: only what changed since is re-checked.
const refresh = args.includes('--refresh');
const wanted = args.filter((a) => !a.startsWith('--'));
for (const part of mergeOnly ? [] : wanted.length ? wanted : Object.keys(PARTS)) {
  const state = join(DIR, `${part}.json`);
  if (existsSync(state) && !refresh) {
    console.log(`${part}: done before (${state})`);
    continue;
  }
  const files = all.filter(PARTS[part]);
  console.log(`${part}: ${files.length} files`);
  const r = spawnSync(
    'npx',
    [
      'stryker',
      'run',
      '--mutate',
      files.join(','),
      '--incrementalFile',
      state,
      '--reporters',
      'progress,clear-text',
    ],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const done = Object.keys(PARTS)
  .map((part) => join(DIR, `${part}.json`))
  .filter(existsSync);
if (done.length) {
  execFileSync('node', ['scripts/mutation-merge.mjs', STATE, ...done], { stdio: 'inherit' });
  execFileSync('node', ['scripts/mutation-score.mjs', STATE, '--report-only'], {
    stdio: 'inherit',
  });
}
