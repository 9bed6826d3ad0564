/**
 * Rows of a participant file: one data row's cells become one group (count,
 * gender, situations, label) or the problems that name its row and column;
 * identical rows can be merged; at most MAX_ERRORS problems are kept. The
 * same row pipeline serves CSV and Excel (run.ts feeds it records).
 */
import {
  INCOME_SOURCES,
  LIMITS as ENGINE_LIMITS,
  type Gender,
  type Group,
  type Situation,
} from '../../engine';
import type { Lang } from '../format';
import { LIMITS } from '../limits';
import { parseGender, parseNumber, parsePercent, parseSituation } from './cells';
import { FIELD_HEADERS, type Field, type Mapping } from './fields';
import { problem, problemText, quote, type Text } from './messages';

/** Longest label kept from a cell. */
export const MAX_LABEL_CHARS = LIMITS.csvLabelChars;
/** Row errors kept for display; the rest are only counted. */
export const MAX_ERRORS = LIMITS.csvRowErrors;
/** Above this many data rows, merging identical rows is on by default. */
export const MERGE_DEFAULT_ROWS = 500;

/** A data row as read: its number as a spreadsheet shows it (header = 1) and its cells. */
export interface RawRow {
  row: number;
  cells: string[];
}

export const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * A memo for values that repeat down a column (a file of 100 000 rows has
 * a few hundred distinct situations); it stops growing at `max` entries.
 */
class Memo<V> {
  private map = new Map<string, V>();
  constructor(private max = 20_000) {}
  get(key: string, make: () => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      v = make();
      if (this.map.size < this.max) this.map.set(key, v);
    }
    return v;
  }
}

export interface RowError {
  row: number;
  /** The column as named in the file's header; null for the row as a whole. */
  column: string | null;
  field: Field | null;
  sv: string;
  en: string;
}

/** "Rad 7, kolumn efter: okänd försörjning 'lönebidrg'" */
export function formatRowError(e: RowError, lang: Lang): string {
  return e.column === null
    ? problemText('atRow', { row: e.row, message: e[lang] }, lang)
    : problemText('atRowColumn', { row: e.row, column: e.column, message: e[lang] }, lang);
}

export type RowResult =
  { ok: true; group: Group; missingGender: boolean } | { ok: false; errors: RowError[] };

/** Control characters out, whitespace collapsed, cut to `max`. */
export function cleanText(s: string, max: number): string {
  if (!s) return '';
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, max)
  );
}

/** Memos for one run: the parse of a cell depends only on its text (and the subsidy). */
export interface RowMemo {
  situations: Memo<ReturnType<typeof parseSituation>>;
  genders: Memo<ReturnType<typeof parseGender>>;
}
export const newMemo = (): RowMemo => ({ situations: new Memo(), genders: new Memo(1000) });

/** One data row → one group (count, gender, situations, label) or its problems. */
export function convertRow(
  cells: readonly string[],
  rowNumber: number,
  mapping: Mapping,
  header: readonly string[],
  memo: RowMemo = newMemo(),
): RowResult {
  const errors: RowError[] = [];
  const cell = (f: Field) => {
    const c = mapping[f];
    return c === null ? '' : (cells[c] ?? '');
  };
  const fail = (f: Field, t: Text) =>
    errors.push({
      row: rowNumber,
      column: mapping[f] === null ? null : (header[mapping[f]] ?? FIELD_HEADERS[f]),
      field: f,
      ...t,
    });

  let count = 1;
  const countRaw = cell('count').trim();
  if (countRaw) {
    const n = parseNumber(countRaw);
    if (n === null || !Number.isInteger(n))
      fail('count', problem('countNotInteger', { value: quote(countRaw) }));
    else if (n < 1 || n > ENGINE_LIMITS.maxCount)
      fail(
        'count',
        problem('countRange', { max: { num: ENGINE_LIMITS.maxCount }, count: { num: n } }),
      );
    else count = n;
  }

  const genderRaw = cell('gender');
  const g = memo.genders.get(genderRaw, () => parseGender(genderRaw));
  if (g === null) fail('gender', problem('unknownGender', { value: quote(genderRaw) }));
  const gender: Gender = g === null || g === 'empty' ? 'annat' : g;

  let subsidy: number | undefined;
  const subsidyRaw = cell('subsidy').trim();
  if (subsidyRaw) {
    const pct = parsePercent(subsidyRaw);
    if (pct === null || pct < 0 || pct > 100)
      fail('subsidy', problem('subsidyRange', { value: quote(subsidyRaw) }));
    else subsidy = pct / 100;
  }

  const situation = (f: 'before' | 'after' | 'followUp6' | 'followUp24'): Situation | undefined => {
    const raw = cell(f);
    if (!raw.trim()) {
      if (f === 'before' || f === 'after') fail(f, problem('emptyCell'));
      return undefined;
    }
    const key = subsidy === undefined ? raw : `\u0000${subsidy}|${raw}`;
    const r = memo.situations.get(key, () => parseSituation(raw, subsidy));
    if (!r.ok) {
      for (const p of r.problems) fail(f, p);
      return undefined;
    }
    // A copy: groups must not share objects that a user may later edit in one of them.
    return {
      income: r.situation.income.map((i) => ({ ...i })),
      resources: [],
    };
  };
  const before = situation('before');
  const after = situation('after');
  const followUp6 = situation('followUp6');
  const followUp24 = situation('followUp24');

  if (errors.length || !before || !after) return { ok: false, errors };
  const group: Group = {
    label: cleanText(cell('label'), MAX_LABEL_CHARS),
    count,
    gender,
    before,
    after,
  };
  if (followUp6) group.followUp6 = followUp6;
  if (followUp24) group.followUp24 = followUp24;
  return { ok: true, group, missingGender: g === 'empty' };
}

function situationKey(s: Situation | undefined): string {
  if (!s) return '-';
  return s.income
    .map(
      (i) =>
        `${INCOME_SOURCES.indexOf(i.source)}:${i.extent}:${i.subsidyShare ?? ''}:${i.school ?? ''}`,
    )
    .sort()
    .join('|');
}

/** Rows with the same key are the same group: gender, label and every situation (order of sources aside). */
export function groupKey(g: Group): string {
  return [
    g.gender,
    g.label,
    situationKey(g.before),
    situationKey(g.after),
    situationKey(g.followUp6),
    situationKey(g.followUp24),
  ].join('#');
}

export interface PreviewRow {
  row: number;
  result: RowResult;
}

export function previewRows(
  sample: readonly RawRow[],
  mapping: Mapping,
  header: readonly string[],
): PreviewRow[] {
  const memo = newMemo();
  return sample.map((r) => ({
    row: r.row,
    result: convertRow(r.cells, r.row, mapping, header, memo),
  }));
}

export interface Conversion {
  /** Groups without ids, in the order of their first row. */
  groups: Group[];
  /** The first row of each group, for messages about a group. */
  firstRows: number[];
  /** Data rows (blank rows are skipped). */
  rows: number;
  validRows: number;
  invalidRows: number;
  /** Participants in the valid rows. */
  participants: number;
  /** The first MAX_ERRORS problems. */
  errors: RowError[];
  errorCount: number;
  /** Valid rows without a gender, counted as "annat/okänt". */
  missingGender: number;
  /** Participants with a follow-up at 6 and 24 months. */
  followUps: { m6: number; m24: number };
}

export interface ConvertOptions {
  mapping: Mapping;
  merge: boolean;
  maxErrors?: number;
}

/**
 * The row pipeline every import shares (CSV and Excel): a header, then data
 * rows as cells, each turned into a group or its problems, identical rows
 * merged when asked, the first MAX_ERRORS problems kept.
 */
export class RowCollector {
  readonly out: Conversion = {
    groups: [],
    firstRows: [],
    rows: 0,
    validRows: 0,
    invalidRows: 0,
    participants: 0,
    errors: [],
    errorCount: 0,
    missingGender: 0,
    followUps: { m6: 0, m24: 0 },
  };
  header: string[] | null = null;
  readonly #byKey = new Map<string, number>();
  readonly #memo = newMemo();
  readonly #maxErrors: number;

  constructor(private readonly opts: ConvertOptions) {
    this.#maxErrors = opts.maxErrors ?? MAX_ERRORS;
  }

  #addError(e: RowError) {
    this.out.errorCount++;
    if (this.out.errors.length < this.#maxErrors) this.out.errors.push(e);
  }

  /** One record: the first is the header; blank rows are skipped. */
  record(cells: readonly string[], rowNumber: number, parseProblem?: Text) {
    const out = this.out;
    if (this.header === null) {
      this.header = cells.map((h) => h.trim().slice(0, 100));
      return;
    }
    if (isBlank(cells)) return;
    out.rows++;
    if (parseProblem) {
      out.invalidRows++;
      this.#addError({ row: rowNumber, column: null, field: null, ...parseProblem });
      return;
    }
    const r = convertRow(cells, rowNumber, this.opts.mapping, this.header, this.#memo);
    if (!r.ok) {
      out.invalidRows++;
      for (const e of r.errors) this.#addError(e);
      return;
    }
    const g = r.group;
    out.validRows++;
    out.participants += g.count;
    if (r.missingGender) out.missingGender++;
    if (g.followUp6) out.followUps.m6 += g.count;
    if (g.followUp24) out.followUps.m24 += g.count;
    if (this.opts.merge) {
      const key = groupKey(g);
      const at = this.#byKey.get(key);
      if (at !== undefined) {
        out.groups[at].count += g.count;
        return;
      }
      this.#byKey.set(key, out.groups.length);
    }
    out.groups.push(g);
    out.firstRows.push(rowNumber);
  }
}
