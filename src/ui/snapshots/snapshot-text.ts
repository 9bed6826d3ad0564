/**
 * How the saved-versions view writes a stored figure: a payback time as the
 * list shows it, and a parameter value as saved or as today (a share as a
 * percentage). Shared by the list items and the message shown after opening.
 */
import { paramDefsFor, type Payback } from '../../engine';
import type { ParamDifference } from '../../lib/db/snapshots';
import { formatParamValue, formatPayback, localeOf, type Lang } from '../../lib/format';

/** "14 mån", "neg." or "–" when the version has no figures. */
export function paybackText(p: Payback | undefined, lang: Lang): string {
  return formatPayback(p, lang, { notReached: 'short' });
}

/** A parameter's value in its unit. */
export function paramValue(d: ParamDifference, x: number, lang: Lang): string {
  return formatParamValue(x, paramDefsFor(d.year)[d.id].unit === 'share', lang);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A moment as the list shows it: `stamp`, date and time; `time`, the time of day to the second. */
export function momentText(ms: number, lang: Lang, kind: 'stamp' | 'time'): string {
  const key = `${lang}:${kind}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      localeOf(lang),
      kind === 'stamp' ? { dateStyle: 'medium', timeStyle: 'short' } : { timeStyle: 'medium' },
    );
    formats.set(key, f);
  }
  return f.format(ms);
}
