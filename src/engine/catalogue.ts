/**
 * The income sources ("försörjning", MODEL.md §4) and resource items
 * ("resursförbrukning", §5) a situation is made of: who pays, whether it is
 * taxable, who handles it and which parameter values it. Their names and
 * units as the interface shows them live in the `catalogue` i18n resources
 * (src/lib/labels.ts looks them up).
 */
import type { Actor, Financier } from './types';
import type { ParamId } from './parameters';

export const INCOME_SOURCES = [
  'osubventioneratArbete',
  'subventioneratArbete',
  'studier',
  'arbetsloshetsersattning',
  'aktivitetsstod',
  'utvecklingsersattning',
  'sjukpenning',
  'sjukersattning',
  'aktivitetsersattning',
  'ekonomisktBistand',
  'arbetssokandeUtanErsattning',
  'annanErsattning',
  'ingenOffentligForsorjning',
] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

export type SourceCategory = 'work' | 'studies' | 'benefit' | 'none';

/**
 * Forms of subsidised work whose statutory ceiling caps the subsidy:
 * lönebidrag/lönestöd (the default), nystartsjobb, or another form whose
 * share the user gives as it is (no ceiling applied).
 */
export const SUBSIDY_FORMS = ['lonebidrag', 'nystartsjobb', 'annat'] as const;
export type SubsidyForm = (typeof SUBSIDY_FORMS)[number];

/** Age bands the law's employer contributions for young people are given for. */
export const AGE_BANDS = ['15-18', '19-23', '24-25', '26-29', '30-'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface HandlingCost {
  by: Financier;
  param: ParamId;
}

export interface SourceDef {
  category: SourceCategory;
  /** Who pays the benefit (benefits only). */
  payer?: Financier;
  /** Parameter giving the yearly amount at full extent (benefits only). */
  amountParam?: ParamId;
  taxable: boolean;
  handling: HandlingCost[];
  /** A labour-market programme: real programme cost borne by af. */
  programme?: boolean;
  /**
   * Paid out by Försäkringskassan on Arbetsförmedlingen's appropriation: booked
   * on the actor the scenario's valuation names (`activitySupportPayer`).
   */
  activitySupport?: boolean;
  /** Sjuk- or aktivitetsersättning: income with its own tax reduction. */
  sickCompensation?: boolean;
}

export const SOURCE_DEFS: Record<IncomeSource, SourceDef> = {
  osubventioneratArbete: {
    category: 'work',
    taxable: true,
    handling: [],
  },
  subventioneratArbete: {
    category: 'work',
    taxable: true,
    handling: [{ by: 'af', param: 'handlingAfSubsidisedWork' }],
  },
  studier: {
    category: 'studies',
    payer: 'ovrigStat',
    amountParam: 'studyGrantPerYear',
    taxable: false,
    handling: [{ by: 'ovrigStat', param: 'handlingCsn' }],
  },
  arbetsloshetsersattning: {
    category: 'benefit',
    payer: 'ovrigStat',
    amountParam: 'unemploymentBenefitPerYear',
    taxable: true,
    handling: [
      { by: 'ovrigStat', param: 'handlingUnemploymentFund' },
      { by: 'af', param: 'handlingAfJobseeker' },
    ],
  },
  aktivitetsstod: {
    category: 'benefit',
    payer: 'fk',
    activitySupport: true,
    amountParam: 'activitySupportPerYear',
    taxable: true,
    programme: true,
    handling: [{ by: 'af', param: 'handlingAfJobseeker' }],
  },
  utvecklingsersattning: {
    category: 'benefit',
    payer: 'fk',
    activitySupport: true,
    amountParam: 'developmentAllowancePerYear',
    // Skattefri (IL 8 kap. 2 §; Skatteverket: utvecklingsersättning är skattefri).
    taxable: false,
    programme: true,
    handling: [{ by: 'af', param: 'handlingAfJobseeker' }],
  },
  sjukpenning: {
    category: 'benefit',
    payer: 'fk',
    amountParam: 'sicknessBenefitPerYear',
    taxable: true,
    handling: [{ by: 'fk', param: 'handlingFkSickness' }],
  },
  sjukersattning: {
    category: 'benefit',
    payer: 'fk',
    amountParam: 'disabilityPensionPerYear',
    taxable: true,
    sickCompensation: true,
    handling: [{ by: 'fk', param: 'handlingFkLongTerm' }],
  },
  aktivitetsersattning: {
    category: 'benefit',
    payer: 'fk',
    amountParam: 'activityCompensationPerYear',
    taxable: true,
    sickCompensation: true,
    handling: [{ by: 'fk', param: 'handlingFkLongTerm' }],
  },
  ekonomisktBistand: {
    category: 'benefit',
    payer: 'kommun',
    amountParam: 'socialAssistancePerYear',
    taxable: false,
    handling: [{ by: 'kommun', param: 'handlingSocialAssistance' }],
  },
  arbetssokandeUtanErsattning: {
    category: 'none',
    taxable: false,
    handling: [{ by: 'af', param: 'handlingAfJobseeker' }],
  },
  annanErsattning: {
    category: 'benefit',
    payer: 'fk',
    amountParam: 'otherBenefitPerYear',
    taxable: true,
    handling: [{ by: 'fk', param: 'handlingFkOther' }],
  },
  ingenOffentligForsorjning: {
    category: 'none',
    taxable: false,
    handling: [],
  },
};

/** Kinds of study place; the education cost and who bears it. */
export const SCHOOLS = ['komvux', 'gymnasium', 'folkhogskola', 'hogskola'] as const;
export type School = (typeof SCHOOLS)[number];

export const SCHOOL_DEFS: Record<School, { param: ParamId; bearer: Financier }> = {
  komvux: {
    param: 'educationCostKomvux',
    bearer: 'kommun',
  },
  gymnasium: {
    param: 'educationCostGymnasium',
    bearer: 'kommun',
  },
  folkhogskola: {
    param: 'educationCostFolkhogskola',
    bearer: 'ovrigStat',
  },
  hogskola: {
    param: 'educationCostHogskola',
    bearer: 'ovrigStat',
  },
};

/** Built-in resource items, valued per unit and borne by one actor. */
export const RESOURCE_ITEMS = [
  'vardcentralBesok',
  'psykiatriOppenvardBesok',
  'psykiatriVarddygn',
  'socialtjanstStodTimme',
] as const;
export type ResourceItem = (typeof RESOURCE_ITEMS)[number];

export const RESOURCE_DEFS: Record<
  ResourceItem,
  {
    param: ParamId;
    bearer: Actor;
  }
> = {
  vardcentralBesok: {
    param: 'costPrimaryCareVisit',
    bearer: 'region',
  },
  psykiatriOppenvardBesok: {
    param: 'costPsychiatricOutpatientVisit',
    bearer: 'region',
  },
  psykiatriVarddygn: {
    param: 'costPsychiatricCareDay',
    bearer: 'region',
  },
  socialtjanstStodTimme: {
    param: 'costSocialServicesHour',
    bearer: 'kommun',
  },
};
