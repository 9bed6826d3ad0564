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
  type ResourceItem,
} from './catalogue';
import type { LedgerContext, LedgerEntry } from './ledger-entry';
import type { ParamValues } from './parameters';
import type { IncomeItem, Situation } from './schema';
import { employerContributionRateFor, incomeTax } from './tax';
import type { Component } from './types';

export { makeContext, type LedgerContext, type LedgerEntry } from './ledger-entry';
export {
  CELL_SIZE,
  N_COMPONENTS,
  N_ROWS,
  partyRow,
  rowTotal,
  SOCIETY_ROW,
  summarise,
} from './ledger-matrix';
export { extentBySource, sameSituation, situationHash, situationKey } from './situation-key';

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
