/**
 * The scenario format as valibot schemas: one versioned JSON document shared
 * by the UI, snapshots, export/import and the CLI, plus the known-revenue case
 * (the shape of a case in published-cases.json), with the types inferred from
 * them. Parsing and the messages live in schema.ts and validation.ts.
 */
import * as v from 'valibot';
import { FIRST_RULE_YEAR, PARAM_IDS, PARAM_META, type ParamId } from './parameters';
import { FINANCIERS, PERSPECTIVES } from './types';
import { BREAK_EVEN_STEP_IDS, SOT_TARGETS } from './analysis-targets';
import { fastArray } from './fast-array';
import type { IncomeItemSchema, ResourceUseSchema, SituationSchema } from './group-schema';
import {
  amount,
  count,
  finite,
  GroupSchema,
  isFinalGroup,
  isFinalGroupArray,
  LIMITS,
  name,
  PERCENT,
  shareSchema,
  text,
} from './group-schema';

export {
  FINAL_KEYS,
  GroupSchema,
  IncomeItemSchema,
  isFinalGroup,
  LIMITS,
  PERCENT,
  ResourceUseSchema,
  SituationSchema,
} from './group-schema';

export const SCENARIO_FORMAT = 'nyttokalkyl-scenario';
/**
 * 2: `parameters` became optional (each cohort then takes its year's rules),
 * with per-year sets in `parameterSets`, a price year and valuation choices.
 * 3: a cohort's cost may be stated including indirect taxes, and a scenario
 * may carry known figures (yearly revenue per actor from a report). An older
 * app would read such a file without them and silently compute something
 * else, so it is told the file is newer instead.
 */
export const SCENARIO_VERSION = 3;
/**
 * Whether a cost amount includes the indirect taxes (society's cost, as the
 * reports also quote it: "2,5 mkr inklusive indirekta skatter"). Absent:
 * excluding them, the budget the financiers pay — what every document
 * written before the choice existed meant.
 */
const includesIndirectTaxes = () => v.optional(v.boolean());

export const CostSpecSchema = v.variant('mode', [
  v.object({
    mode: v.literal('total'),
    budget: amount(),
    includesIndirectTaxes: includesIndirectTaxes(),
  }),
  v.object({
    mode: v.literal('perParticipant'),
    perParticipant: amount(),
    includesIndirectTaxes: includesIndirectTaxes(),
  }),
  v.object({
    mode: v.literal('annualShare'),
    annualBudget: amount(),
    annualParticipants: v.pipe(count(), v.minValue(1)),
    includesIndirectTaxes: includesIndirectTaxes(),
  }),
  /** The standard cost per participant is a parameter, excluding indirect taxes. */
  v.object({ mode: v.literal('standard') }),
]);

export const CohortSchema = v.object({
  id: text(64),
  name: name(100),
  year: v.optional(v.pipe(finite(), v.integer(), v.minValue(1990), v.maxValue(2100))),
  cost: CostSpecSchema,
  groups: v.pipe(
    fastArray(GroupSchema, isFinalGroup, isFinalGroupArray),
    v.maxLength(LIMITS.maxGroupsPerCohort),
  ),
});

export const FinancingSchema = v.object({
  kommun: shareSchema(),
  region: shareSchema(),
  af: shareSchema(),
  fk: shareSchema(),
  ovrigStat: v.optional(shareSchema(), 0),
});

export const WhatIfSchema = v.object({
  /** Share of those in subsidised work who move to unsubsidised work at the same extent. */
  subsidisedToUnsubsidisedShare: v.optional(shareSchema(), 0),
  /** Average subsidy level for subsidised work; null keeps each group's own. */
  subsidyShare: v.optional(v.nullable(shareSchema()), null),
  /** Share of those in studies who complete and enter unsubsidised work. */
  studiesToWorkShare: v.optional(shareSchema(), 0),
  /** Years in studies before that work starts. */
  studiesToWorkDelayYears: v.optional(
    v.pipe(finite(), v.integer(), v.minValue(0), v.maxValue(10)),
    0,
  ),
  /** Funds not drawn, used at the same cost per participant and outcome mix. */
  extraFunds: v.optional(amount(), 0),
  fewerPrimaryCareVisits: v.optional(v.pipe(finite(), v.minValue(0), v.maxValue(100)), 0),
  fewerPsychiatricCareDays: v.optional(v.pipe(finite(), v.minValue(0), v.maxValue(365)), 0),
});

/** Beyond the reports (MODEL.md §10); neutral defaults reproduce the published arithmetic. */
export const AppraisalSettingsSchema = v.object({
  /** Real discount rate per year. */
  discountRate: v.optional(v.pipe(finite(), v.minValue(0, PERCENT), v.maxValue(0.2, PERCENT)), 0),
  /**
   * Share of the effect that remains from one year to the next, per outcome
   * type (work, studies, other); one number applies to all three.
   */
  persistence: v.pipe(
    v.optional(
      v.union([
        shareSchema(),
        v.object({
          work: v.optional(shareSchema(), 1),
          studies: v.optional(shareSchema(), 1),
          other: v.optional(shareSchema(), 1),
        }),
      ]),
      1,
    ),
    v.transform((p) => (typeof p === 'number' ? { work: p, studies: p, other: p } : p)),
  ),
  /** Share of the change that would have happened anyway. */
  deadweight: v.optional(shareSchema(), 0),
  /** Share of the remaining change attributed to this intervention. */
  attribution: v.optional(shareSchema(), 1),
});

export const CustomResourceSchema = v.object({
  id: name(64),
  name: name(100),
  unitCost: amount(),
  bearer: v.picklist(FINANCIERS),
});

const paramEntries = Object.fromEntries(
  PARAM_IDS.map((id) => [
    id,
    PARAM_META[id].unit === 'share'
      ? shareSchema()
      : v.pipe(finite(), v.minValue(0), v.maxValue(1e9)),
  ]),
) as Record<ParamId, ReturnType<typeof shareSchema>>;

/** How a parameter is sampled in the uncertainty analysis (MODEL.md §10); see uncertainty.ts. */
export const DISTRIBUTIONS = ['triangular', 'uniform', 'normal'] as const;
export type DistributionKind = (typeof DISTRIBUTIONS)[number];

const DISTRIBUTION_OR_FIXED = [...DISTRIBUTIONS, 'fixed'] as const;
const distributionEntries = Object.fromEntries(
  PARAM_IDS.map((id) => [id, v.optional(v.picklist(DISTRIBUTION_OR_FIXED))]),
) as unknown as Record<
  ParamId,
  v.OptionalSchema<v.PicklistSchema<typeof DISTRIBUTION_OR_FIXED, undefined>, undefined>
>;

/** Settings of the Monte Carlo analysis; saved with the scenario so a run can be reproduced. */
export const UncertaintySettingsSchema = v.object({
  /** Seed of the pseudo-random generator: the same seed gives the same draws. */
  seed: v.optional(v.pipe(finite(), v.integer(), v.minValue(0), v.maxValue(2 ** 32 - 1)), 1),
  draws: v.optional(v.pipe(finite(), v.integer(), v.minValue(100), v.maxValue(100_000)), 10_000),
  /** The distribution of every parameter not listed in `distributions`. */
  distribution: v.optional(v.picklist(DISTRIBUTIONS), 'triangular'),
  /** Per parameter: a distribution, or "fixed" to keep it at its value. */
  distributions: v.optional(v.object(distributionEntries), {}),
  /** The payback the board aims at, in months: the analysis gives the probability of reaching it. */
  paybackTargetMonths: v.optional(
    v.pipe(finite(), v.integer(), v.minValue(1), v.maxValue(600)),
    12,
  ),
});
export type UncertaintySettings = v.InferOutput<typeof UncertaintySettingsSchema>;

const percentOf = (share: number) => Math.round(share * 1000) / 10;
/** Targets of one time point as the reader edits them: whole per cent, empty allowed. */
const targetPercents = () =>
  v.optional(
    v.object({
      work: v.optional(v.nullable(v.pipe(finite(), v.minValue(0), v.maxValue(100))), null),
      studies: v.optional(v.nullable(v.pipe(finite(), v.minValue(0), v.maxValue(100))), null),
      other: v.optional(v.nullable(v.pipe(finite(), v.minValue(0), v.maxValue(100))), null),
    }),
    {},
  );

/** The SOT Västerås targets in whole per cent, as the Analyser tab edits them (the example's). */
export function sotTargetPercents(): {
  targets: Record<'exit' | 'm6' | 'm24', { work: number; studies: number; other: number }>;
  paybackTarget: number | null;
} {
  const of = (t: { work: number; studies: number; other: number }) => ({
    work: percentOf(t.work),
    studies: percentOf(t.studies),
    other: percentOf(t.other),
  });
  return {
    targets: { exit: of(SOT_TARGETS.exit), m6: of(SOT_TARGETS.m6), m24: of(SOT_TARGETS.m24) },
    paybackTarget: SOT_TARGETS.exit.paybackMonths ?? null,
  };
}

/** The analyses the printed report can include, in the order it prints them. */
export const REPORT_ANALYSES = [
  'cohorts',
  'breakEven',
  'depreciation',
  'yearByYear',
  'targets',
  'bridge',
  'fullAllocation',
  'benchmarks',
] as const;
export type ReportAnalysis = (typeof REPORT_ANALYSES)[number];
const reportEntries = Object.fromEntries(
  REPORT_ANALYSES.map((k) => [k, v.optional(v.boolean(), false)]),
) as Record<ReportAnalysis, v.OptionalSchema<v.BooleanSchema<undefined>, false>>;

/**
 * The reader's settings on the Analyser tab (MODEL.md §9), saved with the
 * scenario so a saved version brings back its break-even, depreciation,
 * targets, undrawn funds and which analyses the printed report includes.
 * Defaults: the calculation's own cost, 10 persons, 3 years, no targets
 * (no other association's målbild), nothing in the report.
 */
export const AnalysesSettingsSchema = v.object({
  /** Null: the calculation's societal cost. */
  breakEvenCost: v.optional(v.nullable(amount()), null),
  breakEvenStep: v.optional(v.picklist(BREAK_EVEN_STEP_IDS), 'unemployedToFullTimeWork'),
  breakEvenPersons: v.optional(
    v.pipe(finite(), v.integer(), v.minValue(1), v.maxValue(LIMITS.maxCount)),
    10,
  ),
  depreciationYears: v.optional(v.pipe(finite(), v.integer(), v.minValue(1), v.maxValue(50)), 3),
  targets: v.optional(
    v.object({
      exit: targetPercents(),
      m6: targetPercents(),
      m24: targetPercents(),
    }),
    {},
  ),
  paybackTarget: v.optional(v.nullable(v.pipe(finite(), v.minValue(0), v.maxValue(1200))), null),
  undrawnFunds: v.optional(amount(), 0),
  /**
   * Which analyses the printed report includes: none until the user sets one
   * up or ticks it (a document written before the choice existed prints none).
   */
  inReport: v.optional(v.object(reportEntries), {}),
});
export type AnalysesSettings = v.InferOutput<typeof AnalysesSettingsSchema>;

/** The Analyser tab's settings when a scenario has none. */
export const defaultAnalysesSettings = (): AnalysesSettings => v.parse(AnalysesSettingsSchema, {});

export const ParametersSchema = v.object({
  setId: text(64),
  year: v.pipe(finite(), v.integer(), v.minValue(1990), v.maxValue(2100)),
  values: v.object(paramEntries),
});

/** Where the model books what the published evaluations book differently from the law's payer. */
export const ValuationSchema = v.object({
  /**
   * Who is booked for aktivitetsstöd and utvecklingsersättning: Försäkringskassan
   * pays them out, as the published evaluations book them (MODEL.md §4), or
   * Arbetsförmedlingen, whose appropriation funds them.
   */
  activitySupportPayer: v.optional(v.picklist(['fk', 'af'] as const), 'fk'),
  /** Years to retirement for the remaining potential over a working life (Balder: 10); none: not shown. */
  yearsToRetirement: v.optional(
    v.nullable(v.pipe(finite(), v.integer(), v.minValue(1), v.maxValue(50))),
    null,
  ),
});

const revenueAmount = () =>
  v.pipe(finite(), v.minValue(-LIMITS.maxRevenue), v.maxValue(LIMITS.maxRevenue));
/** Yearly revenue per perspective, each optional (a report may give only some actors). */
const revenueByPerspective = () =>
  v.object(
    Object.fromEntries(PERSPECTIVES.map((p) => [p, v.optional(revenueAmount())])) as Record<
      (typeof PERSPECTIVES)[number],
      v.OptionalSchema<ReturnType<typeof revenueAmount>, undefined>
    >,
  );

export const KNOWN_COST_KINDS = ['budget', 'societalCost'] as const;
export type KnownCostKind = (typeof KNOWN_COST_KINDS)[number];

/**
 * Known figures ("Kända siffror", MODEL.md §8): the yearly revenue per actor
 * that a report prints, with its participants and cost, appraised with the
 * scenario's financing and horizon. Every field may be empty while the user
 * fills the form in; the appraisal runs once a cost and one revenue are there
 * (`knownCaseInput`, `parseKnownCase`).
 */
export const KnownFiguresSchema = v.object({
  participants: v.optional(count()),
  /** What `cost` is: the budget excluding indirect taxes, or society's cost including them. */
  costGiven: v.optional(v.picklist(KNOWN_COST_KINDS), 'budget'),
  cost: v.optional(amount()),
  yearlyRevenue: v.optional(revenueByPerspective(), {}),
  /** The key figures on top show these figures instead of the ones computed from the participants. */
  inKeyFigures: v.optional(v.boolean(), false),
});
export type KnownFigures = v.InferOutput<typeof KnownFiguresSchema>;

export const ScenarioSchema = v.object({
  format: v.literal(SCENARIO_FORMAT),
  version: v.literal(SCENARIO_VERSION),
  title: name(200),
  description: v.optional(text(5000), ''),
  /** One pinned parameter set that values every cohort; without it, each cohort takes its year's rules. */
  parameters: v.optional(ParametersSchema),
  /** Edited copies of a year's rules: a cohort of that year uses the set of its year. */
  parameterSets: v.optional(v.pipe(v.array(ParametersSchema), v.maxLength(LIMITS.maxCohorts)), []),
  /** The price year results are shown in; the newest cohort's rule year when absent. */
  priceYear: v.optional(
    v.pipe(finite(), v.integer(), v.minValue(FIRST_RULE_YEAR), v.maxValue(2100)),
  ),
  valuation: v.optional(ValuationSchema, {}),
  financing: v.optional(FinancingSchema, {
    kommun: 0.25,
    region: 0.25,
    af: 0.25,
    fk: 0.25,
    ovrigStat: 0,
  }),
  horizonYears: v.optional(v.pipe(finite(), v.integer(), v.minValue(1), v.maxValue(50)), 5),
  cohorts: v.pipe(v.array(CohortSchema), v.minLength(1), v.maxLength(LIMITS.maxCohorts)),
  customResources: v.optional(v.pipe(v.array(CustomResourceSchema), v.maxLength(50)), []),
  whatIf: v.optional(WhatIfSchema, {}),
  appraisal: v.optional(AppraisalSettingsSchema, {}),
  uncertainty: v.optional(UncertaintySettingsSchema, {}),
  analyses: v.optional(AnalysesSettingsSchema, {}),
  knownFigures: v.optional(KnownFiguresSchema),
});

export type IncomeItem = v.InferOutput<typeof IncomeItemSchema>;
export type ResourceUse = v.InferOutput<typeof ResourceUseSchema>;
export type Situation = v.InferOutput<typeof SituationSchema>;
export type Group = v.InferOutput<typeof GroupSchema>;
export type CostSpec = v.InferOutput<typeof CostSpecSchema>;
export type Cohort = v.InferOutput<typeof CohortSchema>;
export type Financing = v.InferOutput<typeof FinancingSchema>;
export type WhatIf = v.InferOutput<typeof WhatIfSchema>;
export type CustomResource = v.InferOutput<typeof CustomResourceSchema>;
export type AppraisalSettingsInput = v.InferOutput<typeof AppraisalSettingsSchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type ParameterSet = v.InferOutput<typeof ParametersSchema>;
export type Valuation = v.InferOutput<typeof ValuationSchema>;
/** A scenario as written by hand or by an older tool: defaults not yet filled in. */
export type ScenarioInput = v.InferInput<typeof ScenarioSchema>;

export const KnownCaseSchema = v.object({
  id: v.optional(text(100)),
  source: v.optional(text(1000)),
  participants: count(),
  budget: v.optional(amount()),
  societalCost: v.optional(amount()),
  yearlyRevenue: revenueByPerspective(),
  horizonYears: v.optional(v.pipe(finite(), v.integer(), v.minValue(1), v.maxValue(50)), 5),
  financing: v.optional(FinancingSchema),
  indirectTaxRate: v.optional(shareSchema()),
});
export type KnownCase = v.InferOutput<typeof KnownCaseSchema>;
export type KnownCaseInput = v.InferInput<typeof KnownCaseSchema>;
