/**
 * Reading a file the user opens as a scenario ("Öppna scenario …"): a
 * scenario file is validated with the engine's schema; a CSV file (participant
 * data meant for the CSV import) or an Excel workbook is recognised as such, so the user is sent
 * there instead of being shown a JSON parser's message.
 */
import { parseScenario, type Scenario, type ValidationIssue } from '../engine';

export type ScenarioFileReading =
  | { kind: 'scenario'; scenario: Scenario }
  | { kind: 'csv' }
  | { kind: 'xlsx' }
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

/** Whether a file is an Excel workbook: by its name, or by the zip archive an .xlsx file is. */
export function looksLikeSpreadsheet(name: string, text: string): boolean {
  return /\.xls[xm]?$/i.test(name) || text.startsWith('PK\u0003\u0004');
}

/** What a file opened as a scenario holds. */
export function readScenarioFile(name: string, type: string, text: string): ScenarioFileReading {
  if (looksLikeSpreadsheet(name, text)) return { kind: 'xlsx' };
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
