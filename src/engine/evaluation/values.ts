/**
 * Valuing situations through the cache: each distinct situation (a prepared
 * one or a what-if variant) is run through the ledger once, in its own
 * context, and carried to the price year; later evaluations reuse the value,
 * and so do scenarios prepared later with the same value store.
 */
import { ledgerFor, summarise } from '../ledger';
import type { Situation } from '../schema';
import { contextOfKey, type Prepared } from './prepare';
import type { CareItem } from './what-if';

/** A situation by key: one of the participants', or a what-if variant made from one. */
export function situationOf(prep: Prepared, key: string): Situation | undefined {
  return prep.situations.get(key) ?? prep.cache.variants.get(key);
}

/** Keep a what-if variant under its key, unless the participants already have that situation. */
export function addVariant(prep: Prepared, key: string, s: Situation): void {
  if (!prep.situations.has(key) && !prep.cache.variants.has(key)) prep.cache.variants.set(key, s);
}

/** Number of distinct situations valued or to be valued: the participants' and the variants. */
export const situationCount = (prep: Prepared): number =>
  prep.situations.size + prep.cache.variants.size;

/** The value matrix of the situation with this key, in the price year. */
export function valueOf(prep: Prepared, key: string): Float64Array {
  const values = prep.cache.values;
  let v = values.get(key);
  if (!v) {
    const s = situationOf(prep, key);
    if (!s) throw new Error(`unknown situation ${key}`);
    const c = contextOfKey(prep, key);
    const { store } = prep;
    const stored = c.stored;
    const bare = key.slice(key.indexOf('|') + 1);
    v = store && stored !== undefined ? store.get(stored, bare) : undefined;
    if (!v) {
      v = summarise(ledgerFor(s, c.ctx));
      if (c.priceFactor !== 1) for (let i = 0; i < v.length; i++) v[i] *= c.priceFactor;
      if (store && stored !== undefined) store.set(stored, bare, v);
    }
    values.set(key, v);
  }
  return v;
}

/** Value of one unit of a built-in resource item (a care visit, a care day). */
export function unitValue(prep: Prepared, item: CareItem): Float64Array {
  const values = prep.cache.values;
  const key = `#unit:${item}`;
  let v = values.get(key);
  if (!v) {
    v = summarise(ledgerFor({ income: [], resources: [{ item, quantity: 1 }] }, prep.ctx));
    if (prep.primaryFactor !== 1) for (let i = 0; i < v.length; i++) v[i] *= prep.primaryFactor;
    values.set(key, v);
  }
  return v;
}
