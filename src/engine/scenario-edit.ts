/**
 * Validating an edit instead of the whole document. Typing in one row of a
 * 10 000-participant calculation changes one group; validating the whole
 * document again, and sending all of it to the worker, costs what reading
 * the file did. `groupEdits` finds the groups that differ between two
 * documents that are otherwise equal, and `parseScenarioEdit` validates the
 * new document from the old one's value and those groups alone — with the
 * result `parseScenario` would give the new document (a property test holds
 * the two together).
 */
import * as v from 'valibot';
import { GroupSchema, isFinalGroup, LIMITS } from './group-schema';
import { isRecord } from './scenario-migrate';
import type { Group, Scenario } from './scenario-schema';
import { parseScenario } from './schema';
import { issue, situationIssues, type ValidationResult } from './validation';

/** One group replaced: by its cohort's index and its own, the new group as given. */
export interface GroupEdit {
  cohort: number;
  index: number;
  group: unknown;
}

/** More replaced groups than this are sent and validated as a whole document. */
export const MAX_GROUP_EDITS = 100;

/**
 * Structural equality of plain data (JSON-like: objects, arrays, numbers,
 * strings, booleans, null, undefined); arrays and objects that are the same
 * object are equal without a walk, and NaN equals NaN.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => k in rb && sameData(ra[k], rb[k]));
}

/** Same keys, and equal values under every key but `except`. */
function sameExcept(a: Record<string, unknown>, b: Record<string, unknown>, except: string) {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => k in b && (k === except || sameData(a[k], b[k])));
}

/**
 * The groups of `to` that differ from `from`'s, when nothing else differs:
 * the same keys and values outside the cohorts' groups, the same number of
 * cohorts and of groups in each. Null when anything else changed or more
 * than `max` groups did (then the document is a new one, validated whole).
 * Groups that are the same object are not compared further.
 */
export function groupEdits(from: unknown, to: unknown, max = MAX_GROUP_EDITS): GroupEdit[] | null {
  if (!isRecord(from) || !isRecord(to) || !sameExcept(from, to, 'cohorts')) return null;
  const fc = from.cohorts;
  const tc = to.cohorts;
  if (!Array.isArray(fc) || !Array.isArray(tc) || fc.length !== tc.length) return null;
  const edits: GroupEdit[] = [];
  for (let ci = 0; ci < tc.length; ci++) {
    const a: unknown = fc[ci];
    const b: unknown = tc[ci];
    if (a === b) continue;
    if (!isRecord(a) || !isRecord(b) || !sameExcept(a, b, 'groups')) return null;
    const ga = a.groups;
    const gb = b.groups;
    if (ga === gb) continue;
    if (!Array.isArray(ga) || !Array.isArray(gb) || ga.length !== gb.length) return null;
    for (let gi = 0; gi < gb.length; gi++) {
      const g: unknown = gb[gi];
      if (ga[gi] === g || sameData(ga[gi], g)) continue;
      if (edits.length === max) return null;
      edits.push({ cohort: ci, index: gi, group: g });
    }
  }
  return edits;
}

/** `prev` with the edits' groups put in as given (shallow copies of what changes). */
export function withGroupEdits(prev: Scenario, edits: readonly GroupEdit[]): Scenario {
  const cohorts = prev.cohorts.slice();
  for (const e of edits) {
    const c = cohorts[e.cohort];
    if (c === prev.cohorts[e.cohort]) cohorts[e.cohort] = { ...c, groups: c.groups.slice() };
    cohorts[e.cohort].groups[e.index] = e.group as Group;
  }
  return { ...prev, cohorts };
}

/**
 * Validate the document that is `prev` (a validated scenario's value) with
 * the edits' groups replaced: what `parseScenario` gives that document. The
 * new groups are validated, and the checks that span groups (the total of
 * participants) run again; the rest of `prev` was valid and has not changed.
 * When anything is wrong the whole document is parsed, so that its problems
 * come with the same paths, codes and order as from `parseScenario`. An edit
 * of a group that `prev` does not have is refused as not fitting the kept
 * document (the caller sends the whole document instead).
 */
export function parseScenarioEdit(
  prev: Scenario,
  edits: readonly GroupEdit[],
): ValidationResult<Scenario> {
  const whole = () => parseScenario(withGroupEdits(prev, edits));
  const cohorts = prev.cohorts.slice();
  const customIds = new Set(prev.customResources.map((c) => c.id));
  for (const e of edits) {
    const c = cohorts[e.cohort];
    // An edit of a group the document does not have fits another document.
    if (!c || !Number.isInteger(e.index) || e.index < 0 || e.index >= c.groups.length)
      return { ok: false, issues: [issue('', 'scenarioNotKept')] };
    let g = e.group as Group;
    if (!isFinalGroup(g)) {
      const parsed = v.safeParse(GroupSchema, e.group);
      if (!parsed.success) return whole();
      g = parsed.output;
    }
    for (const s of [g.before, g.after, g.followUp6, g.followUp24])
      if (s && situationIssues(s, '', customIds).length) return whole();
    if (c === prev.cohorts[e.cohort]) cohorts[e.cohort] = { ...c, groups: c.groups.slice() };
    cohorts[e.cohort].groups[e.index] = g;
  }
  let total = 0;
  for (const c of cohorts) for (const g of c.groups) total += g.count;
  if (total > LIMITS.maxTotalParticipants) return whole();
  return { ok: true, value: edits.length ? { ...prev, cohorts } : prev };
}
