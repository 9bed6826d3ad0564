/**
 * All rule data in one module, so that a page can load it on demand (it is
 * the bulk of the engine's bytes: values with their sources) while the
 * engine's code stays in the first load. See `../registry.ts`.
 */
import { BENEFIT_RULES } from './benefit-rules';
import { COST_ITEMS } from './cost-items';
import { CPI, MEDIAN_MONTHLY_WAGE } from './indices';
import { TAX_RULES } from './tax-rules';

export const RULES_DATA = { TAX_RULES, BENEFIT_RULES, CPI, MEDIAN_MONTHLY_WAGE, COST_ITEMS };
export type RulesData = typeof RULES_DATA;
