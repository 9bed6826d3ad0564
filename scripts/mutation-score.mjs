#!/usr/bin/env node
/**
 * Prints the mutation score per folder from Stryker's JSON report: killed +
 * timed-out mutants over all valid mutants (compile and runtime errors and
 * ignored mutants are not valid), beside the folder's goal. Exits 1 when a
 * folder falls under its floor — the score of the committed state file, so
 * a change that leaves mutants alive which were killed before fails CI —
 * unless --report-only. The floors are raised as tests are added, up to the
 * goals.
 *
 *   node scripts/mutation-score.mjs [reports/mutation/mutation.json] [--report-only]
 */
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'reports/mutation/mutation.json';
const reportOnly = args.includes('--report-only');
const GOALS = { 'src/engine': 90, 'src/lib/import': 80 };
/** The scores of reports/stryker-incremental.json as committed (rounded down). */
const FLOORS = { 'src/engine': 93.2, 'src/lib/import': 96.3 };

const report = JSON.parse(readFileSync(file, 'utf8'));
const INVALID = new Set(['CompileError', 'RuntimeError', 'Ignored']);
const DETECTED = new Set(['Killed', 'Timeout']);
const folders = new Map();
for (const [path, f] of Object.entries(report.files)) {
  const rel = path.replace(/^.*?(src\/)/, '$1');
  const folder =
    Object.keys(GOALS).find((g) => rel.startsWith(`${g}/`)) ?? rel.replace(/\/[^/]+$/, '');
  const acc = folders.get(folder) ?? { valid: 0, detected: 0, survived: 0, noCoverage: 0 };
  for (const m of f.mutants) {
    if (INVALID.has(m.status)) continue;
    acc.valid++;
    if (DETECTED.has(m.status)) acc.detected++;
    else if (m.status === 'NoCoverage') acc.noCoverage++;
    else acc.survived++;
  }
  folders.set(folder, acc);
}
let failed = false;
console.log(
  'folder                 score   goal   floor   detected / valid   survived   no coverage',
);
for (const [folder, a] of [...folders].sort()) {
  const score = a.valid ? (100 * a.detected) / a.valid : 100;
  const goal = GOALS[folder];
  const floor = FLOORS[folder];
  const ok = floor === undefined || score >= floor;
  if (!ok) failed = true;
  const mark = !ok ? '   UNDER FLOOR' : goal !== undefined && score < goal ? '   under goal' : '';
  console.log(
    `${folder.padEnd(22)} ${score.toFixed(1).padStart(5)} %  ${goal === undefined ? '   –' : `${goal} %`}  ${floor === undefined ? '    –' : `${floor.toFixed(1).padStart(4)} %`}   ${String(a.detected).padStart(8)} / ${String(a.valid).padEnd(6)} ${String(a.survived).padStart(8)}   ${String(a.noCoverage).padStart(11)}${mark}`,
  );
}
if (failed && !reportOnly) process.exit(1);
