/**
 * The words of a problem found at a door. The engine names its problems by
 * a code and the values the message needs (src/engine/validation.ts); this
 * module is the one place that words them, from the `validation` resources.
 * Problems some doors still word themselves (a stored snapshot's name, a
 * link's framing) carry both languages and are read as they are. Plain
 * TypeScript without runes, so the CLI words problems in Node as the app does.
 */
import type { ValidationIssue } from '../engine';
import { withUnit, type Lang } from './format';
import { validation as en } from './i18n/en/validation';
import { validation as sv } from './i18n/sv/validation';

const TEXTS = { sv, en } as const;

/** A problem already worded in both languages by the door that found it. */
export interface WordedIssue {
  path?: string;
  sv: string;
  en: string;
}

/** Any problem a door reports: by code from the engine, or already worded. */
export type Issue = ValidationIssue | WordedIssue;

function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** A share as per cent, one decimal at most: 0.2 → "20 %" (sv) / "20%" (en). */
const percent = (x: number, lang: Lang) =>
  withUnit(lang, 'percent', `${Math.round(x * 1000) / 10}`);

function values(issue: ValidationIssue, lang: Lang): Readonly<Record<string, string | number>> {
  switch (issue.code) {
    case 'missing':
    case 'wrongType':
      return { ...issue.params, type: TEXTS[lang].typeName[issue.params.type] };
    case 'percentMin':
      return { min: issue.params.min, percent: percent(issue.params.min, lang) };
    case 'percentMax':
      return { max: issue.params.max, percent: percent(issue.params.max, lang) };
    default:
      return issue.params;
  }
}

/** What is wrong, in `lang`: "Får inte vara större än 100 % (1)." */
export function issueText(issue: Issue, lang: Lang): string {
  if ('sv' in issue) return issue[lang];
  return fill(TEXTS[lang][issue.code], values(issue, lang));
}

/** What is wrong and where, on one line: "title: Får inte vara tom." (the text alone without a path). */
export function issueLine(issue: Issue, lang: Lang): string {
  const message = issueText(issue, lang);
  return issue.path ? fill(TEXTS[lang].atPath, { path: issue.path, message }) : message;
}

/** Several problems as one paragraph, each as `issueText` words it. */
export function issuesText(issues: readonly Issue[], lang: Lang): string {
  return issues.map((i) => issueText(i, lang)).join(' ');
}

/** A problem in both languages, for a door whose messages still carry both. */
export function wordedIssue(issue: ValidationIssue): WordedIssue & { path: string } {
  return { path: issue.path, sv: issueText(issue, 'sv'), en: issueText(issue, 'en') };
}
