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
    for (const r of s.resources) if (r.quantity !== 0) res.push(r.item + ':' + r.quantity);
    if (res.length) key += '#' + joinSorted(res);
  }
  return key;
}

const SOURCE_INDEX = Object.fromEntries(INCOME_SOURCES.map((src, i) => [src, i + 1])) as Record<
  IncomeSource,
  number
>;

/** Integer hash of a number, stable for equal values. */
function numHash(x: number | undefined): number {
  if (x === undefined) return 0x9e3779b9;
  const h = Math.imul((x * 1_000_003) | 0, 0x85ebca6b) ^ (x | 0);
  return h ^ (h >>> 13);
}

const stringHashes = new Map<string, number>();

/** FNV-1a of a short string (school kinds, resource ids), memoised: few distinct values. */
function strHash(x: string | undefined): number {
  if (x === undefined) return 0x27d4eb2f;
  let h = stringHashes.get(x);
  if (h === undefined) {
    h = 0x811c9dc5;
    for (let i = 0; i < x.length; i++) h = Math.imul(h ^ x.charCodeAt(i), 0x01000193);
    if (stringHashes.size < 10_000) stringHashes.set(x, h);
  }
  return h;
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return h ^ (h >>> 16);
}

/**
 * An order-insensitive 32-bit hash of a situation that allocates nothing:
 * equal situations (as `situationKey` sees them) hash equally. Used to
 * aggregate large cohorts without building a string per record.
 */
export function situationHash(s: Situation): number {
  let h = 0;
  for (const i of s.income) {
    if (!(i.extent > 0)) continue;
    h =
      (h +
        mix(
          SOURCE_INDEX[i.source] ^
            Math.imul(numHash(i.extent), 3) ^
            Math.imul(numHash(i.subsidyShare), 5) ^
            Math.imul(numHash(i.monthlyWage), 7) ^
            Math.imul(strHash(i.school), 11) ^
            Math.imul(strHash(i.subsidyForm), 17),
        )) |
      0;
  }
  if (s.registered) h = (h + 0x3c6ef372) | 0;
  for (const r of s.resources) {
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

function sameMultiset<T>(
  a: readonly T[],
  b: readonly T[],
  keep: (x: T) => boolean,
  eq: (x: T, y: T) => boolean,
) {
  let na = 0;
  let nb = 0;
  for (const x of a) if (keep(x)) na++;
  for (const y of b) if (keep(y)) nb++;
  if (na !== nb) return false;
  for (const x of a) {
    if (!keep(x)) continue;
    let inA = 0;
    let inB = 0;
    for (const y of a) if (keep(y) && eq(x, y)) inA++;
    for (const y of b) if (keep(y) && eq(x, y)) inB++;
    if (inA !== inB) return false;
  }
  return true;
}

function sameInOrder<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (!eq(a[k], b[k])) return false;
  return true;
}

/** Do two situations value identically? Order and zero entries do not matter. */
export function sameSituation(a: Situation, b: Situation): boolean {
  if (!a.registered !== !b.registered) return false;
  // Fast path: records of the same shape list their items in the same order.
  if (
    sameInOrder(a.income, b.income, sameItem) &&
    sameInOrder(a.resources, b.resources, sameResource)
  )
    return true;
  return (
    sameMultiset(a.income, b.income, (i) => i.extent > 0, sameItem) &&
    sameMultiset(a.resources, b.resources, (r) => r.quantity !== 0, sameResource)
  );
}

/** Total extent per income source in a situation (for counts and full-time equivalents). */
export function extentBySource(s: Situation): Map<IncomeSource, number> {
  const m = new Map<IncomeSource, number>();
  for (const i of s.income) if (i.extent > 0) m.set(i.source, (m.get(i.source) ?? 0) + i.extent);
  return m;
}
