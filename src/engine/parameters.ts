/**
 * The parameter set (MODEL.md §6): every value the valuation uses, by year.
 * The values and their sources live in the data modules under `rules/data/`
 * (the law and benefit levels of each year, the indices, and the cost items
 * with the year of their source); this module names the parameters, says
 * what unit and range each has, and assembles the set of a year. A saved
 * scenario carries the full values it used, so a result can always be
 * reproduced even after the defaults change.
 */
import type { CostItemId } from './rules/data/cost-items';
import type { TaxRuleId } from './rules/data/tax-rules';
import type { BenefitRuleId } from './rules/data/benefit-rules';
import { rulesData } from './rules/registry';
import {
  FIRST_RULE_YEAR,
  NEWEST_RULE_YEAR,
  RULE_YEARS,
  type RuleValue,
  type RuleYear,
  type Source,
} from './rules/types';

export type { Source, RuleYear };
export { RULE_YEARS, FIRST_RULE_YEAR, NEWEST_RULE_YEAR };

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
  label: { sv: string; en: string };
}

/** A parameter with its value, source and range in one year. */
export interface ParamDef {
  value: number;
  unit: Unit;
  low: number;
  high: number;
  estimate: boolean;
  source: Source;
  label: { sv: string; en: string };
  group: ParamGroup;
  note?: string;
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
    label: {
      sv: 'Referenslön, osubventionerat instegsjobb',
      en: 'Reference wage, unsubsidised entry job',
    },
  },
  potentialMonthlyWage: {
    unit: 'krPerMonth',
    group: 'wages',
    range2025: [30000, 38400, 45000],
    label: {
      sv: 'Potentiell lön (heltid, osubventionerat) för potentialberäkningen',
      en: 'Potential wage (full time, unsubsidised) for the potential',
    },
  },
  employerContributionRate: {
    unit: 'share',
    group: 'taxes',
    range2025: [0.3142, 0.3142, 0.3142],
    label: { sv: 'Arbetsgivaravgifter', en: 'Employer contributions' },
  },
  indirectTaxRate: {
    unit: 'share',
    group: 'taxes',
    range2025: [0.2, 0.2435, 0.25],
    label: { sv: 'Påslag för indirekta skatter', en: 'Indirect-tax mark-up' },
  },
  municipalTaxRate: {
    unit: 'share',
    group: 'taxes',
    range2025: [0.2067, 0.2072, 0.2075],
    label: { sv: 'Kommunal skattesats (medel)', en: 'Municipal income tax rate (average)' },
  },
  regionalTaxRate: {
    unit: 'share',
    group: 'taxes',
    range2025: [0.1167, 0.1169, 0.1169],
    label: { sv: 'Regional skattesats (medel)', en: 'Regional income tax rate (average)' },
  },
  stateIncomeTaxRate: {
    unit: 'share',
    group: 'taxes',
    range2025: [0.2, 0.2, 0.2],
    label: { sv: 'Statlig inkomstskatt', en: 'State income tax rate' },
  },
  stateIncomeTaxThreshold: {
    unit: 'krPerYear',
    group: 'taxes',
    range2025: [625800, 625800, 625800],
    label: {
      sv: 'Skiktgräns, statlig skatt (beskattningsbar inkomst)',
      en: 'State income tax threshold (taxable income)',
    },
  },
  prisbasbelopp: {
    unit: 'kr',
    group: 'taxes',
    range2025: [58800, 58800, 58800],
    label: { sv: 'Prisbasbelopp', en: 'Price base amount' },
  },
  defaultSubsidyShare: {
    unit: 'share',
    group: 'wages',
    range2025: [0.2, 0.8, 0.8],
    label: {
      sv: 'Subventionsgrad, förval för subventionerat arbete',
      en: 'Subsidy share, default for subsidised work',
    },
  },
  unemploymentBenefitPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [100000, 130000, 190000],
    label: {
      sv: 'Arbetslöshetsersättning per år (heltid)',
      en: 'Unemployment benefit per year (full time)',
    },
  },
  activitySupportPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [57980, 67286, 94900],
    label: { sv: 'Aktivitetsstöd per år (heltid)', en: 'Activity support per year (full time)' },
  },
  developmentAllowancePerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [14800, 53300, 53300],
    label: {
      sv: 'Utvecklingsersättning per år (heltid)',
      en: 'Development allowance per year (full time)',
    },
  },
  sicknessBenefitPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [60000, 110000, 200000],
    label: {
      sv: 'Sjukpenning/rehabiliteringsersättning per år (heltid)',
      en: 'Sickness/rehabilitation benefit per year (full time)',
    },
  },
  disabilityPensionPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [145000, 163464, 250000],
    label: { sv: 'Sjukersättning per år (heltid)', en: 'Disability pension per year (full time)' },
  },
  activityCompensationPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [145824, 155000, 200000],
    label: {
      sv: 'Aktivitetsersättning per år (heltid)',
      en: 'Activity compensation per year (full time)',
    },
  },
  otherBenefitPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [80000, 150000, 250000],
    label: {
      sv: 'Annan ersättning per år (t.ex. föräldrapenning)',
      en: 'Other benefit per year (e.g. parental benefit)',
    },
  },
  socialAssistancePerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: [90000, 125000, 150000],
    label: {
      sv: 'Ekonomiskt bistånd per år (helår)',
      en: 'Social assistance per year (full year)',
    },
  },
  studyGrantPerYear: {
    unit: 'krPerYear',
    group: 'education',
    range2025: [30000, 40920, 50000],
    label: { sv: 'Studiebidrag (CSN) per år, heltid', en: 'Study grant (CSN) per year, full time' },
  },
  educationCostKomvux: {
    unit: 'krPerYear',
    group: 'education',
    range2025: [45000, 60000, 75000],
    label: {
      sv: 'Utbildningskostnad komvux per studieår',
      en: 'Adult education cost per student-year',
    },
  },
  educationCostGymnasium: {
    unit: 'krPerYear',
    group: 'education',
    range2025: [120000, 145000, 160000],
    label: {
      sv: 'Utbildningskostnad gymnasium per elevår',
      en: 'Upper-secondary cost per student-year',
    },
  },
  educationCostFolkhogskola: {
    unit: 'krPerYear',
    group: 'education',
    range2025: [80000, 100000, 130000],
    label: {
      sv: 'Utbildningskostnad folkhögskola per studieår',
      en: 'Folk high school cost per student-year',
    },
  },
  educationCostHogskola: {
    unit: 'krPerYear',
    group: 'education',
    range2025: [60000, 90000, 150000],
    label: {
      sv: 'Utbildningskostnad högskola per studieår',
      en: 'University cost per student-year',
    },
  },
  handlingAfJobseeker: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [12000, 20000, 30000],
    label: {
      sv: 'Handläggning Af per inskriven arbetssökande och år',
      en: 'PES handling per registered job seeker and year',
    },
  },
  handlingAfSubsidisedWork: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [5000, 10000, 20000],
    label: {
      sv: 'Handläggning Af per subventionerad anställning och år',
      en: 'PES handling per subsidised job and year',
    },
  },
  handlingUnemploymentFund: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [3000, 6000, 12000],
    label: {
      sv: 'Handläggning a-kassa per ersättningstagare och år',
      en: 'Unemployment fund handling per recipient and year',
    },
  },
  handlingFkSickness: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [4000, 8000, 15000],
    label: {
      sv: 'Handläggning FK per sjukfall och år',
      en: 'SIA handling per sickness case and year',
    },
  },
  handlingFkLongTerm: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [4000, 8000, 15000],
    label: {
      sv: 'Handläggning FK per ärende sjuk-/aktivitetsersättning och år',
      en: 'SIA handling per disability/activity compensation case and year',
    },
  },
  handlingFkOther: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [1000, 2000, 5000],
    label: { sv: 'Handläggning FK, annan ersättning', en: 'SIA handling, other benefit' },
  },
  handlingSocialAssistance: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [10000, 15000, 25000],
    label: {
      sv: 'Handläggning ekonomiskt bistånd per hushåll och år',
      en: 'Social assistance handling per household and year',
    },
  },
  handlingCsn: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [500, 1000, 2000],
    label: {
      sv: 'Handläggning CSN per studerande och år',
      en: 'CSN handling per student and year',
    },
  },
  programmeCostPerYear: {
    unit: 'krPerYear',
    group: 'handling',
    range2025: [20000, 40000, 60000],
    label: {
      sv: 'Kostnad arbetsmarknadsprogram per deltagarår',
      en: 'Labour-market programme cost per participant-year',
    },
  },
  costPrimaryCareVisit: {
    unit: 'krPerVisit',
    group: 'care',
    range2025: [1200, 1500, 2100],
    label: { sv: 'Besök i primärvården', en: 'Primary-care visit' },
  },
  costPsychiatricOutpatientVisit: {
    unit: 'krPerVisit',
    group: 'care',
    range2025: [2500, 3500, 5000],
    label: { sv: 'Besök i psykiatrisk öppenvård', en: 'Psychiatric outpatient visit' },
  },
  costPsychiatricCareDay: {
    unit: 'krPerDay',
    group: 'care',
    range2025: [5000, 5000, 12000],
    label: { sv: 'Vårddygn i psykiatrisk slutenvård', en: 'Psychiatric inpatient day' },
  },
  costSocialServicesHour: {
    unit: 'krPerHour',
    group: 'care',
    range2025: [450, 600, 800],
    label: { sv: 'Socialtjänstens stödinsats per timme', en: 'Social-services support per hour' },
  },
  standardCostPerParticipant: {
    unit: 'kr',
    group: 'intervention',
    range2025: [31000, 64000, 82000],
    label: {
      sv: 'Standardkostnad per deltagare (exkl. indirekta skatter)',
      en: 'Standard cost per participant (excl. indirect taxes)',
    },
  },
  benchmarkPaybackMonths: {
    unit: 'months',
    group: 'intervention',
    range2025: [12, 12, 12],
    label: { sv: 'Jämförelsevärde återbetalningstid', en: 'Benchmark payback time' },
  },
  sicknessBenefitShare: {
    unit: 'share',
    group: 'benefits',
    range2025: fixed(0.776),
    label: { sv: 'Sjukpenning, andel av SGI', en: 'Sickness benefit, share of SGI' },
  },
  sicknessBenefitCapPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: fixed(588_000),
    label: { sv: 'Tak för sjukpenninggrundande inkomst', en: 'Ceiling on sickness-benefit income' },
  },
  unemploymentBenefitMaxPerDay: {
    unit: 'krPerDay',
    group: 'benefits',
    range2025: fixed(1_214.79),
    label: { sv: 'A-kassa, högsta dagpenning', en: 'Unemployment benefit, highest per day' },
  },
  unemploymentBenefitBasicPerDay: {
    unit: 'krPerDay',
    group: 'benefits',
    range2025: fixed(381.45),
    label: { sv: 'A-kassa, grundbelopp per dag', en: 'Unemployment benefit, basic amount per day' },
  },
  developmentAllowanceNoDiplomaPerYear: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: fixed(14_820),
    label: {
      sv: 'Utvecklingsersättning utan gymnasieexamen per år',
      en: 'Development allowance without upper-secondary diploma per year',
    },
  },
  wageSubsidyCeilingPerMonth: {
    unit: 'krPerMonth',
    group: 'wages',
    range2025: fixed(20_000),
    label: {
      sv: 'Lönebidrag: tak för bruttolönen (heltid)',
      en: 'Wage subsidy: ceiling on the gross wage (full time)',
    },
  },
  wageSubsidyCeilingIncludesContributions: {
    unit: 'flag',
    group: 'wages',
    range2025: fixed(0),
    label: {
      sv: 'Lönebidrag: taket omfattar arbetsgivaravgifterna',
      en: 'Wage subsidy: the ceiling includes employer contributions',
    },
  },
  wageSubsidyCeilingProRata: {
    unit: 'flag',
    group: 'wages',
    range2025: fixed(1),
    label: {
      sv: 'Lönebidrag och nystartsjobb: taket minskas vid deltid',
      en: 'Wage subsidy and new-start job: the ceiling is reduced for part time',
    },
  },
  newStartJobCeilingPerMonth: {
    unit: 'krPerMonth',
    group: 'wages',
    range2025: fixed(20_000),
    label: {
      sv: 'Nystartsjobb: tak för bruttolönen (heltid)',
      en: 'New-start job: ceiling on the gross wage (full time)',
    },
  },
  riksnormSinglePerMonth: {
    unit: 'krPerMonth',
    group: 'benefits',
    range2025: fixed(5_180),
    label: { sv: 'Riksnormen, ensamstående vuxen', en: 'National standard, single adult' },
  },
  socialAssistanceAvgPerHousehold: {
    unit: 'krPerYear',
    group: 'benefits',
    range2025: fixed(77_400),
    label: {
      sv: 'Ekonomiskt bistånd, utbetalt per hushåll och år (statistik)',
      en: 'Social assistance paid per household and year (statistics)',
    },
  },
  inkomstbasbelopp: {
    unit: 'kr',
    group: 'taxes',
    range2025: FROM_LAW,
    label: { sv: 'Inkomstbasbelopp', en: 'Income base amount' },
  },
  upperStateTaxRate: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Värnskatt (statlig skatt över övre skiktgränsen)',
      en: 'Additional state tax above the upper threshold',
    },
  },
  upperStateTaxThreshold: {
    unit: 'krPerYear',
    group: 'taxes',
    range2025: FROM_LAW,
    label: { sv: 'Övre skiktgräns (värnskatt)', en: 'Upper state tax threshold' },
  },
  jobTaxCreditStep1Pbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
    label: { sv: 'Jobbskatteavdrag: gräns 1', en: 'Earned income tax credit: step 1' },
  },
  jobTaxCreditStep2Pbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
    label: { sv: 'Jobbskatteavdrag: gräns 2', en: 'Earned income tax credit: step 2' },
  },
  jobTaxCreditStep3Pbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
    label: { sv: 'Jobbskatteavdrag: gräns 3', en: 'Earned income tax credit: step 3' },
  },
  jobTaxCreditRate2: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Jobbskatteavdrag: andel mellan gräns 1 och 2',
      en: 'Earned income tax credit: rate between steps 1 and 2',
    },
  },
  jobTaxCreditBaseAtStep2Pbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Jobbskatteavdrag: underlag vid gräns 2',
      en: 'Earned income tax credit: base at step 2',
    },
  },
  jobTaxCreditRate3: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Jobbskatteavdrag: andel mellan gräns 2 och 3',
      en: 'Earned income tax credit: rate between steps 2 and 3',
    },
  },
  jobTaxCreditMaxPbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Jobbskatteavdrag: högsta underlag',
      en: 'Earned income tax credit: highest base',
    },
  },
  jobTaxCreditPhaseOutPbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Jobbskatteavdrag: avtrappning från',
      en: 'Earned income tax credit: phase-out from',
    },
  },
  jobTaxCreditPhaseOutRate: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Jobbskatteavdrag: avtrappningstakt',
      en: 'Earned income tax credit: phase-out rate',
    },
  },
  sickCompensationCreditStep1Pbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Skattereduktion sjuk-/aktivitetsersättning: gräns 1',
      en: 'Tax reduction on disability benefits: step 1',
    },
  },
  sickCompensationCreditRate1: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Skattereduktion sjuk-/aktivitetsersättning: andel upp till gräns 1',
      en: 'Tax reduction on disability benefits: rate up to step 1',
    },
  },
  sickCompensationCreditStep2Pbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Skattereduktion sjuk-/aktivitetsersättning: gräns 2',
      en: 'Tax reduction on disability benefits: step 2',
    },
  },
  sickCompensationCreditRate2: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Skattereduktion sjuk-/aktivitetsersättning: andel mellan gräns 1 och 2',
      en: 'Tax reduction on disability benefits: rate between steps 1 and 2',
    },
  },
  sickCompensationCreditBaseAtStep2Pbb: {
    unit: 'pbb',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Skattereduktion sjuk-/aktivitetsersättning: underlag vid gräns 2',
      en: 'Tax reduction on disability benefits: base at step 2',
    },
  },
  sickCompensationCreditRate3: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Skattereduktion sjuk-/aktivitetsersättning: andel över gräns 2',
      en: 'Tax reduction on disability benefits: rate above step 2',
    },
  },
  sickCompensationCreditLessAllowance: {
    unit: 'flag',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Skattereduktion sjuk-/aktivitetsersättning: grundavdraget dras av',
      en: 'Tax reduction on disability benefits: less the basic allowance',
    },
  },
  sickCompensationCreditMinShare: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Skattereduktion sjuk-/aktivitetsersättning: lägsta andel',
      en: 'Tax reduction on disability benefits: lowest share',
    },
  },
  incomeCreditThreshold: {
    unit: 'krPerYear',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Skattereduktion för förvärvsinkomst: från inkomst',
      en: 'Tax reduction on earned income: from income',
    },
  },
  incomeCreditRate: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Skattereduktion för förvärvsinkomst: andel',
      en: 'Tax reduction on earned income: rate',
    },
  },
  incomeCreditMax: {
    unit: 'kr',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Skattereduktion för förvärvsinkomst: högst',
      en: 'Tax reduction on earned income: maximum',
    },
  },
  temporaryWorkCreditFloor: {
    unit: 'krPerYear',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Tillfällig skattereduktion för arbetsinkomster: från inkomst',
      en: 'Temporary tax reduction on work income: from income',
    },
  },
  temporaryWorkCreditRate: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Tillfällig skattereduktion för arbetsinkomster: andel',
      en: 'Temporary tax reduction on work income: rate',
    },
  },
  temporaryWorkCreditMax: {
    unit: 'kr',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Tillfällig skattereduktion för arbetsinkomster: högst',
      en: 'Temporary tax reduction on work income: maximum',
    },
  },
  temporaryWorkCreditPhaseOutFrom: {
    unit: 'krPerYear',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Tillfällig skattereduktion för arbetsinkomster: avtrappning från',
      en: 'Temporary tax reduction on work income: phase-out from',
    },
  },
  temporaryWorkCreditPhaseOutRate: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Tillfällig skattereduktion för arbetsinkomster: avtrappningstakt',
      en: 'Temporary tax reduction on work income: phase-out rate',
    },
  },
  employerContributionRateYouth15to18: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Arbetsgivaravgifter, 15–18 år (årsgenomsnitt)',
      en: 'Employer contributions, age 15–18 (yearly average)',
    },
  },
  employerContributionRateYouth19to23: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Arbetsgivaravgifter, 19–23 år (årsgenomsnitt)',
      en: 'Employer contributions, age 19–23 (yearly average)',
    },
  },
  employerContributionRateYouth24to25: {
    unit: 'share',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Arbetsgivaravgifter, 24–25 år (årsgenomsnitt)',
      en: 'Employer contributions, age 24–25 (yearly average)',
    },
  },
  employerContributionYouthWageCap: {
    unit: 'krPerMonth',
    group: 'taxes',
    range2025: FROM_LAW,
    label: {
      sv: 'Arbetsgivaravgifter för unga: lönetak',
      en: 'Employer contributions for young people: wage cap',
    },
  },
};

export const PARAM_IDS = Object.keys(PARAM_META) as ParamId[];

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

/** The consumer price index (KPI, 1980 = 100) of a year, clamped to the years held. */
export function priceIndex(year: number): number {
  const { CPI } = rulesData();
  const years = Object.keys(CPI).map(Number);
  const y = Math.min(Math.max(Math.round(year), Math.min(...years)), Math.max(...years));
  return CPI[y].value;
}

/** Factor that carries kronor of year `from` to the price level of year `to` (KPI). */
export function priceFactor(from: number, to: number): number {
  return from === to ? 1 : priceIndex(to) / priceIndex(from);
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
      label: meta.label,
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
