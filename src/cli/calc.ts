/**
 * Command line: evaluate a scenario or a known-revenue case from a JSON file.
 *
 *   npm run --silent calc -- FILE            result as JSON
 *   npm run --silent calc -- FILE --table    a readable Swedish table
 *   npm run --silent calc -- --example       the built-in example scenario
 *   npm run --silent calc -- FILE --uncertainty [--table]
 *                                            Monte Carlo (the scenario's seed and settings)
 *                                            and the one-at-a-time sensitivity
 *
 * Exit codes: 0 ok, 1 invalid document (messages on stderr), 2 usage or file error.
 */
import '../engine/rules/install';
import { readFileSync } from 'node:fs';
import {
  appraiseKnownCase,
  evaluateScenario,
  exampleScenario,
  looksLikeKnownCase,
  monteCarlo,
  parseKnownCase,
  parseScenario,
  prepare,
  sensitivity,
  type ValidationIssue,
} from '../engine';
import { knownCaseReport, scenarioReport, uncertaintyReport } from './report';

const USAGE = `Användning / usage: npm run --silent calc -- FIL.json [--table] [--uncertainty] [--lang sv|en]
                     npm run --silent calc -- --example`;

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function printIssues(file: string, issues: ValidationIssue[], lang: 'sv' | 'en'): never {
  const head =
    lang === 'sv'
      ? `${file}: ogiltigt dokument (${issues.length} fel)`
      : `${file}: invalid document (${issues.length} problems)`;
  fail(1, [head, ...issues.map((i) => `  ${i.path || '(dokumentet)'}: ${i[lang]}`)].join('\n'));
}

function main(argv: string[]) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const langIdx = argv.indexOf('--lang');
  const lang = langIdx >= 0 && argv[langIdx + 1] === 'en' ? 'en' : 'sv';
  const files = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--lang');
  if (flags.has('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (flags.has('--example')) {
    process.stdout.write(`${JSON.stringify(exampleScenario(), null, 2)}\n`);
    return;
  }
  if (files.length !== 1) fail(2, USAGE);
  const file = files[0];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(
      2,
      `${file}: ${lang === 'sv' ? 'kan inte läsa filen' : 'cannot read the file'} (${(e as Error).message})`,
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    fail(
      1,
      `${file}: ${lang === 'sv' ? 'inte giltig JSON' : 'not valid JSON'} (${(e as Error).message})`,
    );
  }
  const table = flags.has('--table');
  if (looksLikeKnownCase(doc)) {
    const parsed = parseKnownCase(doc);
    if (!parsed.ok) printIssues(file, parsed.issues, lang);
    const r = appraiseKnownCase(parsed.value);
    process.stdout.write(`${table ? knownCaseReport(r) : JSON.stringify(r, null, 2)}\n`);
    return;
  }
  const parsed = parseScenario(doc);
  if (!parsed.ok) printIssues(file, parsed.issues, lang);
  if (flags.has('--uncertainty')) {
    const prepared = prepare(parsed.value);
    const mc = monteCarlo(prepared, parsed.value.whatIf);
    const sens = sensitivity(prepared, parsed.value.whatIf);
    process.stdout.write(
      `${table ? uncertaintyReport(mc, sens) : JSON.stringify({ monteCarlo: mc, sensitivity: sens }, null, 2)}\n`,
    );
    return;
  }
  const r = evaluateScenario(parsed.value);
  process.stdout.write(`${table ? scenarioReport(r) : JSON.stringify(r, null, 2)}\n`);
}

main(process.argv.slice(2));
