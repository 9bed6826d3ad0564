/**
 * Applying an import to the scenario: the groups placed in a copy (a new
 * cohort, or replacing or appending to a cohort's groups) with unique ids,
 * and the result validated with the engine's schema before anything is
 * applied. A problem in what was imported names the row it came from.
 */
import {
  parseScenario,
  type Cohort,
  type Group,
  type Scenario,
  type ValidationIssue,
} from '../../engine';
import { wordedIssue, issueText, type WordedIssue } from '../validation-text';
import { problem, problemText } from './messages';
import { cleanText } from './rows';

export type Target =
  | { kind: 'new'; name: string; year?: number }
  | { kind: 'replace' | 'append'; cohortIndex: number };

export type ApplyResult =
  | {
      ok: true;
      /** The scenario with the import in place. */
      scenario: Scenario;
      cohortIndex: number;
      /** The new cohort (kind "new") or the cohort's new list of groups. */
      cohort: Cohort;
      /** Problems elsewhere in the scenario that were there before the import. */
      otherIssues: ValidationIssue[];
    }
  | { ok: false; issues: WordedIssue[] };

function firstFree(prefix: string, taken: Set<string>, from: number): [string, number] {
  let n = from;
  while (taken.has(`${prefix}${n}`)) n++;
  return [`${prefix}${n}`, n + 1];
}

/**
 * Place the groups in a copy of `scenario` (a new cohort with standard
 * cost, or replacing or appending to a cohort's groups), give them unique
 * ids, and validate the result with the engine's schema. Problems in what
 * was imported refuse the import; problems elsewhere that were there
 * already are passed on but do not stop it.
 */
export function applyImport(
  scenario: Scenario,
  groups: readonly Group[],
  target: Target,
  firstRows: readonly number[] = [],
): ApplyResult {
  const taken = new Set<string>();
  for (const c of scenario.cohorts) for (const g of c.groups) if (g.id) taken.add(g.id);
  let next = 1;
  const withIds = groups.map((g) => {
    const [id, n] = firstFree('g', taken, next);
    next = n;
    return { ...g, id };
  });

  const cohorts = [...scenario.cohorts];
  let cohortIndex: number;
  let cohort: Cohort;
  let firstNew = 0;
  if (target.kind === 'new') {
    const ids = new Set(cohorts.map((c) => c.id));
    const [id] = firstFree('c', ids, cohorts.length + 1);
    cohort = {
      id,
      name: cleanText(target.name, 100),
      ...(target.year !== undefined ? { year: target.year } : {}),
      cost: { mode: 'standard' },
      groups: withIds,
    };
    cohortIndex = cohorts.length;
    cohorts.push(cohort);
  } else {
    cohortIndex = target.cohortIndex;
    const old = cohorts[cohortIndex];
    if (!old)
      return {
        ok: false,
        issues: [{ path: 'cohorts', ...problem('cohortGone') }],
      };
    firstNew = target.kind === 'append' ? old.groups.length : 0;
    cohort = {
      ...old,
      groups: target.kind === 'append' ? [...old.groups, ...withIds] : withIds,
    };
    cohorts[cohortIndex] = cohort;
  }
  const result: Scenario = { ...scenario, cohorts };
  const parsed = parseScenario(result);
  if (parsed.ok)
    return {
      ok: true,
      scenario: parsed.value,
      cohortIndex,
      cohort: parsed.value.cohorts[cohortIndex],
      otherIssues: [],
    };

  const prefix = `cohorts[${cohortIndex}]`;
  const groupPath = new RegExp(`^cohorts\\[${cohortIndex}\\]\\.groups\\[(\\d+)\\]`);
  const ours: WordedIssue[] = [];
  const other: ValidationIssue[] = [];
  for (const issue of parsed.issues) {
    const m = groupPath.exec(issue.path);
    const mine =
      issue.path === 'cohorts' ||
      issue.path === `${prefix}.groups` ||
      (target.kind === 'new' && (issue.path === prefix || issue.path.startsWith(`${prefix}.`))) ||
      (m !== null && Number(m[1]) >= firstNew);
    if (!mine) {
      other.push(issue);
      continue;
    }
    if (m) {
      // Name the row the group came from, not its place in the cohort.
      const row = firstRows[Number(m[1]) - firstNew];
      if (row !== undefined)
        ours.push({
          path: issue.path,
          sv: problemText('atRow', { row, message: issueText(issue, 'sv') }, 'sv'),
          en: problemText('atRow', { row, message: issueText(issue, 'en') }, 'en'),
        });
      else ours.push(wordedIssue(issue));
    } else ours.push(wordedIssue(issue));
  }
  if (ours.length) return { ok: false, issues: ours };
  return { ok: true, scenario: result, cohortIndex, cohort, otherIssues: other };
}
