/**
 * Plain helpers for editing a scenario draft: new and duplicated rows with
 * sensible defaults, unique ids, a readable summary of a situation and the
 * simple counts the group table shows under its columns. These count the
 * inputs only; every model figure comes from the engine.
 */
import {
  SOURCE_DEFS,
  RESOURCE_DEFS,
  type Cohort,
  type CustomResource,
  type Group,
  type IncomeItem,
  type IncomeSource,
  type ParamValues,
  type ResourceItem,
  type Situation,
} from '../../engine';
import type { Lang } from '../../lib/format';
import { formatPercent } from '../../lib/format';
import { resourceLabel, resourceUnit, sourceLabel, sourceShort } from '../../lib/labels';
import { textsFor } from '../../lib/i18n/index.svelte';
import { heldArray } from '../../lib/state/held-groups.svelte';
import type { Gender } from '../../engine';

/** A deep copy of plain data (works on $state proxies; keeps NaN and undefined). */
export function clone<T>(x: T): T {
  if (Array.isArray(x)) return x.map(clone) as T;
  if (x !== null && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) out[k] = clone(v);
    return out as T;
  }
  return x;
}

/** `prefix` followed by the first number not taken: "g16", "c2". */
export function uniqueId(prefix: string, taken: Iterable<string | undefined>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!used.has(id)) return id;
  }
}

export const emptySituation = (): Situation => ({ income: [], resources: [] });

/**
 * A new row after `prev`: one participant of the same gender, the same
 * before-situation and, until changed, the same situation after (no effect).
 * The first row's gender is unknown ("annat") until the user says otherwise:
 * no gender is assumed.
 */
export function newGroup(prev: Group | undefined, taken: Iterable<string | undefined>): Group {
  const before = prev ? clone(prev.before) : emptySituation();
  return {
    id: uniqueId('g', taken),
    label: '',
    count: 1,
    gender: prev?.gender ?? ('annat' satisfies Gender),
    before,
    after: clone(before),
  };
}

/** A copy of `g` with its own id. */
export function duplicateGroup(g: Group, taken: Iterable<string | undefined>): Group {
  return { ...clone(g), id: uniqueId('g', taken) };
}

/**
 * A new cohort the year after the last one. Its cost is asked for: an empty
 * total budget that validation points out (the standard cost is offered
 * beside it as a choice, never taken silently).
 */
export function newCohort(cohorts: readonly Cohort[], name: string): Cohort {
  const years = cohorts.map((c) => c.year).filter((y): y is number => Number.isFinite(y));
  const year = years.length ? Math.max(...years) + 1 : new Date().getFullYear();
  return {
    id: uniqueId(
      'c',
      cohorts.map((c) => c.id),
    ),
    name,
    year,
    cost: { mode: 'total', budget: NaN },
    groups: [newGroup(undefined, [])],
  };
}

/** Share of the time not covered by the income items (the "no public support" rest). */
export function restExtent(s: Situation): number {
  const sum = s.income.reduce((a, i) => a + (Number.isFinite(i.extent) ? i.extent : 0), 0);
  return Math.max(0, 1 - sum);
}

/**
 * Change an item's source and keep only the details that source takes: a
 * subsidy share for subsidised work (default from the parameters), a wage
 * for work, a kind of school for studies.
 */
export function setSource(item: IncomeItem, source: IncomeSource, params: ParamValues) {
  item.source = source;
  if (source === 'subventioneratArbete') {
    if (item.subsidyShare === undefined) item.subsidyShare = params.defaultSubsidyShare;
  } else delete item.subsidyShare;
  if (SOURCE_DEFS[source].category !== 'work') delete item.monthlyWage;
  if (source === 'studier') {
    if (item.school === undefined) item.school = 'komvux';
  } else delete item.school;
}

/** A new income item: a source not yet used, for the rest of the time (or all of it). */
export function newIncomeItem(s: Situation, params: ParamValues): IncomeItem {
  const used = new Set(s.income.map((i) => i.source));
  const source: IncomeSource =
    (['osubventioneratArbete', 'subventioneratArbete', 'studier'] as const).find(
      (x) => !used.has(x),
    ) ?? 'osubventioneratArbete';
  const rest = restExtent(s);
  const item: IncomeItem = { source, extent: rest > 0 ? Number(rest.toPrecision(12)) : 1 };
  setSource(item, source, params);
  return item;
}

export interface ResourceOption {
  id: string;
  label: string;
  unit: string;
}

/** Built-in resource items and the scenario's own, labelled in `lang`. */
export function resourceOptions(custom: readonly CustomResource[], lang: Lang): ResourceOption[] {
  return [
    ...(Object.keys(RESOURCE_DEFS) as ResourceItem[]).map((id) => ({
      id,
      label: resourceLabel(id, lang),
      unit: resourceUnit(id, lang),
    })),
    ...custom.map((c) => ({
      id: c.id,
      label: c.name,
      unit: textsFor(lang).inputs.custom.quantityUnit,
    })),
  ];
}

const NBSP = '\u00a0';
/** "Sjukpenning 100 %" that never breaks before the % sign. */
const part = (label: string, share: number, lang: Lang) =>
  `${label} ${Number.isFinite(share) ? formatPercent(share, lang).replace(' ', NBSP) : '?'}`;

/** "Aktivitetsersättning 50 % + Subv. arbete 50 %", or the rest as no public support. */
export function situationSummary(s: Situation, lang: Lang): string {
  const parts = s.income.map((i) => part(sourceShort(i.source, lang), i.extent, lang));
  const rest = restExtent(s);
  if (parts.length === 0) return sourceLabel('ingenOffentligForsorjning', lang);
  if (rest > 1e-9) parts.push(part(sourceShort('ingenOffentligForsorjning', lang), rest, lang));
  return parts.join(' + ');
}

/**
 * The groups to count: a held cohort's frozen array itself rather than the draft's proxy
 * over it, which made a signal per row read (the totals of 5 000 rows took most of an
 * edit's time on the main thread). A held array is replaced on every change, so a count
 * still follows each edit; reactive groups are read through the proxy, as they change in
 * place.
 */
const plainGroups = (groups: readonly Group[]): readonly Group[] => heldArray(groups) ?? groups;

export interface ColumnCounts {
  /** Participants in groups that have this situation. */
  covered: number;
  /** Participants with some work (any extent). */
  work: number;
  /** Participants with some studies and no work. */
  studies: number;
}

/** The time points of a group the totals count, in the table's order. */
const COUNTED_SITUATIONS = ['before', 'after', 'followUp6', 'followUp24'] as const;
type CountedSituation = (typeof COUNTED_SITUATIONS)[number];

/** In work if the situation has any work, else in studies if it has studies. */
function inputOutcome(s: Situation): 'work' | 'studies' | null {
  let studies = false;
  for (const i of s.income) {
    if (!(i.extent > 0)) continue;
    const category = SOURCE_DEFS[i.source]?.category;
    if (category === 'work') return 'work';
    if (category === 'studies') studies = true;
  }
  return studies ? 'studies' : null;
}

/**
 * Count participants by what the inputs say at each time point: in work if a
 * group's situation has any work, else in studies if it has studies. A plain
 * count of the table, not a model figure; one pass over the groups.
 */
export function countColumns(groups: readonly Group[]): Record<CountedSituation, ColumnCounts> {
  const out = {
    before: { covered: 0, work: 0, studies: 0 },
    after: { covered: 0, work: 0, studies: 0 },
    followUp6: { covered: 0, work: 0, studies: 0 },
    followUp24: { covered: 0, work: 0, studies: 0 },
  };
  for (const g of plainGroups(groups)) {
    const n = Number.isFinite(g.count) ? g.count : 0;
    for (const k of COUNTED_SITUATIONS) {
      const s = g[k];
      if (!s) continue;
      const c = out[k];
      c.covered += n;
      const o = inputOutcome(s);
      if (o === 'work') c.work += n;
      else if (o === 'studies') c.studies += n;
    }
  }
  return out;
}

/** Participants per gender and in total. */
export function countByGender(groups: readonly Group[]): Record<Gender | 'total', number> {
  const out = { kvinna: 0, man: 0, annat: 0, total: 0 };
  for (const g of plainGroups(groups)) {
    const n = Number.isFinite(g.count) ? g.count : 0;
    if (g.gender in out) out[g.gender] += n;
    out.total += n;
  }
  return out;
}
