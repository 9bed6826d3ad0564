/**
 * The import's problems as codes with values, written out in both languages
 * from the `problems` texts (i18n/sv/problems.ts, i18n/en/problems.ts). A row
 * error keeps both languages, as the engine's validation messages do, so a
 * list of errors can follow a language switch without running the import
 * again. Pure: no rune state, so it runs in Node and in the worker too.
 */
import { formatNumber, type Lang } from '../format';
import { problems as sv } from '../i18n/sv/problems';
import { problems as en } from '../i18n/en/problems';

/** A message in both languages, as the engine gives them. */
export interface Text {
  sv: string;
  en: string;
}

/** What a CSV problem can be: a key of `problems.csv`. */
export type ProblemCode = keyof typeof sv.csv;

/** A number written for each language ("10 000 000" / "10,000,000"), with `digits` decimals. */
export interface Num {
  num: number;
  digits?: number;
}

export type Value = string | number | Num;

const texts: Record<Lang, typeof sv> = { sv, en };

function show(value: Value, lang: Lang): string {
  if (typeof value === 'object') return formatNumber(value.num, lang, value.digits);
  return String(value);
}

/** `{{name}}` in `template` replaced by the value of `name`; a value's own braces are left alone. */
function fill(template: string, values: Record<string, Value>, lang: Lang): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? show(values[name], lang) : whole,
  );
}

/** The text of a problem code in one language. */
export function problemText(code: ProblemCode, values: Record<string, Value>, lang: Lang): string {
  return fill(texts[lang].csv[code], values, lang);
}

/** The text of a problem code in both languages. */
export function problem(code: ProblemCode, values: Record<string, Value> = {}): Text {
  return { sv: problemText(code, values, 'sv'), en: problemText(code, values, 'en') };
}

/** A value quoted as a message shows it: trimmed, at most 40 characters, in single quotes. */
export function quote(s: string): string {
  const t = s.trim();
  return `'${t.length > 40 ? `${t.slice(0, 40)}…` : t}'`;
}
