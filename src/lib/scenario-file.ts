/**
 * Reading a file the user opens as a scenario ("Öppna scenario …"): a
 * scenario file is validated with the engine's schema; a CSV file (participant
 * data meant for the CSV import) or an Excel workbook is recognised as such, so the user is sent
 * there instead of being shown a JSON parser's message.
 */
import type { Scenario, ValidationIssue } from '../engine';
import { rememberSourceText, validateScenarioInSteps } from './validated-scenario';
import { pass, passDoorAsync, stop, type Door } from './door';
import { LIMITS } from './limits';

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

/**
 * The JSON text a file opened as a scenario is read as (its BOM removed), or
 * what it is instead: an Excel workbook or CSV, meant for the import.
 */
export function scenarioText(name: string, type: string, text: string): string | 'xlsx' | 'csv' {
  if (looksLikeSpreadsheet(name, text)) return 'xlsx';
  if (looksLikeCsv(name, type, text)) return 'csv';
  return text.replace(/^\ufeff/, '');
}

type Problem = Exclude<ScenarioFileReading, { kind: 'scenario' }>;
type Named = { name: string; type: string; text: string };

/**
 * The scenario-file door (door.ts): the text has been read (the file menu
 * refuses a file over `LIMITS.scenarioFileBytes` before reading it), so the
 * size step passes; decoding recognises a workbook or CSV, parsing is JSON
 * without its BOM, and validation is the engine's schema, in steps.
 */
const door: Door<Named, string, unknown, Scenario, Problem> = {
  size: () => 0,
  limit: LIMITS.scenarioFileBytes,
  tooLarge: () => ({ kind: 'notJson' }),
  decode({ name, type, text }) {
    const json = scenarioText(name, type, text);
    return json === 'xlsx' || json === 'csv' ? stop({ kind: json }) : pass(json);
  },
  parse(text) {
    try {
      return pass(JSON.parse(text) as unknown);
    } catch {
      return stop({ kind: 'notJson' });
    }
  },
  async validate(doc) {
    const parsed = await validateScenarioInSteps(doc);
    return parsed.ok ? pass(parsed.value) : stop({ kind: 'invalid', issues: parsed.issues });
  },
};

/** What a file opened as a scenario holds (validated in steps: the page answers meanwhile). */
export async function readScenarioFile(
  name: string,
  type: string,
  text: string,
): Promise<ScenarioFileReading> {
  const read = await passDoorAsync(door, { name, type, text });
  if (!read.ok) return read.problems[0];
  // Validating the parsed text gives this very document: the worker may be sent the text.
  rememberSourceText(read.value, scenarioText(name, type, text));
  return { kind: 'scenario', scenario: read.value };
}
