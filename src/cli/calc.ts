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
import { warningTexts } from '../lib/engine-texts';
import type { Lang } from '../lib/format';
import { cli as enCli } from '../lib/i18n/en/cli';
import { cli as svCli } from '../lib/i18n/sv/cli';
import { issueLine } from '../lib/validation-text';
import { knownCaseReport, scenarioReport, uncertaintyReport } from './report';

const USAGE = `Användning / usage: npm run --silent calc -- FIL.json [--table] [--uncertainty] [--lang sv|en]
                     npm run --silent calc -- --example`;

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const TEXTS = { sv: svCli, en: enCli } as const;

/** A CLI text in `lang` with its `{{name}}` values filled in. */
function say(lang: Lang, key: keyof typeof svCli, values: Record<string, string | number> = {}) {
  return TEXTS[lang][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

function printIssues(file: string, issues: ValidationIssue[], lang: Lang): never {
  const head = say(lang, 'invalidDocument', { file, count: issues.length });
  const lines = issues.map(
    (i) => `  ${issueLine({ ...i, path: i.path || say(lang, 'wholeDocument') }, lang)}`,
  );
  fail(1, [head, ...lines].join('\n'));
}

function main(argv: string[]) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const langIdx = argv.indexOf('--lang');
  const lang: Lang = langIdx >= 0 && argv[langIdx + 1] === 'en' ? 'en' : 'sv';
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
    fail(2, say(lang, 'cannotRead', { file, error: (e as Error).message }));
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    fail(1, say(lang, 'notJson', { file, error: (e as Error).message }));
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
  // The JSON keeps each note in both languages, as it always has.
  const json = { ...r, warnings: r.warnings.map(warningTexts) };
  process.stdout.write(`${table ? scenarioReport(r) : JSON.stringify(json, null, 2)}\n`);
}

main(process.argv.slice(2));
