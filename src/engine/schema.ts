/**
 * The scenario format: one versioned JSON document shared by the UI,
 * snapshots, export/import and the CLI, plus the known-revenue case (the
 * shape of a case in published-cases.json). Parsed with valibot; every
 * problem is reported with its path and a code (worded by the app in Swedish
 * and English), and nothing is computed from an invalid document.
 *
 * The format is split by responsibility: scenario-schema.ts (the schemas and
 * their types), validation.ts (the problems and their codes) and
 * scenario-migrate.ts (older versions); this module parses a document with
 * them and gathers their names for the rest of the engine.
 */
import * as v from 'valibot';
import {
  KnownCaseSchema,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  ScenarioSchema,
  type KnownCase,
  type Scenario,
} from './scenario-schema';
import {
  financingIssues,
  issue,
  scenarioIssues,
  toValidationIssues,
  type ValidationIssue,
  type ValidationResult,
} from './validation';
import { isRecord, migrate } from './scenario-migrate';
import { isFinalGroup, withFinalGroupArrays } from './group-schema';

export * from './scenario-schema';
export {
  financingIssues,
  issue,
  pathString,
  situationIssues,
  toValidationIssues,
  type IssueCode,
  type IssueParams,
  type TypeName,
  type ValidationIssue,
  type ValidationResult,
} from './validation';
export { upgradeDraft } from './scenario-migrate';

/** Why a record is no scenario this version can read (another format, no known version); null if it may be one. */
function refusedHeader(
  input: Record<string, unknown>,
): { ok: false; issues: ValidationIssue[] } | null {
  if (input.format !== SCENARIO_FORMAT)
    return { ok: false, issues: [issue('format', 'notAScenario', { format: SCENARIO_FORMAT })] };
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, issues: [issue('version', 'invalidVersion')] };
  if (version > SCENARIO_VERSION)
    return {
      ok: false,
      issues: [issue('version', 'newerVersion', { version, supported: SCENARIO_VERSION })],
    };
  return null;
}

/**
 * Validate (and migrate) anything claiming to be a scenario. The value
 * returned may share with `input` the groups that were already valid and
 * complete (fast-array.ts): treat both as read-only, or clone first.
 */
export function parseScenario(input: unknown): ValidationResult<Scenario> {
  if (!isRecord(input)) return { ok: false, issues: [issue('', 'notAnObject')] };
  const refused = refusedHeader(input);
  if (refused) return refused;
  const parsed = v.safeParse(ScenarioSchema, migrate(input));
  if (!parsed.success) return { ok: false, issues: toValidationIssues(parsed.issues) };
  const issues = scenarioIssues(parsed.output);
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.output };
}

/** Groups checked per step of `parseScenarioSteps`. */
export const GROUPS_PER_STEP = 10_000;

/**
 * `parseScenario` in steps, for a page that answers its user between them:
 * the check of a large document's groups (most of its validation) is cut into
 * steps of `groupsPerStep` groups, then the rest is one step with the result
 * `parseScenario` gives. Drive it with `next()` until done; `input` must not
 * change until then.
 */
export function* parseScenarioSteps(
  input: unknown,
  groupsPerStep: number = GROUPS_PER_STEP,
): Generator<void, ValidationResult<Scenario>, void> {
  if (!isRecord(input)) return parseScenario(input);
  const refused = refusedHeader(input);
  if (refused) return refused;
  if (!Array.isArray(input.cohorts)) return parseScenario(input);
  const finalArrays = new Set<unknown>();
  let checked = 0;
  let pauseAt = groupsPerStep;
  for (const cohort of input.cohorts) {
    const groups = isRecord(cohort) ? cohort.groups : undefined;
    if (!Array.isArray(groups)) continue;
    let final = true;
    for (let i = 0; final && i < groups.length; i++) {
      final = isFinalGroup(groups[i]);
      if (++checked === pauseAt) {
        pauseAt += groupsPerStep;
        yield;
      }
    }
    if (final) finalArrays.add(groups);
  }
  return withFinalGroupArrays(finalArrays, () => parseScenario(input));
}

export function parseKnownCase(input: unknown): ValidationResult<KnownCase> {
  const parsed = v.safeParse(KnownCaseSchema, input);
  if (!parsed.success) return { ok: false, issues: toValidationIssues(parsed.issues) };
  const c = parsed.output;
  const issues: ValidationIssue[] = [];
  if (c.budget === undefined && c.societalCost === undefined)
    issues.push(issue('budget', 'knownCaseCost'));
  if (!Object.values(c.yearlyRevenue).some((x) => x !== undefined))
    issues.push(issue('yearlyRevenue', 'knownCaseRevenue'));
  if (c.financing) issues.push(...financingIssues(c.financing, 'financing'));
  return issues.length ? { ok: false, issues } : { ok: true, value: c };
}

/** Is this document a known-revenue case rather than a scenario? */
export function looksLikeKnownCase(input: unknown): boolean {
  return isRecord(input) && input.format === undefined && 'yearlyRevenue' in input;
}
