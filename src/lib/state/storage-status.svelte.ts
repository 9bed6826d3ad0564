/**
 * What the browser storage is doing, for every view that shows it: is
 * anything stored in this tab, and when was the draft last saved. One per
 * page, as the database is (lib/db/db.ts keeps one instance and one list of
 * problem listeners), so it is a module instance rather than a context. It
 * imports no database code: the status bar is part of the first load, while
 * Dexie loads later with the modules that use it, and those connect it to
 * the database's problems (`followStorageProblems`).
 */
import type { StorageProblem } from '../db/db';

export class StorageStatus {
  /** The current problem; null while storage works. */
  problem = $state<StorageProblem | null>(null);
  /** When the draft was last written (ms since 1970). */
  draftSavedAt = $state<number | null>(null);
  /** False once storage is known not to work in this tab (reload to retry). */
  available = $derived(
    !this.problem || !['unavailable', 'versionchange', 'deleted'].includes(this.problem.kind),
  );

  report(problem: StorageProblem) {
    // A permanent problem (reload needed) is not replaced by a passing one.
    if (!this.available && problem.kind === 'quota') return;
    this.problem = problem;
  }

  /** A write succeeded: a passing problem (quota, blocked, an error) is over. */
  ok() {
    if (this.problem && this.available) this.problem = null;
  }

  dismiss() {
    if (this.available) this.problem = null;
  }
}

export const storageStatus = new StorageStatus();

let following = false;

/**
 * Report the database's problems (a blocked upgrade, another tab's newer
 * version) here. Called by each state module that uses the database, with
 * lib/db/db.ts's `onStorageProblem`; the first call subscribes.
 */
export function followStorageProblems(
  subscribe: (listener: (p: StorageProblem) => void) => unknown,
): void {
  if (following) return;
  following = true;
  subscribe((p) => storageStatus.report(p));
}
