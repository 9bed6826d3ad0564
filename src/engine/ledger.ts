/**
 * The ledger (MODEL.md §2–5): a situation — a person-year of income sources
 * and resource use — becomes a list of entries. Real entries change what
 * society has (production, handling, programmes, education, care); financial
 * entries move money between parties (wages, taxes, benefits, subsidies) and
 * sum to zero. Every result of the model is a sum over these entries.
 */
import {
  INCOME_SOURCES,
  RESOURCE_DEFS,
  SCHOOL_DEFS,
  SOURCE_DEFS,
  type AgeBand,
  type IncomeSource,
  type ResourceItem,
} from './catalogue';
import type { ParamValues } from './parameters';
import type { CustomResource, IncomeItem, Situation } from './schema';
import { employerContributionRateFor, incomeTax } from './tax';
import { COMPONENTS, PARTIES, type Component, type Party } from './types';

export type LedgerEntry =
  | {
      kind: 'real';
      component: Component;
      /** Who creates (amount > 0) or consumes (amount < 0) the resource. */
      bearer: Party;
      amount: number;
      source: string;
    }
  | {
      kind: 'financial';
      component: Component;
      from: Party;
      to: Party;
      amount: number;
      source: string;
    };

export interface LedgerContext {
  params: ParamValues;
  customResources: ReadonlyMap<string, CustomResource>;
  /** The participants' age band, for the employer contributions of young people. */
  ageBand?: AgeBand;
  /** Who is booked for aktivitetsstöd and utvecklingsersättning (MODEL.md §4). */
  activitySupportPayer: 'fk' | 'af';
}

export function makeContext(
  params: ParamValues,
  custom: readonly CustomResource[] = [],
  options: { ageBand?: AgeBand; activitySupportPayer?: 'fk' | 'af' } = {},
): LedgerContext {
  return {
    params,
    customResources: new Map(custom.map((c) => [c.id, c])),
    ...(options.ageBand ? { ageBand: options.ageBand } : {}),
    activitySupportPayer: options.activitySupportPayer ?? 'fk',
  };
}

/** The employer-contribution rate on a monthly wage, for the context's age band. */
function contributionRate(monthlyWage: number, ctx: LedgerContext): number {
  const band = ctx.ageBand;
  const youth = band === '15-18' || band === '19-23' || band === '24-25' ? band : undefined;
  return employerContributionRateFor(ctx.params, youth, monthlyWage);
}

/** Labour cost (wage + employer contributions) per year for a work item. */
export function labourCost(extent: number, monthlyWage: number, ctx: LedgerContext): number {
  return extent * monthlyWage * 12 * (1 + contributionRate(extent * monthlyWage, ctx));
}

/**
 * The subsidy per year of a subsidised job (MODEL.md §3): the share `s` of
 * the labour cost, but never more than the statutory ceiling of its form and
 * year allows. Lönebidrag is computed on the labour cost up to a monthly
 * ceiling (on the wage or on the labour cost, whole or in proportion to the
 * working time, as the year's rules say); a nystartsjobb on the wage up to its
 * ceiling; another form is taken as given.
 */
export function subsidyPerYear(item: IncomeItem, ctx: LedgerContext): number {
  const p = ctx.params;
  if (item.source !== 'subventioneratArbete' || !(item.extent > 0)) return 0;
  const share = item.subsidyShare ?? p.defaultSubsidyShare;
  const wage = item.extent * (item.monthlyWage ?? p.referenceMonthlyWage);
  const rate = contributionRate(wage, ctx);
  const labour = wage * (1 + rate);
  const form = item.subsidyForm ?? 'lonebidrag';
  if (form === 'annat') return share * labour * 12;
  // Both ceilings are for full time and shrink with the working time (SFS 2017:887, 2017:885).
  const partTime = p.wageSubsidyCeilingProRata ? item.extent : 1;
  const ceiling =
    (form === 'lonebidrag' ? p.wageSubsidyCeilingPerMonth : p.newStartJobCeilingPerMonth) *
    partTime;
  const basis =
    form === 'lonebidrag' && p.wageSubsidyCeilingIncludesContributions
      ? Math.min(labour, ceiling)
      : Math.min(wage, ceiling) * (1 + rate);
  return share * basis * 12;
}

/** The share of the labour cost the subsidy really pays, after the ceiling (shown in the inputs). */
export function effectiveSubsidyShare(item: IncomeItem, ctx: LedgerContext): number {
  const p = ctx.params;
  const labour = labourCost(item.extent, item.monthlyWage ?? p.referenceMonthlyWage, ctx);
  return labour > 0 ? subsidyPerYear(item, ctx) / labour : 0;
}

/**
 * Production value of a person-year of work (MODEL.md §3):
 * P = e · W · 12 · (1 + a) · (1 − s) · (1 + t).
 */
export function productionValue(
  extent: number,
  monthlyWage: number,
  subsidyShare: number,
  ctx: LedgerContext,
): number {
  return (
    labourCost(extent, monthlyWage, ctx) * (1 - subsidyShare) * (1 + ctx.params.indirectTaxRate)
  );
}

/** All ledger entries of one person-year in situation `s`. */
export function ledgerFor(s: Situation, ctx: LedgerContext): LedgerEntry[] {
  const p = ctx.params;
  const out: LedgerEntry[] = [];
  let taxable = 0;
  let workIncome = 0;
  let sick = 0;
  for (const item of s.income) {
    const income = incomeItemEntries(item, ctx, out);
    taxable += income.taxable;
    workIncome += income.work;
    sick += income.sick;
  }
  incomeTaxEntries(taxable, workIncome, sick, p, out);
  registrationEntries(s, ctx, out);
  for (const r of s.resources) resourceEntries(r, ctx, out);
  return out;
}

/** Sources whose recipients are registered at Arbetsförmedlingen and carry its handling. */
const REGISTERING = new Set(
  INCOME_SOURCES.filter((src) =>
    SOURCE_DEFS[src].handling.some((h) => h.param === 'handlingAfJobseeker'),
  ),
);

/**
 * The part of a registered person's year that no registering source already
 * carries Arbetsförmedlingen's handling for: 1 − Σ their extents (registration
 * is per person, not per extent). Zero when the situation is not marked registered.
 */
export function registrationTopUp(s: Situation): number {
  if (!s.registered) return 0;
  let covered = 0;
  for (const i of s.income) if (i.extent > 0 && REGISTERING.has(i.source)) covered += i.extent;
  return Math.max(0, 1 - covered);
}

/** Arbetsförmedlingen's handling of a registered job seeker, for the part no source covers. */
export function registrationEntries(s: Situation, ctx: LedgerContext, out: LedgerEntry[]): void {
  const share = registrationTopUp(s);
  if (share > 0)
    out.push({
      kind: 'real',
      component: 'handling',
      bearer: 'af',
      amount: -share * ctx.params.handlingAfJobseeker,
      source: 'registration',
    });
}

/**
 * The entries of one income item, without income tax (which depends on the
 * person's whole income): production, wage, contributions, subsidy, benefit,
 * education, programme and handling. Returns the item's taxable and earned
 * income, for `incomeTaxEntries`.
 */
export function incomeItemEntries(
  item: Situation['income'][number],
  ctx: LedgerContext,
  out: LedgerEntry[],
): { taxable: number; work: number; sick: number } {
  const p = ctx.params;
  const def = SOURCE_DEFS[item.source];
  const e = item.extent;
  let taxable = 0;
  let work = 0;
  let sick = 0;
  if (!(e > 0)) return { taxable, work, sick };
  if (def.category === 'work') {
    const w = item.monthlyWage ?? p.referenceMonthlyWage;
    const wage = e * w * 12;
    const contributions = wage * contributionRate(e * w, ctx);
    const labour = wage + contributions;
    const subsidy = subsidyPerYear(item, ctx);
    const indirect = (labour - subsidy) * p.indirectTaxRate;
    const src = item.source;
    out.push({
      kind: 'real',
      component: 'production',
      bearer: 'arbetsgivare',
      amount: labour - subsidy + indirect,
      source: src,
    });
    out.push({
      kind: 'financial',
      component: 'wage',
      from: 'arbetsgivare',
      to: 'individ',
      amount: wage,
      source: src,
    });
    out.push({
      kind: 'financial',
      component: 'tax',
      from: 'arbetsgivare',
      to: 'ovrigStat',
      amount: contributions,
      source: src,
    });
    out.push({
      kind: 'financial',
      component: 'tax',
      from: 'arbetsgivare',
      to: 'ovrigStat',
      amount: indirect,
      source: src,
    });
    if (subsidy > 0)
      out.push({
        kind: 'financial',
        component: 'subsidy',
        from: 'af',
        to: 'arbetsgivare',
        amount: subsidy,
        source: src,
      });
    taxable += wage;
    work += wage;
  } else if (def.payer && def.amountParam) {
    const amount = e * p[def.amountParam];
    out.push({
      kind: 'financial',
      component: 'benefit',
      from: def.activitySupport ? ctx.activitySupportPayer : def.payer,
      to: 'individ',
      amount,
      source: item.source,
    });
    if (def.taxable) taxable += amount;
    if (def.sickCompensation) sick += amount;
  }
  if (def.category === 'studies') {
    const school = SCHOOL_DEFS[item.school ?? 'komvux'];
    out.push({
      kind: 'real',
      component: 'education',
      bearer: school.bearer,
      amount: -e * p[school.param],
      source: item.source,
    });
  }
  if (def.programme)
    out.push({
      kind: 'real',
      component: 'programme',
      bearer: 'af',
      amount: -e * p.programmeCostPerYear,
      source: item.source,
    });
  for (const h of def.handling)
    out.push({
      kind: 'real',
      component: 'handling',
      bearer: h.by,
      amount: -e * p[h.param],
      source: item.source,
    });
  return { taxable, work, sick };
}

/**
 * The income-tax entries of a person-year with `taxable` income, `workIncome`
 * of it earned and `sickIncome` of it sjuk- or aktivitetsersättning.
 */
export function incomeTaxEntries(
  taxable: number,
  workIncome: number,
  sickIncome: number,
  p: ParamValues,
  out: LedgerEntry[],
): void {
  const tax = incomeTax(taxable, workIncome, p, sickIncome);
  if (tax.kommun)
    out.push({
      kind: 'financial',
      component: 'tax',
      from: 'individ',
      to: 'kommun',
      amount: tax.kommun,
      source: 'incomeTax',
    });
  if (tax.region)
    out.push({
      kind: 'financial',
      component: 'tax',
      from: 'individ',
      to: 'region',
      amount: tax.region,
      source: 'incomeTax',
    });
  if (tax.state)
    out.push({
      kind: 'financial',
      component: 'tax',
      from: 'individ',
      to: 'ovrigStat',
      amount: tax.state,
      source: 'incomeTax',
    });
  if (tax.incomeCredit)
    out.push({
      kind: 'financial',
      component: 'tax',
      from: 'ovrigStat',
      to: 'individ',
      amount: tax.incomeCredit,
      source: 'incomeCredit',
    });
  if (tax.jobTaxCredit)
    out.push({
      kind: 'financial',
      component: 'tax',
      from: 'ovrigStat',
      to: 'individ',
      amount: tax.jobTaxCredit,
      source: 'jobTaxCredit',
    });
  if (tax.sickCompensationCredit)
    out.push({
      kind: 'financial',
      component: 'tax',
      from: 'ovrigStat',
      to: 'individ',
      amount: tax.sickCompensationCredit,
      source: 'sickCompensationCredit',
    });
}

/** The entry of one resource use (a built-in item or one of the scenario's own). */
export function resourceEntries(
  r: Situation['resources'][number],
  ctx: LedgerContext,
  out: LedgerEntry[],
): void {
  const p = ctx.params;
  if (r.quantity === 0) return;
  const builtIn = RESOURCE_DEFS[r.item as ResourceItem] as
    (typeof RESOURCE_DEFS)[ResourceItem] | undefined;
  if (builtIn) {
    const component: Component = builtIn.bearer === 'region' ? 'care' : 'otherResources';
    out.push({
      kind: 'real',
      component,
      bearer: builtIn.bearer,
      amount: -r.quantity * p[builtIn.param],
      source: r.item,
    });
    return;
  }
  const custom = ctx.customResources.get(r.item);
  if (custom)
    out.push({
      kind: 'real',
      component: 'otherResources',
      bearer: custom.bearer,
      amount: -r.quantity * custom.unitCost,
      source: r.item,
    });
}

// ---------------------------------------------------------------------------
// A compact value of a situation: net effect per party and component, plus
// society's real effect per component, in one flat array.

/** Row index of society's real effect. */
export const SOCIETY_ROW = PARTIES.length;
export const N_ROWS = PARTIES.length + 1;
export const N_COMPONENTS = COMPONENTS.length;
export const CELL_SIZE = N_ROWS * N_COMPONENTS;

const PARTY_INDEX = Object.fromEntries(PARTIES.map((p, i) => [p, i])) as Record<Party, number>;
const COMPONENT_INDEX = Object.fromEntries(COMPONENTS.map((c, i) => [c, i])) as Record<
  Component,
  number
>;

export const partyRow = (p: Party) => PARTY_INDEX[p];

/** Net effect of the entries per party (and society's real total) per component. */
export function summarise(entries: readonly LedgerEntry[]): Float64Array {
  const m = new Float64Array(CELL_SIZE);
  for (const e of entries) {
    const c = COMPONENT_INDEX[e.component];
    if (e.kind === 'real') {
      m[PARTY_INDEX[e.bearer] * N_COMPONENTS + c] += e.amount;
      m[SOCIETY_ROW * N_COMPONENTS + c] += e.amount;
    } else {
      m[PARTY_INDEX[e.from] * N_COMPONENTS + c] -= e.amount;
      m[PARTY_INDEX[e.to] * N_COMPONENTS + c] += e.amount;
    }
  }
  return m;
}

export function rowTotal(m: Float64Array, row: number): number {
  let s = 0;
  for (let c = 0; c < N_COMPONENTS; c++) s += m[row * N_COMPONENTS + c];
  return s;
}

const SOURCE_CODE = Object.fromEntries(
  INCOME_SOURCES.map((src, i) => [src, String.fromCharCode(65 + i)]),
) as Record<IncomeSource, string>;

function itemKey(i: Situation['income'][number]): string {
  let k = SOURCE_CODE[i.source] + i.extent;
  if (i.subsidyShare !== undefined) k += 's' + i.subsidyShare;
  if (i.monthlyWage !== undefined) k += 'w' + i.monthlyWage;
  if (i.school !== undefined) k += 'c' + i.school;
  if (i.subsidyForm !== undefined) k += 'f' + i.subsidyForm;
  return k;
}

function joinSorted(parts: string[]): string {
  if (parts.length === 1) return parts[0];
  if (parts.length === 2)
    return parts[0] < parts[1] ? parts[0] + ',' + parts[1] : parts[1] + ',' + parts[0];
  return parts.sort().join(',');
}

/**
 * A stable key for a situation: equal keys value identically. Order of items
 * does not matter and zero extents or quantities are left out. Hot path: runs
 * for every record when a large cohort is aggregated.
 */
export function situationKey(s: Situation): string {
  const parts: string[] = [];
  for (const i of s.income) if (i.extent > 0) parts.push(itemKey(i));
  let key = parts.length ? joinSorted(parts) : '';
  if (s.registered) key += '!r';
  if (s.resources.length) {
    const res: string[] = [];
    for (const r of s.resources) if (r.quantity !== 0) res.push(r.item + ':' + r.quantity);
    if (res.length) key += '#' + joinSorted(res);
  }
  return key;
}

const SOURCE_INDEX = Object.fromEntries(INCOME_SOURCES.map((src, i) => [src, i + 1])) as Record<
  IncomeSource,
  number
>;

/** Integer hash of a number, stable for equal values. */
function numHash(x: number | undefined): number {
  if (x === undefined) return 0x9e3779b9;
  const h = Math.imul((x * 1_000_003) | 0, 0x85ebca6b) ^ (x | 0);
  return h ^ (h >>> 13);
}

const stringHashes = new Map<string, number>();

/** FNV-1a of a short string (school kinds, resource ids), memoised: few distinct values. */
function strHash(x: string | undefined): number {
  if (x === undefined) return 0x27d4eb2f;
  let h = stringHashes.get(x);
  if (h === undefined) {
    h = 0x811c9dc5;
    for (let i = 0; i < x.length; i++) h = Math.imul(h ^ x.charCodeAt(i), 0x01000193);
    if (stringHashes.size < 10_000) stringHashes.set(x, h);
  }
  return h;
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return h ^ (h >>> 16);
}

/**
 * An order-insensitive 32-bit hash of a situation that allocates nothing:
 * equal situations (as `situationKey` sees them) hash equally. Used to
 * aggregate large cohorts without building a string per record.
 */
export function situationHash(s: Situation): number {
  let h = 0;
  for (const i of s.income) {
    if (!(i.extent > 0)) continue;
    h =
      (h +
        mix(
          SOURCE_INDEX[i.source] ^
            Math.imul(numHash(i.extent), 3) ^
            Math.imul(numHash(i.subsidyShare), 5) ^
            Math.imul(numHash(i.monthlyWage), 7) ^
            Math.imul(strHash(i.school), 11) ^
            Math.imul(strHash(i.subsidyForm), 17),
        )) |
      0;
  }
  if (s.registered) h = (h + 0x3c6ef372) | 0;
  for (const r of s.resources) {
    if (r.quantity === 0) continue;
    h = (h + mix(strHash(r.item) ^ Math.imul(numHash(r.quantity), 13) ^ 0x5bd1e995)) | 0;
  }
  return h;
}

type IncomeItemT = Situation['income'][number];
type ResourceT = Situation['resources'][number];

const sameItem = (a: IncomeItemT, b: IncomeItemT) =>
  a.source === b.source &&
  a.extent === b.extent &&
  a.subsidyShare === b.subsidyShare &&
  a.monthlyWage === b.monthlyWage &&
  a.school === b.school &&
  a.subsidyForm === b.subsidyForm;
const sameResource = (a: ResourceT, b: ResourceT) => a.item === b.item && a.quantity === b.quantity;

function sameMultiset<T>(
  a: readonly T[],
  b: readonly T[],
  keep: (x: T) => boolean,
  eq: (x: T, y: T) => boolean,
) {
  let na = 0;
  let nb = 0;
  for (const x of a) if (keep(x)) na++;
  for (const y of b) if (keep(y)) nb++;
  if (na !== nb) return false;
  for (const x of a) {
    if (!keep(x)) continue;
    let inA = 0;
    let inB = 0;
    for (const y of a) if (keep(y) && eq(x, y)) inA++;
    for (const y of b) if (keep(y) && eq(x, y)) inB++;
    if (inA !== inB) return false;
  }
  return true;
}

function sameInOrder<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (!eq(a[k], b[k])) return false;
  return true;
}

/** Do two situations value identically? Order and zero entries do not matter. */
export function sameSituation(a: Situation, b: Situation): boolean {
  if (!a.registered !== !b.registered) return false;
  // Fast path: records of the same shape list their items in the same order.
  if (
    sameInOrder(a.income, b.income, sameItem) &&
    sameInOrder(a.resources, b.resources, sameResource)
  )
    return true;
  return (
    sameMultiset(a.income, b.income, (i) => i.extent > 0, sameItem) &&
    sameMultiset(a.resources, b.resources, (r) => r.quantity !== 0, sameResource)
  );
}

/** Total extent per income source in a situation (for counts and full-time equivalents). */
export function extentBySource(s: Situation): Map<IncomeSource, number> {
  const m = new Map<IncomeSource, number>();
  for (const i of s.income) if (i.extent > 0) m.set(i.source, (m.get(i.source) ?? 0) + i.extent);
  return m;
}
