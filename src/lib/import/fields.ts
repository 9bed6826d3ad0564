/**
 * The columns of a participant file: what a column can mean (a field), the
 * header names each field is known by, the mapping guessed from a header,
 * and the problems of a mapping that stop a check.
 */
import { problem, type Text } from './messages';

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
    if (m[f] === null) out.push(problem('chooseColumn', { field: FIELD_HEADERS[f] }));
  const seen = new Map<number, Field>();
  for (const f of FIELDS) {
    const c = m[f];
    if (c === null) continue;
    if (c < 0 || c >= header.length) {
      out.push(problem('columnMissing', { field: FIELD_HEADERS[f] }));
      continue;
    }
    const other = seen.get(c);
    if (other)
      out.push(
        problem('columnTwice', {
          column: header[c],
          first: FIELD_HEADERS[other],
          second: FIELD_HEADERS[f],
        }),
      );
    else seen.set(c, f);
  }
  return out;
}
