/**
 * The parameter set (MODEL.md §6): every value the valuation uses, with its
 * unit, source and a plausible low–high range for sensitivity analysis.
 * Values pinned by the reports' published figures (MODEL.md §8) are the
 * calibration; where a public source disagrees, the calibration wins and the
 * note says why. Estimates are marked `estimate: true`.
 */

export type Unit =
  'krPerMonth' | 'krPerYear' | 'kr' | 'share' | 'months' | 'krPerVisit' | 'krPerDay' | 'krPerHour';

export interface Source {
  publisher: string;
  document: string;
  year: number;
  url?: string;
}

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

export type ParamGroup =
  'wages' | 'taxes' | 'benefits' | 'education' | 'handling' | 'care' | 'intervention';

const SKV = (document: string, year = 2025, url?: string): Source => ({
  publisher: 'Skatteverket',
  document,
  year,
  ...(url ? { url } : {}),
});
const REPORTS: Source = {
  publisher: 'Payoff (via samordningsförbundens rapporter)',
  document: 'Kalibrering mot publicerade utvärderingar, se docs/MODEL.md §8',
  year: 2017,
};

/** Definitions of the 2025 parameter set. Keys are the parameter ids. */
export const PARAMETER_DEFS = {
  referenceMonthlyWage: {
    value: 25_000,
    unit: 'krPerMonth',
    low: 20_000,
    high: 30_000,
    estimate: false,
    source: REPORTS,
    label: {
      sv: 'Referenslön, osubventionerat instegsjobb',
      en: 'Reference wage, unsubsidised entry job',
    },
    group: 'wages',
    note: 'Rapporternas eget exempel (25 000 mot 20 000 kr/mån). Median i hela ekonomin ≈ 35 600 kr (SCB 2023) ligger över: en instegslön är lägre (försiktighetsprincipen).',
  },
  potentialMonthlyWage: {
    value: 25_000,
    unit: 'krPerMonth',
    low: 20_000,
    high: 39_900,
    estimate: false,
    source: REPORTS,
    label: {
      sv: 'Potentiell lön (heltid, osubventionerat) för potentialberäkningen',
      en: 'Potential wage (full time, unsubsidised) for the potential',
    },
    group: 'wages',
  },
  employerContributionRate: {
    value: 0.3142,
    unit: 'share',
    low: 0.3142,
    high: 0.3142,
    estimate: false,
    source: SKV(
      'Arbetsgivaravgifter 2025',
      2025,
      'https://www.skatteverket.se/foretag/arbetsgivare/arbetsgivaravgifterochskatteavdrag',
    ),
    label: { sv: 'Arbetsgivaravgifter', en: 'Employer contributions' },
    group: 'taxes',
  },
  indirectTaxRate: {
    value: 0.2435,
    unit: 'share',
    low: 0.2,
    high: 0.25,
    estimate: false,
    source: REPORTS,
    label: { sv: 'Påslag för indirekta skatter', en: 'Indirect-tax mark-up' },
    group: 'taxes',
    note: 'Återskapar rapporternas kostnader och återbetalningstider på kronan (MODEL.md §8).',
  },
  municipalTaxRate: {
    value: 0.2072,
    unit: 'share',
    low: 0.2067,
    high: 0.2075,
    estimate: false,
    source: {
      publisher: 'SCB',
      document: 'Kommunalskatterna 2025 (OE0101), medel 32,41 %; fördelning via Regionfakta',
      year: 2025,
    },
    label: { sv: 'Kommunal skattesats (medel)', en: 'Municipal income tax rate (average)' },
    group: 'taxes',
  },
  regionalTaxRate: {
    value: 0.1169,
    unit: 'share',
    low: 0.1167,
    high: 0.1169,
    estimate: false,
    source: {
      publisher: 'SCB',
      document: 'Kommunalskatterna 2025 (OE0101), medel 32,41 %; fördelning via Regionfakta',
      year: 2025,
    },
    label: { sv: 'Regional skattesats (medel)', en: 'Regional income tax rate (average)' },
    group: 'taxes',
  },
  stateIncomeTaxRate: {
    value: 0.2,
    unit: 'share',
    low: 0.2,
    high: 0.2,
    estimate: false,
    source: SKV('Statlig inkomstskatt 2025'),
    label: { sv: 'Statlig inkomstskatt', en: 'State income tax rate' },
    group: 'taxes',
  },
  stateIncomeTaxThreshold: {
    value: 625_800,
    unit: 'krPerYear',
    low: 625_800,
    high: 625_800,
    estimate: false,
    source: SKV('Skiktgräns för statlig inkomstskatt 2025'),
    label: {
      sv: 'Skiktgräns, statlig skatt (beskattningsbar inkomst)',
      en: 'State income tax threshold (taxable income)',
    },
    group: 'taxes',
  },
  prisbasbelopp: {
    value: 58_800,
    unit: 'kr',
    low: 58_800,
    high: 58_800,
    estimate: false,
    source: { publisher: 'Regeringen', document: 'Prisbasbelopp 2025 (SFS 2024:?)', year: 2025 },
    label: { sv: 'Prisbasbelopp', en: 'Price base amount' },
    group: 'taxes',
  },
  defaultSubsidyShare: {
    value: 0.8,
    unit: 'share',
    low: 0.2,
    high: 0.8,
    estimate: true,
    source: {
      publisher: 'Arbetsförmedlingen',
      document: 'Lönebidrag och lönestöd: högst 80 % av lönekostnaden (lönetak 20 000 kr/mån)',
      year: 2025,
    },
    label: {
      sv: 'Subventionsgrad, förval för subventionerat arbete',
      en: 'Subsidy share, default for subsidised work',
    },
    group: 'wages',
    note: 'Lönebidrag högst 80 %; med lönetaket 20 000 kr blir andelen högst 0,64 vid 25 000 kr. Nystartsjobb ≈ 0,20.',
  },

  unemploymentBenefitPerYear: {
    value: 130_000,
    unit: 'krPerYear',
    low: 100_000,
    high: 190_000,
    estimate: true,
    source: { publisher: 'IAF / Regeringen', document: 'Arbetslöshetsersättning 2025', year: 2025 },
    label: {
      sv: 'Arbetslöshetsersättning per år (heltid)',
      en: 'Unemployment benefit per year (full time)',
    },
    group: 'benefits',
    note: 'Grundbelopp 510 kr/dag; högst 1 236 kr/dag från aug 2025; nya regler från 1 okt 2025. Uppskattning för en låginkomsttagare.',
  },

  activitySupportPerYear: {
    value: 94_900,
    unit: 'krPerYear',
    low: 57_980,
    high: 94_900,
    estimate: false,
    source: {
      publisher: 'Regeringen',
      document: 'Höjd lägstanivå i aktivitetsstödet, 365 kr/dag från 1 okt 2025 (× 260 dagar)',
      year: 2025,
    },
    label: { sv: 'Aktivitetsstöd per år (heltid)', en: 'Activity support per year (full time)' },
    group: 'benefits',
  },
  developmentAllowancePerYear: {
    value: 53_300,
    unit: 'krPerYear',
    low: 14_800,
    high: 53_300,
    estimate: true,
    source: { publisher: 'Arbetsförmedlingen', document: 'Utvecklingsersättning 2025', year: 2025 },
    label: {
      sv: 'Utvecklingsersättning per år (heltid)',
      en: 'Development allowance per year (full time)',
    },
    group: 'benefits',
    note: '≈ 205 kr/dag (studiebidrag/5) × 260 dagar; 57 kr/dag utan gymnasieexamen.',
  },

  sicknessBenefitPerYear: {
    value: 110_000,
    unit: 'krPerYear',
    low: 60_000,
    high: 200_000,
    estimate: true,
    source: {
      publisher: 'Försäkringskassan',
      document: 'Sjukpenning: 80 % × 0,97 av SGI, högst 1 250 kr/dag',
      year: 2025,
    },
    label: {
      sv: 'Sjukpenning/rehabiliteringsersättning per år (heltid)',
      en: 'Sickness/rehabilitation benefit per year (full time)',
    },
    group: 'benefits',
    note: 'Målgruppen har ofta låg SGI; taket 1 250 kr/dag gäller inte här.',
  },

  disabilityPensionPerYear: {
    value: 163_464,
    unit: 'krPerYear',
    low: 145_000,
    high: 250_000,
    estimate: false,
    source: {
      publisher: 'Försäkringskassan',
      document: 'Sjukersättning, garantinivå 13 622 kr/mån från 30 år',
      year: 2025,
    },
    label: { sv: 'Sjukersättning per år (heltid)', en: 'Disability pension per year (full time)' },
    group: 'benefits',
  },
  activityCompensationPerYear: {
    value: 155_000,
    unit: 'krPerYear',
    low: 145_824,
    high: 200_000,
    estimate: true,
    source: {
      publisher: 'Försäkringskassan',
      document: 'Aktivitetsersättning, garantinivå 12 152–13 377 kr/mån under 30 år',
      year: 2025,
    },
    label: {
      sv: 'Aktivitetsersättning per år (heltid)',
      en: 'Activity compensation per year (full time)',
    },
    group: 'benefits',
    note: 'Garantinivå 25–26 år: 12 887 kr/mån (154 644 kr/år).',
  },

  otherBenefitPerYear: {
    value: 150_000,
    unit: 'krPerYear',
    low: 80_000,
    high: 250_000,
    estimate: true,
    source: {
      publisher: 'Försäkringskassan',
      document: 'Föräldrapenning m.m., schablon',
      year: 2025,
    },
    label: {
      sv: 'Annan ersättning per år (t.ex. föräldrapenning)',
      en: 'Other benefit per year (e.g. parental benefit)',
    },
    group: 'benefits',
  },
  socialAssistancePerYear: {
    value: 125_000,
    unit: 'krPerYear',
    low: 90_000,
    high: 150_000,
    estimate: true,
    source: {
      publisher: 'Socialstyrelsen',
      document:
        'Ekonomiskt bistånd 2024: 75 045 kr per hushåll och år i snitt (10,9 mdkr, 145 456 hushåll); helårsmottagare högre',
      year: 2024,
    },
    label: {
      sv: 'Ekonomiskt bistånd per år (helår)',
      en: 'Social assistance per year (full year)',
    },
    group: 'benefits',
    note: 'Riksnorm ≈ 5 180 kr/mån (ej bekräftad) + hyra ≈ 4 700–6 300 kr + el/försäkring.',
  },

  studyGrantPerYear: {
    value: 40_920,
    unit: 'krPerYear',
    low: 30_000,
    high: 50_000,
    estimate: false,
    source: {
      publisher: 'CSN',
      document: 'Studiebidrag 1 023 kr/vecka, heltid, 40 veckor',
      year: 2025,
    },
    label: { sv: 'Studiebidrag (CSN) per år, heltid', en: 'Study grant (CSN) per year, full time' },
    group: 'education',
    note: 'Endast bidragsdelen: studielånet återbetalas och är ingen överföring.',
  },
  educationCostKomvux: {
    value: 60_000,
    unit: 'krPerYear',
    low: 45_000,
    high: 75_000,
    estimate: true,
    source: {
      publisher: 'SCB / Skolverket',
      document: 'Kostnad per heltidsstuderande i komvux (49 400 kr 2018)',
      year: 2018,
    },
    label: {
      sv: 'Utbildningskostnad komvux per studieår',
      en: 'Adult education cost per student-year',
    },
    group: 'education',
  },
  educationCostGymnasium: {
    value: 145_000,
    unit: 'krPerYear',
    low: 120_000,
    high: 160_000,
    estimate: true,
    source: {
      publisher: 'SCB',
      document: 'Kostnad per elev i gymnasieskolan (129 300 kr 2021)',
      year: 2021,
    },
    label: {
      sv: 'Utbildningskostnad gymnasium per elevår',
      en: 'Upper-secondary cost per student-year',
    },
    group: 'education',
  },
  educationCostFolkhogskola: {
    value: 100_000,
    unit: 'krPerYear',
    low: 80_000,
    high: 130_000,
    estimate: true,
    source: {
      publisher: 'Folkbildningsrådet',
      document: 'Statsbidrag och regionbidrag per deltagarvecka',
      year: 2024,
    },
    label: {
      sv: 'Utbildningskostnad folkhögskola per studieår',
      en: 'Folk high school cost per student-year',
    },
    group: 'education',
  },
  educationCostHogskola: {
    value: 90_000,
    unit: 'krPerYear',
    low: 60_000,
    high: 150_000,
    estimate: true,
    source: { publisher: 'UKÄ', document: 'Kostnad per helårsstudent', year: 2024 },
    label: {
      sv: 'Utbildningskostnad högskola per studieår',
      en: 'University cost per student-year',
    },
    group: 'education',
  },
  handlingAfJobseeker: {
    value: 20_000,
    unit: 'krPerYear',
    low: 12_000,
    high: 30_000,
    estimate: true,
    source: {
      publisher: 'Regeringen',
      document:
        'Budgetpropositionen 2025, utgiftsområde 14: förvaltningsanslag 7 514 mkr / inskrivna arbetslösa',
      year: 2025,
    },
    label: {
      sv: 'Handläggning Af per inskriven arbetssökande och år',
      en: 'PES handling per registered job seeker and year',
    },
    group: 'handling',
    note: '7 514 mkr (UO14 1:1) / ≈ 373 000 inskrivna arbetslösa.',
  },

  handlingAfSubsidisedWork: {
    value: 10_000,
    unit: 'krPerYear',
    low: 5_000,
    high: 20_000,
    estimate: true,
    source: {
      publisher: 'Arbetsförmedlingen',
      document: 'Uppskattning: handläggning av stöd till anställning',
      year: 2025,
    },
    label: {
      sv: 'Handläggning Af per subventionerad anställning och år',
      en: 'PES handling per subsidised job and year',
    },
    group: 'handling',
    note: 'Antagen hälften av kostnaden per inskriven arbetssökande (beslut, årlig omprövning, uppföljning).',
  },

  handlingUnemploymentFund: {
    value: 6_000,
    unit: 'krPerYear',
    low: 3_000,
    high: 12_000,
    estimate: true,
    source: {
      publisher: 'IAF',
      document: 'Uppskattning: a-kassornas administration per ersättningstagare',
      year: 2025,
    },
    label: {
      sv: 'Handläggning a-kassa per ersättningstagare och år',
      en: 'Unemployment fund handling per recipient and year',
    },
    group: 'handling',
  },
  handlingFkSickness: {
    value: 8_000,
    unit: 'krPerYear',
    low: 4_000,
    high: 15_000,
    estimate: true,
    source: {
      publisher: 'Regeringen',
      document: 'Budgetpropositionen, utgiftsområde 10: Försäkringskassans förvaltning 9 576 mkr',
      year: 2024,
    },
    label: {
      sv: 'Handläggning FK per sjukfall och år',
      en: 'SIA handling per sickness case and year',
    },
    group: 'handling',
  },
  handlingFkLongTerm: {
    value: 8_000,
    unit: 'krPerYear',
    low: 4_000,
    high: 15_000,
    estimate: true,
    source: {
      publisher: 'Regeringen',
      document: 'Budgetpropositionen, utgiftsområde 10: Försäkringskassans förvaltning 9 576 mkr',
      year: 2024,
    },
    label: {
      sv: 'Handläggning FK per ärende sjuk-/aktivitetsersättning och år',
      en: 'SIA handling per disability/activity compensation case and year',
    },
    group: 'handling',
  },
  handlingFkOther: {
    value: 2_000,
    unit: 'krPerYear',
    low: 1_000,
    high: 5_000,
    estimate: true,
    source: { publisher: 'Försäkringskassan', document: 'Uppskattning', year: 2024 },
    label: { sv: 'Handläggning FK, annan ersättning', en: 'SIA handling, other benefit' },
    group: 'handling',
  },
  handlingSocialAssistance: {
    value: 15_000,
    unit: 'krPerYear',
    low: 10_000,
    high: 25_000,
    estimate: true,
    source: {
      publisher: 'SKR',
      document: 'Uppskattning från kommunala studier: 12–20 000 kr per hushåll och år',
      year: 2024,
    },
    label: {
      sv: 'Handläggning ekonomiskt bistånd per hushåll och år',
      en: 'Social assistance handling per household and year',
    },
    group: 'handling',
    note: 'En handläggare kostar ≈ 700–800 000 kr/år med 40–60 hushåll.',
  },

  handlingCsn: {
    value: 1_000,
    unit: 'krPerYear',
    low: 500,
    high: 2_000,
    estimate: true,
    source: {
      publisher: 'CSN',
      document: 'Uppskattning: förvaltningsanslag per studiestödstagare',
      year: 2024,
    },
    label: {
      sv: 'Handläggning CSN per studerande och år',
      en: 'CSN handling per student and year',
    },
    group: 'handling',
    note: 'CSN:s förvaltningsanslag 1 205 mkr (UO15 1:8) delat på studiestöd, studiehjälp och återbetalning.',
  },

  programmeCostPerYear: {
    value: 40_000,
    unit: 'krPerYear',
    low: 20_000,
    high: 60_000,
    estimate: true,
    source: {
      publisher: 'Arbetsförmedlingen',
      document: 'Uppskattning: programkostnad per deltagare och år',
      year: 2025,
    },
    label: {
      sv: 'Kostnad arbetsmarknadsprogram per deltagarår',
      en: 'Labour-market programme cost per participant-year',
    },
    group: 'handling',
    note: 'UO14 1:3: 6 995 mkr / ≈ 176 000 deltagare med aktivitetsstöd.',
  },

  costPrimaryCareVisit: {
    value: 1_500,
    unit: 'krPerVisit',
    low: 1_200,
    high: 2_100,
    estimate: false,
    source: REPORTS,
    label: { sv: 'Besök i primärvården', en: 'Primary-care visit' },
    group: 'care',
    note: 'Kalibrering: 5 färre besök ≈ 7 500 kr/år (Balder). En regions prislista anger 2 093 kr (2024).',
  },
  costPsychiatricOutpatientVisit: {
    value: 3_500,
    unit: 'krPerVisit',
    low: 2_500,
    high: 5_000,
    estimate: true,
    source: {
      publisher: 'SKR',
      document: 'Kostnad per patient (KPP), psykiatrisk öppenvård',
      year: 2023,
    },
    label: { sv: 'Besök i psykiatrisk öppenvård', en: 'Psychiatric outpatient visit' },
    group: 'care',
  },
  costPsychiatricCareDay: {
    value: 5_000,
    unit: 'krPerDay',
    low: 5_000,
    high: 12_000,
    estimate: false,
    source: REPORTS,
    label: { sv: 'Vårddygn i psykiatrisk slutenvård', en: 'Psychiatric inpatient day' },
    group: 'care',
    note: 'Kalibrering: 3 färre vårddygn ≈ 15 000 kr/år (Balder). KPP anger 9 000–12 000 kr.',
  },
  costSocialServicesHour: {
    value: 600,
    unit: 'krPerHour',
    low: 450,
    high: 800,
    estimate: true,
    source: { publisher: 'SKR', document: 'Uppskattning: boendestöd per timme', year: 2024 },
    label: { sv: 'Socialtjänstens stödinsats per timme', en: 'Social-services support per hour' },
    group: 'care',
  },
  standardCostPerParticipant: {
    value: 64_000,
    unit: 'kr',
    low: 31_000,
    high: 82_000,
    estimate: false,
    source: REPORTS,
    label: {
      sv: 'Standardkostnad per deltagare (exkl. indirekta skatter)',
      en: 'Standard cost per participant (excl. indirect taxes)',
    },
    group: 'intervention',
    note: 'Payoffs metastudie; 82 000 kr enligt NNS 2015:1.',
  },
  benchmarkPaybackMonths: {
    value: 12,
    unit: 'months',
    low: 12,
    high: 12,
    estimate: false,
    source: REPORTS,
    label: { sv: 'Jämförelsevärde återbetalningstid', en: 'Benchmark payback time' },
    group: 'intervention',
    note: 'Metastudie av 58 utvärderingar.',
  },
} as const satisfies Record<string, ParamDef>;

export type ParamId = keyof typeof PARAMETER_DEFS;
export const PARAM_IDS = Object.keys(PARAMETER_DEFS) as ParamId[];

/** The full numeric values a calculation uses. A saved scenario carries all of them. */
export type ParamValues = Record<ParamId, number>;

export const PARAMETER_SET_ID = 'se-2025';
export const PARAMETER_SET_YEAR = 2025;

export function defaultParamValues(): ParamValues {
  const out = {} as ParamValues;
  for (const id of PARAM_IDS) out[id] = PARAMETER_DEFS[id].value;
  return out;
}

/** Parameters whose value differs from the current defaults. */
export function changedParams(values: ParamValues): ParamId[] {
  return PARAM_IDS.filter((id) => values[id] !== PARAMETER_DEFS[id].value);
}
