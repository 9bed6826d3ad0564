/**
 * The working draft's autosave. The implementation uses runes and lives in
 * draft.svelte.ts; this module keeps the import path `lib/db/draft` stable.
 */
export { AUTOSAVE_DELAY_MS, restoreDraft, startAutosave } from './draft.svelte';
