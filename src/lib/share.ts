/**
 * Share a scenario as a link: the scenario (with its what-if settings) as
 * JSON, compressed with lz-string into the URL fragment (`#s=…`). A fragment
 * is never sent to a server (RFC 3986 §3.5: the browser keeps it), so the
 * data goes only where the link goes. Reading a fragment is a door from
 * outside (STYLE.md §8): it is bounded in size, decompressed without
 * trusting the input, parsed without prototype keys and validated with
 * `parseScenario`; every problem comes back as a message in Swedish and
 * English, and nothing here ever throws.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { parseScenario, type Scenario, type ValidationIssue, type WhatIf } from '../engine';
import { issueText, type WordedIssue } from './validation-text';
import { share as sv } from './i18n/sv/share';
import { share as en } from './i18n/en/share';
import { LIMITS } from './limits';

export type FragmentResult =
  { ok: true; scenario: Scenario } | { ok: false; issues: WordedIssue[] };

/** The fragment key: `#s=<compressed JSON>`. */
export const FRAGMENT_KEY = 's';
/** Largest scenario JSON a link may hold, in characters (2 MB). */
export const MAX_JSON_CHARS = LIMITS.shareJsonChars;
/** Links longer than this are cut by some mail programs; the UI warns. */
export const LONG_LINK_CHARS = LIMITS.shareLongLinkChars;
/** Validation problems listed one by one before "… and N more". */
const MAX_LISTED_ISSUES = LIMITS.listedIssues;

/** The fragment (`#s=…`) for a scenario; `whatIf` replaces the scenario's own settings. */
export function fragmentFor(scenario: Scenario, whatIf?: WhatIf): string {
  const doc = whatIf ? { ...scenario, whatIf } : scenario;
  return `#${FRAGMENT_KEY}=${compressToEncodedURIComponent(JSON.stringify(doc))}`;
}

/** The address of this page (any fragment replaced) that opens `scenario`. */
export function shareUrl(scenario: Scenario, whatIf?: WhatIf, href = location.href): string {
  const hash = href.indexOf('#');
  return `${hash < 0 ? href : href.slice(0, hash)}${fragmentFor(scenario, whatIf)}`;
}

/** The scenario in a URL fragment (`#s=…`), or null when the fragment holds none. */
export function scenarioFromFragment(hash: string): FragmentResult | null {
  try {
    return read(hash);
  } catch {
    // Nothing below should throw; if it does, the link is what is wrong.
    return fail(message('broken'));
  }
}

function read(hash: unknown): FragmentResult | null {
  if (typeof hash !== 'string') return null;
  const payload = fragmentValue(hash);
  if (payload === null) return null;
  // Chromium caps a URL at 2 MB too: anything longer is no link of ours, and is not decoded.
  if (payload.length > MAX_JSON_CHARS) return fail(message('tooLarge'));
  const json = decompressBounded(payload, MAX_JSON_CHARS);
  if (json === TOO_LARGE) return fail(message('tooLarge'));
  if (json === null || json === '') return fail(message('broken'));
  let doc: unknown;
  try {
    doc = JSON.parse(json, withoutProtoKeys);
  } catch {
    return fail(message('notJson'));
  }
  const parsed = parseScenario(doc);
  if (parsed.ok) return { ok: true, scenario: parsed.value };
  return fail(...invalidMessages(parsed.issues));
}

/** Does the address carry a shared calculation (valid or not)? Nothing is decoded. */
export const carriesSharedScenario = (hash: string): boolean => fragmentValue(hash) !== null;

/**
 * The value of `s` in a fragment like `#s=…` or `#x=1&s=…`. Mail programs
 * sometimes percent-encode the `$` of the alphabet or turn `+` into a space.
 */
function fragmentValue(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    if (!part.startsWith(`${FRAGMENT_KEY}=`)) continue;
    let value = part.slice(FRAGMENT_KEY.length + 1);
    if (value.includes('%')) {
      try {
        value = decodeURIComponent(value);
      } catch {
        // A stray "%" is not an escape; the decoder below reports the link as broken.
      }
    }
    return value.replace(/ /g, '+');
  }
  return null;
}

/** Drop `__proto__` keys: harmless after JSON.parse, but not if later code assigns them. */
function withoutProtoKeys(key: string, value: unknown): unknown {
  return key === '__proto__' ? undefined : value;
}

// ---------------------------------------------------------------------------
// Messages (the texts live in the `share` namespace; built here in both languages)

type LinkKey = keyof typeof sv.link;

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

function message(key: LinkKey, values: Record<string, string | number> = {}): WordedIssue {
  const all = { max: MAX_JSON_CHARS / 1024 / 1024, ...values };
  return { path: '', sv: fill(sv.link[key], all), en: fill(en.link[key], all) };
}

function plural(base: 'invalid' | 'more', count: number): WordedIssue {
  return message(`${base}_${count === 1 ? 'one' : 'other'}`, { count });
}

function invalidMessages(issues: ValidationIssue[]): WordedIssue[] {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((i) => ({
    path: i.path,
    sv: i.path
      ? fill(sv.link.issue, { path: i.path, message: issueText(i, 'sv') })
      : issueText(i, 'sv'),
    en: i.path
      ? fill(en.link.issue, { path: i.path, message: issueText(i, 'en') })
      : issueText(i, 'en'),
  }));
  const rest = issues.length - listed.length;
  return [plural('invalid', issues.length), ...listed, ...(rest > 0 ? [plural('more', rest)] : [])];
}

function fail(...issues: WordedIssue[]): FragmentResult {
  return { ok: false, issues };
}

// ---------------------------------------------------------------------------
// Bounded decompression

/** What `decompressBounded` returns when the text would exceed its limit. */
export const TOO_LARGE = Symbol('too large');
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map([...ALPHABET].map((c, i) => [c, i]));

/**
 * lz-string's `decompressFromEncodedURIComponent` (MIT, © 2013 pieroxy),
 * with an output limit. LZW output can grow with the square of its input (a
 * few kilobytes of link may expand to gigabytes), so the library's own
 * decoder, which builds everything before returning, could freeze or crash
 * the tab on a hostile link. Same results as the library for text in its
 * alphabet; null for text that is not its output, TOO_LARGE past `max`.
 */
export function decompressBounded(input: string, max: number): string | null | typeof TOO_LARGE {
  if (input === '') return null;
  const values = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const v = VALUE_OF.get(input[i]);
    if (v === undefined) return null;
    values[i] = v;
  }
  // The bit reader: 6 bits per character, lowest bit of each code first.
  let val = values[0];
  let position = 32;
  let index = 1;
  const readBits = (n: number): number => {
    let bits = 0;
    for (let power = 1; power !== 1 << n; power <<= 1) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = index < values.length ? values[index] : 0;
        index++;
      }
      if (bit) bits |= power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const result: string[] = [];

  const first = readBits(2);
  if (first === 2) return '';
  if (first !== 0 && first !== 1) return null;
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary[3] = w;
  result.push(w);
  let length = 1;

  for (;;) {
    if (index > values.length) return ''; // ran out of input: the library's "truncated"
    let c = readBits(numBits);
    if (c === 0 || c === 1) {
      dictionary.push(String.fromCharCode(readBits(c === 0 ? 8 : 16)));
      c = dictionary.length - 1;
      enlargeIn--;
    } else if (c === 2) {
      return result.join('');
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    if (c > 2 && c < dictionary.length) entry = dictionary[c];
    else if (c === dictionary.length) entry = w + w.charAt(0);
    else return null;
    length += entry.length;
    if (length > max) return TOO_LARGE;
    result.push(entry);
    dictionary.push(w + entry.charAt(0));
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    // Unreachable from a 2 MB input (it holds too few codes); a guard for the bit arithmetic.
    if (numBits > 30) return null;
  }
}
