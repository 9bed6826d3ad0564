/**
 * Shapes of the rule data: Swedish law and benefit levels by year, each
 * value with where it comes from. The data modules beside this file hold
 * values only; the engine reads them through `rule-set.ts`.
 */

/** Where a value comes from: publisher, document and the year it speaks of. */
export interface Source {
  publisher: string;
  document: string;
  year: number;
  url?: string;
}

/** One value of the law or of a published statistic, with its source. */
export interface RuleValue {
  value: number;
  source: Source;
  /** True when no published figure confirms the value; `note` then says how it was reached. */
  estimate?: boolean;
  note?: string;
}

/** The years the engine holds rules for. A cohort outside them takes the nearest year. */
export const RULE_YEARS = [
  2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
] as const;
export type RuleYear = (typeof RULE_YEARS)[number];
export const FIRST_RULE_YEAR: RuleYear = RULE_YEARS[0];
export const NEWEST_RULE_YEAR: RuleYear = RULE_YEARS[RULE_YEARS.length - 1];

/** A table of values by year: every year holds every key. */
export type YearTable<K extends string> = Record<RuleYear, Record<K, RuleValue>>;
