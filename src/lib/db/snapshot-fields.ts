/**
 * What a saved version's fields must be, wherever they come from: the name
 * and notes checks, the schema of the stored figures, and the clock that
 * stamps them. Shared by the store (snapshots.ts) and the versions export
 * file (versions-file.ts), so both refuse the same things.
 */
import * as v from 'valibot';
import { PERSPECTIVES, type CostPerspective } from '../../engine';
import { LIMITS } from '../limits';
import type { WordedIssue } from '../validation-text';

export const MAX_NAME = LIMITS.nameChars;
export const MAX_NOTES = LIMITS.notesChars;

export type Result<T> = ({ ok: true } & T) | { ok: false; issues: WordedIssue[] };

/** The clock, replaceable in tests. */
export const clock = { now: () => Date.now() };

export const issue = (path: string, sv: string, en: string): WordedIssue => ({ path, sv, en });

export const COST_PERSPECTIVES = PERSPECTIVES.filter((p) => p !== 'individ') as CostPerspective[];

const finite = v.pipe(v.number(), v.finite());
const vector = v.object(
  Object.fromEntries(PERSPECTIVES.map((p) => [p, finite])) as Record<
    (typeof PERSPECTIVES)[number],
    typeof finite
  >,
);
const payback = v.union([v.pipe(finite, v.minValue(0)), v.literal('neg')]);

export const FiguresSchema = v.object({
  parameterSetId: v.pipe(v.string(), v.maxLength(64)),
  horizonYears: v.pipe(finite, v.integer(), v.minValue(1), v.maxValue(50)),
  participants: v.pipe(finite, v.minValue(0)),
  budget: finite,
  cost: vector,
  yearlyRevenue: vector,
  profitYear1: vector,
  profitYear5: vector,
  profitHorizon: vector,
  paybackMonths: v.object(
    Object.fromEntries(COST_PERSPECTIVES.map((p) => [p, payback])) as Record<
      CostPerspective,
      typeof payback
    >,
  ),
});

export function checkName(name: string, path = 'name'): WordedIssue[] {
  const n = name.trim();
  if (!n) return [issue(path, 'Namnet får inte vara tomt.', 'The name must not be empty.')];
  if (n.length > MAX_NAME)
    return [
      issue(
        path,
        `Namnet får ha högst ${MAX_NAME} tecken.`,
        `The name may have at most ${MAX_NAME} characters.`,
      ),
    ];
  return [];
}

export function checkNotes(notes: string, path = 'notes'): WordedIssue[] {
  return notes.length > MAX_NOTES
    ? [
        issue(
          path,
          `Anteckningarna får ha högst ${MAX_NOTES} tecken.`,
          `The notes may have at most ${MAX_NOTES} characters.`,
        ),
      ]
    : [];
}

/** A problem's path inside a part of the document at `prefix`. */
export function joinPath(prefix: string, path: string): string {
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}
