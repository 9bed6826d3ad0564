#!/usr/bin/env node
/**
 * Prints the mutation score per folder from Stryker's JSON report: killed +
 * timed-out mutants over all valid mutants (compile and runtime errors and
 * ignored mutants are not valid). Exits 1 when a folder is under its goal,
 * unless --report-only.
 *
 *   node scripts/mutation-score.mjs [reports/mutation/mutation.json] [--report-only]
 */
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'reports/mutation/mutation.json';
const reportOnly = args.includes('--report-only');
const GOALS = { 'src/engine': 90, 'src/lib/import': 80 };

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
console.log('folder                 score   goal   detected / valid   survived   no coverage');
for (const [folder, a] of [...folders].sort()) {
  const score = a.valid ? (100 * a.detected) / a.valid : 100;
  const goal = GOALS[folder];
  const ok = goal === undefined || score >= goal;
  if (!ok) failed = true;
  console.log(
    `${folder.padEnd(22)} ${score.toFixed(1).padStart(5)} %  ${goal === undefined ? '   –' : `${goal} %`}   ${String(a.detected).padStart(8)} / ${String(a.valid).padEnd(6)} ${String(a.survived).padStart(8)}   ${String(a.noCoverage).padStart(11)}${ok ? '' : '   UNDER GOAL'}`,
  );
}
if (failed && !reportOnly) process.exit(1);
