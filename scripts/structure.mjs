// Prints the measures of how changeable the code is: the largest code files
// against their aims, user texts written outside the i18n resources, language
// branches in code, and import cycles in the engine (type-only imports
// included, since they still tie two modules' changes together).
// `--check` exits non-zero when a measure with a hard aim is missed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const check = process.argv.includes('--check');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const isTest = (p) => /\.(test|spec)\.ts$/.test(p) || p.includes('/tests/');
// Rule data and i18n resources are tables, not code: their length is the
// length of the law and of the text, not a sign of mixed responsibilities.
const isData = (p) => p.includes('/rules/data/') || p.includes('/lib/i18n/');
const files = walk(join(root, 'src')).filter((p) => /\.(ts|svelte)$/.test(p) && !isTest(p));
const lines = (p) => readFileSync(p, 'utf8').split('\n').length;

const aims = [
  ['src/engine', 500],
  ['src/lib', 500],
  ['src/ui', 600],
];
let failed = false;
console.log('Largest code files (rule data and i18n resources aside)');
for (const [folder, aim] of aims) {
  const inFolder = files
    .filter((p) => relative(root, p).startsWith(folder + '/') && !isData(p))
    .map((p) => [relative(root, p), lines(p)])
    .sort((a, b) => b[1] - a[1]);
  const over = inFolder.filter(([, n]) => n > aim);
  console.log(`  ${folder}: aim ≤ ${aim} lines, ${over.length} over`);
  for (const [p, n] of inFolder.slice(0, Math.max(3, over.length))) {
    console.log(`    ${String(n).padStart(5)}  ${p}${n > aim ? '  over' : ''}`);
  }
}

const inlineText = /\bsv:\s*['"`]/g;
const langBranch = /lang\s*===?\s*['"](sv|en)['"]|['"](sv|en)['"]\s*===?\s*lang/g;
let inline = 0;
let branches = 0;
const inlineBy = [];
for (const p of files) {
  if (isData(p) && !p.includes('/rules/data/')) continue;
  if (p.includes('/rules/data/')) continue;
  const text = readFileSync(p, 'utf8');
  const n = (text.match(inlineText) ?? []).length;
  const b = (text.match(langBranch) ?? []).length;
  inline += n;
  branches += b;
  if (n + b > 0) inlineBy.push([relative(root, p), n, b]);
}
console.log(`Inline { sv, en } texts outside the i18n resources: ${inline} (aim 0)`);
console.log(`Language branches in code (lang === 'sv'): ${branches}`);
for (const [p, n, b] of inlineBy.sort((a, c) => c[1] + c[2] - a[1] - a[2]).slice(0, 12)) {
  console.log(`    ${String(n).padStart(4)} texts ${String(b).padStart(3)} branches  ${p}`);
}

// Import graph of the engine, every static import and re-export.
const engineDir = join(root, 'src/engine');
const engineFiles = walk(engineDir).filter((p) => p.endsWith('.ts') && !isTest(p));
const importRe = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]/g;
const graph = new Map();
for (const p of engineFiles) {
  const text = readFileSync(p, 'utf8');
  const deps = [];
  for (const m of text.matchAll(importRe)) {
    let target = resolve(dirname(p), m[1]);
    if (!target.endsWith('.ts')) target += '.ts';
    if (engineFiles.includes(target)) deps.push(target);
  }
  graph.set(p, deps);
}
const cycles = [];
const state = new Map();
const stack = [];
function visit(node) {
  state.set(node, 'open');
  stack.push(node);
  for (const dep of graph.get(node) ?? []) {
    if (state.get(dep) === 'open') {
      cycles.push(stack.slice(stack.indexOf(dep)).concat(dep));
    } else if (!state.has(dep)) visit(dep);
  }
  stack.pop();
  state.set(node, 'done');
}
for (const node of graph.keys()) if (!state.has(node)) visit(node);
console.log(`Import cycles in src/engine: ${cycles.length} (aim 0)`);
for (const c of cycles.slice(0, 10)) {
  console.log('    ' + c.map((p) => relative(engineDir, p)).join(' → '));
}
if (cycles.length > 0) failed = true;

if (check && failed) process.exit(1);
