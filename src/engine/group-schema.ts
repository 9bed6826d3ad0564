/**
 * A participant group's schema, the bounds every document shares, and the
 * small valibot builders the scenario schema is made of; with
 * `isFinalGroup`, the allocation-free check that lets a large document's
 * valid groups through without copying (see fast-array.ts).
 */
import * as v from 'valibot';
import { AGE_BANDS, INCOME_SOURCES, SCHOOLS, SUBSIDY_FORMS } from './catalogue';
import { GENDERS } from './types';

/** Upper bounds that keep the engine's numbers finite and a tab responsive. */
export const LIMITS = {
  maxAmount: 1e12,
  maxCount: 10_000_000,
  maxTotalParticipants: 10_000_000,
  maxGroupsPerCohort: 200_000,
  maxCohorts: 100,
  maxWage: 1_000_000,
  maxQuantity: 100_000,
  maxRevenue: 1e13,
};

export const finite = () => v.pipe(v.number(), v.finite());
export const amount = () => v.pipe(finite(), v.minValue(0), v.maxValue(LIMITS.maxAmount));
/** Marks the bounds of shares, which the app shows in per cent: messages then say "100 %". */
export const PERCENT = 'percent';
export const shareSchema = () => v.pipe(finite(), v.minValue(0, PERCENT), v.maxValue(1, PERCENT));
export const count = () =>
  v.pipe(finite(), v.integer(), v.minValue(0), v.maxValue(LIMITS.maxCount));
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const name = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

/** Bounds of a group's fields, shared by the schemas below and `isFinalGroup`. */
const MAX_INCOME_ITEMS = INCOME_SOURCES.length * 2;
const MAX_RESOURCES = 50;
const MAX_RESOURCE_ITEM = 64;
const MAX_GROUP_ID = 64;
const MAX_GROUP_LABEL = 200;

export const IncomeItemSchema = v.object({
  source: v.picklist(INCOME_SOURCES),
  extent: shareSchema(),
  /** Share of the labour cost paid by af (subsidised work). */
  subsidyShare: v.optional(shareSchema()),
  /** Monthly wage at full time for this job, if not the reference wage. */
  monthlyWage: v.optional(v.pipe(finite(), v.minValue(0), v.maxValue(LIMITS.maxWage))),
  /** Kind of study place (studies). */
  school: v.optional(v.picklist(SCHOOLS)),
  /** The form of a subsidised job, whose statutory ceiling caps the subsidy (lönebidrag without it). */
  subsidyForm: v.optional(v.picklist(SUBSIDY_FORMS)),
});

export const ResourceUseSchema = v.object({
  item: name(MAX_RESOURCE_ITEM),
  /** Units per year (visits, days, hours). */
  quantity: v.pipe(finite(), v.minValue(0), v.maxValue(LIMITS.maxQuantity)),
});

export const SituationSchema = v.object({
  income: v.pipe(v.array(IncomeItemSchema), v.maxLength(MAX_INCOME_ITEMS)),
  resources: v.optional(v.pipe(v.array(ResourceUseSchema), v.maxLength(MAX_RESOURCES)), []),
  /**
   * Registered at Arbetsförmedlingen ("inskriven"): a status without extent,
   * carrying Arbetsförmedlingen's handling of one job seeker, whatever the
   * person lives on (e.g. full försörjningsstöd and registered).
   */
  registered: v.optional(v.boolean()),
});

export const GroupSchema = v.object({
  id: v.optional(text(MAX_GROUP_ID)),
  label: v.optional(text(MAX_GROUP_LABEL), ''),
  count: count(),
  gender: v.picklist(GENDERS),
  /** Age band, for the employer contributions of young people; the standard rate without it. */
  ageBand: v.optional(v.picklist(AGE_BANDS)),
  before: SituationSchema,
  after: SituationSchema,
  followUp6: v.optional(SituationSchema),
  followUp24: v.optional(SituationSchema),
});

// ---------------------------------------------------------------------------
// A group already in its final shape, checked without building anything.
//
// Large documents are mostly groups, and valibot copies every field of every
// one. `isFinalGroup` holds exactly when GroupSchema would accept the value
// and return an equal one: the same types, bounds and picklists, every
// default present (`label`, `resources`), no string that `trim` would change
// and no key that `v.object` would strip. Anything else, even a valid value,
// is left to the schema. Each key list must match its schema's entries
// (fast-array.test.ts checks it): a field added to a schema and not here
// would otherwise pass unchecked.

/** The keys each object may carry, as in the entries of its schema. */
export const FINAL_KEYS = {
  income: new Set([
    'source',
    'extent',
    'subsidyShare',
    'monthlyWage',
    'school',
    'subsidyForm',
  ] as const),
  resource: new Set(['item', 'quantity'] as const),
  situation: new Set(['income', 'resources', 'registered'] as const),
  group: new Set([
    'id',
    'label',
    'count',
    'gender',
    'ageBand',
    'before',
    'after',
    'followUp6',
    'followUp24',
  ] as const),
};

/** An object as JSON and structured clone make it, holding no key outside `keys`. */
function isPlainWith(x: unknown, keys: ReadonlySet<string>): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Object.getPrototypeOf(x) !== Object.prototype)
    return false;
  for (const k in x) if (!keys.has(k)) return false;
  return true;
}

/** An array as JSON makes it: no holes, no keys besides its items (which `v.array` would drop). */
function isPlainArray(x: unknown): x is unknown[] {
  if (!Array.isArray(x) || Object.getPrototypeOf(x) !== Array.prototype) return false;
  let keys = 0;
  for (const _ in x) keys++;
  return keys === x.length;
}
/** `v.number()`, `v.finite()` and both bounds: NaN and ±Infinity fail a comparison. */
const isWithin = (x: unknown, min: number, max: number) =>
  typeof x === 'number' && x >= min && x <= max;
const isShare = (x: unknown) => isWithin(x, 0, 1);
const isOneOf = (x: unknown, options: readonly unknown[]) => options.includes(x);

function isFinalIncome(x: unknown): boolean {
  return (
    isPlainWith(x, FINAL_KEYS.income) &&
    isOneOf(x.source, INCOME_SOURCES) &&
    isShare(x.extent) &&
    (x.subsidyShare === undefined || isShare(x.subsidyShare)) &&
    (x.monthlyWage === undefined || isWithin(x.monthlyWage, 0, LIMITS.maxWage)) &&
    (x.school === undefined || isOneOf(x.school, SCHOOLS)) &&
    (x.subsidyForm === undefined || isOneOf(x.subsidyForm, SUBSIDY_FORMS))
  );
}

function isFinalResource(x: unknown): boolean {
  if (!isPlainWith(x, FINAL_KEYS.resource)) return false;
  const item = x.item;
  return (
    typeof item === 'string' &&
    item.length >= 1 &&
    item.length <= MAX_RESOURCE_ITEM &&
    item.trim() === item &&
    isWithin(x.quantity, 0, LIMITS.maxQuantity)
  );
}

function isFinalSituation(x: unknown): boolean {
  if (!isPlainWith(x, FINAL_KEYS.situation)) return false;
  const { income, resources, registered } = x;
  if (!isPlainArray(income) || income.length > MAX_INCOME_ITEMS) return false;
  for (let i = 0; i < income.length; i++) if (!isFinalIncome(income[i])) return false;
  if (!isPlainArray(resources) || resources.length > MAX_RESOURCES) return false;
  for (let i = 0; i < resources.length; i++) if (!isFinalResource(resources[i])) return false;
  return registered === undefined || typeof registered === 'boolean';
}

/** Whether GroupSchema would accept `x` and return it unchanged (see above). */
export function isFinalGroup(x: unknown): boolean {
  if (!isPlainWith(x, FINAL_KEYS.group)) return false;
  const { id, label, count } = x;
  return (
    (id === undefined || (typeof id === 'string' && id.length <= MAX_GROUP_ID)) &&
    typeof label === 'string' &&
    label.length <= MAX_GROUP_LABEL &&
    Number.isInteger(count) &&
    (count as number) >= 0 &&
    (count as number) <= LIMITS.maxCount &&
    isOneOf(x.gender, GENDERS) &&
    (x.ageBand === undefined || isOneOf(x.ageBand, AGE_BANDS)) &&
    isFinalSituation(x.before) &&
    isFinalSituation(x.after) &&
    (x.followUp6 === undefined || isFinalSituation(x.followUp6)) &&
    (x.followUp24 === undefined || isFinalSituation(x.followUp24))
  );
}

/**
 * Group arrays found final item by item (every group `isFinalGroup`) by the
 * parse under way: set only for the length of one synchronous parse
 * (`withFinalGroupArrays`), so nothing can change them in between.
 */
let finalArrays: ReadonlySet<unknown> | null = null;

/** Whether the parse under way was told `groups` are final item by item. */
export const isFinalGroupArray = (groups: unknown[]): boolean => finalArrays?.has(groups) ?? false;

/** Run `parse` (synchronous) knowing that the group arrays in `arrays` are final item by item. */
export function withFinalGroupArrays<T>(arrays: ReadonlySet<unknown>, parse: () => T): T {
  finalArrays = arrays;
  try {
    return parse();
  } finally {
    finalArrays = null;
  }
}
