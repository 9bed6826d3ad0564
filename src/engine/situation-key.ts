/**
 * The identity of a situation: a stable key and an allocation-free hash
 * (equal situations value identically, whatever the order of their items),
 * an equality test, and the extent per income source. Hot paths when a
 * large cohort is aggregated.
 */
import { INCOME_SOURCES, type IncomeSource } from './catalogue';
import type { Situation } from './schema';

const SOURCE_CODE = Object.fromEntries(
  INCOME_SOURCES.map((src, i) => [src, String.fromCharCode(65 + i)]),
) as Record<IncomeSource, string>;

function itemKey(i: Situation['income'][number]): string {
  let k = SOURCE_CODE[i.source] + i.extent;
  if (i.subsidyShare !== undefined) k += 's' + i.subsidyShare;
  if (i.monthlyWage !== undefined) k += 'w' + i.monthlyWage;
  if (i.school !== undefined) k += 'c' + i.school;
  if (i.subsidyForm !== undefined) k += 'f' + i.subsidyForm;
  return k;
}

function joinSorted(parts: string[]): string {
  if (parts.length === 1) return parts[0];
  if (parts.length === 2)
    return parts[0] < parts[1] ? parts[0] + ',' + parts[1] : parts[1] + ',' + parts[0];
  return parts.sort().join(',');
}

/**
 * A resource id as written in a key. A scenario's own resource ids are free
 * text, so an id holding one of the key's separators is escaped: an escaped id
 * always holds "%", which an id written as it is never does, so two ids never
 * meet in one key text.
 */
const idInKey = (id: string): string => (/[:,#%]/.test(id) ? encodeURIComponent(id) : id);

/**
 * A stable key for a situation: equal keys value identically. Order of items
 * does not matter and zero extents or quantities are left out. Hot path: runs
 * for every record when a large cohort is aggregated.
 */
export function situationKey(s: Situation): string {
  const parts: string[] = [];
  for (const i of s.income) if (i.extent > 0) parts.push(itemKey(i));
  let key = parts.length ? joinSorted(parts) : '';
  if (s.registered) key += '!r';
  if (s.resources.length) {
    const res: string[] = [];
    for (const r of s.resources) if (r.quantity !== 0) res.push(idInKey(r.item) + ':' + r.quantity);
    if (res.length) key += '#' + joinSorted(res);
  }
  return key;
}

/** Integer hash of a number, stable for equal values. */
function numHash(x: number | undefined): number {
  if (x === undefined) return 0x1e3779b9;
  const h = Math.imul((x * 1_000_003) | 0, 0x85ebca6b) ^ (x | 0);
  return h ^ (h >>> 13);
}

/**
 * Hash of a short string (a source, a school kind, a resource id) from its
 * length and three characters: no table lookup, which for strings read from a
 * file costs more than the rest of the hash. A collision only costs an
 * equality test.
 */
function strHash(x: string | undefined): number {
  if (x === undefined) return 0x27d4eb2f;
  const n = x.length;
  if (n === 0) return 0x165667b1;
  return (
    Math.imul(n, 0x01000193) ^
    Math.imul(x.charCodeAt(0), 0x85ebca6b) ^
    Math.imul(x.charCodeAt(n >> 1), 0xc2b2ae35) ^
    x.charCodeAt(n - 1)
  );
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return h ^ (h >>> 16);
}

/**
 * An order-insensitive 32-bit hash of a situation that allocates nothing:
 * equal situations (as `situationKey` sees them) hash equally. Used to
 * aggregate large cohorts without building a string per record; indexed
 * loops, as it runs for every record.
 */
export function situationHash(s: Situation): number {
  let h = 0;
  const income = s.income;
  for (let k = 0; k < income.length; k++) {
    const i = income[k];
    const e = i.extent;
    if (!(e > 0)) continue;
    h =
      (h +
        mix(
          strHash(i.source) ^
            Math.imul(numHash(e), 3) ^
            Math.imul(numHash(i.subsidyShare), 5) ^
            Math.imul(numHash(i.monthlyWage), 7) ^
            Math.imul(strHash(i.school), 11) ^
            Math.imul(strHash(i.subsidyForm), 17),
        )) |
      0;
  }
  if (s.registered) h = (h + 0x3c6ef372) | 0;
  const resources = s.resources;
  for (let k = 0; k < resources.length; k++) {
    const r = resources[k];
    if (r.quantity === 0) continue;
    h = (h + mix(strHash(r.item) ^ Math.imul(numHash(r.quantity), 13) ^ 0x5bd1e995)) | 0;
  }
  return h;
}

type IncomeItemT = Situation['income'][number];
type ResourceT = Situation['resources'][number];

const sameItem = (a: IncomeItemT, b: IncomeItemT) =>
  a.source === b.source &&
  a.extent === b.extent &&
  a.subsidyShare === b.subsidyShare &&
  a.monthlyWage === b.monthlyWage &&
  a.school === b.school &&
  a.subsidyForm === b.subsidyForm;
const sameResource = (a: ResourceT, b: ResourceT) => a.item === b.item && a.quantity === b.quantity;

/** How many of an item list's items with a positive extent equal `x`. */
function itemsEqualTo(x: IncomeItemT, list: readonly IncomeItemT[]): number {
  let n = 0;
  for (let k = 0; k < list.length; k++) if (list[k].extent > 0 && sameItem(x, list[k])) n++;
  return n;
}

function resourcesEqualTo(x: ResourceT, list: readonly ResourceT[]): number {
  let n = 0;
  for (let k = 0; k < list.length; k++) if (list[k].quantity !== 0 && sameResource(x, list[k])) n++;
  return n;
}

function sameIncome(a: readonly IncomeItemT[], b: readonly IncomeItemT[]): boolean {
  // Fast path: records of the same shape list their items in the same order.
  if (a.length === b.length) {
    let k = 0;
    while (k < a.length && sameItem(a[k], b[k])) k++;
    if (k === a.length) return true;
  }
  let na = 0;
  let nb = 0;
  for (let k = 0; k < a.length; k++) if (a[k].extent > 0) na++;
  for (let k = 0; k < b.length; k++) if (b[k].extent > 0) nb++;
  if (na !== nb) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    if (x.extent > 0 && itemsEqualTo(x, a) !== itemsEqualTo(x, b)) return false;
  }
  return true;
}

function sameResources(a: readonly ResourceT[], b: readonly ResourceT[]): boolean {
  if (a.length === b.length) {
    let k = 0;
    while (k < a.length && sameResource(a[k], b[k])) k++;
    if (k === a.length) return true;
  }
  let na = 0;
  let nb = 0;
  for (let k = 0; k < a.length; k++) if (a[k].quantity !== 0) na++;
  for (let k = 0; k < b.length; k++) if (b[k].quantity !== 0) nb++;
  if (na !== nb) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    if (x.quantity !== 0 && resourcesEqualTo(x, a) !== resourcesEqualTo(x, b)) return false;
  }
  return true;
}

/**
 * Do two situations value identically? Order and zero entries do not matter
 * (equal multisets of the items that count). Runs for every record of a
 * large cohort, hence the plain indexed loops.
 */
export function sameSituation(a: Situation, b: Situation): boolean {
  return (
    !a.registered === !b.registered &&
    sameIncome(a.income, b.income) &&
    sameResources(a.resources, b.resources)
  );
}

/** Total extent per income source in a situation (for counts and full-time equivalents). */
export function extentBySource(s: Situation): Map<IncomeSource, number> {
  const m = new Map<IncomeSource, number>();
  for (const i of s.income) if (i.extent > 0) m.set(i.source, (m.get(i.source) ?? 0) + i.extent);
  return m;
}
