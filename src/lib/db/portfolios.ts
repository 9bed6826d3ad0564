/**
 * Portfolios in the browser database: a named selection of saved versions
 * (each an intervention, a year, or both). Pure async functions over the
 * database singleton, like snapshots.ts; every change is checked before it
 * is written and a storage failure becomes a message, never an exception.
 * The members are kept by the snapshot's id with its name and creation time,
 * so a version deleted since is still named in the list.
 */
import type { WordedIssue } from '../validation-text';
import {
  getDb,
  storageProblem,
  type PortfolioMemberRef,
  type PortfolioRow,
  type SnapshotRow,
} from './db';
import { checkPortfolio } from './portfolio-file';
import { clock, type Result } from './snapshots';

const issue = (path: string, sv: string, en: string): WordedIssue => ({ path, sv, en });

function storageIssues(err: unknown): { ok: false; issues: WordedIssue[] } {
  const p = storageProblem(err);
  return { ok: false, issues: [issue('', p.sv, p.en)] };
}

function notFound(id: number): WordedIssue {
  return issue(
    '',
    `Portföljen (id ${id}) finns inte längre; den kan ha tagits bort i en annan flik.`,
    `The portfolio (id ${id}) no longer exists; it may have been deleted in another tab.`,
  );
}

/** A member reference to a saved version as it is now. */
export function memberRef(row: Pick<SnapshotRow, 'id' | 'name' | 'createdAt'>): PortfolioMemberRef {
  return { snapshotId: row.id, name: row.name, createdAt: row.createdAt };
}

/** Every portfolio, in no particular order. Use inside `liveQuery`. */
export function listPortfolios(): Promise<PortfolioRow[]> {
  return getDb().portfolios.toArray();
}

export async function getPortfolio(id: number): Promise<PortfolioRow | undefined> {
  return getDb().portfolios.get(id);
}

/** Create a portfolio, optionally with its first members. */
export async function createPortfolio(input: {
  name: string;
  notes?: string;
  members?: PortfolioMemberRef[];
}): Promise<Result<{ id: number }>> {
  const notes = input.notes ?? '';
  const members = input.members ?? [];
  const issues = checkPortfolio({ name: input.name, notes, members });
  if (issues.length) return { ok: false, issues };
  const now = clock.now();
  try {
    const id = await getDb().portfolios.add({
      name: input.name.trim(),
      notes,
      createdAt: now,
      updatedAt: now,
      members,
      priceYear: null,
      inReport: false,
    });
    return { ok: true, id };
  } catch (err) {
    return storageIssues(err);
  }
}

/** Change a portfolio's name, notes, members, price year or report choice. */
export async function updatePortfolio(
  id: number,
  changes: Partial<Pick<PortfolioRow, 'name' | 'notes' | 'members' | 'priceYear' | 'inReport'>>,
): Promise<Result<object>> {
  const issues = checkPortfolio(changes);
  if (
    changes.priceYear !== undefined &&
    changes.priceYear !== null &&
    !(Number.isInteger(changes.priceYear) && changes.priceYear >= 1980 && changes.priceYear <= 2100)
  )
    issues.push(issue('priceYear', 'Ogiltigt prisår.', 'Invalid price year.'));
  if (issues.length) return { ok: false, issues };
  try {
    const n = await getDb().portfolios.update(id, {
      ...changes,
      ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
      updatedAt: clock.now(),
    });
    return n ? { ok: true } : { ok: false, issues: [notFound(id)] };
  } catch (err) {
    return storageIssues(err);
  }
}

/** Delete a portfolio (its versions stay). Returns the row, so that the deletion can be undone. */
export async function deletePortfolio(id: number): Promise<Result<{ row: PortfolioRow }>> {
  try {
    const db = getDb();
    return await db.transaction('rw', db.portfolios, async () => {
      const row = await db.portfolios.get(id);
      if (!row) return { ok: false as const, issues: [notFound(id)] };
      await db.portfolios.delete(id);
      return { ok: true as const, row };
    });
  } catch (err) {
    return storageIssues(err);
  }
}

/** Put a deleted portfolio back, with its id. */
export async function restorePortfolio(row: PortfolioRow): Promise<Result<object>> {
  try {
    await getDb().portfolios.put(row);
    return { ok: true };
  } catch (err) {
    return storageIssues(err);
  }
}
