/**
 * Swedish benefit levels and ceilings by year, 2016–2026 (MODEL.md §4, §6).
 * Values only; the engine reads them through `rule-set.ts`.
 *
 * Conventions:
 * - Amounts are kronor per year at full time / full extent unless the id says
 *   otherwise (…PerDay, …PerMonth, the share and the 0/1 flags).
 * - 260 benefit days a year (five a week) for daily benefits, 40 weeks for a
 *   full-time study year.
 * - A rule that changed during a year is given as that year's average: by
 *   calendar days for daily benefits and the SGI ceiling, by months for
 *   monthly benefits and monthly ceilings, by term for the study grant. The
 *   dates of the law are in the note. The perspective is that of a person
 *   who enters the benefit during the year (a new decision); transitional
 *   rules for decisions taken earlier are mentioned in the notes.
 * - Every value names its source. A value no published figure confirms is
 *   `estimate: true` and its note says how it was reached. The three
 *   "typical participant" amounts (sickness benefit, unemployment benefit,
 *   social assistance) are estimates by nature: they keep the 2025 defaults
 *   of `parameters.ts` (110 000, 130 000, 125 000 kr) and carry them to other
 *   years by one stated rule each.
 */
import { RULE_YEARS } from '../types';
import type { RuleValue, RuleYear, Source, YearTable } from '../types';

export const BENEFIT_RULE_IDS = [
  /** Sjukpenning as a share of SGI: 80 % of the beräkningsunderlag, which is 97 % of SGI (0.776). */
  'sicknessBenefitShare',
  /** Ceiling on SGI (sjukpenninggrundande inkomst), kr per year: 7.5, 8 (from 1 July 2018) or 10 (from 2022) prisbasbelopp. */
  'sicknessBenefitCapPerYear',
  /** Sjukpenning for a typical participant of the target group (low SGI), kr per year at full extent; estimate. */
  'sicknessBenefitPerYear',
  /** Sjukersättning, garantinivå for a person aged 30 or more, full benefit, kr per year (monthly amount × 12). */
  'disabilityPensionPerYear',
  /** Aktivitetsersättning, garantinivå for a person aged 25–26, full benefit, kr per year (monthly amount × 12). */
  'activityCompensationPerYear',
  /** Arbetslöshetsersättning for a low-income recipient, kr per year at full time (260 days); estimate. */
  'unemploymentBenefitPerYear',
  /** Highest daily a-kassa (inkomstbaserad ersättning, the first 100 days), kr per day. */
  'unemploymentBenefitMaxPerDay',
  /** Grundbelopp of the a-kassa (grundförsäkringen, full time), kr per day; the law of 1 Oct 2025 has none. */
  'unemploymentBenefitBasicPerDay',
  /** Aktivitetsstöd at the lowest daily level (no right to a-kassa) × 260 days, kr per year. */
  'activitySupportPerYear',
  /** Utvecklingsersättning for an 18–24-year-old with completed upper-secondary school, × 260 days, kr per year (tax-free). */
  'developmentAllowancePerYear',
  /** Utvecklingsersättning for an 18–24-year-old without completed upper-secondary school, × 260 days, kr per year (tax-free). */
  'developmentAllowanceNoDiplomaPerYear',
  /** CSN studiebidrag (the grant part of studiemedel, general level, full time) per week × 40 weeks, kr per year; the loan is not a transfer and is left out. */
  'studyGrantPerYear',
  /** Lönebidrag: monthly ceiling on the gross WAGE (full time) the subsidy is computed from; employer contributions and premiums on that wage are added on top. */
  'wageSubsidyCeilingPerMonth',
  /** 1 if the lönebidrag ceiling is on labour cost including employer contributions, 0 if it is on the wage (it is on the wage). */
  'wageSubsidyCeilingIncludesContributions',
  /** 1 if the lönebidrag ceiling is reduced in proportion to working time for part-time work (it is). */
  'wageSubsidyCeilingProRata',
  /** Nystartsjobb: monthly gross wage (full time, pro rata for part time) up to which the subsidy (multiples of the employer contributions) is paid. */
  'newStartJobCeilingPerMonth',
  /** Riksnormen for a single adult living alone: personliga kostnader + gemensamma hushållskostnader for one person, kr per month. */
  'riksnormSinglePerMonth',
  /** Ekonomiskt bistånd for a single full-year recipient (riksnorm + housing and other reasonable costs), kr per year; estimate. */
  'socialAssistancePerYear',
  /** Socialstyrelsen's statistic: ekonomiskt bistånd paid in the year ÷ households that received it at some time (kr per household and year; not a full-year amount). */
  'socialAssistanceAvgPerHousehold',
] as const;

export type BenefitRuleId = (typeof BENEFIT_RULE_IDS)[number];

// ---------------------------------------------------------------------------
// Base amounts and helpers

/**
 * Prisbasbelopp by year (förordningar om prisbasbelopp, e.g. SFS 2015:536 for
 * 2016, 2016:863 for 2017, 2017:865 for 2018, 2020:764 for 2021, 2025:872 for
 * 2026; Försäkringskassan's "Aktuella belopp" for 2022–2023).
 */
const PBB: Record<RuleYear, number> = {
  2016: 44_300,
  2017: 44_800,
  2018: 45_500,
  2019: 46_500,
  2020: 47_300,
  2021: 47_600,
  2022: 48_300,
  2023: 52_500,
  2024: 57_300,
  2025: 58_800,
  2026: 59_200,
};

/**
 * Inkomstbasbelopp by year: the wage index used to carry the estimates for a
 * typical participant between years (förordningar om inkomstbasbelopp, e.g.
 * SFS 2015:537 for 2016 and 2020:964 for 2021; 2017–2019 and 2022 seen in
 * secondary sources; 2020 and 2023–2026 from docs/PARAMETER-LEADS.md, not
 * re-checked here, which matters only for estimates).
 */
const IBB: Record<RuleYear, number> = {
  2016: 59_300,
  2017: 61_500,
  2018: 62_500,
  2019: 64_400,
  2020: 66_800,
  2021: 68_200,
  2022: 71_000,
  2023: 74_300,
  2024: 76_200,
  2025: 80_600,
  2026: 83_400,
};

const DAYS_PER_YEAR_PAID = 260;
const STUDY_WEEKS_PER_YEAR = 40;
const SICKNESS_SHARE = 0.8 * 0.97;

function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}

/** Day of the year (0 = 1 January) of the given date, month 1–12. */
function dayIndex(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000;
}

/**
 * Average by calendar days of a level that changes during the year. `steps`
 * lists [month, day, level] from 1 January on, each level in force from its
 * date until the next one.
 */
function dayWeighted(year: number, steps: readonly [number, number, number][]): number {
  const total = daysInYear(year);
  let sum = 0;
  steps.forEach(([month, day, level], i) => {
    const from = dayIndex(year, month, day);
    const next = steps[i + 1];
    const to = next ? dayIndex(year, next[0], next[1]) : total;
    sum += (to - from) * level;
  });
  return sum / total;
}

/** Average by months; `steps` lists [first month 1–12, level]. */
function monthWeighted(steps: readonly [number, number][]): number {
  let sum = 0;
  steps.forEach(([month, level], i) => {
    const next = steps[i + 1];
    sum += ((next ? next[0] : 13) - month) * level;
  });
  return sum / 12;
}

const round = (x: number, step = 1): number => Math.round(x / step) * step;
const round2 = (x: number): number => Math.round(x * 100) / 100;

function val(value: number, source: Source, note?: string): RuleValue {
  return note ? { value, source, note } : { value, source };
}

function est(value: number, source: Source, note: string): RuleValue {
  return { value, source, estimate: true, note };
}

function byYear(f: (year: RuleYear) => RuleValue): Record<RuleYear, RuleValue> {
  const out = {} as Record<RuleYear, RuleValue>;
  for (const y of RULE_YEARS) out[y] = f(y);
  return out;
}

/** Swedish number format for notes: 44 300, 2,53 (locale-independent). */
function fmt(x: number): string {
  const [int, dec] = String(Math.round(x * 100) / 100).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return dec ? `${grouped},${dec}` : grouped;
}

// ---------------------------------------------------------------------------
// Sources

const FK_BELOPP_URL =
  'https://www.forsakringskassan.se/privatperson/e-tjanster-blanketter-och-informationsmaterial/aktuella-belopp';
const FK_HISTORIK_URL = `${FK_BELOPP_URL}/aktuella-belopp-historik`;

function fk(year: number, document: string, url = FK_BELOPP_URL): Source {
  return { publisher: 'Försäkringskassan', document, year, url };
}

function sfs(number: string, title: string, year: number, url?: string): Source {
  return {
    publisher: 'Regeringen (Svensk författningssamling)',
    document: `SFS ${number} ${title}`,
    year,
    ...(url ? { url } : {}),
  };
}

function pbbSource(year: RuleYear): Source {
  return {
    publisher: 'Regeringen',
    document: `Förordning om prisbasbelopp för år ${year}: ${fmt(PBB[year])} kr`,
    year,
  };
}

function ibbSource(year: RuleYear): Source {
  return {
    publisher: 'Regeringen',
    document: `Förordning om inkomstbasbelopp för år ${year}: ${fmt(IBB[year])} kr (löneindex för uppskattningen)`,
    year,
  };
}

const SFB_SICKNESS: Source = {
  publisher: 'Regeringen (Svensk författningssamling)',
  document:
    'Socialförsäkringsbalken (2010:110) 27–28 kap.: sjukpenning på normalnivå 80 % av beräkningsunderlaget, som är 97 % av SGI',
  year: 2016,
};

// ---------------------------------------------------------------------------
// Sjukpenning

const SGI_CAP_PBB: Record<RuleYear, number> = {
  2016: 7.5,
  2017: 7.5,
  2018: NaN, // 7.5 until 30 June, 8 from 1 July: day-weighted below
  2019: 8,
  2020: 8,
  2021: 8,
  2022: 10,
  2023: 10,
  2024: 10,
  2025: 10,
  2026: 10,
};

function sgiCap(year: RuleYear): number {
  if (year === 2018) {
    return round(
      dayWeighted(2018, [
        [1, 1, 7.5 * PBB[2018]],
        [7, 1, 8 * PBB[2018]],
      ]),
    );
  }
  return SGI_CAP_PBB[year] * PBB[year];
}

function sgiCapRule(year: RuleYear): RuleValue {
  const value = sgiCap(year);
  switch (year) {
    case 2016:
    case 2017:
      return val(
        value,
        pbbSource(year),
        `7,5 prisbasbelopp (SFB 25 kap. 5 §) × ${fmt(PBB[year])} kr.`,
      );
    case 2018:
      return val(
        value,
        fk(
          2018,
          'Regeländringar sommaren 2018: taket för SGI höjs från 7,5 till 8 prisbasbelopp den 1 juli 2018 (prop. 2017/18:1)',
        ),
        'Årsmedel efter kalenderdagar: 7,5 × 45 500 = 341 250 kr t.o.m. 30 juni (181 dagar), 8 × 45 500 = 364 000 kr från 1 juli (184 dagar).',
      );
    case 2019:
    case 2020:
      return val(value, pbbSource(year), `8 prisbasbelopp × ${fmt(PBB[year])} kr.`);
    case 2021:
      return val(
        value,
        fk(
          2021,
          'Aktuella belopp historik 2021: SGI högst 380 800 kr; sjukpenning högst 810 kr/dag',
          FK_HISTORIK_URL,
        ),
      );
    case 2022:
      return val(
        value,
        fk(2022, 'Aktuella belopp 2022: SGI högst 483 000 kr; sjukpenning högst 1 027 kr/dag'),
        'Taket höjdes från 8 till 10 prisbasbelopp den 1 januari 2022 (inte 2023).',
      );
    case 2023:
      return val(
        value,
        fk(
          2023,
          'Aktuella belopp 2023: högsta möjliga SGI 525 000 kr; sjukpenning högst 1 116 kr/dag',
        ),
      );
    default:
      return val(value, pbbSource(year), `10 prisbasbelopp × ${fmt(PBB[year])} kr.`);
  }
}

/** The 2025 default of parameters.ts for a participant with a low SGI. */
const SICKNESS_2025 = 110_000;

function sicknessTypicalRule(year: RuleYear): RuleValue {
  const value = round((SICKNESS_2025 * IBB[year]) / IBB[2025], 100);
  return est(
    value,
    ibbSource(year),
    year === 2025
      ? 'Förvalet i parameters.ts: målgruppen har ofta låg SGI (≈ 142 000 kr/år × 0,776), långt under taket. Övriga år räknas från detta med inkomstbasbeloppet som löneindex.'
      : `110 000 kr (2025, låg SGI för målgruppen) × inkomstbasbelopp ${fmt(IBB[year])} / ${fmt(IBB[2025])}, avrundat till 100 kr. SGI följer lönen, så samma låga lön ger samma andel av lönenivån varje år.`,
  );
}

// ---------------------------------------------------------------------------
// Sjuk- och aktivitetsersättning, garantinivå

/** Garantinivå in prisbasbelopp per year, full benefit: [30 years or older, 25–26 years]. */
function guaranteeLevel(year: RuleYear): [number, number] {
  if (year === 2016) return [2.4, 2.25];
  if (year === 2017)
    return [
      monthWeighted([
        [1, 2.4],
        [7, 2.45],
      ]),
      monthWeighted([
        [1, 2.25],
        [7, 2.3],
      ]),
    ];
  if (year === 2018)
    return [
      monthWeighted([
        [1, 2.45],
        [7, 2.53],
      ]),
      monthWeighted([
        [1, 2.3],
        [7, 2.38],
      ]),
    ];
  if (year <= 2021) return [2.53, 2.38];
  return [2.78, 2.63];
}

const SFS_2016_1293 = sfs(
  '2016:1293',
  'Lag om ändring i socialförsäkringsbalken (35 kap. 18–19 §§): garantinivå 2,45 prisbasbelopp från 30 år och 2,30 vid 25–26 år, från 1 juli 2017 (+0,05)',
  2017,
  'https://www.lagboken.se/Lagboken/start/sfs/sfs/2016/1200-1299/d_2879663-sfs-2016_1293-lag-om-andring-i-socialforsakringsbalken',
);
const SFS_2017_1306 = sfs(
  '2017:1306',
  'Lag om ändring i socialförsäkringsbalken (35 kap. 18–19 §§): garantinivå 2,53 prisbasbelopp från 30 år, +0,08 från 1 juli 2018',
  2018,
  'https://www.lagboken.se/Lagboken/start/socialratt/socialforsakringsbalk-2010110/d_3140647-sfs-2017_1306-lag-om-andring-i-socialforsakringsbalken',
);
const SFS_2021_1240 = sfs(
  '2021:1240',
  'Lag om ändring i socialförsäkringsbalken (35 kap. 18–19 §§): garantinivå 2,78 prisbasbelopp från 30 år och 2,63 vid 25–26 år från 1 januari 2022',
  2022,
  'https://www.lagboken.se/Lagboken/start/sfs/sfs/2021/1200-1299/d_4516823-sfs-2021_1240-lag-om-andring-i-socialforsakringsbalken',
);

function guaranteeRule(year: RuleYear, which: 0 | 1): RuleValue {
  const factor = guaranteeLevel(year)[which];
  const value = round(factor * PBB[year]);
  const age = which === 0 ? 'från 30 år' : '25–26 år';
  const formula = `${fmt(factor)} prisbasbelopp × ${fmt(PBB[year])} kr`;
  switch (year) {
    case 2016:
      return val(
        value,
        SFS_2016_1293,
        `${formula}: nivån före höjningen med 0,05 prisbasbelopp den 1 juli 2017 (${age}).`,
      );
    case 2017:
      return val(
        value,
        SFS_2016_1293,
        `${formula}: årsmedel efter månader, 6 månader på ${which === 0 ? '2,40' : '2,25'} och 6 på ${which === 0 ? '2,45' : '2,30'} (${age}).`,
      );
    case 2018:
      return val(
        value,
        fk(
          2018,
          'Regeländringar sommaren 2018: garantinivån för sjuk- och aktivitetsersättning höjs med 0,08 prisbasbelopp från 1 juli 2018 (SFS 2017:1306)',
        ),
        `${formula}: årsmedel efter månader, 6 månader på ${which === 0 ? '2,45' : '2,30'} och 6 på ${which === 0 ? '2,53' : '2,38'} (${age}).`,
      );
    case 2019:
    case 2020:
      return val(value, SFS_2017_1306, `${formula} (${age}).`);
    case 2021:
      return val(
        value,
        fk(
          2021,
          `Aktuella belopp historik 2021: hel garantiersättning ${which === 0 ? 'från 30 år 2,53 prisbasbelopp = 120 428 kr/år (10 036 kr/mån)' : 'mellan 25 och 27 år 2,38 prisbasbelopp = 113 288 kr/år (9 441 kr/mån)'}`,
          FK_HISTORIK_URL,
        ),
      );
    case 2022:
      return val(
        value,
        fk(
          2022,
          `Aktuella belopp 2022: hel garantiersättning ${which === 0 ? 'från 30 år 2,78 prisbasbelopp = 134 274 kr/år' : 'mellan 25 och 27 år 2,63 prisbasbelopp = 127 029 kr/år'}`,
        ),
        'Extra höjning med 0,25 prisbasbelopp den 1 januari 2022 (SFS 2021:1240).',
      );
    case 2023:
      return val(
        value,
        which === 0
          ? {
              publisher: 'Försäkringskassan (via Hjärnkraft)',
              document:
                'Ökning av ersättningar och bidrag 2023: garantinivå från 30 år 12 163 kr/mån',
              year: 2023,
              url: 'https://hjarnkraft.se/2023/01/12/okning-av-ersattningar-och-bidrag-2023/',
            }
          : SFS_2021_1240,
        `${formula} (${age}).`,
      );
    case 2025:
      return val(
        value,
        fk(
          2025,
          `Sjuk- och aktivitetsersättning 2025, garantinivå: ${which === 0 ? '13 622 kr/mån från 30 år' : '12 887 kr/mån vid 25–26 år'}`,
        ),
        `${formula} (${age}).`,
      );
    default:
      return val(
        value,
        year === 2024 ? SFS_2021_1240 : pbbSource(year),
        `${formula} (${age}); nivån i prisbasbelopp oförändrad sedan 2022 (SFS 2021:1240), ingen senare ändring funnen.`,
      );
  }
}

// ---------------------------------------------------------------------------
// Arbetslöshetsersättning

const AKASSA_2016: Source = {
  publisher: 'Regeringen / a-kassorna',
  document:
    'Arbetslöshetsersättning: högst 910 kr/dag dag 1–100 (760 kr därefter) och grundbelopp 365 kr/dag sedan hösten 2015 (budgetpropositionen för 2015)',
  year: 2016,
  url: 'http://hamnakassa.se/regeringen-foreslar-hojning-av-dagpenning/',
};
const AKASSA_2020: Source = {
  publisher: 'Regeringen / Sveriges a-kassor',
  document:
    'Tillfälliga regler i a-kassan från 13 april 2020: högsta dagpenning 910 → 1 200 kr (dag 1–100), grundbelopp 365 → 510 kr',
  year: 2020,
  url: 'https://www.ledarnasakassa.se/news/tillfalliga-regler-i-a-kassan-uppdaterat-12-maj?c=orange',
};
const AKASSA_2022: Source = {
  publisher: 'ST:s a-kassa',
  document:
    'Regler inom arbetslöshetsförsäkringen 2021 och 2022: upp till 1 200 kr/dag dag 1–100, 1 000 kr därefter; grundersättning högst 510 kr/dag',
  year: 2022,
  url: 'https://stsakassa.se/fragor-svar/tillfalliga-regler-i-a-kassan-2020',
};
const AKASSA_2023: Source = {
  publisher: 'Ledarnas a-kassa',
  document:
    'Tillfälliga regler: de höjda ersättningsnivåerna (1 200 / 510 kr) kvarstår under 2023 (regeringsbeslut 22 december 2022)',
  year: 2023,
  url: 'https://www.ledarnasakassa.se/ersattning/tillfalliga-regler',
};
const AKASSA_2024: Source = {
  publisher: 'Lärarnas a-kassa; Sveriges Marknadsförbunds a-kassa',
  document:
    'Din ersättning: högst 1 200 kr/dag de första 100 dagarna, grundersättning högst 510 kr/dag; den ersättningsgrundande inkomsten 33 000 kr gällde till 3 augusti 2025',
  year: 2024,
  url: 'https://lararnasakassa.se/ersattning/din-ersattning/',
};
const AKASSA_2025: Source = {
  publisher: 'IAF; Sveriges Marknadsförbunds a-kassa',
  document:
    'Högsta ersättningen höjs till 1 236 kr/dag (inkomst 34 000 kr) den 4 augusti 2025; ny lag om arbetslöshetsförsäkring från 1 oktober 2025 (prop. 2023/24:128): ersättningen baseras på inkomster, tak 34 000 kr/mån, inget grundbelopp',
  year: 2025,
  url: 'https://www.iaf.se/lag-ratt/ny-arbetsloshetsforsakring-fran-1-oktober',
};
const AKASSA_2026: Source = {
  ...AKASSA_2025,
  document:
    'Lag om arbetslöshetsförsäkring (från 1 oktober 2025, prop. 2023/24:128): ersättningsgrundande inkomst högst 34 000 kr/mån, 80 % de första 100 dagarna (= 1 236 kr/dag vid 22 dagar/mån), inget grundbelopp',
  year: 2026,
};

function akassaSource(year: RuleYear): Source {
  if (year <= 2019) return { ...AKASSA_2016, year };
  if (year === 2020) return AKASSA_2020;
  if (year <= 2022) return { ...AKASSA_2022, year };
  if (year === 2023) return AKASSA_2023;
  if (year === 2024) return AKASSA_2024;
  if (year === 2025) return AKASSA_2025;
  return AKASSA_2026;
}

function akassaMax(year: RuleYear): number {
  if (year <= 2019) return 910;
  if (year === 2020)
    return round2(
      dayWeighted(2020, [
        [1, 1, 910],
        [4, 13, 1200],
      ]),
    );
  if (year <= 2024) return 1200;
  if (year === 2025)
    return round2(
      dayWeighted(2025, [
        [1, 1, 1200],
        [8, 4, 1236],
      ]),
    );
  return 1236;
}

function akassaBasic(year: RuleYear): number {
  if (year <= 2019) return 365;
  if (year === 2020)
    return round2(
      dayWeighted(2020, [
        [1, 1, 365],
        [4, 13, 510],
      ]),
    );
  if (year <= 2024) return 510;
  if (year === 2025)
    return round2(
      dayWeighted(2025, [
        [1, 1, 510],
        [10, 1, 0],
      ]),
    );
  return 0;
}

function akassaMaxRule(year: RuleYear): RuleValue {
  const value = akassaMax(year);
  const notes: Partial<Record<RuleYear, string>> = {
    2020: 'Årsmedel efter kalenderdagar: 910 kr t.o.m. 12 april (103 dagar), 1 200 kr från 13 april 2020 (263 dagar).',
    2024: 'De tillfälliga nivåerna från 2020 förlängdes år för år och gällde tills taket höjdes i augusti 2025.',
    2025: 'Årsmedel efter kalenderdagar: 1 200 kr t.o.m. 3 augusti (215 dagar), 1 236 kr från 4 augusti (150 dagar); den nya lagen från 1 oktober har samma tak (34 000 kr × 80 %).',
    2026: 'Den nya lagen betalar per månad: 34 000 × 80 % = 27 200 kr/mån, uttryckt per dag 1 236 kr. Ersättningen trappas ned efter 100 dagar (−10 procentenheter) och 200 dagar (−5).',
  };
  return val(value, akassaSource(year), notes[year]);
}

function akassaBasicRule(year: RuleYear): RuleValue {
  const value = akassaBasic(year);
  const notes: Partial<Record<RuleYear, string>> = {
    2020: 'Årsmedel efter kalenderdagar: 365 kr t.o.m. 12 april (103 dagar), 510 kr från 13 april 2020 (263 dagar).',
    2025: 'Årsmedel efter kalenderdagar för nya ersättningsbeslut: 510 kr t.o.m. 30 september (273 dagar), inget grundbelopp i den nya lagen från 1 oktober (92 dagar). Perioder beslutade före 1 oktober behåller 510 kr.',
    2026: 'Den nya lagen (från 1 oktober 2025) har inget grundbelopp: alla med inkomstvillkoret får inkomstbaserad ersättning, 80/60/50 % efter medlemstid. Pågående perioder beslutade före 1 oktober 2025 behåller 510 kr.',
  };
  return val(value, akassaSource(year), notes[year]);
}

/** Daily a-kassa of a low-income recipient in 2025: the default 130 000 kr / 260 days. */
const AKASSA_LOW_2025 = 130_000 / DAYS_PER_YEAR_PAID;

function unemploymentTypicalRule(year: RuleYear): RuleValue {
  const lowIncome = (AKASSA_LOW_2025 * IBB[year]) / IBB[2025];
  const daily = Math.min(akassaMax(year), Math.max(akassaBasic(year), lowIncome));
  const value = round(daily * DAYS_PER_YEAR_PAID, 100);
  const floorBinds = akassaBasic(year) > lowIncome;
  return est(
    value,
    akassaSource(year),
    `Låginkomsttagare: 500 kr/dag 2025 (förvalet 130 000 kr / 260 dagar, ≈ 80 % av en lön på ≈ 13 500 kr/mån) × inkomstbasbelopp ${fmt(IBB[year])} / ${fmt(IBB[2025])} = ${fmt(round2(lowIncome))} kr/dag, aldrig under årets grundbelopp (${fmt(akassaBasic(year))} kr/dag) och aldrig över högsta dagpenning; × 260 dagar, avrundat till 100 kr.${floorBinds ? ' Här binder grundbeloppet.' : ''}${year === 2025 ? ' 2025 är förvalet i parameters.ts oförändrat.' : ''}`,
  );
}

// ---------------------------------------------------------------------------
// Aktivitetsstöd och utvecklingsersättning

const FK_AKTIVITETSSTOD: Source = {
  publisher: 'Försäkringskassan',
  document:
    'Aktivitetsstöd (till a-kassorna): aktivitetsstödet sänks till grundbeloppet 223 kronor per dag för den som inte uppfyller villkoren för a-kassa',
  year: 2016,
  url: 'https://www.forsakringskassan.se/myndigheter/arbetsloshetskassor/forsakring/aktivitetsstod',
};
const AKTIVITETSSTOD_2025: Source = {
  publisher: 'Försäkringskassan (via Nyheter24); Regeringen',
  document:
    'Nya regler från 1 oktober 2025: lägsta nivån för aktivitetsstöd på heltid höjs från 223 till 365 kr per dag',
  year: 2025,
  url: 'https://nyheter24.se/nyheter/ekonomi/privatekonomi/1419113-ny-lag-for-arbetslosa-ny-ersattning-galler-fran-1-oktober',
};

function activityLowestPerDay(year: RuleYear): number {
  if (year <= 2024) return 223;
  if (year === 2025)
    return dayWeighted(2025, [
      [1, 1, 223],
      [10, 1, 365],
    ]);
  return 365;
}

function activitySupportRule(year: RuleYear): RuleValue {
  const daily = activityLowestPerDay(year);
  const value = round(daily * DAYS_PER_YEAR_PAID);
  if (year <= 2024) return val(value, { ...FK_AKTIVITETSSTOD, year }, '223 kr × 260 dagar.');
  if (year === 2025)
    return val(
      value,
      AKTIVITETSSTOD_2025,
      `Årsmedel efter kalenderdagar: 223 kr t.o.m. 30 september (273 dagar), 365 kr från 1 oktober (92 dagar) = ${fmt(round2(daily))} kr/dag, × 260 dagar. Den som får inkomstbaserat aktivitetsstöd enligt övergångsreglerna får minst 432 kr/dag okt–dec 2025.`,
    );
  return val(value, { ...AKTIVITETSSTOD_2025, year: 2026 }, '365 kr × 260 dagar.');
}

/**
 * CSN studiebidrag per week, full time (general level). Studiemedel follow
 * the prisbasbelopp; the grant has been ⌊1,59 % × PBB⌋ until 30 June 2018 and
 * ⌊1,74 % × PBB⌋ since 1 July 2018 (the political +68 kr/week), which
 * reproduces every published figure found (704, 712, 723, 791, 809, 913, 997,
 * 1 023). 2018 is the average of the spring term (723) and the autumn term (791).
 */
function studyGrantWeek(year: RuleYear): number {
  if (year <= 2017) return Math.floor(0.0159 * PBB[year]);
  if (year === 2018) return (Math.floor(0.0159 * PBB[2018]) + Math.floor(0.0174 * PBB[2018])) / 2;
  return Math.floor(0.0174 * PBB[year]);
}

const CSN_2019: Source = {
  publisher: 'CSN',
  document:
    'Studiemedlen höjs något 2019: 10 676 kr per fyra veckor, varav bidrag 3 236 kr (809 kr per vecka)',
  year: 2019,
  url: 'https://www.csn.se/om-csn/aktuellt/nyhetsflode/2018-09-24-studiemedlen-hojs-nagot-2019-till-foljd-av-hogre-prisbasbelopp.html',
};
const CSN_2025: Source = {
  publisher: 'CSN',
  document: 'Studiebidrag 2025: 1 023 kr per vecka vid heltidsstudier',
  year: 2025,
};

const CSN_PUBLISHED: Partial<Record<RuleYear, Source>> = {
  2016: {
    publisher: 'CSN',
    document: 'Studiemedel när du studerar på heltid, 2016: bidrag 704 kr per vecka',
    year: 2016,
    url: 'http://www.csn.se/komv-folkh-gymn/studiemedel/hur-mycket-kan-du-fa/belopp-heltid-1.2782',
  },
  2017: {
    publisher: 'CSN',
    document: 'Hur mycket pengar får jag? 2017: bidrag 712 kr per vecka vid heltidsstudier',
    year: 2017,
    url: 'https://kundservice.csn.se/fragor--svar/hur-mycket-pengar-far-jag.html',
  },
  2018: {
    publisher: 'CSN',
    document:
      'Nytt från och med 1 juli 2018: bidragsdelen höjs med 68 kr per vecka (från 723 till 791 kr; generell bidragsnivå 2 892 kr per fyra veckor före höjningen)',
    year: 2018,
    url: 'https://www.csn.se/partner/nyheter/2018-05-24-nytt-fran-och-med-1-juli-2018.html',
  },
  2019: CSN_2019,
  2023: {
    publisher: 'CSN (via Arbetet)',
    document: 'Studiemedel 2023, heltid: 913 kr bidrag och 2 100 kr lån per vecka',
    year: 2023,
    url: 'https://arbetet.se/2023/07/12/csn-lan-detta-galler-for-csn-nar-du-kommit-in-pa-en-utbildning/',
  },
  2024: {
    publisher: 'CSN',
    document: 'Belopp studiemedel för heltidsstudier 2024: bidrag 997 kr per vecka',
    year: 2024,
    url: 'https://service.csn.se/bidrag-och-lan/studiestod/studiemedel.html',
  },
  2025: CSN_2025,
};

function studyGrantRule(year: RuleYear): RuleValue {
  const week = studyGrantWeek(year);
  const value = week * STUDY_WEEKS_PER_YEAR;
  const published = CSN_PUBLISHED[year];
  if (published) {
    return val(
      value,
      published,
      year === 2018
        ? `Vårterminen 723 kr/vecka, hösten 791 kr/vecka: medel ${fmt(week)} kr × 40 veckor.`
        : `${fmt(week)} kr per vecka × 40 veckor.`,
    );
  }
  return est(
    value,
    year === 2026 ? CSN_2025 : CSN_2019,
    `⌊1,74 % × prisbasbeloppet ${fmt(PBB[year])}⌋ = ${fmt(week)} kr per vecka × 40 veckor: regeln som återger CSN:s publicerade belopp 2018–2025 (791, 809, 913, 997, 1 023 kr/vecka); CSN:s siffra för ${year} ej hittad.`,
  );
}

const SFS_2017_816 = sfs(
  '2017:816',
  'Förordning om ändring i förordningen (1996:1100) om aktivitetsstöd, 3 §: utvecklingsersättning motsvarande en femtedel av studiebidraget inom studiemedlet till den som har gymnasieexamen; till övriga studiebidraget inom studiehjälpen delat med 22',
  2017,
  'https://www.lagboken.se/Lagboken/start/sfs/sfs/2017/800-899/d_3022853-sfs-2017_816-forordning-om-andring-i-forordningen-1996_1100-om-aktivitetsstod',
);
const SFS_2019_1160 = sfs(
  '2019:1160',
  'Förordning om ändring i förordningen (2017:819) om ersättning till deltagare i arbetsmarknadspolitiska insatser, 2 kap. 11 § (samma regel från 1 januari 2020)',
  2020,
  'https://www.lagboken.se/Lagboken/start/sfs/sfs/2019/1100-1199/d_3806046-sfs-2019_1160-forordning-om-andring-i-forordningen-2017_819-om-ersattning-till-deltagare-i',
);
const FK_UTVECKLINGSERSATTNING: Source = {
  publisher: 'Försäkringskassan',
  document:
    'Utvecklingsersättning (2017): 142 kr per dag med gymnasieexamen, vanligtvis 48 kr per dag utan, heltid; skattefri',
  year: 2017,
  url: 'https://www.forsakringskassan.se/privatpers/arbetssokande/om_du_ar_arbetssokande_eller_deltar_i_arbetsmarknadspolitiskt_program/utvecklingsersattning',
};

const SFS_2012_173 = sfs(
  '2012:173',
  'Förordning om ändring i förordningen (1996:1100) om aktivitetsstöd, 3 §: till den som har gymnasieexamen lämnas utvecklingsersättning motsvarande studiebidraget inom studiemedlet delat med fem',
  2016,
  'https://open.karnovgroup.se/arbetsratt/SFS2012-0173',
);

function developmentSource(year: RuleYear): Source {
  if (year === 2016) return SFS_2012_173;
  if (year === 2017) return FK_UTVECKLINGSERSATTNING;
  if (year <= 2019) return SFS_2017_816;
  return SFS_2019_1160;
}

function developmentRule(year: RuleYear): RuleValue {
  const source = developmentSource(year);
  if (year === 2018) {
    const daily = dayWeighted(2018, [
      [1, 1, Math.round(723 / 5)],
      [7, 1, Math.round(791 / 5)],
    ]);
    return val(
      round(daily * DAYS_PER_YEAR_PAID),
      source,
      'Studiebidraget/5: 145 kr/dag t.o.m. 30 juni (181 dagar), 158 kr/dag från 1 juli 2018 (184 dagar); årsmedel × 260 dagar.',
    );
  }
  const daily = Math.round(studyGrantWeek(year) / 5);
  const value = daily * DAYS_PER_YEAR_PAID;
  const note = `Studiebidraget ${fmt(studyGrantWeek(year))} kr/vecka / 5 = ${daily} kr/dag (hela kronor) × 260 dagar.`;
  if (CSN_PUBLISHED[year] || year === 2017) return val(value, source, note);
  return est(
    value,
    source,
    `${note} Studiebidraget för ${year} är härlett ur prisbasbeloppet (se studyGrantPerYear).`,
  );
}

function developmentNoDiplomaRule(year: RuleYear): RuleValue {
  const note1 =
    'Före 7 augusti 2017 fick den utan gymnasieexamen den högre nivån från andra halvåret det år hen fyllde 20.';
  if (year <= 2017)
    return val(
      48 * DAYS_PER_YEAR_PAID,
      FK_UTVECKLINGSERSATTNING,
      `Studiehjälpens studiebidrag 1 050 kr/mån / 22 = 48 kr/dag × 260 dagar. ${note1}`,
    );
  const csn2018: Source = {
    publisher: 'CSN',
    document:
      'Nytt från och med 1 juli 2018: studiebidraget inom studiehjälpen höjs från 1 050 till 1 250 kr per månad',
    year: 2018,
    url: 'https://www.csn.se/partner/nyheter/2018-05-24-nytt-fran-och-med-1-juli-2018.html',
  };
  if (year === 2018) {
    const daily = dayWeighted(2018, [
      [1, 1, 48],
      [7, 1, 57],
    ]);
    return val(
      round(daily * DAYS_PER_YEAR_PAID),
      csn2018,
      '1 050/22 = 48 kr/dag t.o.m. 30 juni, 1 250/22 = 57 kr/dag från 1 juli 2018 (lagen trädde i kraft 1 juli; för studiehjälpen retroaktivt från 1 mars); årsmedel efter kalenderdagar × 260.',
    );
  }
  return val(
    57 * DAYS_PER_YEAR_PAID,
    year <= 2019 ? { ...csn2018, year: 2018 } : SFS_2019_1160,
    'Studiehjälpens studiebidrag 1 250 kr/mån (sedan 2018) / 22 = 57 kr/dag × 260 dagar.',
  );
}

// ---------------------------------------------------------------------------
// Lönebidrag och nystartsjobb

const SFS_2016_1275 = sfs(
  '2016:1275',
  'Förordning om ändring i förordningen (2000:630) om särskilda insatser för personer med funktionshinder, 28 §: den del av lönekostnaden vid heltidsarbete som överstiger en bruttolön om 17 100 kr per månad läggs inte till grund för bidrag (tidigare 16 700 kr)',
  2016,
  'https://www.lagboken.se/Lagboken/start/sfs/sfs/2016/1200-1299/d_2879645-sfs-2016_1275-forordning-om-andring-i-forordningen-2000_630-om-sarskilda-insatser-for-personer-med',
);
const SFS_2017_887 = sfs(
  '2017:887',
  'Förordning om ändring i förordningen (2017:462) om särskilda insatser för personer med funktionsnedsättning, 21 §: endast den del av bruttolönen som vid heltidsarbete uppgår till som mest 18 300 kr per månad och de avgifter och premier som är hänförliga till denna del läggs till grund för bidrag; vid deltidsarbete minskas bidraget i förhållande till arbetstiden (från 1 november 2017)',
  2017,
  'https://www.lagboken.se/Lagboken/start/sfs/sfs/2017/800-899/d_3071212-sfs-2017_887-forordning-om-andring-i-forordningen-2017_462-om-sarskilda-insatser-for-personer-med',
);
const LONEBIDRAG_2019: Source = {
  publisher: 'Regeringen (via Arbetsgivaralliansen)',
  document: 'Höjt lönebidragstak: från 18 300 till 19 100 kr från den 1 april 2019',
  year: 2019,
  url: 'https://www.arbetsgivaralliansen.se/nyheter/hojt-lonebidragstak-for-personer-med-funktionsnedsattning/',
};
const LONEBIDRAG_2020: Source = {
  publisher: 'Regeringen (via Arbetsgivaralliansen)',
  document: 'Lönebidragen höjs: taket från 19 100 till 20 000 kr per månad från den 1 januari 2020',
  year: 2020,
  url: 'https://www.arbetsgivaralliansen.se/nyheter/hojt-lonebidrag/',
};
const AF_TAKBELOPP: Source = {
  publisher: 'Arbetsförmedlingen',
  document:
    'Så här beräknas ersättningen vid del av månad: lön eller takbeloppet × arbetsgivaravgiftsfaktor; lönebidrag takbelopp 19 100 kr, faktor 1,3744; nystartsjobb 20 000 kr, faktor 1,3142',
  year: 2019,
  url: 'https://www.arbetsformedlingen.se/For-arbetsgivare/Begar-ersattning/Sa-har-beraknas-ersattningen-vid-del-av-manad',
};

function wageSubsidyCeilingRule(year: RuleYear): RuleValue {
  switch (year) {
    case 2016:
      return val(
        16_700,
        SFS_2016_1275,
        'Bruttolön 16 700 kr/mån vid heltid (förordningen 2000:630, 28 §) före höjningen till 17 100 kr; "i början av 2017 låg taket på 16 700 kronor" (Arbetet 2019).',
      );
    case 2017:
      return est(
        round(
          monthWeighted([
            [1, 16_700],
            [2, 17_100],
            [11, 18_300],
          ]),
        ),
        SFS_2017_887,
        'Årsmedel efter månader: 16 700 kr i januari, 17 100 kr februari–oktober (SFS 2016:1275; ikraftträdandet 1 februari 2017 antaget, samma dag som nystartsjobbens ändringar i SFS 2016:1274), 18 300 kr från 1 november 2017.',
      );
    case 2018:
      return val(18_300, SFS_2017_887);
    case 2019:
      return val(
        round(
          monthWeighted([
            [1, 18_300],
            [4, 19_100],
          ]),
        ),
        LONEBIDRAG_2019,
        'Årsmedel efter månader: 18 300 kr januari–mars, 19 100 kr från 1 april 2019.',
      );
    case 2026:
      return est(
        20_000,
        { ...LONEBIDRAG_2020, year: 2020 },
        '20 000 kr sedan 1 januari 2020; ingen ändring för 2026 funnen (budgetpropositionen för 2026 nämner ingen).',
      );
    default:
      return val(
        20_000,
        LONEBIDRAG_2020,
        year >= 2021 ? '20 000 kr sedan 1 januari 2020, ingen senare ändring funnen.' : undefined,
      );
  }
}

function wageSubsidyFlagRule(year: RuleYear, flag: 'contributions' | 'proRata'): RuleValue {
  const source = year === 2016 ? SFS_2016_1275 : SFS_2017_887;
  if (flag === 'contributions')
    return val(
      0,
      source,
      'Taket gäller bruttolönen vid heltid; arbetsgivaravgifter och avtalsförsäkringar på den delen läggs till ovanpå. Arbetsförmedlingen räknar lönen upp till takbeloppet × arbetsgivaravgiftsfaktorn 1,3744 (Så här beräknas ersättningen vid del av månad, 2019).',
    );
  return val(
    1,
    source,
    year === 2016
      ? 'Taket anges för heltidsarbete (lönekostnaden "vid heltidsarbete"); vid deltid minskas det i proportion.'
      : 'Vid deltidsarbete minskas bidraget (taket) i förhållande till arbetstiden.',
  );
}

const NYSTART_2015: Source = {
  publisher: 'Regeringen',
  document:
    'Nystartsjobb – tak för den bidragsgrundande lönekostnaden: 22 000 kr i månaden från 1 april 2015, vid heltid; minskas proportionellt vid deltid',
  year: 2015,
  url: 'https://www.regeringen.se/artiklar/2015/05/nystartsjobb---tak-for-den-bidragsgrundande-lonekostnaden/',
};
const SFS_2017_885 = sfs(
  '2017:885',
  'Förordning om ändring i förordningen (2006:1481) om stöd för nystartsjobb, 12 e §: stöd högst det belopp som skulle ha återbetalats vid ett avgiftsunderlag på 20 000 kr vid heltidsarbete; vid deltid minskas proportionellt (från 1 november 2017)',
  2017,
  'https://www.lagboken.se/Lagboken/start/sfs/sfs/2017/800-899/d_3071210-sfs-2017_885-forordning-om-andring-i-forordningen-2006_1481-om-stod-for-nystartsjobb',
);
const AF_NYSTART: Source = {
  publisher: 'Arbetsförmedlingen',
  document:
    'Nystartsjobb: ersättningen motsvarar minst en arbetsgivaravgift för den del av månadslönen som är upp till 20 000 kr vid heltidsarbete; vid deltid minskar stödet proportionellt',
  year: 2025,
  url: 'https://arbetsformedlingen.se/for-arbetsgivare/anstallningsstod/stod-nar-en-person-varit-arbetslos-lange-eller-ar-nyanland/nystartsjobb',
};

function newStartJobRule(year: RuleYear): RuleValue {
  if (year === 2016) return val(22_000, NYSTART_2015, 'Taket från 1 april 2015 gällde hela 2016.');
  if (year === 2017)
    return est(
      round(
        monthWeighted([
          [1, 22_000],
          [11, 20_000],
        ]),
      ),
      SFS_2017_885,
      'Årsmedel efter månader: 22 000 kr januari–oktober, 20 000 kr från 1 november 2017. Att den nya beräkningsregeln från 1 februari 2017 (SFS 2016:1274) behöll 22 000 kr är antaget.',
    );
  if (year <= 2019) return val(20_000, year === 2018 ? SFS_2017_885 : AF_TAKBELOPP);
  if (year === 2026)
    return est(
      20_000,
      { ...AF_NYSTART, year: 2025 },
      '20 000 kr sedan november 2017; ingen ändring för 2026 funnen.',
    );
  return val(
    20_000,
    year >= 2024 ? AF_NYSTART : AF_TAKBELOPP,
    'Oförändrat 20 000 kr sedan 1 november 2017 (även i förordningen 2018:43 om stöd för nystartsjobb).',
  );
}

// ---------------------------------------------------------------------------
// Riksnorm och ekonomiskt bistånd

/** [personliga kostnader, ensamstående; gemensamma hushållskostnader, 1 person], kr/month. */
const RIKSNORM_PARTS: Record<RuleYear, [number, number]> = {
  2016: [2_950, 940],
  2017: [2_980, 950],
  2018: [3_030, 970],
  2019: [3_090, 990],
  2020: [3_150, 1_010],
  2021: [3_160, 1_020],
  2022: [3_210, 1_040],
  2023: [3_490, 1_130],
  2024: [3_790, 1_230],
  2025: [NaN, NaN],
  2026: [NaN, NaN],
};

function riksnorm(year: RuleYear): number {
  if (year === 2025) return 5_180;
  if (year === 2026) return 5_220;
  const [personal, household] = RIKSNORM_PARTS[year];
  return personal + household;
}

const SOS_RIKSNORM_2016: Source = {
  publisher: 'Socialstyrelsen',
  document:
    'Riksnormen för 2016: barnens belopp höjs, gemensamma hushållskostnader +10 kr (TV-avgiften); 2015: ensamstående 2 950 kr, 1 person 930 kr',
  year: 2016,
  url: 'http://www.socialstyrelsen.se/ekonomisktbistand/riksnormen',
};
const RG_RIKSNORM_2018: Source = {
  publisher: 'Regeringen',
  document:
    'Höjning av riksnormen i försörjningsstödet (pressmeddelande nov. 2017): samtliga poster +1,6 % för 2018, +70 kr/mån för en ensamstående utan barn',
  year: 2018,
  url: 'https://www.regeringen.se/pressmeddelanden/2017/11/hojning-av-riksnormen-i-forsorjningsstodet-gynnar-barnfamiljer/',
};
const SOS_RIKSNORM_2019: Source = {
  publisher: 'Socialstyrelsen',
  document:
    'Riksnormen för 2019: samtliga poster +2 % avrundat till tiotal; ensamstående 3 090 kr, gemensamma hushållskostnader 1 person 990 kr',
  year: 2019,
  url: 'https://www.socialstyrelsen.se/ekonomisktbistand/riksnormen',
};
const SFS_2020_1013 = sfs(
  '2020:1013',
  'Förordning om ändring i socialtjänstförordningen (2001:937), 2 kap. 1 §: riksnormen 2021, ensamstående 3 160 kr, gemensamma hushållskostnader 1 person 1 020 kr',
  2021,
  'https://www.lagboken.se/Lagboken/start/sfs/sfs/2020/1000-1099/d_4150301-sfs-2020_1013-forordning-om-andring-i-socialtjanstforordningen-2001_937',
);
const RIKSNORM_2023: Source = {
  publisher: 'Ängelholms kommun; Umeå kommun',
  document:
    'Norm för ekonomiskt bistånd fr.o.m. 2023-01-01: ensamstående 3 490 kr, gemensamma kostnader 1 person 1 130 kr (riksnormen höjd 8,6 % för 2023)',
  year: 2023,
  url: 'https://www.engelholm.se/omsorg-och-hjalp/socialt-och-ekonomiskt-stod/ekonomiskt-bistand/budgetnorm.html',
};
const RG_RIKSNORM_2024: Source = {
  publisher: 'Regeringen',
  document: 'Riksnorm för 2024 fastställd: samtliga delposter räknas upp med 8,7 procent',
  year: 2024,
  url: 'https://www.regeringen.se/artiklar/2023/11/riksnorm-for-2024-faststalld/',
};

function riksnormRule(year: RuleYear): RuleValue {
  const value = riksnorm(year);
  const [p, h] = RIKSNORM_PARTS[year];
  const parts = `${fmt(p)} kr (personliga kostnader, ensamstående) + ${fmt(h)} kr (gemensamma hushållskostnader, 1 person)`;
  switch (year) {
    case 2016:
      return val(
        value,
        SOS_RIKSNORM_2016,
        `${parts}: vuxnas belopp oförändrade från 2015, hushållsdelen +10 kr.`,
      );
    case 2017:
      return val(
        value,
        RG_RIKSNORM_2018,
        `${parts}: de enda tiotal som med +1,6 % avrundat ger 2018 års 3 030 + 970; höjningen blir då +70 kr som pressmeddelandet anger.`,
      );
    case 2018:
      return val(
        value,
        SOS_RIKSNORM_2019,
        `${parts}: de enda tiotal som med +2 % avrundat till tiotal ger 2019 års 3 090 + 990.`,
      );
    case 2019:
      return val(value, SOS_RIKSNORM_2019, parts);
    case 2020:
      return est(
        value,
        {
          publisher: 'JP Infonet (Socialstyrelsen)',
          document:
            'Riksnormen för försörjningsstöd 2020: normens samtliga poster +1,9 % jämfört med 2019',
          year: 2020,
          url: 'https://www.jpinfonet.se/kunskap/nyheter4/riksnormen-for-forsorjningsstod-2020',
        },
        `${parts}: 2019 års belopp × 1,019 avrundat till tiotal. Osäkerhet ±10 kr i hushållsdelen (2021 års 1 020 kr kräver 1 010–1 020 kr 2020).`,
      );
    case 2021:
      return val(value, SFS_2020_1013, parts);
    case 2022:
      return est(
        value,
        { ...RIKSNORM_2023, year: 2023 },
        `${parts}: de enda tiotal som med +8,6 % (2023) avrundat ger 2023 års 3 490 + 1 130. SFS-texten för 2022 ej hittad.`,
      );
    case 2023:
      return val(value, RIKSNORM_2023, `${parts}; kommunens norm återger riksnormen.`);
    case 2024:
      return est(
        value,
        RG_RIKSNORM_2024,
        `2023 års 3 490 + 1 130 kr × 1,087, avrundat till tiotal: ${parts}. SFS-texten för 2024 ej hittad; osäkerhet ±10 kr.`,
      );
    default:
      return est(
        value,
        {
          publisher: 'Socialstyrelsen / Regeringen',
          document: `Riksnormen för ${year}, ensamstående (uppgift ur andrahandskälla, ej bekräftad mot förordningen)`,
          year,
        },
        year === 2025
          ? 'Ledtrådens ≈ 5 180 kr/mån (≈ +3,2 % mot 2024 års härledda 5 020 kr); förordningstexten ej hittad.'
          : 'Ledtrådens ≈ 5 220 kr/mån (≈ +0,8 % mot 2025, i linje med prisbasbeloppet +0,7 %); förordningstexten ej hittad.',
      );
  }
}

/** The 2025 default of parameters.ts for a single full-year recipient. */
const SOCIAL_ASSISTANCE_2025 = 125_000;
/** Its part beyond the riksnorm (housing, electricity, insurance …), kr per year in 2025. */
const SOCIAL_ASSISTANCE_OTHER_2025 = SOCIAL_ASSISTANCE_2025 - 12 * 5_180;

function socialAssistanceRule(year: RuleYear): RuleValue {
  const other = (SOCIAL_ASSISTANCE_OTHER_2025 * PBB[year]) / PBB[2025];
  const value = round(12 * riksnorm(year) + other, 100);
  return est(
    value,
    riksnormRule(year).source,
    `12 × riksnormen ${fmt(riksnorm(year))} kr + boende, el och försäkring: 2025 års ${fmt(SOCIAL_ASSISTANCE_OTHER_2025)} kr (= 125 000 − 12 × 5 180, förvalet i parameters.ts) × prisbasbelopp ${fmt(PBB[year])} / ${fmt(PBB[2025])} = ${fmt(round(other))} kr; avrundat till 100 kr. Socialstyrelsens snitt per hushåll (socialAssistanceAvgPerHousehold) är lägre eftersom många hushåll får bistånd bara en del av året.`,
  );
}

const SOS_STAT = (year: number, document: string, url?: string): Source => ({
  publisher: 'Socialstyrelsen',
  document: `Statistik om ekonomiskt bistånd ${year}: ${document}`,
  year,
  ...(url ? { url } : {}),
});
const REGIONFAKTA_URL =
  'https://www.regionfakta.com/gotlands-lan/befolkning-och-hushall/ekonomiskt-bistand';

function socialAssistanceAvgRule(year: RuleYear): RuleValue {
  switch (year) {
    case 2016:
      return val(
        round(10.5e9 / 220_112, 100),
        SOS_STAT(
          2016,
          '220 112 hushåll, 10,5 mdkr (via SKL)',
          'https://skl.se/integrationsocialomsorg/socialomsorg/faktaomsocialtjansten/faktaomsocialtjanst/ekonomisktbistand.15780.html',
        ),
        'Utbetalt ÷ hushåll, avrundat till 100 kr (totalen är avrundad till 0,1 mdkr).',
      );
    case 2017:
      return val(
        round(10.7e9 / 213_550, 100),
        SOS_STAT(
          2017,
          '213 550 hushåll, 10,7 mdkr',
          'https://kunskapsguiden.se/Ekonomiskt-bistand/kunskapsstod/Statistik/Sidor/Statistik-om-ekonomiskt-bistand-2017.aspx',
        ),
        'Utbetalt ÷ hushåll, avrundat till 100 kr.',
      );
    case 2018:
      return val(
        round(11.2e9 / 206_479, 100),
        SOS_STAT(
          2018,
          '206 479 hushåll, 11,2 mdkr (via SKR)',
          'https://www.bt.se/okategoriserade/kostnader-for-ekonomiskt-bistand-okar/',
        ),
        'Utbetalt ÷ hushåll, avrundat till 100 kr.',
      );
    case 2019:
      return est(
        round((1_129 * 10.28e6) / 202_199, 100),
        SOS_STAT(2019, '202 199 hushåll, 1 129 kr per invånare (Regionfakta)', REGIONFAKTA_URL),
        'Kostnad per invånare 1 129 kr × medelfolkmängd ≈ 10,28 milj. ≈ 11,6 mdkr, ÷ 202 199 hushåll; folkmängden är ungefärlig.',
      );
    case 2020:
      return val(
        round(11.9e9 / 198_514, 100),
        SOS_STAT(
          2020,
          '198 514 hushåll, drygt 11,9 mdkr',
          'https://www.socialstyrelsen.se/statistik-och-data/statistik/statistikamnen/ekonomiskt-bistand/',
        ),
        'Utbetalt ÷ hushåll, avrundat till 100 kr.',
      );
    case 2021:
      return est(
        round((1_119 * 10.4e6) / 182_328, 100),
        SOS_STAT(2021, '182 328 hushåll, 1 119 kr per invånare (Regionfakta)', REGIONFAKTA_URL),
        'Kostnad per invånare 1 119 kr × medelfolkmängd ≈ 10,40 milj. ≈ 11,6 mdkr, ÷ 182 328 hushåll; folkmängden är ungefärlig.',
      );
    case 2022:
      return val(
        67_020,
        SOS_STAT(
          2022,
          '160 630 hushåll, 10 765 475 tkr, 67 020 kr per hushåll (Regionfakta)',
          REGIONFAKTA_URL,
        ),
      );
    case 2023:
      return est(
        round((986 * 10.54e6) / 145_740, 100),
        SOS_STAT(2023, '145 740 hushåll, 986 kr per invånare (Regionfakta)', REGIONFAKTA_URL),
        'Kostnad per invånare 986 kr × medelfolkmängd ≈ 10,54 milj. ≈ 10,4 mdkr, ÷ 145 740 hushåll; folkmängden är ungefärlig.',
      );
    case 2024:
      return val(
        75_045,
        SOS_STAT(
          2024,
          '145 456 hushåll, 10 915 807 tkr, 75 045 kr per hushåll (Regionfakta)',
          REGIONFAKTA_URL,
        ),
      );
    default:
      return est(
        round((75_045 * riksnorm(year)) / riksnorm(2024), 100),
        SOS_STAT(2024, '75 045 kr per hushåll (Regionfakta)', REGIONFAKTA_URL),
        `Statistiken för ${year} är inte publicerad: 2024 års 75 045 kr × riksnormen ${fmt(riksnorm(year))} / ${fmt(riksnorm(2024))}.`,
      );
  }
}

// ---------------------------------------------------------------------------
// The table

const SERIES: Record<BenefitRuleId, Record<RuleYear, RuleValue>> = {
  sicknessBenefitShare: byYear((y) =>
    val(
      SICKNESS_SHARE,
      { ...SFB_SICKNESS, year: y },
      '0,8 × 0,97; fortsättningsnivån 75 % efter 364 dagar ingår inte.',
    ),
  ),
  sicknessBenefitCapPerYear: byYear(sgiCapRule),
  sicknessBenefitPerYear: byYear(sicknessTypicalRule),
  disabilityPensionPerYear: byYear((y) => guaranteeRule(y, 0)),
  activityCompensationPerYear: byYear((y) => guaranteeRule(y, 1)),
  unemploymentBenefitPerYear: byYear(unemploymentTypicalRule),
  unemploymentBenefitMaxPerDay: byYear(akassaMaxRule),
  unemploymentBenefitBasicPerDay: byYear(akassaBasicRule),
  activitySupportPerYear: byYear(activitySupportRule),
  developmentAllowancePerYear: byYear(developmentRule),
  developmentAllowanceNoDiplomaPerYear: byYear(developmentNoDiplomaRule),
  studyGrantPerYear: byYear(studyGrantRule),
  wageSubsidyCeilingPerMonth: byYear(wageSubsidyCeilingRule),
  wageSubsidyCeilingIncludesContributions: byYear((y) => wageSubsidyFlagRule(y, 'contributions')),
  wageSubsidyCeilingProRata: byYear((y) => wageSubsidyFlagRule(y, 'proRata')),
  newStartJobCeilingPerMonth: byYear(newStartJobRule),
  riksnormSinglePerMonth: byYear(riksnormRule),
  socialAssistancePerYear: byYear(socialAssistanceRule),
  socialAssistanceAvgPerHousehold: byYear(socialAssistanceAvgRule),
};

/** Benefit levels and ceilings for every rule year, each with its source. */
export const BENEFIT_RULES: YearTable<BenefitRuleId> = (() => {
  const table = {} as YearTable<BenefitRuleId>;
  for (const y of RULE_YEARS) {
    const row = {} as Record<BenefitRuleId, RuleValue>;
    for (const id of BENEFIT_RULE_IDS) row[id] = SERIES[id][y];
    table[y] = row;
  }
  return table;
})();

/** The plain numbers of one year's benefit rules. */
export function benefitRuleValues(year: RuleYear): Record<BenefitRuleId, number> {
  const out = {} as Record<BenefitRuleId, number>;
  for (const id of BENEFIT_RULE_IDS) out[id] = BENEFIT_RULES[year][id].value;
  return out;
}
