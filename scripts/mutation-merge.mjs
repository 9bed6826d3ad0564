#!/usr/bin/env node
/**
 * Merges Stryker reports of disjoint sets of files (a full run made folder
 * by folder with `--mutate`, each with its own `--incrementalFile`) into one
 * report: the incremental state file CI starts from. Test ids are per run, so
 * tests are matched by file and name and numbered again, and so are mutants.
 *
 *   node scripts/mutation-merge.mjs OUT.json IN.json [IN.json …]
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length === 0) {
  console.error('usage: node scripts/mutation-merge.mjs OUT.json IN.json [IN.json …]');
  process.exit(2);
}
const reports = inputs.map((f) => JSON.parse(readFileSync(f, 'utf8')));
/** (test file, test name) → the merged test. */
const tests = new Map();
const testFiles = {};
const files = {};
let nextMutant = 0;
const idOf = (file, name) => {
  const key = `${file}\u0000${name}`;
  let t = tests.get(key);
  if (!t) {
    t = { id: String(tests.size), name };
    tests.set(key, t);
    (testFiles[file] ??= { tests: [] }).tests.push(t);
  }
  return t.id;
};
for (const r of reports) {
  const local = new Map();
  for (const [file, tf] of Object.entries(r.testFiles ?? {}))
    for (const t of tf.tests) local.set(t.id, idOf(file, t.name));
  const remap = (ids) => ids?.map((id) => local.get(id) ?? id);
  for (const [path, f] of Object.entries(r.files)) {
    if (files[path]) throw new Error(`${path} is in two reports: merge reports of disjoint files`);
    files[path] = {
      ...f,
      mutants: f.mutants.map((m) => ({
        ...m,
        id: String(nextMutant++),
        ...(m.coveredBy ? { coveredBy: remap(m.coveredBy) } : {}),
        ...(m.killedBy ? { killedBy: remap(m.killedBy) } : {}),
      })),
    };
  }
}
const merged = { ...reports[0], files, testFiles };
writeFileSync(out, JSON.stringify(merged));
const n = Object.values(files).reduce((s, f) => s + f.mutants.length, 0);
console.log(`${out}: ${Object.keys(files).length} files, ${n} mutants, ${tests.size} tests`);
