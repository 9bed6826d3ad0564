/**
 * Participant data from CSV (README, "CSV"): one row per participant or per
 * group, with the situation before and after as cells like
 * `subventioneratArbete:50;aktivitetsersattning:50`. Pure functions that run
 * in Node and the browser: decode the bytes, find the delimiter and header,
 * map columns to fields, turn each row into a group or into messages that
 * name the row and column, merge identical rows, and place the groups in a
 * scenario that is validated with the engine's schema before anything is
 * applied. Large files are parsed in chunks with yields to the event loop,
 * so a tab stays responsive and a run can be cancelled.
 */
import Papa from 'papaparse';
import {
  GENDERS,
  INCOME_SOURCES,
  LIMITS,
  parseScenario,
  SCHOOL_DEFS,
  SCHOOLS,
  SOURCE_DEFS,
  type Cohort,
  type Gender,
  type Group,
  type IncomeItem,
  type IncomeSource,
  type Scenario,
  type School,
  type Situation,
  type ValidationIssue,
} from '../../engine';
import { formatNumber, formatPercent, type Lang } from '../format';
import { readNumber } from '../parse-number';

/** A message in both languages, as the engine gives them. */
export interface Text {
  sv: string;
  en: string;
}

/** Largest file accepted (bytes). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Longest cell read; longer cells are an error (a label is cut to the schema's 200). */
export const MAX_CELL_CHARS = 1000;
export const MAX_LABEL_CHARS = 200;
/** Row errors kept for display; the rest are only counted. */
export const MAX_ERRORS = 1000;
/** Above this many data rows, merging identical rows is on by default. */
export const MERGE_DEFAULT_ROWS = 500;

// ---------------------------------------------------------------------------
// Fields and columns

/** What a column can mean. */
export const FIELDS = [
  'count',
  'gender',
  'before',
  'after',
  'subsidy',
  'followUp6',
  'followUp24',
  'label',
] as const;
export type Field = (typeof FIELDS)[number];
export const REQUIRED_FIELDS: readonly Field[] = ['before', 'after'];

/** The header each field has in the documented format and the sample file. */
export const FIELD_HEADERS: Record<Field, string> = {
  count: 'antal',
  gender: 'kön',
  before: 'före',
  after: 'efter',
  subsidy: 'subvention',
  followUp6: 'uppföljning6',
  followUp24: 'uppföljning24',
  label: 'etikett',
};

/** Words a report puts around a time point to say it is about income: "Försörjning före", "Income at exit". */
const SITUATION_WORDS = [
  'forsorjning',
  'forsorjningslage',
  'lage',
  'situation',
  'status',
  'income',
  'incomesource',
  'incomesources',
  'support',
];

/** The time point's names, alone and with an income word before or after ("Före-läge", "Situation before"). */
function situationHeaders(times: readonly string[]): string[] {
  const out = [...times];
  for (const t of times) for (const w of SITUATION_WORDS) out.push(`${w}${t}`, `${t}${w}`);
  return out;
}

/** Header names recognised per field, normalised (see `normalise`); the README lists them. */
export const HEADER_ALIASES: Record<Field, string[]> = {
  count: [
    'antal',
    'count',
    'n',
    'antalpersoner',
    'antaldeltagare',
    'persons',
    'number',
    'numberofpersons',
    'numberofparticipants',
  ],
  gender: ['kon', 'gender', 'sex', 'kjonn'],
  before: situationHeaders([
    'fore',
    'before',
    'inskrivning',
    'vidinskrivning',
    'start',
    'vidstart',
    'atstart',
    'enrolment',
    'atenrolment',
    'enrollment',
    'atenrollment',
  ]),
  after: situationHeaders([
    'efter',
    'after',
    'avslut',
    'vidavslut',
    'exit',
    'atexit',
    'utskrivning',
    'vidutskrivning',
  ]),
  subsidy: ['subvention', 'subventionsgrad', 'subsidy', 'subsidyshare', 'lonebidragsniva'],
  followUp6: situationHeaders([
    'uppfoljning6',
    'uppfoljning6man',
    'uppfoljning6manader',
    'efter6man',
    'efter6manader',
    '6man',
    '6manader',
    'followup6',
    'followup6m',
    'followup6months',
    'after6months',
  ]),
  followUp24: situationHeaders([
    'uppfoljning24',
    'uppfoljning24man',
    'uppfoljning24manader',
    'efter24man',
    'efter24manader',
    '24man',
    '24manader',
    'followup24',
    'followup24m',
    'followup24months',
    'after24months',
  ]),
  label: ['etikett', 'label', 'beskrivning', 'description', 'grupp', 'group', 'kommentar'],
};

/** Fields tried in this order when a header only begins with an alias (specific ones first). */
const PREFIX_ORDER: Field[] = [
  'followUp24',
  'followUp6',
  'subsidy',
  'count',
  'gender',
  'label',
  'before',
  'after',
];

/** Lower case, no diacritics, letters and digits only: "Före-läge" → "forelage". */
export function normalise(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Which column (index) holds each field; null when the file has none. */
export type Mapping = Record<Field, number | null>;

export const emptyMapping = (): Mapping =>
  Object.fromEntries(FIELDS.map((f) => [f, null])) as Mapping;

/**
 * Guess the mapping from the header: exact names first (`antal`, `kön`,
 * `före`, `efter`, their English and SUS-style variants), then headers that
 * begin with a known name ("Före (försörjning)"). Each column is used once.
 */
export function autoMapping(header: readonly string[]): Mapping {
  const m = emptyMapping();
  const keys = header.map(normalise);
  const used = new Set<number>();
  for (const f of FIELDS) {
    const i = keys.findIndex((k, j) => !used.has(j) && HEADER_ALIASES[f].includes(k));
    if (i >= 0) {
      m[f] = i;
      used.add(i);
    }
  }
  for (const f of PREFIX_ORDER) {
    if (m[f] !== null) continue;
    const i = keys.findIndex(
      (k, j) => !used.has(j) && HEADER_ALIASES[f].some((a) => a.length >= 4 && k.startsWith(a)),
    );
    if (i >= 0) {
      m[f] = i;
      used.add(i);
    }
  }
  return m;
}

/** Problems with a mapping that stop a check: a required field missing, a column used twice. */
export function mappingIssues(m: Mapping, header: readonly string[]): Text[] {
  const out: Text[] = [];
  for (const f of REQUIRED_FIELDS)
    if (m[f] === null)
      out.push({
        sv: `Välj vilken kolumn som är "${FIELD_HEADERS[f]}".`,
        en: `Choose the column for "${FIELD_HEADERS[f]}".`,
      });
  const seen = new Map<number, Field>();
  for (const f of FIELDS) {
    const c = m[f];
    if (c === null) continue;
    if (c < 0 || c >= header.length) {
      out.push({
        sv: `Kolumnen för "${FIELD_HEADERS[f]}" finns inte i filen.`,
        en: `The column for "${FIELD_HEADERS[f]}" is not in the file.`,
      });
      continue;
    }
    const other = seen.get(c);
    if (other)
      out.push({
        sv: `Kolumnen "${header[c]}" är vald för både "${FIELD_HEADERS[other]}" och "${FIELD_HEADERS[f]}".`,
        en: `Column "${header[c]}" is chosen for both "${FIELD_HEADERS[other]}" and "${FIELD_HEADERS[f]}".`,
      });
    else seen.set(c, f);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Bytes, delimiter, header

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * Text from the file's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM
 * (Excel's "Unicode text"), else Windows-1252 — what Swedish Excel writes for
 * "CSV (semikolonavgränsad)". The BOM is removed.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  let encoding: Encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  let text: string;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      encoding = 'windows-1252';
      text = windows1252(new TextDecoder('windows-1252').decode(bytes));
    }
  } else text = new TextDecoder(encoding).decode(bytes);
  return { text: stripBom(text), encoding };
}

/**
 * Windows-1252's characters at 0x80–0x9F ("€", "–", "’", …), as the WHATWG Encoding
 * standard maps them. Browsers decode them so, but Node 20's TextDecoder reads the label as
 * ISO-8859-1 and gives control characters; the 5 bytes the code page leaves undefined stay.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const windows1252 = (s: string) =>
  s.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);

export const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

export const DELIMITERS = [';', ',', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter of the header line: the most frequent of `;`, `,` and tab
 * outside quotes (a header has no decimal commas). Ties and none: `;`.
 */
export function detectDelimiter(text: string): Delimiter {
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  let best: Delimiter = ';';
  for (const d of DELIMITERS) if (counts[d] > counts[best]) best = d;
  return best;
}

/** A data row as read: its number as a spreadsheet shows it (header = 1) and its cells. */
export interface RawRow {
  row: number;
  cells: string[];
}

/** Old Mac line ends (CR only) become LF; CRLF stays (stripped per record). */
function normaliseNewlines(text: string): string {
  return text.indexOf('\n') < 0 && text.indexOf('\r') >= 0 ? text.replace(/\r/g, '\n') : text;
}

function countQuotes(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('"', from); i >= 0 && i < to; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * End of the first record boundary at or after `target`: a line feed with an
 * even number of quotes since `from` (so not inside a quoted cell).
 */
function boundary(text: string, from: number, target: number): number {
  if (target >= text.length) return text.length;
  let quotes = countQuotes(text, from, target);
  let pos = target;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0) return text.length;
    quotes += countQuotes(text, pos, nl);
    if (quotes % 2 === 0) return nl;
    pos = nl + 1;
  }
}

interface Chunk {
  records: string[][];
  /** Papaparse's problems, with the record index within the chunk. */
  errors: { index: number; message: string }[];
  /** Where the next chunk starts. */
  next: number;
}

function parseChunk(text: string, start: number, size: number, delimiter: Delimiter): Chunk {
  const end = boundary(text, start, start + size);
  let piece = text.slice(start, end);
  if (piece.endsWith('\r')) piece = piece.slice(0, -1);
  const parsed = Papa.parse<string[]>(piece, {
    delimiter,
    newline: piece.indexOf('\r\n') >= 0 ? '\r\n' : '\n',
    quoteChar: '"',
    skipEmptyLines: false,
  });
  return {
    records: parsed.data,
    errors: parsed.errors.map((e) => ({ index: e.row ?? 0, message: e.message })),
    next: end + 1,
  };
}

/** What the mapping step needs of a file: its header and first rows. */
export interface RecordsInspection {
  header: string[];
  /** The first data rows, for the preview. */
  sample: RawRow[];
  /** Data rows in the file (for CSV lines, roughly: a quoted cell may span lines). */
  estimatedRows: number;
}

export interface Inspection extends RecordsInspection {
  delimiter: Delimiter;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  if (text.length && !text.endsWith('\n')) n++;
  return n;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * Header and first rows of records already split into cells (an Excel
 * sheet's rows): the first record is the header, row `firstRow` as the
 * spreadsheet numbers it.
 */
export function inspectRecords(
  records: readonly (readonly string[])[],
  firstRow = 1,
  sampleRows = 10,
): RecordsInspection {
  const header = (records[0] ?? []).map((h) => h.trim().slice(0, 100));
  const sample: RawRow[] = [];
  for (let i = 1; i < records.length && sample.length < sampleRows; i++)
    if (!isBlank(records[i])) sample.push({ row: firstRow + i, cells: [...records[i]] });
  let rows = 0;
  for (let i = 1; i < records.length; i++) if (!isBlank(records[i])) rows++;
  return { header, sample, estimatedRows: rows };
}

/** Header, delimiter and the first rows: what the mapping step needs, read at once. */
export function inspect(
  rawText: string,
  delimiter: Delimiter = detectDelimiter(rawText),
  sampleRows = 10,
): Inspection {
  const text = normaliseNewlines(stripBom(rawText));
  const { records } = parseChunk(text, 0, 64 * 1024, delimiter);
  const header = (records[0] ?? []).map((h) => h.trim().slice(0, 100));
  const sample: RawRow[] = [];
  for (let i = 1; i < records.length && sample.length < sampleRows; i++)
    if (!isBlank(records[i])) sample.push({ row: i + 1, cells: records[i] });
  return { delimiter, header, sample, estimatedRows: Math.max(0, countLines(text) - 1) };
}

// ---------------------------------------------------------------------------
// Cell values

const quote = (s: string) => {
  const t = s.trim();
  return `'${t.length > 40 ? `${t.slice(0, 40)}…` : t}'`;
};

/**
 * A number as Swedish or English Excel writes it: "37,5", "37.5", "1 000",
 * "1 000,5" — read by the app's one number reader (lib/parse-number.ts), with
 * a comma before three digits taken as a decimal comma ("1,500" = 1,5), as
 * Swedish Excel writes it. Null when it is not one.
 */
export function parseNumber(raw: string): number | null {
  // Most cells of a large file are plain counts: no need for the full reader.
  if (/^\d{1,15}$/.test(raw)) return Number(raw);
  const r = readNumber(raw, { lang: 'sv', kind: 'number' });
  return r.ok ? r.value : null;
}

/** A percentage, "%" optional: "37,5 %" → 37.5. */
export function parsePercent(raw: string): number | null {
  const r = readNumber(raw, { lang: 'sv', kind: 'percent' });
  return r.ok ? r.value : null;
}

const GENDER_WORDS: Record<string, Gender> = {};
for (const w of ['kvinna', 'kvinnor', 'k', 'kv', 'f', 'w', 'woman', 'women', 'female', 'flicka'])
  GENDER_WORDS[w] = 'kvinna';
for (const w of ['man', 'men', 'm', 'male', 'pojke'])
  // "män" normalises to "man".
  GENDER_WORDS[w] = 'man';
for (const w of [
  'annat',
  'annan',
  'annatokant',
  'okant',
  'a',
  'o',
  'x',
  'other',
  'unknown',
  'ickebinar',
  'nonbinary',
])
  GENDER_WORDS[w] = 'annat';
for (const g of GENDERS) GENDER_WORDS[g] = g;

/** A gender from "kvinna/man/annat", "K/M", "woman/man"; empty is unknown ("annat"). */
export function parseGender(raw: string): Gender | 'empty' | null {
  const k = normalise(raw);
  if (!k) return 'empty';
  return GENDER_WORDS[k] ?? null;
}

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

interface SourceName {
  source: IncomeSource;
  school?: School;
}

/** Every name a source is known by, normalised: ids, labels and short labels in both languages, and common words. */
export const SOURCE_NAMES: ReadonlyMap<string, SourceName> = (() => {
  const m = new Map<string, SourceName>();
  const add = (name: string, v: SourceName) => {
    const k = normalise(name);
    if (k && !m.has(k)) m.set(k, v);
  };
  for (const source of INCOME_SOURCES) {
    const d = SOURCE_DEFS[source];
    add(source, { source });
    for (const text of [d.label.sv, d.label.en, d.short.sv, d.short.en]) {
      add(text, { source });
      // "Studier (studiemedel)" is also "studier"; "Sjukpenning / rehabiliteringsersättning" both.
      const bare = text.replace(/\(.*?\)/g, '');
      add(bare, { source });
      for (const part of bare.split('/')) add(part, { source });
    }
  }
  const aliases: [string, IncomeSource][] = [
    ['arbete', 'osubventioneratArbete'],
    ['arbete utan stöd', 'osubventioneratArbete'],
    ['arbete utan subvention', 'osubventioneratArbete'],
    ['anställning', 'osubventioneratArbete'],
    ['lön', 'osubventioneratArbete'],
    ['arbete med stöd', 'subventioneratArbete'],
    ['arbete med subvention', 'subventioneratArbete'],
    ['lönebidrag', 'subventioneratArbete'],
    ['lönestöd', 'subventioneratArbete'],
    ['nystartsjobb', 'subventioneratArbete'],
    ['introduktionsjobb', 'subventioneratArbete'],
    ['skyddat arbete', 'subventioneratArbete'],
    ['trygghetsanställning', 'subventioneratArbete'],
    ['utvecklingsanställning', 'subventioneratArbete'],
    ['studiemedel', 'studier'],
    ['csn', 'studier'],
    ['studies', 'studier'],
    ['a-kassa', 'arbetsloshetsersattning'],
    ['akassa', 'arbetsloshetsersattning'],
    ['rehabiliteringsersättning', 'sjukpenning'],
    ['försörjningsstöd', 'ekonomisktBistand'],
    ['ekonomiskt bistånd', 'ekonomisktBistand'],
    ['socialbidrag', 'ekonomisktBistand'],
    ['föräldrapenning', 'annanErsattning'],
    ['arbetssökande', 'arbetssokandeUtanErsattning'],
    ['ingen', 'ingenOffentligForsorjning'],
    ['ingen ersättning', 'ingenOffentligForsorjning'],
    ['none', 'ingenOffentligForsorjning'],
  ];
  for (const [name, source] of aliases) add(name, { source });
  const schoolAliases: [string, School][] = [
    ['vuxenutbildning', 'komvux'],
    ['sfi', 'komvux'],
    ['universitet', 'hogskola'],
  ];
  for (const school of SCHOOLS) {
    add(school, { source: 'studier', school });
    add(SCHOOL_DEFS[school].label.sv, { source: 'studier', school });
    add(SCHOOL_DEFS[school].label.en, { source: 'studier', school });
  }
  for (const [name, school] of schoolAliases) add(name, { source: 'studier', school });
  return m;
})();

const SCHOOL_NAMES: ReadonlyMap<string, School> = new Map(
  [...SOURCE_NAMES].filter(([, v]) => v.school).map(([k, v]) => [k, v.school as School]),
);

const EPS = 1e-9;
const MAX_ITEMS = INCOME_SOURCES.length * 2;

/**
 * Words that mark registration at Arbetsförmedlingen, a status without
 * extent ("försörjningsstöd; inskriven"), normalised.
 */
const REGISTRATION_NAMES = new Set(
  [
    'inskriven',
    'inskriven på af',
    'inskriven på arbetsförmedlingen',
    'inskriven vid af',
    'inskriven vid arbetsförmedlingen',
    'registered',
    'registered with pes',
    'registered at pes',
  ].map(normalise),
);

/**
 * One situation from a cell: items separated by `;`, `+` or `|`, each
 * `source[:extent[:extra]]` with the extent in % (default 100) and the
 * extra a subsidy % (subsidised work) or a kind of school (studies). An
 * extent may also follow the name after a space: "Arbete 75 %".
 */
export function parseSituation(
  cell: string,
  subsidy?: number,
): { ok: true; situation: Situation } | { ok: false; problems: Text[] } {
  const problems: Text[] = [];
  if (cell.length > MAX_CELL_CHARS)
    return {
      ok: false,
      problems: [
        {
          sv: `cellen är för lång (${cell.length} tecken; högst ${MAX_CELL_CHARS})`,
          en: `the cell is too long (${cell.length} characters; at most ${MAX_CELL_CHARS})`,
        },
      ],
    };
  const parts = cell
    .split(/[;+|\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > MAX_ITEMS)
    return {
      ok: false,
      problems: [
        {
          sv: `för många försörjningar (${parts.length}; högst ${MAX_ITEMS})`,
          en: `too many income sources (${parts.length}; at most ${MAX_ITEMS})`,
        },
      ],
    };
  const income: IncomeItem[] = [];
  let registered = false;
  for (const part of parts) {
    if (REGISTRATION_NAMES.has(normalise(part))) {
      registered = true;
      continue;
    }
    let bits = part.split(/\s*[:=]\s*/);
    if (bits.length === 1) {
      const m = /^(.*\D)\s+(\d+(?:[.,]\d+)?\s*%?)$/.exec(part);
      if (m) bits = [m[1], m[2]];
    }
    if (bits.length > 3) {
      problems.push({
        sv: `kan inte läsa ${quote(part)} (skriv källa:omfattning, t.ex. arbete:50)`,
        en: `cannot read ${quote(part)} (write source:extent, e.g. arbete:50)`,
      });
      continue;
    }
    const [name, extentRaw, extra] = bits;
    const found = SOURCE_NAMES.get(normalise(name));
    if (!found) {
      problems.push({
        sv: `okänd försörjning ${quote(name)}`,
        en: `unknown income source ${quote(name)}`,
      });
      continue;
    }
    const item: IncomeItem = { source: found.source, extent: 1 };
    if (extentRaw !== undefined && extentRaw.trim() !== '') {
      const pct = parsePercent(extentRaw);
      if (pct === null) {
        problems.push({
          sv: `omfattningen ${quote(extentRaw)} är inte ett tal i procent`,
          en: `the extent ${quote(extentRaw)} is not a number in per cent`,
        });
        continue;
      }
      if (pct < 0 || pct > 100) {
        problems.push({
          sv: `omfattningen ${formatNumber(pct, 'sv', pct % 1 ? 1 : 0)} % för ${quote(name)} ska vara 0–100 %`,
          en: `the extent ${formatNumber(pct, 'en', pct % 1 ? 1 : 0)}% for ${quote(name)} must be 0–100%`,
        });
        continue;
      }
      item.extent = pct / 100;
    }
    if (extra !== undefined && extra.trim() !== '') {
      if (found.source === 'subventioneratArbete') {
        const pct = parsePercent(extra);
        if (pct === null || pct < 0 || pct > 100) {
          problems.push({
            sv: `subventionsgraden ${quote(extra)} ska vara 0–100 %`,
            en: `the subsidy share ${quote(extra)} must be 0–100%`,
          });
          continue;
        }
        item.subsidyShare = pct / 100;
      } else if (found.source === 'studier') {
        const school = SCHOOL_NAMES.get(normalise(extra));
        if (!school) {
          problems.push({
            sv: `okänd skolform ${quote(extra)} (komvux, gymnasium, folkhögskola, högskola)`,
            en: `unknown kind of school ${quote(extra)} (komvux, gymnasium, folkhögskola, högskola)`,
          });
          continue;
        }
        item.school = school;
      } else {
        problems.push({
          sv: `${quote(extra)} efter omfattningen gäller bara subventionerat arbete (subventionsgrad) och studier (skolform)`,
          en: `${quote(extra)} after the extent applies only to subsidised work (subsidy share) and studies (kind of school)`,
        });
        continue;
      }
    }
    if (found.school && item.school === undefined) item.school = found.school;
    if (
      item.source === 'subventioneratArbete' &&
      item.subsidyShare === undefined &&
      subsidy !== undefined
    )
      item.subsidyShare = subsidy;
    income.push(item);
  }
  if (problems.length) return { ok: false, problems };
  const sum = income.reduce((a, i) => a + i.extent, 0);
  if (sum > 1 + EPS) {
    const pct = Math.round(sum * 1000) / 10;
    return {
      ok: false,
      problems: [
        {
          sv: `omfattningarna summerar till ${formatNumber(pct, 'sv', pct % 1 ? 1 : 0)} %; högst 100 % är möjligt`,
          en: `the extents sum to ${formatNumber(pct, 'en', pct % 1 ? 1 : 0)}%; at most 100% is possible`,
        },
      ],
    };
  }
  return {
    ok: true,
    situation: { income, resources: [], ...(registered ? { registered: true } : {}) },
  };
}

// ---------------------------------------------------------------------------
// Rows

/** A problem in one row: the row number as a spreadsheet shows it and the column's header. */
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
  if (lang === 'sv')
    return e.column === null
      ? `Rad ${e.row}: ${e.sv}`
      : `Rad ${e.row}, kolumn ${e.column}: ${e.sv}`;
  return e.column === null ? `Row ${e.row}: ${e.en}` : `Row ${e.row}, column ${e.column}: ${e.en}`;
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
const newMemo = (): RowMemo => ({ situations: new Memo(), genders: new Memo(1000) });

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
      fail('count', {
        sv: `antalet ${quote(countRaw)} är inte ett heltal`,
        en: `the count ${quote(countRaw)} is not a whole number`,
      });
    else if (n < 1 || n > LIMITS.maxCount)
      fail('count', {
        sv: `antalet ska vara 1–${formatNumber(LIMITS.maxCount, 'sv')}, fick ${formatNumber(n, 'sv')}`,
        en: `the count must be 1–${formatNumber(LIMITS.maxCount, 'en')}, got ${formatNumber(n, 'en')}`,
      });
    else count = n;
  }

  const genderRaw = cell('gender');
  const g = memo.genders.get(genderRaw, () => parseGender(genderRaw));
  if (g === null)
    fail('gender', {
      sv: `okänt kön ${quote(genderRaw)} (skriv kvinna, man eller annat)`,
      en: `unknown gender ${quote(genderRaw)} (write kvinna/woman, man or annat/other)`,
    });
  const gender: Gender = g === null || g === 'empty' ? 'annat' : g;

  let subsidy: number | undefined;
  const subsidyRaw = cell('subsidy').trim();
  if (subsidyRaw) {
    const pct = parsePercent(subsidyRaw);
    if (pct === null || pct < 0 || pct > 100)
      fail('subsidy', {
        sv: `subventionsgraden ${quote(subsidyRaw)} ska vara ett tal 0–100 %`,
        en: `the subsidy share ${quote(subsidyRaw)} must be a number 0–100%`,
      });
    else subsidy = pct / 100;
  }

  const situation = (f: 'before' | 'after' | 'followUp6' | 'followUp24'): Situation | undefined => {
    const raw = cell(f);
    if (!raw.trim()) {
      if (f === 'before' || f === 'after')
        fail(f, {
          sv: 'tom cell: ange försörjningen, t.ex. "ingen" eller "arbete:100"',
          en: 'empty cell: give the income source, e.g. "ingen" (none) or "arbete:100"',
        });
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

// ---------------------------------------------------------------------------
// The whole file

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

export interface Progress {
  rows: number;
  /** Share of the text read, 0–1. */
  fraction: number;
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  /** Characters per parsed chunk. */
  chunkChars?: number;
  /** Milliseconds of work between yields to the event loop. */
  sliceMs?: number;
}

export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** Let the browser paint and handle input (the cancel button) between slices of work. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

interface ConvertOptions {
  mapping: Mapping;
  merge: boolean;
  maxErrors?: number;
}

/**
 * The row pipeline every import shares (CSV and Excel): a header, then data
 * rows as cells, each turned into a group or its problems, identical rows
 * merged when asked, the first MAX_ERRORS problems kept.
 */
class RowCollector {
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

/**
 * Read every data row of `text` with `mapping`, in chunks: each chunk ends
 * on a record boundary and is parsed by papaparse; between slices of work
 * the event loop runs and `signal` is checked. Identical rows are merged
 * into one group (counts summed) when `merge` is set.
 */
export async function convertCsv(
  rawText: string,
  opts: ConvertOptions & { delimiter: Delimiter },
  run: RunOptions = {},
): Promise<Conversion> {
  const { signal, onProgress, chunkChars = 256 * 1024, sliceMs = 12 } = run;
  const text = normaliseNewlines(stripBom(rawText));
  const rows = new RowCollector(opts);

  let record = 0;
  let pos = 0;
  let sliceStart = now();
  while (pos < text.length) {
    if (signal?.aborted) throw new ImportCancelled();
    const chunk = parseChunk(text, pos, chunkChars, opts.delimiter);
    const base = record;
    const broken = new Map<number, string>();
    for (const e of chunk.errors) broken.set(e.index, e.message);
    for (let i = 0; i < chunk.records.length; i++) {
      record++;
      const problem = broken.get(i);
      rows.record(
        chunk.records[i],
        base + i + 1,
        problem === undefined
          ? undefined
          : {
              sv: `raden kunde inte läsas som CSV (${problem}); kontrollera citattecknen`,
              en: `the row could not be read as CSV (${problem}); check the quotes`,
            },
      );
    }
    pos = chunk.next;
    if (now() - sliceStart >= sliceMs) {
      onProgress?.({ rows: rows.out.rows, fraction: Math.min(1, pos / text.length) });
      await yieldToEventLoop();
      sliceStart = now();
    }
  }
  if (signal?.aborted) throw new ImportCancelled();
  onProgress?.({ rows: rows.out.rows, fraction: 1 });
  return rows.out;
}

/**
 * The same for records already split into cells (an Excel sheet's rows, see
 * xlsx.ts): the first record is the header, at row `firstRow` as the
 * spreadsheet numbers it, so a message names the row the user sees.
 */
export async function convertRecords(
  records: readonly (readonly string[])[],
  opts: ConvertOptions & { firstRow?: number },
  run: RunOptions = {},
): Promise<Conversion> {
  const { signal, onProgress, sliceMs = 12 } = run;
  const firstRow = opts.firstRow ?? 1;
  const rows = new RowCollector(opts);
  let sliceStart = now();
  for (let i = 0; i < records.length; i++) {
    if (signal?.aborted) throw new ImportCancelled();
    rows.record(records[i], firstRow + i);
    if (now() - sliceStart >= sliceMs) {
      onProgress?.({ rows: rows.out.rows, fraction: (i + 1) / records.length });
      await yieldToEventLoop();
      sliceStart = now();
    }
  }
  if (signal?.aborted) throw new ImportCancelled();
  onProgress?.({ rows: rows.out.rows, fraction: 1 });
  return rows.out;
}

// ---------------------------------------------------------------------------
// Into the scenario

export type Target =
  | { kind: 'new'; name: string; year?: number }
  | { kind: 'replace' | 'append'; cohortIndex: number };

export type ApplyResult =
  | {
      ok: true;
      /** The scenario with the import in place. */
      scenario: Scenario;
      cohortIndex: number;
      /** The new cohort (kind "new") or the cohort's new list of groups. */
      cohort: Cohort;
      /** Problems elsewhere in the scenario that were there before the import. */
      otherIssues: ValidationIssue[];
    }
  | { ok: false; issues: ValidationIssue[] };

function firstFree(prefix: string, taken: Set<string>, from: number): [string, number] {
  let n = from;
  while (taken.has(`${prefix}${n}`)) n++;
  return [`${prefix}${n}`, n + 1];
}

/**
 * Place the groups in a copy of `scenario` (a new cohort with standard
 * cost, or replacing or appending to a cohort's groups), give them unique
 * ids, and validate the result with the engine's schema. Problems in what
 * was imported refuse the import; problems elsewhere that were there
 * already are passed on but do not stop it.
 */
export function applyImport(
  scenario: Scenario,
  groups: readonly Group[],
  target: Target,
  firstRows: readonly number[] = [],
): ApplyResult {
  const taken = new Set<string>();
  for (const c of scenario.cohorts) for (const g of c.groups) if (g.id) taken.add(g.id);
  let next = 1;
  const withIds = groups.map((g) => {
    const [id, n] = firstFree('g', taken, next);
    next = n;
    return { ...g, id };
  });

  const cohorts = [...scenario.cohorts];
  let cohortIndex: number;
  let cohort: Cohort;
  let firstNew = 0;
  if (target.kind === 'new') {
    const ids = new Set(cohorts.map((c) => c.id));
    const [id] = firstFree('c', ids, cohorts.length + 1);
    cohort = {
      id,
      name: cleanText(target.name, 100),
      ...(target.year !== undefined ? { year: target.year } : {}),
      cost: { mode: 'standard' },
      groups: withIds,
    };
    cohortIndex = cohorts.length;
    cohorts.push(cohort);
  } else {
    cohortIndex = target.cohortIndex;
    const old = cohorts[cohortIndex];
    if (!old)
      return {
        ok: false,
        issues: [
          {
            path: 'cohorts',
            sv: 'Kohorten finns inte längre.',
            en: 'The cohort no longer exists.',
          },
        ],
      };
    firstNew = target.kind === 'append' ? old.groups.length : 0;
    cohort = {
      ...old,
      groups: target.kind === 'append' ? [...old.groups, ...withIds] : withIds,
    };
    cohorts[cohortIndex] = cohort;
  }
  const result: Scenario = { ...scenario, cohorts };
  const parsed = parseScenario(result);
  if (parsed.ok)
    return {
      ok: true,
      scenario: parsed.value,
      cohortIndex,
      cohort: parsed.value.cohorts[cohortIndex],
      otherIssues: [],
    };

  const prefix = `cohorts[${cohortIndex}]`;
  const groupPath = new RegExp(`^cohorts\\[${cohortIndex}\\]\\.groups\\[(\\d+)\\]`);
  const ours: ValidationIssue[] = [];
  const other: ValidationIssue[] = [];
  for (const issue of parsed.issues) {
    const m = groupPath.exec(issue.path);
    const mine =
      issue.path === 'cohorts' ||
      issue.path === `${prefix}.groups` ||
      (target.kind === 'new' && (issue.path === prefix || issue.path.startsWith(`${prefix}.`))) ||
      (m !== null && Number(m[1]) >= firstNew);
    if (!mine) {
      other.push(issue);
      continue;
    }
    if (m) {
      // Name the row the group came from, not its place in the cohort.
      const row = firstRows[Number(m[1]) - firstNew];
      if (row !== undefined)
        ours.push({
          ...issue,
          sv: `Rad ${row}: ${issue.sv}`,
          en: `Row ${row}: ${issue.en}`,
        });
      else ours.push(issue);
    } else ours.push(issue);
  }
  if (ours.length) return { ok: false, issues: ours };
  return { ok: true, scenario: result, cohortIndex, cohort, otherIssues: other };
}

// ---------------------------------------------------------------------------
// Display

/** One decimal only where a percentage needs it (37,5 %), none for 50 %. */
const pctDigits = (share: number) => (Number.isInteger(Math.round(share * 1000) / 10) ? 0 : 1);

/** "Aktivitetsersättning 50 %, Subv. arbete 50 % (subvention 80 %)"; "Ingen offentlig försörjning" when empty. */
export function describeSituation(s: Situation | undefined, lang: Lang): string {
  if (!s) return '–';
  if (!s.income.length) return SOURCE_DEFS.ingenOffentligForsorjning.label[lang];
  return s.income
    .map((i) => {
      let t = `${SOURCE_DEFS[i.source].short[lang]} ${formatPercent(i.extent, lang, pctDigits(i.extent))}`;
      if (i.subsidyShare !== undefined)
        t += ` (${lang === 'sv' ? 'subvention' : 'subsidy'} ${formatPercent(i.subsidyShare, lang)})`;
      if (i.school) t += ` (${SCHOOL_DEFS[i.school].label[lang]})`;
      return t;
    })
    .join(', ');
}
