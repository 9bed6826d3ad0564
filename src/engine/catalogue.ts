/**
 * The income sources ("försörjning", MODEL.md §4) and resource items
 * ("resursförbrukning", §5) a situation is made of: who pays, whether it is
 * taxable, who handles it and which parameter values it.
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
  label: { sv: string; en: string };
  short: { sv: string; en: string };
}

export const SOURCE_DEFS: Record<IncomeSource, SourceDef> = {
  osubventioneratArbete: {
    category: 'work',
    taxable: true,
    handling: [],
    label: { sv: 'Osubventionerat arbete', en: 'Unsubsidised work' },
    short: { sv: 'Arbete', en: 'Work' },
  },
  subventioneratArbete: {
    category: 'work',
    taxable: true,
    handling: [{ by: 'af', param: 'handlingAfSubsidisedWork' }],
    label: {
      sv: 'Subventionerat arbete (lönebidrag, lönestöd, nystartsjobb m.m.)',
      en: 'Subsidised work (wage subsidy, new-start job etc.)',
    },
    short: { sv: 'Subv. arbete', en: 'Subs. work' },
  },
  studier: {
    category: 'studies',
    payer: 'ovrigStat',
    amountParam: 'studyGrantPerYear',
    taxable: false,
    handling: [{ by: 'ovrigStat', param: 'handlingCsn' }],
    label: { sv: 'Studier (studiemedel)', en: 'Studies (study grant)' },
    short: { sv: 'Studier', en: 'Studies' },
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
    label: { sv: 'Arbetslöshetsersättning (a-kassa)', en: 'Unemployment benefit' },
    short: { sv: 'A-kassa', en: 'Unempl. benefit' },
  },
  aktivitetsstod: {
    category: 'benefit',
    payer: 'fk',
    activitySupport: true,
    amountParam: 'activitySupportPerYear',
    taxable: true,
    programme: true,
    handling: [{ by: 'af', param: 'handlingAfJobseeker' }],
    label: { sv: 'Aktivitetsstöd', en: 'Activity support' },
    short: { sv: 'Aktivitetsstöd', en: 'Activity support' },
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
    label: { sv: 'Utvecklingsersättning', en: 'Development allowance' },
    short: { sv: 'Utv.ersättning', en: 'Dev. allowance' },
  },
  sjukpenning: {
    category: 'benefit',
    payer: 'fk',
    amountParam: 'sicknessBenefitPerYear',
    taxable: true,
    handling: [{ by: 'fk', param: 'handlingFkSickness' }],
    label: {
      sv: 'Sjukpenning / rehabiliteringsersättning',
      en: 'Sickness / rehabilitation benefit',
    },
    short: { sv: 'Sjukpenning', en: 'Sickness benefit' },
  },
  sjukersattning: {
    category: 'benefit',
    payer: 'fk',
    amountParam: 'disabilityPensionPerYear',
    taxable: true,
    sickCompensation: true,
    handling: [{ by: 'fk', param: 'handlingFkLongTerm' }],
    label: { sv: 'Sjukersättning', en: 'Disability pension' },
    short: { sv: 'Sjukersättning', en: 'Disability pension' },
  },
  aktivitetsersattning: {
    category: 'benefit',
    payer: 'fk',
    amountParam: 'activityCompensationPerYear',
    taxable: true,
    sickCompensation: true,
    handling: [{ by: 'fk', param: 'handlingFkLongTerm' }],
    label: { sv: 'Aktivitetsersättning', en: 'Activity compensation' },
    short: { sv: 'Aktivitetsersättning', en: 'Activity comp.' },
  },
  ekonomisktBistand: {
    category: 'benefit',
    payer: 'kommun',
    amountParam: 'socialAssistancePerYear',
    taxable: false,
    handling: [{ by: 'kommun', param: 'handlingSocialAssistance' }],
    label: { sv: 'Ekonomiskt bistånd (försörjningsstöd)', en: 'Social assistance' },
    short: { sv: 'Ek. bistånd', en: 'Social assist.' },
  },
  arbetssokandeUtanErsattning: {
    category: 'none',
    taxable: false,
    handling: [{ by: 'af', param: 'handlingAfJobseeker' }],
    label: {
      sv: 'Arbetssökande utan ersättning (inskriven på Af)',
      en: 'Job seeker without benefit (registered with PES)',
    },
    short: { sv: 'Arbetssökande', en: 'Job seeker' },
  },
  annanErsattning: {
    category: 'benefit',
    payer: 'fk',
    amountParam: 'otherBenefitPerYear',
    taxable: true,
    handling: [{ by: 'fk', param: 'handlingFkOther' }],
    label: { sv: 'Annan ersättning (t.ex. föräldrapenning)', en: 'Other benefit (e.g. parental)' },
    short: { sv: 'Annan ers.', en: 'Other benefit' },
  },
  ingenOffentligForsorjning: {
    category: 'none',
    taxable: false,
    handling: [],
    label: { sv: 'Ingen offentlig försörjning', en: 'No public support' },
    short: { sv: 'Ingen försörjning', en: 'No support' },
  },
};

/** Kinds of study place; the education cost and who bears it. */
export const SCHOOLS = ['komvux', 'gymnasium', 'folkhogskola', 'hogskola'] as const;
export type School = (typeof SCHOOLS)[number];

export const SCHOOL_DEFS: Record<
  School,
  { param: ParamId; bearer: Financier; label: { sv: string; en: string } }
> = {
  komvux: {
    param: 'educationCostKomvux',
    bearer: 'kommun',
    label: { sv: 'Komvux', en: 'Adult education' },
  },
  gymnasium: {
    param: 'educationCostGymnasium',
    bearer: 'kommun',
    label: { sv: 'Gymnasium', en: 'Upper secondary' },
  },
  folkhogskola: {
    param: 'educationCostFolkhogskola',
    bearer: 'ovrigStat',
    label: { sv: 'Folkhögskola', en: 'Folk high school' },
  },
  hogskola: {
    param: 'educationCostHogskola',
    bearer: 'ovrigStat',
    label: { sv: 'Högskola', en: 'University' },
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
    label: { sv: string; en: string };
    unit: { sv: string; en: string };
  }
> = {
  vardcentralBesok: {
    param: 'costPrimaryCareVisit',
    bearer: 'region',
    label: { sv: 'Besök i primärvården', en: 'Primary-care visits' },
    unit: { sv: 'besök/år', en: 'visits/year' },
  },
  psykiatriOppenvardBesok: {
    param: 'costPsychiatricOutpatientVisit',
    bearer: 'region',
    label: { sv: 'Besök i psykiatrisk öppenvård', en: 'Psychiatric outpatient visits' },
    unit: { sv: 'besök/år', en: 'visits/year' },
  },
  psykiatriVarddygn: {
    param: 'costPsychiatricCareDay',
    bearer: 'region',
    label: { sv: 'Vårddygn i psykiatrisk slutenvård', en: 'Psychiatric inpatient days' },
    unit: { sv: 'dygn/år', en: 'days/year' },
  },
  socialtjanstStodTimme: {
    param: 'costSocialServicesHour',
    bearer: 'kommun',
    label: { sv: 'Socialtjänstens stödinsatser', en: 'Social-services support' },
    unit: { sv: 'timmar/år', en: 'hours/year' },
  },
};
