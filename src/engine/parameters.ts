/**
 * The parameter set (MODEL.md §6): every value the valuation uses, by year.
 * The values and their sources live in the data modules under `rules/data/`
 * (the law and benefit levels of each year, the indices, and the cost items
 * with the year of their source); this module names the parameters, says
 * what unit and range each has, and assembles the set of a year. A saved
 * scenario carries the full values it used, so a result can always be
 * reproduced even after the defaults change.
 *
 * The parameters are split by responsibility: param-meta.ts (what each
 * parameter is), param-defs.ts (the set of a year) and price-index.ts (KPI);
 * this module gathers their names for the rest of the engine.
 */
import {
  FIRST_RULE_YEAR,
  NEWEST_RULE_YEAR,
  RULE_YEARS,
  type RuleYear,
  type Source,
} from './rules/types';

export type { Source, RuleYear };
export { RULE_YEARS, FIRST_RULE_YEAR, NEWEST_RULE_YEAR };
export {
  PARAM_IDS,
  PARAM_META,
  type ParamGroup,
  type ParamId,
  type ParamMeta,
  type Unit,
} from './param-meta';
export { priceFactor, priceIndex } from './price-index';
export {
  changedParams,
  defaultParameterSet,
  defaultParamValues,
  paramDefsFor,
  PARAMETER_DEFS,
  PARAMETER_SET_ID,
  PARAMETER_SET_YEAR,
  parameterSetId,
  ruleYearOf,
  type ParamDef,
  type ParamValues,
} from './param-defs';
