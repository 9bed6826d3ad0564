/**
 * Reading a file the user opens as a scenario ("Öppna scenario …"): a
 * scenario file is validated with the engine's schema; a CSV file (participant
 * data meant for the CSV import) is recognised as such, so the user is sent
 * there instead of being shown a JSON parser's message.
 */
import { parseScenario, type Scenario, type ValidationIssue } from '../engine';

export type ScenarioFileReading =
  | { kind: 'scenario'; scenario: Scenario }
  | { kind: 'csv' }
  | { kind: 'notJson' }
  | { kind: 'invalid'; issues: ValidationIssue[] };

/**
 * Whether a file is CSV: by its name or type, or by its first line when it
 * does not begin like JSON and holds a column separator.
 */
export function looksLikeCsv(name: string, type: string, text: string): boolean {
  if (/\.(csv|tsv)$/i.test(name) || /^text\/(csv|tab-separated-values)\b/i.test(type)) return true;
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return false;
  const first = start.split(/\r\n|\n|\r/, 1)[0] ?? '';
  return /[;,\t]/.test(first);
}

/** What a file opened as a scenario holds. */
export function readScenarioFile(name: string, type: string, text: string): ScenarioFileReading {
  if (looksLikeCsv(name, type, text)) return { kind: 'csv' };
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { kind: 'notJson' };
  }
  const parsed = parseScenario(doc);
  return parsed.ok
    ? { kind: 'scenario', scenario: parsed.value }
    : { kind: 'invalid', issues: parsed.issues };
}
