/**
 * The parameter set of a year: every parameter's value, source and range in
 * the rules of that year, assembled from the rule data (`rules/data/`) and the
 * parameters' metadata (param-meta.ts); the defaults of a new calculation and
 * the check of which values a scenario changed.
 */
import type { CostItemId } from './rules/data/cost-items';
import { rulesData } from './rules/registry';
import {
  NEWEST_RULE_YEAR,
  FIRST_RULE_YEAR,
  type RuleValue,
  type RuleYear,
  type Source,
} from './rules/types';
import { PARAM_IDS, PARAM_META, type ParamGroup, type ParamId, type Unit } from './param-meta';
import { priceFactor } from './price-index';

/** A parameter with its value, source and range in one year. */
export interface ParamDef {
  value: number;
  unit: Unit;
  low: number;
  high: number;
  estimate: boolean;
  source: Source;
  group: ParamGroup;
  note?: string;
}

/** The full numeric values a calculation uses. A saved scenario carries all of them. */
export type ParamValues = Record<ParamId, number>;

/** The rule year a cohort of `year` is valued with: the nearest year the engine holds. */
export function ruleYearOf(year: number | undefined): RuleYear {
  if (year === undefined || !Number.isFinite(year)) return NEWEST_RULE_YEAR;
  const y = Math.round(year);
  if (y <= FIRST_RULE_YEAR) return FIRST_RULE_YEAR;
  if (y >= NEWEST_RULE_YEAR) return NEWEST_RULE_YEAR;
  return y as RuleYear;
}

/** A cost item carried from the year of its source to `year` by its index. */
function costItemIn(id: CostItemId, year: RuleYear): RuleValue {
  const item = rulesData().COST_ITEMS[id];
  if (item.index === 'none' || item.source.year === year) return item;
  const f = priceFactor(item.source.year, year);
  const value = Math.round(item.value * f);
  const note =
    `${item.value} (${item.source.year}) × KPI ${year}/${item.source.year} ` +
    `(${f.toFixed(4)}) = ${value}.` +
    (item.note ? ` ${item.note}` : '');
  return { ...item, value, note };
}

function ruleValue(id: ParamId, year: RuleYear): RuleValue {
  const { TAX_RULES, BENEFIT_RULES, MEDIAN_MONTHLY_WAGE } = rulesData();
  if (id === 'potentialMonthlyWage') return MEDIAN_MONTHLY_WAGE[year];
  const tax = TAX_RULES[year] as Record<string, RuleValue>;
  if (id in tax) return tax[id];
  const benefits = BENEFIT_RULES[year] as Record<string, RuleValue>;
  if (id in benefits) return benefits[id];
  return costItemIn(id as CostItemId, year);
}

const defsCache = new Map<RuleYear, Record<ParamId, ParamDef>>();

/** Every parameter's value, source and range in the rules of `year`. */
export function paramDefsFor(year: number | undefined): Readonly<Record<ParamId, ParamDef>> {
  const y = ruleYearOf(year);
  let defs = defsCache.get(y);
  if (defs) return defs;
  defs = {} as Record<ParamId, ParamDef>;
  for (const id of PARAM_IDS) {
    const meta = PARAM_META[id];
    const rv = ruleValue(id, y);
    const [low, mid, high] = meta.range2025;
    const ratio = mid !== 0 ? rv.value / mid : 1;
    const scaled = (x: number) => (mid !== 0 ? x * ratio : x);
    const share = meta.unit === 'share';
    defs[id] = {
      value: rv.value,
      unit: meta.unit,
      low: Math.min(rv.value, share ? Math.min(1, scaled(low)) : scaled(low)),
      high: Math.max(rv.value, share ? Math.min(1, scaled(high)) : scaled(high)),
      estimate: rv.estimate ?? false,
      source: rv.source,
      group: meta.group,
      ...(rv.note ? { note: rv.note } : {}),
    };
  }
  defsCache.set(y, defs);
  return defs;
}

/**
 * The newest year's parameters: the defaults of a new calculation. Built on
 * first use (the rule data may be loaded after this module).
 */
export const PARAMETER_DEFS: Readonly<Record<ParamId, ParamDef>> = new Proxy(
  {} as Record<ParamId, ParamDef>,
  {
    get: (_, key) => paramDefsFor(NEWEST_RULE_YEAR)[key as ParamId],
    has: (_, key) => key in PARAM_META,
    ownKeys: () => Object.keys(PARAM_META),
    getOwnPropertyDescriptor: (_, key) =>
      key in PARAM_META
        ? {
            value: paramDefsFor(NEWEST_RULE_YEAR)[key as ParamId],
            enumerable: true,
            configurable: true,
          }
        : undefined,
  },
);

export const PARAMETER_SET_YEAR: RuleYear = NEWEST_RULE_YEAR;
export const parameterSetId = (year: number) => `se-${ruleYearOf(year)}`;
export const PARAMETER_SET_ID = parameterSetId(PARAMETER_SET_YEAR);

/** The default values of a year's rules (the newest year when none is given). */
export function defaultParamValues(year: number = NEWEST_RULE_YEAR): ParamValues {
  const defs = paramDefsFor(year);
  const out = {} as ParamValues;
  for (const id of PARAM_IDS) out[id] = defs[id].value;
  return out;
}

/** The default parameter set of a year, as a scenario carries it. */
export function defaultParameterSet(year: number = NEWEST_RULE_YEAR) {
  const y = ruleYearOf(year);
  return { setId: parameterSetId(y), year: y as number, values: defaultParamValues(y) };
}

/** Parameters whose value differs from the defaults of `year` (the newest when none is given). */
export function changedParams(values: ParamValues, year: number = NEWEST_RULE_YEAR): ParamId[] {
  const defs = paramDefsFor(year);
  return PARAM_IDS.filter((id) => values[id] !== defs[id].value);
}
