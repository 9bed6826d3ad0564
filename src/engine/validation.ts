/**
 * The problems of a document, named by code: valibot's issues turned into a
 * path, a code and the values its message needs, and the checks across
 * fields that a schema cannot express per field (extents, financing shares,
 * resource ids, parameter-set years, the total of participants). The words
 * live in the `validation` resources of the app (src/lib/validation-text.ts),
 * so the engine stays free of language.
 */
import type * as v from 'valibot';
import { RESOURCE_ITEMS, SOURCE_DEFS } from './catalogue';
import { LIMITS, PERCENT, type Financing, type Scenario, type Situation } from './scenario-schema';

/** The kinds of value a field can be required to be. */
export type TypeName = 'number' | 'string' | 'object' | 'array' | 'boolean';

/** Each problem's code with the values its message needs. */
export interface IssueParams {
  /** A required field is absent. */
  required: Record<string, never>;
  /** A field of `type` is absent. */
  missing: { type: TypeName };
  notANumber: Record<string, never>;
  /** `received` is valibot's notation of the value given ("\"abc\"", "null"). */
  wrongType: { type: TypeName; received: string };
  notFinite: Record<string, never>;
  notInteger: Record<string, never>;
  tooSmall: { min: number | string };
  /** A share below its least value, shown as per cent and as a share. */
  percentMin: { min: number };
  tooLarge: { max: number | string };
  percentMax: { max: number };
  empty: Record<string, never>;
  tooFew: { min: number | string };
  tooLong: { max: number | string };
  /** `allowed` lists the permitted values as the document writes them. */
  missingChoice: { allowed: string };
  unknownValue: { received: string; allowed: string };
  /** Persistence is neither one share nor one share per outcome type. */
  notPersistence: { received: string };
  /** Any other schema problem, by valibot's name for it. */
  invalid: { type: string };
  /** The extents of a situation's income sum past 100 % (`percent`, one decimal). */
  extentsSum: { percent: number };
  subsidyOnlyForSubsidised: Record<string, never>;
  wageOnlyForWork: Record<string, never>;
  schoolOnlyForStudies: Record<string, never>;
  unknownResource: { item: string };
  /** The financing shares do not make 100 % (`percent`, one decimal). */
  financingSum: { percent: number };
  idInUse: { id: string };
  parameterSetYearTaken: { year: number };
  tooManyParticipants: { total: number; max: number };
  notAnObject: Record<string, never>;
  notAScenario: { format: string };
  invalidVersion: Record<string, never>;
  /** The file's format `version` is newer than the `supported` one. */
  newerVersion: { version: number; supported: number };
  knownCaseCost: Record<string, never>;
  knownCaseRevenue: Record<string, never>;
  /** The worker was asked about a scenario it no longer keeps; the app sends it again. */
  scenarioNotKept: Record<string, never>;
}

export type IssueCode = keyof IssueParams;

/** A problem: where it is, e.g. `cohorts[0].groups[2].after.income[1].extent`, and what. */
export type ValidationIssue = {
  [C in IssueCode]: { path: string; code: C; params: IssueParams[C] };
}[IssueCode];

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** A problem at `path`; codes without values need no `params`. */
export function issue<C extends IssueCode>(
  path: string,
  code: C,
  ...params: IssueParams[C] extends Record<string, never> ? [] : [IssueParams[C]]
): ValidationIssue {
  return { path, code, params: params[0] ?? {} } as ValidationIssue;
}

const fmt = (x: unknown) => (typeof x === 'number' ? String(x) : JSON.stringify(x));
const bound = (x: unknown): number | string => (typeof x === 'number' ? x : fmt(x));

function issueFor(path: string, issue: v.BaseIssue<unknown>): ValidationIssue {
  const req = issue.requirement;
  if (issue.path?.at(-1)?.origin === 'key' && issue.input === undefined)
    return { path, code: 'required', params: {} };
  switch (issue.type) {
    case 'number':
    case 'string':
    case 'object':
    case 'array':
    case 'boolean': {
      const type = issue.type;
      if (issue.input === undefined) return { path, code: 'missing', params: { type } };
      if (typeof issue.input === 'number' && Number.isNaN(issue.input))
        return { path, code: 'notANumber', params: {} };
      return { path, code: 'wrongType', params: { type, received: issue.received } };
    }
    case 'finite':
      return { path, code: 'notFinite', params: {} };
    case 'integer':
      return { path, code: 'notInteger', params: {} };
    case 'min_value':
      if (issue.message === PERCENT && typeof req === 'number')
        return { path, code: 'percentMin', params: { min: req } };
      return { path, code: 'tooSmall', params: { min: bound(req) } };
    case 'max_value':
      if (issue.message === PERCENT && typeof req === 'number')
        return { path, code: 'percentMax', params: { max: req } };
      return { path, code: 'tooLarge', params: { max: bound(req) } };
    case 'min_length':
      return req === 1
        ? { path, code: 'empty', params: {} }
        : { path, code: 'tooFew', params: { min: bound(req) } };
    case 'max_length':
      return { path, code: 'tooLong', params: { max: bound(req) } };
    case 'picklist':
    case 'literal':
    case 'variant': {
      const allowed = Array.isArray(req) ? req.map(fmt).join(', ') : (issue.expected ?? '');
      if (issue.input === undefined) return { path, code: 'missingChoice', params: { allowed } };
      return { path, code: 'unknownValue', params: { received: issue.received, allowed } };
    }
    case 'union':
      // The only union: persistence, one share or one share per outcome type.
      return { path, code: 'notPersistence', params: { received: issue.received } };
    default:
      return { path, code: 'invalid', params: { type: issue.type } };
  }
}

export function pathString(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return pathString((issue.path ?? []).map((p) => p.key as string | number));
}

/** Flatten valibot issues (variants nest theirs) into problems by code. */
export function toValidationIssues(issues: readonly v.BaseIssue<unknown>[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    if (issue.type === 'variant' && issue.issues?.length && issue.input !== undefined) {
      // A known mode with bad fields reports the fields, not "unknown variant".
      const inner = issue.issues.filter((i) => i.type !== 'literal' && i.type !== 'variant');
      if (inner.length) {
        out.push(...toValidationIssues(inner));
        continue;
      }
    }
    out.push(issueFor(issuePath(issue), issue));
  }
  return dedupe(out);
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}|${i.code}|${JSON.stringify(i.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ---------------------------------------------------------------------------
// Cross-field checks that a schema cannot express per field.

const EXTENT_EPS = 1e-9;

export function situationIssues(
  s: Situation,
  path: string,
  customIds: ReadonlySet<string>,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  pushSituationIssues(out, s, () => path, customIds);
  return out;
}

/**
 * `situationIssues` into `out`, with the path asked for only when there is a
 * problem: a large document has hundreds of thousands of situations and
 * almost never a problem in them.
 */
function pushSituationIssues(
  out: ValidationIssue[],
  s: Situation,
  pathOf: () => string,
  customIds: ReadonlySet<string>,
): void {
  const { income, resources } = s;
  let sum = 0;
  for (let i = 0; i < income.length; i++) sum += income[i].extent;
  if (sum > 1 + EXTENT_EPS) {
    const pct = Math.round(sum * 1000) / 10;
    out.push(issue(`${pathOf()}.income`, 'extentsSum', { percent: pct }));
  }
  for (let i = 0; i < income.length; i++) {
    const item = income[i];
    if (item.subsidyShare !== undefined && item.source !== 'subventioneratArbete')
      out.push(issue(`${pathOf()}.income[${i}].subsidyShare`, 'subsidyOnlyForSubsidised'));
    if (item.monthlyWage !== undefined && SOURCE_DEFS[item.source].category !== 'work')
      out.push(issue(`${pathOf()}.income[${i}].monthlyWage`, 'wageOnlyForWork'));
    if (item.school !== undefined && item.source !== 'studier')
      out.push(issue(`${pathOf()}.income[${i}].school`, 'schoolOnlyForStudies'));
  }
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i];
    if (!(RESOURCE_ITEMS as readonly string[]).includes(r.item) && !customIds.has(r.item))
      out.push(issue(`${pathOf()}.resources[${i}].item`, 'unknownResource', { item: r.item }));
  }
}

export function financingIssues(f: Financing, path: string): ValidationIssue[] {
  const sum = f.kommun + f.region + f.af + f.fk + f.ovrigStat;
  if (Math.abs(sum - 1) > 1e-6) {
    const pct = Math.round(sum * 1000) / 10;
    return [issue(path, 'financingSum', { percent: pct })];
  }
  return [];
}

/** The cross-field problems of a scenario that passed the schema. */
export function scenarioIssues(s: Scenario): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const customIds = new Set<string>();
  s.customResources.forEach((c, i) => {
    if ((RESOURCE_ITEMS as readonly string[]).includes(c.id) || customIds.has(c.id))
      out.push(issue(`customResources[${i}].id`, 'idInUse', { id: c.id }));
    customIds.add(c.id);
  });
  out.push(...financingIssues(s.financing, 'financing'));
  const setYears = new Set<number>();
  s.parameterSets.forEach((set, i) => {
    if (setYears.has(set.year))
      out.push(issue(`parameterSets[${i}].year`, 'parameterSetYearTaken', { year: set.year }));
    setYears.add(set.year);
  });
  let total = 0;
  // One path function for the whole walk: its place is read only when a problem is found.
  let ci = 0;
  let gi = 0;
  let at = '';
  const pathOf = () => `cohorts[${ci}].groups[${gi}].${at}`;
  for (ci = 0; ci < s.cohorts.length; ci++) {
    const groups = s.cohorts[ci].groups;
    for (gi = 0; gi < groups.length; gi++) {
      const g = groups[gi];
      total += g.count;
      at = 'before';
      pushSituationIssues(out, g.before, pathOf, customIds);
      at = 'after';
      pushSituationIssues(out, g.after, pathOf, customIds);
      if (g.followUp6) {
        at = 'followUp6';
        pushSituationIssues(out, g.followUp6, pathOf, customIds);
      }
      if (g.followUp24) {
        at = 'followUp24';
        pushSituationIssues(out, g.followUp24, pathOf, customIds);
      }
    }
  }
  if (total > LIMITS.maxTotalParticipants)
    out.push(issue('cohorts', 'tooManyParticipants', { total, max: LIMITS.maxTotalParticipants }));
  return out;
}
