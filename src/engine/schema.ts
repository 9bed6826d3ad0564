/**
 * The scenario format: one versioned JSON document shared by the UI,
 * snapshots, export/import and the CLI, plus the known-revenue case (the
 * shape of a case in published-cases.json). Parsed with valibot; every
 * problem is reported with its path and a message in Swedish and English,
 * and nothing is computed from an invalid document.
 */
import * as v from 'valibot';
import {
  AGE_BANDS,
  INCOME_SOURCES,
  RESOURCE_ITEMS,
  SCHOOLS,
  SOURCE_DEFS,
  SUBSIDY_FORMS,
} from './catalogue';
import {
  defaultParamValues,
  FIRST_RULE_YEAR,
  PARAM_IDS,
  PARAM_META,
  ruleYearOf,
  type ParamId,
} from './parameters';
import { FINANCIERS, GENDERS, PERSPECTIVES } from './types';
import { BREAK_EVEN_STEPS, SOT_TARGETS, type BreakEvenStepId } from './analyses';

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

export interface ValidationIssue {
  /** Where the problem is, e.g. `cohorts[0].groups[2].after.income[1].extent`. */
  path: string;
  sv: string;
  en: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

const finite = () => v.pipe(v.number(), v.finite());
const amount = () => v.pipe(finite(), v.minValue(0), v.maxValue(LIMITS.maxAmount));
/** Marks the bounds of shares, which the app shows in per cent: messages then say "100 %". */
const PERCENT = 'percent';
const shareSchema = () => v.pipe(finite(), v.minValue(0, PERCENT), v.maxValue(1, PERCENT));
const count = () => v.pipe(finite(), v.integer(), v.minValue(0), v.maxValue(LIMITS.maxCount));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const name = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

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
  item: name(64),
  /** Units per year (visits, days, hours). */
  quantity: v.pipe(finite(), v.minValue(0), v.maxValue(LIMITS.maxQuantity)),
});

export const SituationSchema = v.object({
  income: v.pipe(v.array(IncomeItemSchema), v.maxLength(INCOME_SOURCES.length * 2)),
  resources: v.optional(v.pipe(v.array(ResourceUseSchema), v.maxLength(50)), []),
  /**
   * Registered at Arbetsförmedlingen ("inskriven"): a status without extent,
   * carrying Arbetsförmedlingen's handling of one job seeker, whatever the
   * person lives on (e.g. full försörjningsstöd and registered).
   */
  registered: v.optional(v.boolean()),
});

export const GroupSchema = v.object({
  id: v.optional(text(64)),
  label: v.optional(text(200), ''),
  count: count(),
  gender: v.picklist(GENDERS),
  /** Age band, for the employer contributions of young people; the standard rate without it. */
  ageBand: v.optional(v.picklist(AGE_BANDS)),
  before: SituationSchema,
  after: SituationSchema,
  followUp6: v.optional(SituationSchema),
  followUp24: v.optional(SituationSchema),
});

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
  groups: v.pipe(v.array(GroupSchema), v.maxLength(LIMITS.maxGroupsPerCohort)),
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
  breakEvenStep: v.optional(
    v.picklist(Object.keys(BREAK_EVEN_STEPS) as BreakEvenStepId[]),
    'unemployedToFullTimeWork',
  ),
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

// ---------------------------------------------------------------------------
// Messages

const TYPE_NAMES: Record<string, { sv: string; en: string }> = {
  number: { sv: 'ett tal', en: 'a number' },
  string: { sv: 'en text', en: 'a text' },
  object: { sv: 'ett objekt', en: 'an object' },
  array: { sv: 'en lista', en: 'a list' },
  boolean: { sv: 'sant eller falskt', en: 'true or false' },
};

const fmt = (x: unknown) => (typeof x === 'number' ? String(x) : JSON.stringify(x));
/** A share as per cent: 0.2 → "20 %" (sv) / "20%" (en). */
const percent = (x: unknown, lang: 'sv' | 'en') =>
  typeof x === 'number' ? `${Math.round(x * 1000) / 10}${lang === 'sv' ? ' %' : '%'}` : fmt(x);

function messageFor(issue: v.BaseIssue<unknown>): { sv: string; en: string } {
  const req = issue.requirement;
  if (issue.path?.at(-1)?.origin === 'key' && issue.input === undefined)
    return { sv: 'Saknas: fältet är obligatoriskt.', en: 'Missing: this field is required.' };
  switch (issue.type) {
    case 'number':
    case 'string':
    case 'object':
    case 'array':
    case 'boolean': {
      const t = TYPE_NAMES[issue.type];
      if (issue.input === undefined)
        return { sv: `Saknas: ska vara ${t.sv}.`, en: `Missing: must be ${t.en}.` };
      if (typeof issue.input === 'number' && Number.isNaN(issue.input))
        return { sv: 'Ange ett tal.', en: 'Enter a number.' };
      return {
        sv: `Ska vara ${t.sv}, fick ${issue.received}.`,
        en: `Must be ${t.en}, got ${issue.received}.`,
      };
    }
    case 'finite':
      return { sv: 'Måste vara ett ändligt tal.', en: 'Must be a finite number.' };
    case 'integer':
      return { sv: 'Måste vara ett heltal.', en: 'Must be a whole number.' };
    case 'min_value':
      if (issue.message === PERCENT)
        return {
          sv: `Får inte vara mindre än ${percent(req, 'sv')} (${fmt(req)}).`,
          en: `Must not be less than ${percent(req, 'en')} (${fmt(req)}).`,
        };
      return {
        sv: `Får inte vara mindre än ${fmt(req)}.`,
        en: `Must not be less than ${fmt(req)}.`,
      };
    case 'max_value':
      if (issue.message === PERCENT)
        return {
          sv: `Får inte vara större än ${percent(req, 'sv')} (${fmt(req)}).`,
          en: `Must not be greater than ${percent(req, 'en')} (${fmt(req)}).`,
        };
      return {
        sv: `Får inte vara större än ${fmt(req)}.`,
        en: `Must not be greater than ${fmt(req)}.`,
      };
    case 'min_length':
      return req === 1
        ? { sv: 'Får inte vara tom.', en: 'Must not be empty.' }
        : {
            sv: `Måste ha minst ${fmt(req)} element.`,
            en: `Must have at least ${fmt(req)} items.`,
          };
    case 'max_length':
      return {
        sv: `Får ha högst ${fmt(req)} tecken/element.`,
        en: `Must have at most ${fmt(req)} characters/items.`,
      };
    case 'picklist':
    case 'literal':
    case 'variant': {
      const allowed = Array.isArray(req) ? req.map(fmt).join(', ') : (issue.expected ?? '');
      if (issue.input === undefined)
        return {
          sv: `Saknas: ska vara ett av ${allowed}.`,
          en: `Missing: must be one of ${allowed}.`,
        };
      return {
        sv: `Okänt värde ${issue.received}; tillåtna: ${allowed}.`,
        en: `Unknown value ${issue.received}; allowed: ${allowed}.`,
      };
    }
    case 'union':
      // The only union: persistence, one share or one share per outcome type.
      return {
        sv: `Ska vara en andel 0–1 eller en andel per utfallstyp (work, studies, other), fick ${issue.received}.`,
        en: `Must be a share 0–1 or a share per outcome type (work, studies, other), got ${issue.received}.`,
      };
    default:
      return { sv: `Ogiltigt värde (${issue.type}).`, en: `Invalid value (${issue.type}).` };
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

/** Flatten valibot issues (variants nest theirs) into user messages. */
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
    out.push({ path: issuePath(issue), ...messageFor(issue) });
  }
  return dedupe(out);
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}|${i.en}`;
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
  const sum = s.income.reduce((a, i) => a + i.extent, 0);
  if (sum > 1 + EXTENT_EPS) {
    const pct = Math.round(sum * 1000) / 10;
    out.push({
      path: `${path}.income`,
      sv: `Omfattningarna summerar till ${pct} %; högst 100 % är möjligt.`,
      en: `Extents sum to ${pct} %; at most 100 % is possible.`,
    });
  }
  s.income.forEach((item, i) => {
    if (item.subsidyShare !== undefined && item.source !== 'subventioneratArbete')
      out.push({
        path: `${path}.income[${i}].subsidyShare`,
        sv: 'Subventionsgrad gäller bara subventionerat arbete.',
        en: 'A subsidy share applies only to subsidised work.',
      });
    if (item.monthlyWage !== undefined && SOURCE_DEFS[item.source].category !== 'work')
      out.push({
        path: `${path}.income[${i}].monthlyWage`,
        sv: 'Lön gäller bara arbete.',
        en: 'A wage applies only to work.',
      });
    if (item.school !== undefined && item.source !== 'studier')
      out.push({
        path: `${path}.income[${i}].school`,
        sv: 'Skolform gäller bara studier.',
        en: 'A kind of school applies only to studies.',
      });
  });
  s.resources.forEach((r, i) => {
    if (!(RESOURCE_ITEMS as readonly string[]).includes(r.item) && !customIds.has(r.item))
      out.push({
        path: `${path}.resources[${i}].item`,
        sv: `Okänd resurs "${r.item}": lägg till den som egen resurspost först.`,
        en: `Unknown resource "${r.item}": add it as a custom resource item first.`,
      });
  });
  return out;
}

export function financingIssues(f: Financing, path: string): ValidationIssue[] {
  const sum = f.kommun + f.region + f.af + f.fk + f.ovrigStat;
  if (Math.abs(sum - 1) > 1e-6) {
    const pct = Math.round(sum * 1000) / 10;
    return [
      {
        path,
        sv: `Finansieringsandelarna summerar till ${pct} %; de måste bli 100 %.`,
        en: `Financing shares sum to ${pct} %; they must make 100 %.`,
      },
    ];
  }
  return [];
}

function scenarioIssues(s: Scenario): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const customIds = new Set<string>();
  s.customResources.forEach((c, i) => {
    if ((RESOURCE_ITEMS as readonly string[]).includes(c.id) || customIds.has(c.id))
      out.push({
        path: `customResources[${i}].id`,
        sv: `Id "${c.id}" används redan.`,
        en: `Id "${c.id}" is already in use.`,
      });
    customIds.add(c.id);
  });
  out.push(...financingIssues(s.financing, 'financing'));
  const setYears = new Set<number>();
  s.parameterSets.forEach((set, i) => {
    if (setYears.has(set.year))
      out.push({
        path: `parameterSets[${i}].year`,
        sv: `Det finns redan en parameteruppsättning för ${set.year}.`,
        en: `There is already a parameter set for ${set.year}.`,
      });
    setYears.add(set.year);
  });
  let total = 0;
  s.cohorts.forEach((c, ci) => {
    c.groups.forEach((g, gi) => {
      total += g.count;
      const base = `cohorts[${ci}].groups[${gi}]`;
      out.push(...situationIssues(g.before, `${base}.before`, customIds));
      out.push(...situationIssues(g.after, `${base}.after`, customIds));
      if (g.followUp6) out.push(...situationIssues(g.followUp6, `${base}.followUp6`, customIds));
      if (g.followUp24) out.push(...situationIssues(g.followUp24, `${base}.followUp24`, customIds));
    });
  });
  if (total > LIMITS.maxTotalParticipants)
    out.push({
      path: 'cohorts',
      sv: `För många deltagare totalt (${total}); högst ${LIMITS.maxTotalParticipants}.`,
      en: `Too many participants in total (${total}); at most ${LIMITS.maxTotalParticipants}.`,
    });
  return out;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Fill the parameters a set lacks with the defaults of its year: documents
 * written before a parameter existed keep every value they carried and take
 * the law of their year for the rest.
 */
function completeSet(set: unknown): unknown {
  if (!isRecord(set) || !isRecord(set.values)) return set;
  const year = typeof set.year === 'number' ? set.year : undefined;
  const missing = PARAM_IDS.filter((id) => !(id in (set.values as object)));
  if (!missing.length) return set;
  const defaults = defaultParamValues(ruleYearOf(year));
  const values: Record<string, unknown> = { ...set.values };
  for (const id of missing) values[id] = defaults[id];
  return { ...set, values };
}

/**
 * Bring an older document up to the current version. Version 1 carried one
 * parameter set (se-2025) for every cohort: it stays pinned, so a saved
 * calculation values as it did, with any parameter added since taken from the
 * rules of the set's year. Version 2 needs nothing more: its costs carry no
 * `includesIndirectTaxes` and so exclude the indirect taxes, as they always
 * did, and it has no known figures.
 */
function migrate(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...doc, version: SCENARIO_VERSION };
  if ('parameters' in out && out.parameters !== undefined)
    out.parameters = completeSet(out.parameters);
  if (Array.isArray(out.parameterSets)) out.parameterSets = out.parameterSets.map(completeSet);
  return out;
}

/**
 * An editable draft of an older version brought up to this one without
 * validating it (the user may have closed the tab mid-correction): the new
 * fields get their defaults so the editors can show it.
 */
export function upgradeDraft(doc: Record<string, unknown>): Record<string, unknown> {
  const out = migrate(doc);
  if (!Array.isArray(out.parameterSets)) out.parameterSets = [];
  if (!isRecord(out.valuation))
    out.valuation = { activitySupportPayer: 'fk', yearsToRetirement: null };
  return out;
}

/** Validate (and migrate) anything claiming to be a scenario. */
export function parseScenario(input: unknown): ValidationResult<Scenario> {
  if (!isRecord(input))
    return {
      ok: false,
      issues: [
        {
          path: '',
          sv: 'Dokumentet är inte ett JSON-objekt.',
          en: 'The document is not a JSON object.',
        },
      ],
    };
  if (input.format !== SCENARIO_FORMAT)
    return {
      ok: false,
      issues: [
        {
          path: 'format',
          sv: `Inte ett Nyttokalkyl-scenario (format ska vara "${SCENARIO_FORMAT}").`,
          en: `Not a Nyttokalkyl scenario (format must be "${SCENARIO_FORMAT}").`,
        },
      ],
    };
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      issues: [{ path: 'version', sv: 'Ogiltig formatversion.', en: 'Invalid format version.' }],
    };
  if (version > SCENARIO_VERSION)
    return {
      ok: false,
      issues: [
        {
          path: 'version',
          sv: `Filen har formatversion ${version}, nyare än den här versionen av Nyttokalkyl (${SCENARIO_VERSION}). Uppdatera appen.`,
          en: `The file has format version ${version}, newer than this version of Nyttokalkyl (${SCENARIO_VERSION}). Update the app.`,
        },
      ],
    };
  const parsed = v.safeParse(ScenarioSchema, migrate(input));
  if (!parsed.success) return { ok: false, issues: toValidationIssues(parsed.issues) };
  const issues = scenarioIssues(parsed.output);
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.output };
}

export function parseKnownCase(input: unknown): ValidationResult<KnownCase> {
  const parsed = v.safeParse(KnownCaseSchema, input);
  if (!parsed.success) return { ok: false, issues: toValidationIssues(parsed.issues) };
  const c = parsed.output;
  const issues: ValidationIssue[] = [];
  if (c.budget === undefined && c.societalCost === undefined)
    issues.push({
      path: 'budget',
      sv: 'Ange insatskostnaden: budget (exkl. indirekta skatter) eller samhällets kostnad.',
      en: 'Give the cost: budget (excl. indirect taxes) or the societal cost.',
    });
  if (!Object.values(c.yearlyRevenue).some((x) => x !== undefined))
    issues.push({
      path: 'yearlyRevenue',
      sv: 'Ange den årliga intäkten för minst en aktör.',
      en: 'Give the yearly revenue for at least one actor.',
    });
  if (c.financing) issues.push(...financingIssues(c.financing, 'financing'));
  return issues.length ? { ok: false, issues } : { ok: true, value: c };
}

/** Is this document a known-revenue case rather than a scenario? */
export function looksLikeKnownCase(input: unknown): boolean {
  return isRecord(input) && input.format === undefined && 'yearlyRevenue' in input;
}
