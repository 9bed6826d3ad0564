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
 * refuses it leaves the page as it was without (the example first).
 */
import { readSetting, writeSetting } from '../local-setting';

const KEY = 'nyttokalkyl.draft';

/** True when a stored draft was last seen in this browser. */
export const expectsStoredDraft = (): boolean => readSetting(KEY) === 'stored';

/** Note whether a stored draft is there now. */
export const noteStoredDraft = (stored: boolean): void =>
  writeSetting(KEY, stored ? 'stored' : null);
