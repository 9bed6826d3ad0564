/**
 * Portfolios in the versions export file (format version 2), and the checks
 * a portfolio passes before it is stored. In the file a member names the
 * saved version by its place in the file's `snapshots` list (`version`), or
 * null when that version was not exported (it had been deleted); the name and
 * creation time go with it so the list can still say which version it was.
 * Everything from a file is checked here before anything is written.
 */
import * as v from 'valibot';
import { toValidationIssues } from '../../engine';
import { wordedIssue, type WordedIssue } from '../validation-text';
import { LIMITS } from '../limits';
import type { PortfolioMemberRef, PortfolioRow, SnapshotRow } from './db';

/** The same limits as a saved version's name and notes. */
export const PORTFOLIO_MAX_NAME = LIMITS.nameChars;
export const PORTFOLIO_MAX_NOTES = LIMITS.notesChars;
/** More members than this are refused (a portfolio is read by a board, not a database). */
export const MAX_MEMBERS = LIMITS.portfolioMembers;

const issue = (path: string, sv: string, en: string): WordedIssue => ({ path, sv, en });

/** Problems with a portfolio's name, notes or members (paths as in the export file under `at`). */
export function checkPortfolio(
  p: { name?: string; notes?: string; members?: readonly unknown[] },
  at = '',
): WordedIssue[] {
  const path = (f: string) => (at ? `${at}.${f}` : f);
  const out: WordedIssue[] = [];
  if (p.name !== undefined) {
    const n = p.name.trim();
    if (!n)
      out.push(
        issue(path('name'), 'Portföljens namn får inte vara tomt.', 'The name must not be empty.'),
      );
    else if (n.length > PORTFOLIO_MAX_NAME)
      out.push(
        issue(
          path('name'),
          `Namnet får ha högst ${PORTFOLIO_MAX_NAME} tecken.`,
          `The name may have at most ${PORTFOLIO_MAX_NAME} characters.`,
        ),
      );
  }
  if (p.notes !== undefined && p.notes.length > PORTFOLIO_MAX_NOTES)
    out.push(
      issue(
        path('notes'),
        `Anteckningarna får ha högst ${PORTFOLIO_MAX_NOTES} tecken.`,
        `The notes may have at most ${PORTFOLIO_MAX_NOTES} characters.`,
      ),
    );
  if (p.members !== undefined && p.members.length > MAX_MEMBERS)
    out.push(
      issue(
        path('members'),
        `En portfölj får ha högst ${MAX_MEMBERS} versioner.`,
        `A portfolio may hold at most ${MAX_MEMBERS} versions.`,
      ),
    );
  return out;
}

// ---------------------------------------------------------------------------
// Export

export interface ExportedPortfolio {
  name: string;
  notes: string;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  priceYear: number | null;
  inReport: boolean;
  members: { version: number | null; name: string; createdAt: string }[];
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Portfolios for a file whose `snapshots` are `exported`, in that order. */
export function exportPortfolios(
  portfolios: readonly PortfolioRow[],
  exported: readonly Pick<SnapshotRow, 'id'>[],
): ExportedPortfolio[] {
  const index = new Map(exported.map((s, i) => [s.id, i]));
  return portfolios.map((p) => ({
    name: p.name,
    notes: p.notes,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
    priceYear: p.priceYear,
    inReport: p.inReport,
    members: p.members.map((m) => ({
      version: m.snapshotId === null ? null : (index.get(m.snapshotId) ?? null),
      name: m.name,
      createdAt: iso(m.createdAt),
    })),
  }));
}

// ---------------------------------------------------------------------------
// Import

const MemberSchema = v.object({
  version: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  name: v.pipe(v.string(), v.maxLength(PORTFOLIO_MAX_NAME)),
  createdAt: v.optional(v.string()),
});

export const ExportedPortfolioSchema = v.object({
  name: v.string(),
  notes: v.optional(v.string(), ''),
  createdAt: v.optional(v.string()),
  updatedAt: v.optional(v.string()),
  priceYear: v.optional(
    v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1980), v.maxValue(2100))),
    null,
  ),
  inReport: v.optional(v.boolean(), false),
  members: v.pipe(v.array(MemberSchema), v.maxLength(MAX_MEMBERS)),
});

export const PortfoliosSchema = v.optional(
  v.pipe(v.array(ExportedPortfolioSchema), v.maxLength(10_000)),
  [],
);

/** A portfolio read from a file; its members point into the file's versions. */
export interface NewPortfolio extends Omit<PortfolioRow, 'id' | 'members'> {
  members: { version: number | null; name: string; createdAt: number }[];
}

/**
 * Check a file's portfolios against its `versions` versions: the rows to
 * add, or every problem with its path (`portfolios[0].members[2].version`).
 */
export function parsePortfolios(
  raw: unknown,
  versions: number,
  now: number,
): { portfolios: NewPortfolio[]; issues: WordedIssue[] } {
  const parsed = v.safeParse(PortfoliosSchema, raw);
  if (!parsed.success)
    return {
      portfolios: [],
      issues: toValidationIssues(parsed.issues).map((i) =>
        wordedIssue({
          ...i,
          path: i.path ? `portfolios${i.path.startsWith('[') ? '' : '.'}${i.path}` : 'portfolios',
        }),
      ),
    };
  const issues: WordedIssue[] = [];
  const portfolios: NewPortfolio[] = [];
  parsed.output.forEach((p, i) => {
    const at = `portfolios[${i}]`;
    const own = checkPortfolio(p, at);
    const time = (s: string | undefined, path: string): number => {
      if (s === undefined) return now;
      const t = Date.parse(s);
      if (Number.isNaN(t))
        own.push(
          issue(path, `Ogiltigt datum "${s.slice(0, 40)}".`, `Invalid date "${s.slice(0, 40)}".`),
        );
      return t;
    };
    const members = p.members.map((m, j) => {
      if (m.version !== null && m.version >= versions)
        own.push(
          issue(
            `${at}.members[${j}].version`,
            `Versionen nummer ${m.version} finns inte i filen (den har ${versions} versioner, räknat från 0).`,
            `Version number ${m.version} is not in the file (it holds ${versions} versions, counted from 0).`,
          ),
        );
      return {
        version: m.version,
        name: m.name,
        createdAt: time(m.createdAt, `${at}.members[${j}].createdAt`),
      };
    });
    const createdAt = time(p.createdAt, `${at}.createdAt`);
    const updatedAt = time(p.updatedAt, `${at}.updatedAt`);
    issues.push(...own);
    if (!own.length)
      portfolios.push({
        name: p.name.trim(),
        notes: p.notes,
        createdAt,
        updatedAt,
        priceYear: p.priceYear,
        inReport: p.inReport,
        members,
      });
  });
  return { portfolios, issues };
}

/** Whether an imported portfolio is one already stored: the same name and moment of creation. */
export function samePortfolio(imported: NewPortfolio, stored: PortfolioRow): boolean {
  return imported.name === stored.name && imported.createdAt === stored.createdAt;
}

/** The stored members of an imported portfolio, given the stored id of each of the file's versions. */
export function resolveMembers(
  p: NewPortfolio,
  storedIds: readonly (number | null)[],
): PortfolioMemberRef[] {
  return p.members.map((m) => ({
    snapshotId: m.version === null ? null : (storedIds[m.version] ?? null),
    name: m.name,
    createdAt: m.createdAt,
  }));
}
