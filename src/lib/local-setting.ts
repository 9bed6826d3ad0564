/**
 * Small settings kept in the browser's localStorage between visits: the
 * language chosen, whether a draft is stored. Storage may be unavailable
 * (private mode, a policy) or refuse a write; nothing is kept then, and the
 * next page behaves as on a first visit.
 */

/** The setting's value; null when none is kept or storage is unavailable. */
export function readSetting(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Keep `value` under `key` (null: keep nothing); a refused write is not an error. */
export function writeSetting(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not kept: the choice still holds for this visit.
  }
}
