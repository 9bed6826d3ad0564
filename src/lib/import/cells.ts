/**
 * The grammar of a cell: a number or percentage as Swedish or English Excel
 * writes it, a gender, and a situation such as
 * `subventioneratArbete:50;aktivitetsersattning:50; inskriven` (sources
 * with extents, a subsidy share or kind of school, registration at
 * Arbetsförmedlingen). A cell becomes a value or the problems with it; and
 * a situation is written back as text for the preview.
 */
import {
  GENDERS,
  INCOME_SOURCES,
  SCHOOLS,
  type Gender,
  type IncomeItem,
  type IncomeSource,
  type School,
  type Situation,
} from '../../engine';
import { formatPercent, type Lang } from '../format';
import { schoolLabel, sourceLabel, sourceShort } from '../labels';
import { LIMITS } from '../limits';
import { readNumber } from '../parse-number';
import { normalise } from './fields';
import { problem, problemText, quote, type Text } from './messages';

/** Longest cell read; longer cells are an error (a label is cut to the schema's 200). */
export const MAX_CELL_CHARS = LIMITS.csvCellChars;

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
    add(source, { source });
    const names = (['sv', 'en'] as const).flatMap((l) => [
      sourceLabel(source, l),
      sourceShort(source, l),
    ]);
    for (const text of names) {
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
    add(schoolLabel(school, 'sv'), { source: 'studier', school });
    add(schoolLabel(school, 'en'), { source: 'studier', school });
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
      problems: [problem('cellTooLong', { length: cell.length, max: MAX_CELL_CHARS })],
    };
  const parts = cell
    .split(/[;+|\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > MAX_ITEMS)
    return {
      ok: false,
      problems: [problem('tooManySources', { count: parts.length, max: MAX_ITEMS })],
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
      problems.push(problem('cannotRead', { part: quote(part) }));
      continue;
    }
    const [name, extentRaw, extra] = bits;
    const found = SOURCE_NAMES.get(normalise(name));
    if (!found) {
      problems.push(problem('unknownSource', { name: quote(name) }));
      continue;
    }
    const item: IncomeItem = { source: found.source, extent: 1 };
    if (extentRaw !== undefined && extentRaw.trim() !== '') {
      const pct = parsePercent(extentRaw);
      if (pct === null) {
        problems.push(problem('extentNotNumber', { extent: quote(extentRaw) }));
        continue;
      }
      if (pct < 0 || pct > 100) {
        problems.push(
          problem('extentRange', { pct: { num: pct, digits: pct % 1 ? 1 : 0 }, name: quote(name) }),
        );
        continue;
      }
      item.extent = pct / 100;
    }
    if (extra !== undefined && extra.trim() !== '') {
      if (found.source === 'subventioneratArbete') {
        const pct = parsePercent(extra);
        if (pct === null || pct < 0 || pct > 100) {
          problems.push(problem('cellSubsidyRange', { value: quote(extra) }));
          continue;
        }
        item.subsidyShare = pct / 100;
      } else if (found.source === 'studier') {
        const school = SCHOOL_NAMES.get(normalise(extra));
        if (!school) {
          problems.push(problem('unknownSchool', { value: quote(extra) }));
          continue;
        }
        item.school = school;
      } else {
        problems.push(problem('extraNotAllowed', { value: quote(extra) }));
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
      problems: [problem('extentsSum', { pct: { num: pct, digits: pct % 1 ? 1 : 0 } })],
    };
  }
  return {
    ok: true,
    situation: { income, resources: [], ...(registered ? { registered: true } : {}) },
  };
}

// ---------------------------------------------------------------------------
// Display

/** One decimal only where a percentage needs it (37,5 %), none for 50 %. */
const pctDigits = (share: number) => (Number.isInteger(Math.round(share * 1000) / 10) ? 0 : 1);

/** "Aktivitetsersättning 50 %, Subv. arbete 50 % (subvention 80 %)"; "Ingen offentlig försörjning" when empty. */
export function describeSituation(s: Situation | undefined, lang: Lang): string {
  if (!s) return '–';
  if (!s.income.length) return sourceLabel('ingenOffentligForsorjning', lang);
  return s.income
    .map((i) => {
      let t = `${sourceShort(i.source, lang)} ${formatPercent(i.extent, lang, pctDigits(i.extent))}`;
      if (i.subsidyShare !== undefined)
        t += ` (${problemText('subsidy', {}, lang)} ${formatPercent(i.subsidyShare, lang)})`;
      if (i.school) t += ` (${schoolLabel(i.school, lang)})`;
      return t;
    })
    .join(', ');
}
