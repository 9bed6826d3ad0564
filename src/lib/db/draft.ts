/**
 * The `draft` table's storage operations: read the autosaved draft and the
 * replaced draft kept for undo, write them, forget the replaced one. Plain
 * rows in and out; what they mean to the app (loading, undo, the autosave's
 * timing) is lib/state/draft.svelte.ts.
 */
import { getDb, openDb, type DraftRow } from './db';

/** The two rows of the draft table as read; `failed` when the database could not be opened. */
export interface StoredDraftRows {
  row?: DraftRow;
  replaced?: DraftRow;
  failed?: boolean;
}

/**
 * Read rows `current` and `replaced`. A database that cannot be opened
 * resolves `{ failed: true }` (openDb has reported why); a failing read rejects.
 */
export async function readDraftRows(): Promise<StoredDraftRows> {
  const db = getDb();
  if (await openDb(db)) return { failed: true };
  const [row, replaced] = await db.draft.bulkGet(['current', 'replaced']);
  return { row, replaced };
}

/** Write the draft as edited (row `current`). */
export async function writeDraft(row: Omit<DraftRow, 'id'>): Promise<void> {
  await getDb().draft.put({ id: 'current', ...row });
}

/** Keep the draft a replacement replaced (row `replaced`), or forget it (null). */
export async function writeReplaced(row: Omit<DraftRow, 'id'> | null): Promise<void> {
  const db = getDb();
  if (row) await db.draft.put({ ...row, id: 'replaced' });
  else await db.draft.delete('replaced');
}
