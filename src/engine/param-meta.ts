/**
 * What each parameter is, independent of the year (MODEL.md §6): its unit,
 * the group the Parametrar view shows it in, and its plausible range. The
 * values of each year live in the rule data under `rules/data/`; the names the
 * interface gives the parameters live in the `parameters` i18n resources.
 */
import type { CostItemId } from './rules/data/cost-items';
import type { TaxRuleId } from './rules/data/tax-rules';
import type { BenefitRuleId } from './rules/data/benefit-rules';

export type Unit =
  | 'krPerMonth'
  | 'krPerYear'
  | 'kr'
  | 'share'
  | 'months'
  | 'krPerVisit'
  | 'krPerDay'
  | 'krPerHour'
  /** A multiple of the year's prisbasbelopp (the law states its brackets so). */
  | 'pbb'
  /** 1 or 0: a rule that holds or not in a year. */
  | 'flag';

export type ParamGroup =
  'wages' | 'taxes' | 'benefits' | 'education' | 'handling' | 'care' | 'intervention';

/** What a parameter is, independent of the year. */
export interface ParamMeta {
  unit: Unit;
  group: ParamGroup;
  /**
   * Plausible low, value and high in 2025, for sensitivity and uncertainty:
   * another year's range keeps the same proportions to its value.
   */
  range2025: readonly [number, number, number];
}

export type ParamId = CostItemId | TaxRuleId | BenefitRuleId | 'potentialMonthlyWage';

const fixed = (value: number) => [value, value, value] as const;
/** A value of the law: no range (sensitivity and uncertainty leave it as the law has it). */
const FROM_LAW = [1, 1, 1] as const;

/** Every parameter, in the order the Parametrar view lists them. */
export const PARAM_META: Readonly<Record<ParamId, ParamMeta>> = {
  referenceMonthlyWage: {
    unit: 'krPerMonth',
    group: 'wages',
    range2025: [20000, 25000, 30000],
  },
  potentialMonthlyWage: {
    unit: 'krPerMonth',
    group: 'wages',
    range2025: [30000, 38400, 45000],
  },
  employerContributionRate: {
    unit: 'share',
    group: 'taxes',
    range2025: [0.3142, 0.3142, 0.3142],
  },
  indirectTaxRate: {
    unit: 'share',
    group: 'taxes',
    range2025: [0.2, 0.2435, 0.25],
  },
  municipalTaxRate: {
    unit: 'share',
    group: 'taxes',
    range2025: [0.2067, 0.2072, 0.2075],
  },
  regionalTaxRate: {
    unit: 'share',
    group: 'taxes',
    range2025: [0.1167, 0.1169, 0.1169],
  },
  stateIncomeTaxRate: {
    unit: 'share',
    group: 'taxes',
    range2025: [0.2, 0.2, 0.2],
  },
  stateIncomeTaxThreshold: {
    unit: 'krPerYear',
    group: 'taxes',
    range2025: [625800, 625800, 625800],
  },
  prisbasbelopp: {
    unit: 'kr',
    group: 'taxes',
    range2025: [58800, 58800, 58800],
  },
  defaultSubsidyShare: {
    unit: 'share',
    group: 'wages',
    range2025: [0.2, 0.8, 0.8],
  },
  unemploymentBenefitPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [100000, 130000, 190000],
  },
  activitySupportPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [57980, 67286, 94900],
  },
  developmentAllowancePerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [14800, 53300, 53300],
  },
  sicknessBenefitPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [60000, 110000, 200000],
  },
  disabilityPensionPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [145000, 163464, 250000],
  },
  activityCompensationPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [145824, 155000, 200000],
  },
  otherBenefitPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [80000, 150000, 250000],
  },
  socialAssistancePerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [90000, 125000, 150000],
  },
  studyGrantPerYear: {
    unit: 'krPerYear',
    group: 'education',
    range2025: [30000, 40920, 50000],
  },
  educationCostKomvux: {
    unit: 'krPerYear',
    group: 'education',
    range2025: [45000, 60000, 75000],
  },
  educationCostGymnasium: {
    unit: 'krPerYear',
    group: 'education',
    range2025: [120000, 145000, 160000],
  },
  educationCostFolkhogskola: {
    unit: 'krPerYear',
    group: 'education',
    range2025: [80000, 100000, 130000],
  },
  educationCostHogskola: {
    unit: 'krPerYear',
    group: 'education',
    range2025: [60000, 90000, 150000],
  },
  handlingAfJobseeker: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [12000, 20000, 30000],
  },
  handlingAfSubsidisedWork: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [5000, 10000, 20000],
  },
  handlingUnemploymentFund: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [3000, 6000, 12000],
  },
  handlingFkSickness: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [4000, 8000, 15000],
  },
  handlingFkLongTerm: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [4000, 8000, 15000],
  },
  handlingFkOther: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [1000, 2000, 5000],
  },
  handlingSocialAssistance: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [10000, 15000, 25000],
  },
  handlingCsn: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [500, 1000, 2000],
  },
  programmeCostPerYear: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [20000, 40000, 60000],
  },
  costPrimaryCareVisit: {
    unit: 'krPerVisit',
    group: 'care',
    range2025: [1200, 1500, 2100],
  },
  costPsychiatricOutpatientVisit: {
    unit: 'krPerVisit',
    group: 'care',
    range2025: [2500, 3500, 5000],
  },
  costPsychiatricCareDay: {
    unit: 'krPerDay',
    group: 'care',
    range2025: [5000, 5000, 12000],
  },
  costSocialServicesHour: {
    unit: 'krPerHour',
    group: 'care',
    range2025: [450, 600, 800],
  },
  standardCostPerParticipant: {
    unit: 'kr',
    group: 'intervention',
    range2025: [31000, 64000, 82000],
  },
  benchmarkPaybackMonths: {
    unit: 'months',
    group: 'intervention',
    range2025: [12, 12, 12],
  },
  sicknessBenefitShare: {
    unit: 'share',
    group: 'benefits',
    range2025: fixed(0.776),
  },
  sicknessBenefitCapPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: fixed(588_000),
  },
  unemploymentBenefitMaxPerDay: {
    unit: 'krPerDay',
    group: 'benefits',
    range2025: fixed(1_214.79),
  },
  unemploymentBenefitBasicPerDay: {
    unit: 'krPerDay',
    group: 'benefits',
    range2025: fixed(381.45),
  },
  developmentAllowanceNoDiplomaPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: fixed(14_820),
  },
  wageSubsidyCeilingPerMonth: {
    unit: 'krPerMonth',
    group: 'wages',
    range2025: fixed(20_000),
  },
  wageSubsidyCeilingIncludesContributions: {
    unit: 'flag',
    group: 'wages',
    range2025: fixed(0),
  },
  wageSubsidyCeilingProRata: {
    unit: 'flag',
    group: 'wages',
    range2025: fixed(1),
  },
  newStartJobCeilingPerMonth: {
    unit: 'krPerMonth',
    group: 'wages',
    range2025: fixed(20_000),
  },
  riksnormSinglePerMonth: {
    unit: 'krPerMonth',
    group: 'benefits',
    range2025: fixed(5_180),
  },
  socialAssistanceAvgPerHousehold: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: fixed(77_400),
  },
  inkomstbasbelopp: {
    unit: 'kr',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  upperStateTaxRate: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  upperStateTaxThreshold: {
    unit: 'krPerYear',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  jobTaxCreditStep1Pbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  jobTaxCreditStep2Pbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  jobTaxCreditStep3Pbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  jobTaxCreditRate2: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  jobTaxCreditBaseAtStep2Pbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  jobTaxCreditRate3: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  jobTaxCreditMaxPbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  jobTaxCreditPhaseOutPbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  jobTaxCreditPhaseOutRate: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  sickCompensationCreditStep1Pbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  sickCompensationCreditRate1: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  sickCompensationCreditStep2Pbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  sickCompensationCreditRate2: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  sickCompensationCreditBaseAtStep2Pbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  sickCompensationCreditRate3: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  sickCompensationCreditLessAllowance: {
    unit: 'flag',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  sickCompensationCreditMinShare: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  incomeCreditThreshold: {
    unit: 'krPerYear',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  incomeCreditRate: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  incomeCreditMax: {
    unit: 'kr',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  temporaryWorkCreditFloor: {
    unit: 'krPerYear',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  temporaryWorkCreditRate: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  temporaryWorkCreditMax: {
    unit: 'kr',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  temporaryWorkCreditPhaseOutFrom: {
    unit: 'krPerYear',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  temporaryWorkCreditPhaseOutRate: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  employerContributionRateYouth15to18: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  employerContributionRateYouth19to23: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  employerContributionRateYouth24to25: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
  },
  employerContributionYouthWageCap: {
    unit: 'krPerMonth',
    group: 'taxes',
    range2025: FROM_LAW,
  },
};

export const PARAM_IDS = Object.keys(PARAM_META) as ParamId[];
