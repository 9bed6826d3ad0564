/**
 * Values that are not law: the calibration the published reports pin down,
 * and the standard costs of handling, care, education and programmes. Each
 * keeps the year of its source; `index: 'cpi'` carries it to any other year
 * by the consumer price index (see `indices.ts` for why CPI), `'none'` keeps
 * it as it stands in every year (a method constant or a published benchmark).
 */
import type { RuleValue, Source } from '../types';

export interface CostItem extends RuleValue {
  /** How the value is carried from the year of its source to another year. */
  index: 'cpi' | 'none';
}

const REPORTS: Source = {
  publisher: 'Payoff (via samordningsförbundens rapporter)',
  document:
    'Kalibrering mot publicerade utvärderingar (Insjöriket Balder 2017, RAR Sörmland 2020–2024)',
  year: 2017,
};

export const COST_ITEM_IDS = [
  'referenceMonthlyWage',
  'indirectTaxRate',
  'defaultSubsidyShare',
  'otherBenefitPerYear',
  'educationCostKomvux',
  'educationCostGymnasium',
  'educationCostFolkhogskola',
  'educationCostHogskola',
  'handlingAfJobseeker',
  'handlingAfSubsidisedWork',
  'handlingUnemploymentFund',
  'handlingFkSickness',
  'handlingFkLongTerm',
  'handlingFkOther',
  'handlingSocialAssistance',
  'handlingCsn',
  'programmeCostPerYear',
  'costPrimaryCareVisit',
  'costPsychiatricOutpatientVisit',
  'costPsychiatricCareDay',
  'costSocialServicesHour',
  'standardCostPerParticipant',
  'benchmarkPaybackMonths',
] as const;
export type CostItemId = (typeof COST_ITEM_IDS)[number];

export const COST_ITEMS: Record<CostItemId, CostItem> = {
  referenceMonthlyWage: {
    value: 25_000,
    index: 'none',
    source: REPORTS,
    note: 'Rapporternas eget exempel (25 000 mot 20 000 kr/mån), använt oförändrat 2017–2024: en instegslön, lägre än medianlönen (försiktighetsprincipen).',
  },
  indirectTaxRate: {
    value: 0.2435,
    index: 'none',
    source: REPORTS,
    note: 'Återskapar rapporternas kostnader och återbetalningstider på kronan för 2016–2024; samma för alla år (metodens konstant).',
  },
  defaultSubsidyShare: {
    value: 0.8,
    index: 'none',
    estimate: true,
    source: {
      publisher: 'Arbetsförmedlingen',
      document: 'Lönebidrag och lönestöd: högst 80 % av lönekostnaden upp till lönekostnadstaket',
      year: 2025,
    },
    note: 'Förval för subventionerat arbete; taket för året sänker den faktiska andelen vid högre löner.',
  },
  otherBenefitPerYear: {
    value: 150_000,
    index: 'cpi',
    estimate: true,
    source: {
      publisher: 'Försäkringskassan',
      document: 'Föräldrapenning m.m., schablon',
      year: 2025,
    },
    note: 'Schablon; neutral i kalkylen så länge den är densamma före och efter.',
  },
  educationCostKomvux: {
    value: 49_400,
    index: 'cpi',
    source: {
      publisher: 'SCB / Skolverket',
      document: 'Kostnad per heltidsstuderande i kommunal vuxenutbildning',
      year: 2018,
    },
  },
  educationCostGymnasium: {
    value: 129_300,
    index: 'cpi',
    source: { publisher: 'SCB', document: 'Kostnad per elev i gymnasieskolan', year: 2021 },
  },
  educationCostFolkhogskola: {
    value: 100_000,
    index: 'cpi',
    estimate: true,
    source: {
      publisher: 'Folkbildningsrådet',
      document: 'Statsbidrag och regionbidrag per deltagarvecka',
      year: 2024,
    },
    note: 'Uppskattning från bidrag per deltagarvecka × 34 veckor plus regionbidrag.',
  },
  educationCostHogskola: {
    value: 90_000,
    index: 'cpi',
    estimate: true,
    source: { publisher: 'UKÄ', document: 'Kostnad per helårsstudent', year: 2024 },
    note: 'Mellan billiga (hum/sam) och dyra (teknik/medicin) utbildningsområden.',
  },
  handlingAfJobseeker: {
    value: 20_000,
    index: 'cpi',
    estimate: true,
    source: {
      publisher: 'Regeringen',
      document:
        'Budgetpropositionen för 2025, utgiftsområde 14: förvaltningsanslag 7 514 mkr / inskrivna arbetslösa',
      year: 2025,
    },
    note: '7 514 mkr (UO14 1:1) / ≈ 373 000 inskrivna arbetslösa.',
  },
  handlingAfSubsidisedWork: {
    value: 10_000,
    index: 'cpi',
    estimate: true,
    source: {
      publisher: 'Arbetsförmedlingen',
      document: 'Uppskattning: handläggning av stöd till anställning',
      year: 2025,
    },
    note: 'Antagen hälften av kostnaden per inskriven arbetssökande (beslut, årlig omprövning, uppföljning).',
  },
  handlingUnemploymentFund: {
    value: 6_000,
    index: 'cpi',
    estimate: true,
    source: {
      publisher: 'IAF',
      document: 'Uppskattning: a-kassornas administration per ersättningstagare',
      year: 2025,
    },
    note: 'A-kassornas administrationskostnad delad på antalet ersättningstagare.',
  },
  handlingFkSickness: {
    value: 8_000,
    index: 'cpi',
    estimate: true,
    source: {
      publisher: 'Regeringen',
      document:
        'Budgetpropositionen för 2024, utgiftsområde 10: Försäkringskassans förvaltning 9 576 mkr',
      year: 2024,
    },
    note: 'Förvaltningsanslaget fördelat på ärenden; sjukfallen är handläggningstunga.',
  },
  handlingFkLongTerm: {
    value: 8_000,
    index: 'cpi',
    estimate: true,
    source: {
      publisher: 'Regeringen',
      document:
        'Budgetpropositionen för 2024, utgiftsområde 10: Försäkringskassans förvaltning 9 576 mkr',
      year: 2024,
    },
    note: 'Som per sjukfall: utredning, omprövning och aktivitetsplaner.',
  },
  handlingFkOther: {
    value: 2_000,
    index: 'cpi',
    estimate: true,
    source: { publisher: 'Försäkringskassan', document: 'Uppskattning', year: 2024 },
    note: 'Enkla förmåner (t.ex. föräldrapenning) kräver lite handläggning per ärende.',
  },
  handlingSocialAssistance: {
    value: 15_000,
    index: 'cpi',
    estimate: true,
    source: {
      publisher: 'SKR',
      document: 'Uppskattning från kommunala studier: 12–20 000 kr per hushåll och år',
      year: 2024,
    },
    note: 'En handläggare kostar ≈ 700–800 000 kr/år med 40–60 hushåll.',
  },
  handlingCsn: {
    value: 1_000,
    index: 'cpi',
    estimate: true,
    source: {
      publisher: 'CSN',
      document: 'Uppskattning: förvaltningsanslag per studiestödstagare',
      year: 2024,
    },
    note: 'CSN:s förvaltningsanslag 1 205 mkr (UO15 1:8) delat på studiestöd, studiehjälp och återbetalning.',
  },
  programmeCostPerYear: {
    value: 0,
    index: 'cpi',
    source: {
      publisher: 'Payoff (via samordningsförbundens rapporter)',
      document:
        'SOT Västerås årsrapport 2017 och Insjöriket Balder 2017: ingen programkostnad bokförs på Arbetsförmedlingen',
      year: 2017,
    },
    note: 'Rapporterna bokför ingen programkostnad: i SOT Västerås växte aktivitetsstödet ändå med +217 000 kr/år för Arbetsförmedlingen. Ange en egen kostnad per deltagarår om insatsen köper program (UO14 1:3 ≈ 40 000 kr per deltagare med aktivitetsstöd 2025).',
  },
  costPrimaryCareVisit: {
    value: 1_500,
    index: 'cpi',
    source: REPORTS,
    note: 'Kalibrering: 5 färre besök ≈ 7 500 kr/år (Balder 2017). En regions prislista anger 2 093 kr (2024).',
  },
  costPsychiatricOutpatientVisit: {
    value: 3_500,
    index: 'cpi',
    estimate: true,
    source: {
      publisher: 'SKR',
      document: 'Kostnad per patient (KPP), psykiatrisk öppenvård',
      year: 2023,
    },
    note: 'Mitt i KPP-spannet för psykiatriska öppenvårdsbesök.',
  },
  costPsychiatricCareDay: {
    value: 5_000,
    index: 'cpi',
    source: REPORTS,
    note: 'Kalibrering: 3 färre vårddygn ≈ 15 000 kr/år (Balder 2017). KPP anger 9 000–12 000 kr.',
  },
  costSocialServicesHour: {
    value: 600,
    index: 'cpi',
    estimate: true,
    source: { publisher: 'SKR', document: 'Uppskattning: boendestöd per timme', year: 2024 },
    note: 'Timkostnad för personal inklusive sociala avgifter och overhead.',
  },
  standardCostPerParticipant: {
    value: 64_000,
    index: 'none',
    source: REPORTS,
    note: 'Payoffs metastudie (exkl. indirekta skatter), citerad oförändrad 2017–2024; 82 000 kr enligt NNS 2015:1.',
  },
  benchmarkPaybackMonths: {
    value: 12,
    index: 'none',
    source: REPORTS,
    note: 'Metastudie av 58 utvärderingar.',
  },
};
