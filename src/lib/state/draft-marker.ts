/**
 * Whether this browser holds a stored draft, known before the database code
 * has loaded. The database (Dexie) is fetched only once the page has started,
 * so a returning reader's page would otherwise show the built-in example's
 * figures until their own draft had been read: about 0.3 s, seconds for a
 * large draft, of figures that are not theirs. With this note the page waits
 * for their draft instead (App.svelte, `AppState.restoring`).
 *
 * A note in localStorage beside the draft store: set whenever a draft is
 * stored or read back, removed when a read finds none. It is only a hint: a
 * stale one costs a wait for a read that finds nothing, and storage that
 * refuses it leaves the page as it was without.
 */
const KEY = 'nyttokalkyl.draft';

/** True when a stored draft was last seen in this browser. */
export function expectsStoredDraft(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'stored';
  } catch {
    return false; // storage unavailable (private mode): no note, the page opens as without
  }
}

/** Note whether a stored draft is there now. */
export function noteStoredDraft(stored: boolean): void {
  try {
    if (stored) globalThis.localStorage?.setItem(KEY, 'stored');
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Not noted: the next page opens on the example first, as it did before the note.
  }
}
