/**
 * Participant data from CSV (README, "CSV"): one row per participant or per
 * group, with the situation before and after as cells like
 * `subventioneratArbete:50;aktivitetsersattning:50`. This module is the
 * door's public face; each job lives in its own module, all pure functions
 * that run in Node and the browser:
 *   decode.ts    the file's bytes as text (BOM, UTF-8, UTF-16, Windows-1252)
 *   fields.ts    columns: header names, the guessed mapping, mapping problems
 *   cells.ts     a cell's value: numbers, genders, situations, "inskriven"
 *   rows.ts      a row → a group or its errors; merging; the error cap
 *   run.ts       the whole file in chunks, with progress and cancelling
 *   apply.ts     the groups placed in the scenario and validated
 *   messages.ts  the problems as codes, written out in both languages
 */
export { decodeBytes, stripBom, type Encoding } from './decode';
export {
  autoMapping,
  emptyMapping,
  FIELD_HEADERS,
  FIELDS,
  HEADER_ALIASES,
  mappingIssues,
  normalise,
  REQUIRED_FIELDS,
  type Field,
  type Mapping,
} from './fields';
export {
  describeSituation,
  MAX_CELL_CHARS,
  parseGender,
  parseNumber,
  parsePercent,
  parseSituation,
  SOURCE_NAMES,
} from './cells';
export {
  cleanText,
  convertRow,
  formatRowError,
  groupKey,
  MAX_ERRORS,
  MAX_LABEL_CHARS,
  MERGE_DEFAULT_ROWS,
  previewRows,
  type Conversion,
  type PreviewRow,
  type RawRow,
  type RowError,
  type RowMemo,
  type RowResult,
} from './rows';
export {
  convertCsv,
  convertRecords,
  DELIMITERS,
  detectDelimiter,
  ImportCancelled,
  inspect,
  inspectRecords,
  type Delimiter,
  type Inspection,
  type Progress,
  type RecordsInspection,
  type RunOptions,
} from './run';
export { applyImport, type ApplyResult, type Target } from './apply';
export type { Text } from './messages';

import { LIMITS } from '../limits';

/** Largest file accepted (bytes). */
export const MAX_FILE_BYTES = LIMITS.csvFileBytes;
