/**
 * Index series by year: prices (KPI) and wages (SCB's wage structure
 * statistics). Values only; the engine reads them through `parameters.ts`.
 *
 * - `CPI`: SCB's konsumentprisindex, 1980 = 100, yearly averages
 *   ("årsmedeltal" of the fixed numbers, "fastställda tal"). Cost items
 *   (handling, care, education, programme costs) keep the year of their
 *   source; the CPI ratio carries them to any other year, and converts results
 *   between price years ("visa i 2024 års priser"). KPI rather than SKR's PKV
 *   because KPI is official statistics, fixed (never revised) once published,
 *   available for every year, and the usual basis of indexation clauses. From January 2026 SCB publishes the fixed KPI with 2020 = 100;
 *   SCB's table KPI2020M1980 rebases it to 1980 = 100 (factor: the 2020
 *   average, 335.92), so the series below stays in 1980 = 100 throughout.
 * - `MEDIAN_MONTHLY_WAGE`: SCB's median monthly wage for the whole economy
 *   (lönestrukturstatistik, all sectors, full-time equivalent, before tax).
 *   It is the potential wage of the "samhällsekonomisk potential": the
 *   production value a participant would create in full-time unsubsidised work
 *   at the median wage is what society forgoes while the person does not work
 *   (Balder 2017: 598 000 kr per participant, reproduced within 2 %).
 * - `AVERAGE_MONTHLY_WAGE`: the same statistic's mean, for comparison and
 *   sensitivity (the mean overstates a typical participant's potential).
 *
 * The wage structure statistics measure September (private sector, state) and
 * November (municipalities, regions) of the year named. Values not confirmed by
 * a published figure carry `estimate: true` and a `note` saying how they were
 * reached; replace them when the source publishes.
 */
import type { RuleValue, RuleYear, Source } from '../types';

const SCB_KPI: Source = {
  publisher: 'SCB',
  document: 'Konsumentprisindex (1980=100), fastställda tal, årsmedel',
  year: 2024,
  url: 'https://www.scb.se/hitta-statistik/statistik-efter-amne/priser-och-konsumtion/konsumentprisindex/konsumentprisindex-kpi/pong/tabell-och-diagram/konsumentprisindex-kpi/kpi-faststallda-tal-1980100/',
};

const SCB_KPI_12M: Source = {
  publisher: 'SCB',
  document: 'Konsumentprisindex, 12-månadersförändring (inflationstakten), månad',
  year: 2025,
  url: 'https://www.scb.se/hitta-statistik/statistik-efter-amne/priser-och-ekonomiska-tendenser/priser/konsumentprisindex-kpi/pong/tabell-och-diagram/kpi-12-manadersforandring-inflationstakten',
};

function cpi(year: number, value: number): RuleValue {
  return { value, source: { ...SCB_KPI, year } };
}

/** KPI, 1980 = 100, yearly average, 2015–2026. */
export const CPI: Record<number, RuleValue> = {
  2015: cpi(2015, 313.35),
  2016: cpi(2016, 316.43),
  2017: cpi(2017, 322.11),
  2018: cpi(2018, 328.4),
  2019: cpi(2019, 334.26),
  2020: cpi(2020, 335.92),
  2021: cpi(2021, 343.19),
  2022: cpi(2022, 371.91),
  2023: cpi(2023, 403.7),
  2024: {
    value: 415.15,
    source: { ...SCB_KPI, year: 2024 },
    estimate: true,
    note: 'Medel av SCB:s fastställda tal jan–nov 2024 (412,74 … 416,75) och december härledd ur inflationstakten 0,8 % (413,34 × 1,008 = 416,65). Osäkerhet ±0,03; byt mot SCB:s publicerade årsmedel.',
  },
  2025: {
    value: 418.0,
    source: { ...SCB_KPI_12M, year: 2025 },
    estimate: true,
    note: 'Varje månad 2024 × inflationstakten samma månad 2025 (0,9; 1,3; 0,5; 0,3; 0,2; 0,7; 0,8; 1,1; 0,9; 0,9; 0,3; 0,3 %), medel 417,98 ≈ +0,7 % mot 2024. SCB:s årsmedel för 2025 ej hittat i källorna; byt när det är kontrollerat.',
  },
  2026: {
    value: 421.3,
    source: {
      publisher: 'SCB; Konjunkturinstitutet',
      document:
        'KPI februari 2026 (2020=100: 125,37, inflationstakt 0,5 % jan och feb); Konjunkturläget december 2024 (KPI 2026: +1,0 %)',
      year: 2026,
      url: 'https://www.scb.se/hitta-statistik/statistik-efter-amne/priser-och-ekonomiska-tendenser/priser/konsumentprisindex-kpi/pong/statistiknyhet/konsumentprisindex-kpi-februari-2026',
    },
    estimate: true,
    note: 'Prognos: 2025 × 1,008. Utfallen jan–feb 2026 låg på +0,5 % i årstakt (feb 125,37 med 2020=100 = 421,1 med 1980=100) och KI:s senast hittade prognos för 2026 är +1,0 %; mitt emellan, +0,8 %.',
  },
};

const MI_MEDIAN: Source = {
  publisher: 'SCB/Medlingsinstitutet',
  document: 'Lönestrukturstatistik, hela ekonomin: medianlön (månadslön, heltid)',
  year: 2022,
  url: 'https://www.mi.se/nyheter/2023/rakna-med-medianlon-eller-genomsnittslon/',
};

const MIGRATIONSVERKET: Source = {
  publisher: 'SCB (via Migrationsverket)',
  document:
    'Försörjningskrav för arbetstillstånd: 80 % av den medianlön SCB publicerar, tabell över medianlön per år',
  year: 2020,
  url: 'https://www.migrationsverket.se/Om-Migrationsverket/Aktuella-fragor/Forandringar-inom-arbetstillstandsomradet/Hojt-forsorjningskrav-for-arbetstillstand.html',
};

/** SCB's median monthly wage, whole economy, full-time equivalent, kronor. */
export const MEDIAN_MONTHLY_WAGE: Record<RuleYear, RuleValue> = {
  2016: {
    value: 29_300,
    source: { ...MI_MEDIAN, year: 2016 },
    estimate: true,
    note: 'Medianen 2018 (30 900) × medellönen 2016/2018 (32 800/34 600) = 29 292 ≈ 29 300; kvoten median/medel låg stilla 2018–2020 (0,893–0,898). SCB:s siffra för 2016 ej hittad.',
  },
  2017: {
    value: 30_100,
    source: { ...MI_MEDIAN, year: 2017 },
    estimate: true,
    note: 'Medianen 2018 (30 900) × medellönen 2017/2018 (33 700/34 600) = 30 096 ≈ 30 100. SCB:s siffra för 2017 ej hittad. Ger Balders potential 2017 (598 000 kr) inom −1,2 %.',
  },
  2018: {
    value: 30_900,
    source: {
      publisher: 'SCB',
      document: 'Sverige i siffror: Medianlöner i Sverige (2018)',
      year: 2018,
      url: 'https://scb.se/hitta-statistik/sverige-i-siffror/utbildning-jobb-och-pengar/medianloner-i-sverige/',
    },
  },
  2019: {
    value: 31_700,
    source: {
      publisher: 'SCB',
      document:
        'Lönestrukturstatistik 2019, hela ekonomin (medianlön 31 700, upp 2,6 % från 30 900)',
      year: 2019,
      url: 'https://cornucopia.cornubot.se/2020/09/medianlonen-var-31-700-i-manaden-ar-2019.html',
    },
    note: 'SCB:s siffra återgiven i andra hand (två oberoende återgivningar ger 31 700).',
  },
  2020: { value: 32_400, source: { ...MIGRATIONSVERKET, year: 2020 } },
  2021: {
    value: 33_200,
    source: {
      publisher: 'SCB/Medlingsinstitutet',
      document: 'Lönestrukturstatistik 2021: medianlönen 33 200 kr (P10 24 400, P90 53 000)',
      year: 2021,
      url: 'https://www.mi.se/lonestatistik/lonestrukturstatistik/',
    },
  },
  2022: { value: 34_200, source: MI_MEDIAN },
  2023: {
    value: 35_600,
    source: {
      publisher: 'SCB (via Migrationsverket)',
      document: 'Medianlönen har höjts (2024-06-24): 35 600 kr',
      year: 2023,
      url: 'https://www.migrationsverket.se/Andra-aktorer/Arbetsgivare/Nyhetsarkiv-for-arbetsgivare/Nyhetsarkiv-for-arbetsgivare/2024-06-24-Medianlonen-har-hojts.html',
    },
  },
  2024: {
    value: 37_100,
    source: {
      publisher: 'SCB (via Migrationsverket och regeringen)',
      document:
        'Försörjningskrav 80 % av medianlönen = 29 680 kr (från juni 2025); medianlönen 37 100 kr',
      year: 2024,
      url: 'https://nyheter24.se/nyheter/inrikes/1423651-lonekravet-for-invandrare-hojs',
    },
    note: '29 680 / 0,8 = 37 100; publicerad av SCB i juni 2025 (lönestrukturstatistik 2024).',
  },
  2025: {
    value: 38_400,
    source: {
      publisher: 'Medlingsinstitutet; Facken inom industrin/Industriarbetsgivarna',
      document:
        'Löneökningstakt hela ekonomin 3,6 % (sept 2025); industriavtalet 2025: 3,4 % 2025, 3,0 % 2026',
      year: 2025,
      url: 'https://www.mi.se/nyheter/kategori/lonestatistik',
    },
    estimate: true,
    note: 'Prognos: 37 100 × 1,035 = 38 399 ≈ 38 400 (löneökningstakten 2025 mellan märket 3,4 % och utfallet 3,6 %). SCB:s medianlön för 2025 (publicerad juni 2026) ej hittad i källorna; byt när den är kontrollerad.',
  },
  2026: {
    value: 39_600,
    source: {
      publisher: 'Facken inom industrin/Industriarbetsgivarna',
      document: 'Industriavtalet 2025–2027: 3,0 % från 1 april 2026 (märket)',
      year: 2026,
      url: 'https://unionen.se/om-unionen/avtalsnyhet/market-och-nya-avtal-inom-industrin-presenteras',
    },
    estimate: true,
    note: 'Prognos: 38 400 × 1,030 = 39 552 ≈ 39 600 (märket för andra avtalsåret).',
  },
};

const MI_MEAN: Source = {
  publisher: 'SCB/Medlingsinstitutet',
  document: 'Lönestrukturstatistik, hela ekonomin: genomsnittlig månadslön (heltid)',
  year: 2016,
  url: 'http://www.mi.se/avtal2017/genomsnittsloner/',
};

/** SCB's average (mean) monthly wage, whole economy, full-time equivalent, kronor. */
export const AVERAGE_MONTHLY_WAGE: Record<RuleYear, RuleValue> = {
  2016: { value: 32_800, source: MI_MEAN },
  2017: {
    value: 33_700,
    source: {
      publisher: 'SCB',
      document: 'Sverige i siffror: Medellöner i Sverige (2017)',
      year: 2017,
      url: 'http://www.sverigeisiffror.scb.se/hitta-statistik/sverige-i-siffror/utbildning-jobb-och-pengar/medelloner-i-sverige/',
    },
  },
  2018: {
    value: 34_600,
    source: {
      ...MI_MEAN,
      document: 'Genomsnittslöner i Sverige 2018, samtliga sektorer',
      year: 2018,
      url: 'https://www.mi.se/lon-loneutveckling/lonestrukturstatistik/',
    },
  },
  2019: {
    value: 35_300,
    source: {
      publisher: 'SCB',
      document: 'Lönestrukturstatistik 2019: medellön 35 300 kr',
      year: 2019,
      url: 'https://www.rikedomochfrihet.se/medel-och-medianlonen-i-sverige-2019-2020/',
    },
    note: 'SCB:s siffra återgiven i andra hand.',
  },
  2020: {
    value: 36_100,
    source: {
      publisher: 'SCB',
      document: 'Lönestrukturstatistik 2020: medellön 36 100 kr',
      year: 2020,
      url: 'https://www.sverigesviktigastejobb.se/loner-i-sverige-stor-skillnad-mellan-hogsta-och-lagsta-medellonen/',
    },
    note: 'SCB:s siffra återgiven i andra hand.',
  },
  2021: {
    value: 37_100,
    source: {
      ...MI_MEAN,
      document: 'Genomsnittslöner i Sverige 2021, samtliga sektorer',
      year: 2021,
      url: 'https://www.mi.se/lonestatistik/lonestrukturstatistik/',
    },
  },
  2022: {
    value: 38_300,
    source: {
      ...MI_MEAN,
      document: 'Räkna med medianlön eller genomsnittslön (genomsnittslönen 2022)',
      year: 2022,
      url: 'https://www.mi.se/nyheter/2023/rakna-med-medianlon-eller-genomsnittslon/',
    },
  },
  2023: {
    value: 39_900,
    source: {
      publisher: 'SCB',
      document: 'Lönestrukturstatistik 2023: medellön 39 900 kr (median 35 600)',
      year: 2023,
      url: 'https://natfinans.se/finansblogg/medellon-i-sverige',
    },
    note: 'SCB:s siffra återgiven i andra hand; medianen samma år stämmer med Migrationsverket.',
  },
  2024: {
    value: 41_500,
    source: {
      publisher: 'Medlingsinstitutet',
      document: 'Svenska löner i ett globalt perspektiv: lönerna ökade 4,0 % 2024',
      year: 2024,
      url: 'https://mi.se/nyheter/2025/svenska-loner-i-ett-globalt-perspektiv',
    },
    estimate: true,
    note: '39 900 × 1,040 = 41 496 ≈ 41 500. Medlingsinstitutets nyhet om 2024 anger ”41 …” men hela siffran syntes inte i källan.',
  },
  2025: {
    value: 43_000,
    source: {
      publisher: 'Medlingsinstitutet',
      document: 'Löneökningstakt hela ekonomin 3,6 % (sept 2025)',
      year: 2025,
      url: 'https://www.mi.se/nyheter/kategori/lonestatistik',
    },
    estimate: true,
    note: 'Prognos: 41 500 × 1,035 = 42 953 ≈ 43 000.',
  },
  2026: {
    value: 44_300,
    source: {
      publisher: 'Facken inom industrin/Industriarbetsgivarna',
      document: 'Industriavtalet 2025–2027: 3,0 % från 1 april 2026 (märket)',
      year: 2026,
      url: 'https://unionen.se/om-unionen/avtalsnyhet/market-och-nya-avtal-inom-industrin-presenteras',
    },
    estimate: true,
    note: 'Prognos: 43 000 × 1,030 = 44 290 ≈ 44 300.',
  },
};
