/**
 * Swedish personal income tax and employer contributions, income years 2016–2026: the
 * base amounts, the average local tax rates, the state income tax, the tax reductions that
 * `tax.ts` computes (jobbskatteavdrag, skattereduktion för sjuk- och aktivitetsersättning,
 * för förvärvsinkomst, the temporary one for work income) and the employer contribution
 * rates, with the reduced rates for young people as yearly averages.
 *
 * Every value carries its source. Where only a derivation or a secondary source backs a
 * value, it is marked `estimate: true` and the note says how it was reached.
 *
 * The grundavdrag for people under 66 (inkomstskattelagen 63 kap. 3 §) is not here: its
 * coefficients were the same in every year 2016–2026 and live as constants in `tax.ts`.
 */
import type { RuleValue, RuleYear, Source, YearTable } from '../types';
import { RULE_YEARS } from '../types';

export const TAX_RULE_IDS = [
  /** Prisbasbelopp, kr (socialförsäkringsbalken 2 kap. 6–7 §§): the unit of the tax formulas. */
  'prisbasbelopp',
  /** Inkomstbasbelopp, kr (socialförsäkringsbalken 58 kap. 26–27 §§). */
  'inkomstbasbelopp',
  /** National average municipal income tax rate, share (SCB OE0101). */
  'municipalTaxRate',
  /** National average regional (landsting) income tax rate, share (SCB OE0101). */
  'regionalTaxRate',
  /** State income tax on taxable earned income above the skiktgräns, share (IL 65 kap. 5 §). */
  'stateIncomeTaxRate',
  /** Skiktgräns: taxable earned income (after grundavdrag) above which state tax is due, kr. */
  'stateIncomeTaxThreshold',
  /** Värnskatt: the additional state tax above the upper skiktgräns, share (0 from 2020). */
  'upperStateTaxRate',
  /** Upper skiktgräns on taxable earned income, kr (0 from 2020: no upper threshold). */
  'upperStateTaxThreshold',
  /** Arbetsgivaravgifter, the standard full rate, share (socialavgiftslagen 2 kap. 26 §). */
  'employerContributionRate',
  /** Jobbskatteavdrag (IL 67 kap. 7 §): work income up to this many PBB counts in full. */
  'jobTaxCreditStep1Pbb',
  /** Jobbskatteavdrag: upper end of the second bracket, PBB. */
  'jobTaxCreditStep2Pbb',
  /** Jobbskatteavdrag: upper end of the third bracket, PBB; above it the base is flat. */
  'jobTaxCreditStep3Pbb',
  /** Jobbskatteavdrag: share of work income between step 1 and step 2 added to the base. */
  'jobTaxCreditRate2',
  /** Jobbskatteavdrag: the base at step 2 as the law writes it, PBB. */
  'jobTaxCreditBaseAtStep2Pbb',
  /** Jobbskatteavdrag: share of work income between step 2 and step 3 added to the base. */
  'jobTaxCreditRate3',
  /** Jobbskatteavdrag: the flat base above step 3, PBB. */
  'jobTaxCreditMaxPbb',
  /** Jobbskatteavdrag phase-out: work income above this many PBB reduces it (0 = none). */
  'jobTaxCreditPhaseOutPbb',
  /** Jobbskatteavdrag phase-out: share of the work income above the threshold (0 = none). */
  'jobTaxCreditPhaseOutRate',
  /** Skattereduktion för sjuk- och aktivitetsersättning (IL 67 kap. 9 c §): end of bracket 1, PBB. */
  'sickCompensationCreditStep1Pbb',
  /** Sjuk- och aktivitetsersättning reduction: share of the benefit in bracket 1 in the base. */
  'sickCompensationCreditRate1',
  /** Sjuk- och aktivitetsersättning reduction: end of bracket 2, PBB (= step 1: no bracket 2). */
  'sickCompensationCreditStep2Pbb',
  /** Sjuk- och aktivitetsersättning reduction: share of the benefit in bracket 2 in the base. */
  'sickCompensationCreditRate2',
  /** Sjuk- och aktivitetsersättning reduction: the base at step 2 as the law writes it, PBB. */
  'sickCompensationCreditBaseAtStep2Pbb',
  /** Sjuk- och aktivitetsersättning reduction: share of the benefit above step 2 in the base. */
  'sickCompensationCreditRate3',
  /** Sjuk- och aktivitetsersättning reduction: 1 if the grundavdrag is deducted from the base. */
  'sickCompensationCreditLessAllowance',
  /** Sjuk- och aktivitetsersättning reduction: at least this share of the benefit (× local rate). */
  'sickCompensationCreditMinShare',
  /** Skattereduktion för förvärvsinkomst (IL 67 kap. 46–48 §§): taxable income floor, kr. */
  'incomeCreditThreshold',
  /** Skattereduktion för förvärvsinkomst: share of taxable income above the floor. */
  'incomeCreditRate',
  /** Skattereduktion för förvärvsinkomst: the maximum, kr. */
  'incomeCreditMax',
  /** Tillfällig skattereduktion för arbetsinkomster (2021–2022): work income floor, kr. */
  'temporaryWorkCreditFloor',
  /** Temporary work-income reduction: share of work income above the floor. */
  'temporaryWorkCreditRate',
  /** Temporary work-income reduction: the maximum, kr. */
  'temporaryWorkCreditMax',
  /** Temporary work-income reduction: work income above which it is phased out, kr. */
  'temporaryWorkCreditPhaseOutFrom',
  /** Temporary work-income reduction: share of work income above that by which it falls. */
  'temporaryWorkCreditPhaseOutRate',
  /** Employer contributions for ages 15–18 (at the start of the year 15–17), yearly average share. */
  'employerContributionRateYouth15to18',
  /** Employer contributions for ages 19–23 (at the start of the year 18–22), yearly average share. */
  'employerContributionRateYouth19to23',
  /** Employer contributions for ages 24–25, yearly average share. */
  'employerContributionRateYouth24to25',
  /** Monthly pay up to which the youth rates apply, kr/month; above it the standard rate (0 = no cap). */
  'employerContributionYouthWageCap',
] as const;

export type TaxRuleId = (typeof TAX_RULE_IDS)[number];

const src = (publisher: string, document: string, year: number, url?: string): Source => ({
  publisher,
  document,
  year,
  ...(url ? { url } : {}),
});

/** A value that holds over a run of years. */
interface Period {
  from: RuleYear;
  to?: RuleYear;
  value: number;
  source: Source;
  estimate?: boolean;
  note?: string;
}

/** One id's values over the years, from periods that must cover every year exactly once. */
function byYear(id: string, ...periods: Period[]): Record<RuleYear, RuleValue> {
  const out: Partial<Record<RuleYear, RuleValue>> = {};
  for (const p of periods) {
    for (const year of RULE_YEARS) {
      if (year < p.from || year > (p.to ?? p.from)) continue;
      if (out[year]) throw new Error(`tax-rules: ${id} has two values for ${year}`);
      out[year] = {
        value: p.value,
        source: p.source,
        ...(p.estimate ? { estimate: true } : {}),
        ...(p.note ? { note: p.note } : {}),
      };
    }
  }
  for (const year of RULE_YEARS)
    if (!out[year]) throw new Error(`tax-rules: ${id} has no value for ${year}`);
  return out as Record<RuleYear, RuleValue>;
}

// ---------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------

const VISMA_BASBELOPP = src(
  'Visma Spcs (Skatteverkets belopp)',
  'Basbelopp: prisbasbelopp och inkomstbasbelopp 2017–2025',
  2025,
  'https://support.vismaspcs.se/visma-deklaration-arsredovisning/sv-se/content/online-help/infobanken/basbelopp.htm',
);
const SKV433_2026 = src(
  'Skatteverket',
  'Teknisk beskrivning SKV 433, 2026, utgåva 36 (grundavdrag, jobbskatteavdrag, skiktgräns)',
  2026,
  'https://www.skatteverket.se/download/18.1522bf3f19aea8075ba55c/1765284655603/teknisk-beskrivning-skv-433-2026-utgava-36.pdf',
);
const SKV_AMOUNTS_2026 = src(
  'Skatteverket',
  'Belopp och procentsatser för inkomståret 2026',
  2026,
  'https://www.skatteverket.se/download/18.1522bf3f19aea8075ba3285/1765894689093/belopp-och-procentsatser-for-inkomstaret-2026.pdf',
);
const SCB_2016_2019 = src(
  'SCB',
  'Kommunalskatterna 2019 (OE0101), statistiknyhet 2018-12-14: total kommunal skattesats 2016–2019, genomsnitt för riket',
  2019,
  'https://www.scb.se/hitta-statistik/statistik-efter-amne/offentlig-ekonomi/finanser-for-den-kommunala-sektorn/kommunalskatterna/pong/statistiknyhet/kommunalskatterna-2019/',
);
const SCB_2020 = src(
  'SCB',
  'Kommunalskatterna 2020 (OE0101): medel 32,28 %, +9 öre varav 2 öre kommuner och 7 öre regioner',
  2020,
  'https://www.lidingonyheter.se/hogsta-och-lagsta-kommunalskatten-2020/',
);
const SCB_2021 = src(
  'SCB',
  'Kommunalskatterna 2021 (OE0101): medel 32,27 %, kommunerna −1 öre, regionerna oförändrade',
  2021,
  'https://www.aktuellanyheteriveckan.se/nyheter/mellan-den-hogsta-och-lagsta-kommunalskattesatsen-i-landet-skiljer-det-over-6-procentenheter',
);
const SKR_2022 = src(
  'SKR',
  'Kommunalskatteförändringar 2022: kommuner 20,67, regioner oförändrat, sammantaget 32,24',
  2022,
  'https://skr.se/skr/ekonomijuridik/ekonomi/nyhetsarkivekonomi/nyheterekonomi/kommunalskatteforandringar2022.60320.html',
);
const SKR_2023 = src(
  'SKR / SCB',
  'Kommunalskatteförändringar 2023 (SKR: kommuner 20,67, regioner 11,57); SCB OE0101: medel 32,23 %',
  2023,
  'https://skr.se/skr/ekonomijuridik/ekonomi/nyhetsarkivekonomi/nyheterekonomi/kommunalskatteforandringar2023.68378.html',
);
const SCB_2024 = src(
  'SCB',
  'Kommunalskatterna 2024 (OE0101): medel 32,37 %, regionerna närmare +10 öre, kommunerna drygt +3 öre',
  2024,
  'https://www.upday.com/se/stoersta-skattehoejningen-pa-nio-ar',
);
const SCB_2025 = src(
  'SCB',
  'Kommunalskatterna 2025 (OE0101), medel 32,41 %; fördelning kommun/region som i 2025 års parameteruppsättning (Regionfakta)',
  2025,
);
const SCB_2026 = src(
  'SCB',
  'Kommunalskatterna 2026 (OE0101): medel 32,38 %, −3 öre; Region Västerbotten +50 öre, Region Stockholm −5 öre',
  2026,
  'https://www.realtid.se/tt-nyhet/har-ar-kommunerna-som-far-lagre-skatt-nasta-ar',
);

const IL_65_5 = (year: number, document: string, url?: string) =>
  src('Regeringen', `Inkomstskattelagen 65 kap. 5 §; ${document}`, year, url);

const JSA_2016 = src(
  'Skatteverket',
  'Inkomstskattelagen 67 kap. 7 § (femte steget, prop. 2013/14:1; avtrappning 3 % över 13,54 prisbasbelopp från 2016, prop. 2015/16:1); Teknisk beskrivning SKV 433 för 2016',
  2016,
  'https://web.archive.org/web/2017/https://skatteverket.se/download/18.3810a01c150939e893fd09a/1450188269972/43326.pdf',
);
const JSA_2016_NOTE =
  'Cross-checked: with these constants the phase-out starts at 13,54 × 44 300 ≈ 600 000 kr and ends near 123 000 kr/month in 2016, as Björn Lundén reports (bjornlunden.se, "Minskat jobbskatteavdrag på lön över 50 000"); and the 2019 step raises the credit at 30 000 kr/month by ≈ 200 kr/month, as reported for 2019.';
const JSA_2019 = src(
  'Riksdagen',
  'Inkomstskattelagen 67 kap. 7 § as adopted from bet. 2018/19:FiU1, reservation 5 (sjätte steget); the same brackets (34,05 %, 1,703, 12,8 %) are mirrored in 67 kap. 9 c § by SFS 2021:1159',
  2019,
  'https://data.riksdagen.se/dokument/H601FiU1',
);
const JSA_2022 = src(
  'Riksdagen',
  'Inkomstskattelagen 67 kap. 7 § (SFS 2021:1160, sjunde steget, bet. 2021/22:FiU1); for 2023 also Björn Lundén, "Jobbskatteavdrag – så räknar du"',
  2022,
  'https://www.lagboken.se/Lagboken/start/sfs/sfs/2021/1100-1199/d_4494232-sfs-2021_1160-lag-om-andring-i-inkomstskattelagen-1999_1229',
);
const JSA_2024 = src(
  'Regeringen',
  'Inkomstskattelagen 67 kap. 7 § (prop. 2023/24:1); Björn Lundén, "Jobbskatteavdrag – så räknar du" (2024 table); Ekonomifakta: högst 3 578 kr/mån 2024',
  2024,
  'https://www.bjornlunden.se/skatt/jobbskatteavdrag__196',
);
const JSA_2025 = src(
  'Regeringen',
  'Inkomstskattelagen 67 kap. 7 § (prop. 2024/25:1): tredje skiktet 19,9 %, avtrappningen slopad (pressmeddelande 2024-09)',
  2025,
  'https://regeringen.se/pressmeddelanden/2024/09/regeringen-foreslar-att-de-hogsta-marginalskatterna-sanks-for-att-oka-tillvaxten',
);
const JSA_2026 = src(
  'Skatteverket',
  'Teknisk beskrivning SKV 433, 2026, avsnitt 7.5.2 (prop. 2025/26:32): tredje skiktet 25,1 %, tak 3,027 prisbasbelopp',
  2026,
  SKV433_2026.url,
);

const SA_2018 = src(
  'Skatteverket',
  'Inkomstskattelagen 67 kap. 9 c § (SFS 2017:1212, prop. 2017/18:1): 4,5 % av underlaget upp till 2,53 prisbasbelopp och 2,5 % av resten, × kommunal skattesats; rättslig vägledning 2019.3',
  2018,
  'https://www4.skatteverket.se/rattsligvagledning/edition/2019.3/364206.html',
);
const SA_2022 = src(
  'Riksdagen',
  'Inkomstskattelagen 67 kap. 9 c § (SFS 2021:1159, prop. 2021/22:33): som jobbskatteavdraget, minus grundavdraget, minst 4,5 % av underlaget',
  2022,
  'https://www.lagboken.se/Lagboken/start/sfs/sfs/2021/1100-1199/d_4494231-sfs-2021_1159-lag-om-andring-i-inkomstskattelagen-1999_1229',
);
const SA_2022_NOTE =
  'Unchanged 2022–2025: the April 2022 proposal to strengthen it from 2023 (Fi2022/01284) was not enacted (Riksrevisionen 2023 lists no change in 2023), and prop. 2025/26:32 strengthens the reduction for underlag above ≈ 54 000 kr (0,91 PBB) from 2026, so the 34,05 % bracket was still in force in 2025.';
const SA_2026 = src(
  'Regeringen',
  'Prop. 2025/26:32 Sänkt skatt på arbetsinkomster, pension och sjuk- och aktivitetsersättning (inkomstskattelagen 67 kap. 9 c §)',
  2026,
  'http://data.riksdagen.se/dokument/HD0332.html',
);
const SA_2026_NOTE =
  'Prop. 2025/26:32 removes the gap to the 2026 jobbskatteavdrag for underlag above 0,91 PBB; the values are those of the 2026 jobbskatteavdrag without its 8,08 PBB cap (as in the 2022 construction), as transcribed from SKV 433 2026 by an open-source calculator. The enacted text was not seen.';
const NO_SA = src(
  'Regeringen',
  'Inkomstskattelagen 67 kap. 9 a–c §§ införs först 1 januari 2018 (SFS 2017:1212)',
  2018,
  'https://rkjh.se/blog/2018/03/12/sa%CC%88nkt-skatt-pa-sjukersa%CC%88ttning-och-aktivitetsersa%CC%88ttning/',
);

const INCOME_CREDIT = src(
  'Skatteverket',
  'Inkomstskattelagen 67 kap. 46–48 §§, rättslig vägledning 2024.3: 0,75 % av beskattningsbar förvärvsinkomst över 40 000 kr, högst 1 500 kr (från 2021)',
  2024,
  'https://www4.skatteverket.se/rattsligvagledning/edition/2024.3/387712.html',
);
const INCOME_CREDIT_NOTE =
  'The 2 820 kr version proposed in prop. 2021/22:33 was not enacted: SFS 2021:1159 amended only 67 kap. 9 c §, and Skatteverket still states 1 500 kr in 2024.';
const NO_INCOME_CREDIT = src(
  'Regeringen',
  'Skattereduktion för förvärvsinkomst införs först 1 januari 2021 (inkomstskattelagen 67 kap. 46–48 §§)',
  2021,
  INCOME_CREDIT.url,
);
const TEMP_CREDIT = src(
  'Riksdagen',
  'Prop. 2020/21:200, lag om tillfällig skattereduktion för arbetsinkomster (beskattningsåren 2021 och 2022): 1,25 % över 60 000 kr, högst 2 250 kr, avtrappning 1,125 % över 300 000 kr',
  2021,
  'https://data.riksdagen.se/dokument/H803200.html',
);
const NO_TEMP_CREDIT = src(
  'Riksdagen',
  'Den tillfälliga skattereduktionen för arbetsinkomster gäller endast beskattningsåren 2021 och 2022 (prop. 2020/21:200)',
  2021,
  TEMP_CREDIT.url,
);

const SKV_EMPLOYER = (year: number, url?: string) =>
  src(
    'Skatteverket',
    `Arbetsgivaravgifter ${year}: 31,42 % (socialavgiftslagen 2 kap. 26 §)`,
    year,
    url,
  );
const YOUTH_2016 = src(
  'Skatteverket (via Svensk Handel)',
  'Nya arbetsgivaravgifter för unga: 25,46 % januari–maj 2016 för födda 1991 eller senare, 31,42 % från 1 juni 2016',
  2016,
  'https://butikerna.org/nyheter/1359-nya-arbetsgivaravgifter-foer-unga',
);
const YOUTH_15_18 = src(
  'Riksdagen',
  'Nedsatta arbetsgivaravgifter för den som vid årets ingång fyllt 15 men inte 18 år: endast ålderspensionsavgiften 10,21 % på ersättning upp till 25 000 kr/mån, 1 augusti 2019 – 31 december 2023',
  2019,
  'https://www.sifferhjalpen.se/nedsattning-av-arbetsgivaravgifter-unga/',
);
const YOUTH_19_23 = src(
  'Riksdagen',
  'Lag (2021:55) om särskild beräkning av arbetsgivaravgifter för personer som fyllt 18 men inte 23 år: 19,73 % upp till 25 000 kr/mån 1 januari 2021 – 31 mars 2023; 10,21 % juni–augusti 2021 (prop. 2020/21:202) och juni–augusti 2022 (prop. 2021/22:97)',
  2021,
  'https://lagen.nu/prop/2020/21:202',
);
const YOUTH_2026 = src(
  'Riksdagen',
  'Lag (2026:100), prop. 2025/26:66: hela ålderspensionsavgiften och hälften av övriga avgifter på ersättning upp till 25 000 kr/mån till den som vid årets ingång fyllt 18 men inte 23 år, 1 april 2026 – 30 september 2027',
  2026,
  'https://www.faronline.se/dokument/riksdagregering/lagar-och-forordningar/2020-tal/2026/sfs20260100',
);

// ---------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------

const STANDARD_EMPLOYER_RATE = 0.3142;
/** A yearly average of a reduced rate that applies in `months` months and the standard rate in the rest. */
const monthsAverage = (reduced: number, months: number) =>
  (reduced * months + STANDARD_EMPLOYER_RATE * (12 - months)) / 12;

const LOCAL_SPLIT_NOTE =
  'The total is the published figure; the split between kommun and region is derived from the published yearly changes and rounded so that the parts sum to the total (±0,01 percentage point).';

const STANDARD_RATE_SOURCES: Period[] = [
  { from: 2016, value: STANDARD_EMPLOYER_RATE, source: SKV_EMPLOYER(2016, YOUTH_2016.url) },
  {
    from: 2017,
    value: STANDARD_EMPLOYER_RATE,
    source: SKV_EMPLOYER(2017, 'http://arkivredovisning.se/aktuellt/'),
  },
  {
    from: 2018,
    to: 2021,
    value: STANDARD_EMPLOYER_RATE,
    source: SKV_EMPLOYER(2018, 'http://www.uppsalaredovisning.se/snabbfakta/'),
  },
  {
    from: 2022,
    to: 2023,
    value: STANDARD_EMPLOYER_RATE,
    source: SKV_EMPLOYER(
      2022,
      'https://www.tidningenkonsulten.se/artiklar/ratt-arbetsgivaravgift-for-unga-i-sommar/',
    ),
  },
  {
    from: 2024,
    to: 2025,
    value: STANDARD_EMPLOYER_RATE,
    source: SKV_EMPLOYER(
      2025,
      'https://www.skatteverket.se/foretag/arbetsgivare/arbetsgivaravgifterochskatteavdrag',
    ),
  },
  { from: 2026, value: STANDARD_EMPLOYER_RATE, source: SKV_AMOUNTS_2026 },
];

/** Standard rate in the years a band had no reduction. */
const noYouthReduction = (years: [RuleYear, RuleYear][]): Period[] =>
  years.map(([from, to]) => ({
    from,
    to,
    value: STANDARD_EMPLOYER_RATE,
    source: src(
      'Skatteverket',
      `Arbetsgivaravgifter ${from}–${to}: ingen nedsättning för åldersgruppen, full avgift 31,42 %`,
      from,
    ),
  }));

const BY_ID: Record<TaxRuleId, Record<RuleYear, RuleValue>> = {
  prisbasbelopp: byYear(
    'prisbasbelopp',
    {
      from: 2016,
      value: 44_300,
      source: src(
        'Regeringen',
        'Prisbasbelopp 2016: 44 300 kr',
        2016,
        'https://www.officersforbundet.se/2015/12/forandringar-i-basbeloppen-2016/',
      ),
    },
    {
      from: 2017,
      value: 44_800,
      source: src(
        'Regeringen',
        'Förordning (2016:863) om prisbasbelopp och förhöjt prisbasbelopp för år 2017',
        2017,
        'https://data.riksdagen.se/dokument/H4B1863.html',
      ),
    },
    { from: 2018, value: 45_500, source: VISMA_BASBELOPP },
    { from: 2019, value: 46_500, source: VISMA_BASBELOPP },
    { from: 2020, value: 47_300, source: VISMA_BASBELOPP },
    { from: 2021, value: 47_600, source: VISMA_BASBELOPP },
    {
      from: 2022,
      value: 48_300,
      source: src(
        'Regeringen',
        'Förordning (2021:866) om prisbasbelopp och förhöjt prisbasbelopp för år 2022',
        2022,
        'http://rkrattsbaser.gov.se/sfst?bet=2021%3A866',
      ),
    },
    { from: 2023, value: 52_500, source: VISMA_BASBELOPP },
    { from: 2024, value: 57_300, source: VISMA_BASBELOPP },
    { from: 2025, value: 58_800, source: VISMA_BASBELOPP },
    { from: 2026, value: 59_200, source: SKV433_2026 },
  ),
  inkomstbasbelopp: byYear(
    'inkomstbasbelopp',
    {
      from: 2016,
      value: 59_300,
      source: src(
        'Regeringen',
        'Förordning (2015:537) om inkomstbasbelopp för år 2016',
        2016,
        'https://data.riksdagen.se/dokument/H3B1537.html',
      ),
    },
    { from: 2017, value: 61_500, source: VISMA_BASBELOPP },
    { from: 2018, value: 62_500, source: VISMA_BASBELOPP },
    { from: 2019, value: 64_400, source: VISMA_BASBELOPP },
    { from: 2020, value: 66_800, source: VISMA_BASBELOPP },
    { from: 2021, value: 68_200, source: VISMA_BASBELOPP },
    { from: 2022, value: 71_000, source: VISMA_BASBELOPP },
    {
      from: 2023,
      value: 74_300,
      source: src(
        'Regeringen',
        'Förordning (2022:1437) om inkomstbasbelopp för år 2023',
        2023,
        'https://lagen.nu/2022:1437',
      ),
    },
    { from: 2024, value: 76_200, source: VISMA_BASBELOPP },
    { from: 2025, value: 80_600, source: VISMA_BASBELOPP },
    { from: 2026, value: 83_400, source: SKV_AMOUNTS_2026 },
  ),
  municipalTaxRate: byYear(
    'municipalTaxRate',
    { from: 2016, to: 2017, value: 0.2075, source: SCB_2016_2019 },
    { from: 2018, value: 0.2074, source: SCB_2016_2019 },
    { from: 2019, value: 0.207, source: SCB_2016_2019 },
    { from: 2020, value: 0.2071, source: SCB_2020, estimate: true, note: LOCAL_SPLIT_NOTE },
    { from: 2021, value: 0.207, source: SCB_2021, estimate: true, note: LOCAL_SPLIT_NOTE },
    { from: 2022, value: 0.2067, source: SKR_2022 },
    { from: 2023, value: 0.2066, source: SKR_2023, estimate: true, note: LOCAL_SPLIT_NOTE },
    { from: 2024, value: 0.207, source: SCB_2024, estimate: true, note: LOCAL_SPLIT_NOTE },
    {
      from: 2025,
      value: 0.2072,
      source: SCB_2025,
      estimate: true,
      note: 'The total 32,41 % is SCB’s; the split was not confirmed here.',
    },
    { from: 2026, value: 0.2069, source: SCB_2026, estimate: true, note: LOCAL_SPLIT_NOTE },
  ),
  regionalTaxRate: byYear(
    'regionalTaxRate',
    { from: 2016, value: 0.1135, source: SCB_2016_2019 },
    {
      from: 2017,
      value: 0.1136,
      source: SCB_2016_2019,
      note: 'SCB’s rounded parts sum to 32,11; its total is 32,12.',
    },
    {
      from: 2018,
      value: 0.1139,
      source: SCB_2016_2019,
      note: 'SCB’s rounded parts sum to 32,13; its total is 32,12.',
    },
    { from: 2019, value: 0.1149, source: SCB_2016_2019 },
    { from: 2020, value: 0.1157, source: SCB_2020, estimate: true, note: LOCAL_SPLIT_NOTE },
    { from: 2021, value: 0.1157, source: SCB_2021, estimate: true, note: LOCAL_SPLIT_NOTE },
    {
      from: 2022,
      value: 0.1157,
      source: SKR_2022,
      note: 'SKR gives 11,56 for 2022 and 11,57 for the unchanged 2023 rate; 11,57 makes the parts sum to the total 32,24.',
    },
    { from: 2023, value: 0.1157, source: SKR_2023 },
    { from: 2024, value: 0.1167, source: SCB_2024, estimate: true, note: LOCAL_SPLIT_NOTE },
    {
      from: 2025,
      value: 0.1169,
      source: SCB_2025,
      estimate: true,
      note: 'The total 32,41 % is SCB’s; the split was not confirmed here.',
    },
    { from: 2026, value: 0.1169, source: SCB_2026, estimate: true, note: LOCAL_SPLIT_NOTE },
  ),
  stateIncomeTaxRate: byYear('stateIncomeTaxRate', {
    from: 2016,
    to: 2026,
    value: 0.2,
    source: src('Regeringen', 'Inkomstskattelagen 65 kap. 5 §: 20 procent', 2016),
  }),
  stateIncomeTaxThreshold: byYear(
    'stateIncomeTaxThreshold',
    {
      from: 2016,
      value: 430_200,
      source: IL_65_5(2016, 'skiktgräns 2016', 'https://adact.se/hojd-ovre-skiktgrans/'),
    },
    {
      from: 2017,
      value: 438_900,
      source: IL_65_5(
        2017,
        'skiktgräns 2017 (brytpunkt 452 100 kr)',
        'https://www.revisi.se/nar-betalar-man-statlig-inkomstskatt/',
      ),
    },
    {
      from: 2018,
      value: 455_300,
      source: IL_65_5(
        2018,
        'förordning (2017:929), skiktgräns 2018 (brytpunkt 468 700 kr)',
        'https://maximeradinpension.se/2018/01/skatt-pa-inkomster-2018/',
      ),
    },
    {
      from: 2019,
      value: 490_700,
      source: IL_65_5(
        2019,
        'skiktgräns 2019',
        'https://www.tidningenkonsulten.se/artiklar/skatteandringar-fran-arsskiftet/',
      ),
    },
    {
      from: 2020,
      value: 509_300,
      source: IL_65_5(
        2020,
        'förordning (2019:1245) om skiktgräns för beskattningsåret 2020',
        'https://www.lagboken.se/Lagboken/start/sfs/sfs/2019/1200-1299/d_3812748-sfs-2019_1245-forordning-om-skiktgrans-for-statlig-inkomstskatt-for-beskattningsaret-2020',
      ),
    },
    {
      from: 2021,
      value: 523_200,
      source: IL_65_5(
        2021,
        'skiktgräns 2021 (brytpunkt 537 200 kr = skiktgräns + grundavdrag 14 000 kr)',
        'https://maximeradinpension.se/om/uppdateringar/',
      ),
    },
    {
      from: 2022,
      value: 540_700,
      source: IL_65_5(
        2022,
        'förordning om skiktgräns för beskattningsåret 2022',
        'https://www4.skatteverket.se/rattsligvagledning/411396.html?date=2022-05-06',
      ),
    },
    {
      from: 2023,
      to: 2024,
      value: 598_500,
      source: IL_65_5(
        2023,
        'skiktgräns 2023, ingen uppräkning 2024',
        'https://redovisning.nu/uncategorized/skiktgransen-2024/',
      ),
    },
    {
      from: 2025,
      value: 625_800,
      source: IL_65_5(2025, 'skiktgräns 2025', 'https://bokio.se/blogg/statlig-inkomstskatt'),
    },
    { from: 2026, value: 643_000, source: SKV433_2026 },
  ),
  upperStateTaxRate: byYear(
    'upperStateTaxRate',
    {
      from: 2016,
      to: 2019,
      value: 0.05,
      source: src('Regeringen', 'Inkomstskattelagen 65 kap. 5 §: ytterligare 5 procent', 2016),
    },
    {
      from: 2020,
      to: 2026,
      value: 0,
      source: src(
        'Regeringen',
        'Värnskatten avskaffad från 2020 (avskaffad övre skiktgräns för statlig inkomstskatt)',
        2020,
        'https://redovisning.nu/uncategorized/skiktgranser-2020/',
      ),
    },
  ),
  upperStateTaxThreshold: byYear(
    'upperStateTaxThreshold',
    {
      from: 2016,
      value: 625_800,
      source: IL_65_5(2016, 'övre skiktgräns 2016', 'https://adact.se/hojd-ovre-skiktgrans/'),
    },
    {
      from: 2017,
      value: 638_500,
      source: IL_65_5(
        2017,
        'övre skiktgräns 2017',
        'https://www.revisi.se/nar-betalar-man-statlig-inkomstskatt/',
      ),
    },
    {
      from: 2018,
      value: 662_300,
      source: IL_65_5(
        2018,
        'förordning (2017:929), övre skiktgräns 2018',
        'https://maximeradinpension.se/2018/01/skatt-pa-inkomster-2018/',
      ),
    },
    {
      from: 2019,
      value: 689_300,
      source: IL_65_5(
        2019,
        'övre skiktgräns 2019',
        'https://www.tidningenkonsulten.se/artiklar/skatteandringar-fran-arsskiftet/',
      ),
    },
    {
      from: 2020,
      to: 2026,
      value: 0,
      source: src('Regeringen', 'Ingen övre skiktgräns från 2020 (värnskatten avskaffad)', 2020),
    },
  ),
  employerContributionRate: byYear('employerContributionRate', ...STANDARD_RATE_SOURCES),

  jobTaxCreditStep1Pbb: byYear('jobTaxCreditStep1Pbb', {
    from: 2016,
    to: 2026,
    value: 0.91,
    source: src(
      'Riksdagen',
      'Inkomstskattelagen 67 kap. 7 §: 0,91 prisbasbelopp i alla lydelser 2016–2026',
      2016,
    ),
  }),
  jobTaxCreditStep2Pbb: byYear(
    'jobTaxCreditStep2Pbb',
    { from: 2016, to: 2018, value: 2.94, source: JSA_2016, note: JSA_2016_NOTE },
    { from: 2019, to: 2021, value: 3.24, source: JSA_2019 },
    { from: 2022, to: 2023, value: 3.24, source: JSA_2022 },
    { from: 2024, value: 3.24, source: JSA_2024 },
    { from: 2025, value: 3.24, source: JSA_2025 },
    { from: 2026, value: 3.24, source: JSA_2026 },
  ),
  jobTaxCreditStep3Pbb: byYear(
    'jobTaxCreditStep3Pbb',
    { from: 2016, to: 2018, value: 8.08, source: JSA_2016, note: JSA_2016_NOTE },
    { from: 2019, to: 2021, value: 8.08, source: JSA_2019 },
    { from: 2022, to: 2023, value: 8.08, source: JSA_2022 },
    { from: 2024, value: 8.08, source: JSA_2024 },
    { from: 2025, value: 8.08, source: JSA_2025 },
    { from: 2026, value: 8.08, source: JSA_2026 },
  ),
  jobTaxCreditRate2: byYear(
    'jobTaxCreditRate2',
    { from: 2016, to: 2018, value: 0.332, source: JSA_2016, note: JSA_2016_NOTE },
    { from: 2019, to: 2021, value: 0.3405, source: JSA_2019 },
    { from: 2022, to: 2023, value: 0.3874, source: JSA_2022 },
    { from: 2024, value: 0.3874, source: JSA_2024 },
    { from: 2025, value: 0.3874, source: JSA_2025 },
    { from: 2026, value: 0.3874, source: JSA_2026 },
  ),
  jobTaxCreditBaseAtStep2Pbb: byYear(
    'jobTaxCreditBaseAtStep2Pbb',
    { from: 2016, to: 2018, value: 1.584, source: JSA_2016, note: JSA_2016_NOTE },
    { from: 2019, to: 2021, value: 1.703, source: JSA_2019 },
    { from: 2022, to: 2023, value: 1.812, source: JSA_2022 },
    { from: 2024, value: 1.813, source: JSA_2024 },
    { from: 2025, value: 1.813, source: JSA_2025 },
    { from: 2026, value: 1.813, source: JSA_2026 },
  ),
  jobTaxCreditRate3: byYear(
    'jobTaxCreditRate3',
    { from: 2016, to: 2018, value: 0.111, source: JSA_2016, note: JSA_2016_NOTE },
    { from: 2019, to: 2021, value: 0.128, source: JSA_2019 },
    { from: 2022, to: 2023, value: 0.128, source: JSA_2022 },
    { from: 2024, value: 0.1643, source: JSA_2024 },
    { from: 2025, value: 0.199, source: JSA_2025 },
    { from: 2026, value: 0.251, source: JSA_2026 },
  ),
  jobTaxCreditMaxPbb: byYear(
    'jobTaxCreditMaxPbb',
    { from: 2016, to: 2018, value: 2.155, source: JSA_2016, note: JSA_2016_NOTE },
    { from: 2019, to: 2021, value: 2.323, source: JSA_2019 },
    { from: 2022, to: 2023, value: 2.432, source: JSA_2022 },
    { from: 2024, value: 2.608, source: JSA_2024 },
    { from: 2025, value: 2.776, source: JSA_2025 },
    { from: 2026, value: 3.027, source: JSA_2026 },
  ),
  jobTaxCreditPhaseOutPbb: byYear(
    'jobTaxCreditPhaseOutPbb',
    { from: 2016, to: 2018, value: 13.54, source: JSA_2016, note: JSA_2016_NOTE },
    { from: 2019, to: 2021, value: 13.54, source: JSA_2019 },
    { from: 2022, to: 2023, value: 13.54, source: JSA_2022 },
    { from: 2024, value: 13.54, source: JSA_2024 },
    { from: 2025, value: 0, source: JSA_2025 },
    { from: 2026, value: 0, source: JSA_2026 },
  ),
  jobTaxCreditPhaseOutRate: byYear(
    'jobTaxCreditPhaseOutRate',
    { from: 2016, to: 2018, value: 0.03, source: JSA_2016, note: JSA_2016_NOTE },
    { from: 2019, to: 2021, value: 0.03, source: JSA_2019 },
    { from: 2022, to: 2023, value: 0.03, source: JSA_2022 },
    { from: 2024, value: 0.03, source: JSA_2024 },
    { from: 2025, value: 0, source: JSA_2025 },
    { from: 2026, value: 0, source: JSA_2026 },
  ),

  sickCompensationCreditStep1Pbb: byYear(
    'sickCompensationCreditStep1Pbb',
    { from: 2016, to: 2017, value: 0, source: NO_SA },
    { from: 2018, to: 2021, value: 2.53, source: SA_2018 },
    { from: 2022, to: 2025, value: 0.91, source: SA_2022, note: SA_2022_NOTE },
    { from: 2026, value: 0.91, source: SA_2026 },
  ),
  sickCompensationCreditRate1: byYear(
    'sickCompensationCreditRate1',
    { from: 2016, to: 2017, value: 0, source: NO_SA },
    { from: 2018, to: 2021, value: 0.045, source: SA_2018 },
    { from: 2022, to: 2025, value: 1, source: SA_2022, note: SA_2022_NOTE },
    { from: 2026, value: 1, source: SA_2026 },
  ),
  sickCompensationCreditStep2Pbb: byYear(
    'sickCompensationCreditStep2Pbb',
    { from: 2016, to: 2017, value: 0, source: NO_SA },
    {
      from: 2018,
      to: 2021,
      value: 2.53,
      source: SA_2018,
      note: 'The 2018 construction has two brackets only: step 2 equals step 1.',
    },
    { from: 2022, to: 2025, value: 3.24, source: SA_2022, note: SA_2022_NOTE },
    { from: 2026, value: 3.24, source: SA_2026 },
  ),
  sickCompensationCreditRate2: byYear(
    'sickCompensationCreditRate2',
    { from: 2016, to: 2017, value: 0, source: NO_SA },
    {
      from: 2018,
      to: 2021,
      value: 0.025,
      source: SA_2018,
      note: 'Not used: the 2018 construction has no middle bracket.',
    },
    { from: 2022, to: 2025, value: 0.3405, source: SA_2022, note: SA_2022_NOTE },
    { from: 2026, value: 0.3874, source: SA_2026, estimate: true, note: SA_2026_NOTE },
  ),
  sickCompensationCreditBaseAtStep2Pbb: byYear(
    'sickCompensationCreditBaseAtStep2Pbb',
    { from: 2016, to: 2017, value: 0, source: NO_SA },
    {
      from: 2018,
      to: 2021,
      value: 0.045 * 2.53,
      source: SA_2018,
      note: '4,5 % of the first 2,53 PBB.',
    },
    { from: 2022, to: 2025, value: 1.703, source: SA_2022, note: SA_2022_NOTE },
    { from: 2026, value: 1.813, source: SA_2026, estimate: true, note: SA_2026_NOTE },
  ),
  sickCompensationCreditRate3: byYear(
    'sickCompensationCreditRate3',
    { from: 2016, to: 2017, value: 0, source: NO_SA },
    { from: 2018, to: 2021, value: 0.025, source: SA_2018 },
    { from: 2022, to: 2025, value: 0.128, source: SA_2022, note: SA_2022_NOTE },
    { from: 2026, value: 0.251, source: SA_2026, estimate: true, note: SA_2026_NOTE },
  ),
  sickCompensationCreditLessAllowance: byYear(
    'sickCompensationCreditLessAllowance',
    { from: 2016, to: 2017, value: 0, source: NO_SA },
    {
      from: 2018,
      to: 2021,
      value: 0,
      source: SA_2018,
      note: 'Skatteverket: "Grundavdraget beaktas inte."',
    },
    { from: 2022, to: 2025, value: 1, source: SA_2022, note: SA_2022_NOTE },
    { from: 2026, value: 1, source: SA_2026 },
  ),
  sickCompensationCreditMinShare: byYear(
    'sickCompensationCreditMinShare',
    { from: 2016, to: 2021, value: 0, source: NO_SA },
    { from: 2022, to: 2025, value: 0.045, source: SA_2022, note: SA_2022_NOTE },
    { from: 2026, value: 0.045, source: SA_2026 },
  ),

  incomeCreditThreshold: byYear(
    'incomeCreditThreshold',
    { from: 2016, to: 2020, value: 0, source: NO_INCOME_CREDIT },
    { from: 2021, to: 2026, value: 40_000, source: INCOME_CREDIT, note: INCOME_CREDIT_NOTE },
  ),
  incomeCreditRate: byYear(
    'incomeCreditRate',
    { from: 2016, to: 2020, value: 0, source: NO_INCOME_CREDIT },
    { from: 2021, to: 2026, value: 0.0075, source: INCOME_CREDIT, note: INCOME_CREDIT_NOTE },
  ),
  incomeCreditMax: byYear(
    'incomeCreditMax',
    { from: 2016, to: 2020, value: 0, source: NO_INCOME_CREDIT },
    { from: 2021, to: 2026, value: 1_500, source: INCOME_CREDIT, note: INCOME_CREDIT_NOTE },
  ),

  temporaryWorkCreditFloor: byYear(
    'temporaryWorkCreditFloor',
    { from: 2016, to: 2020, value: 0, source: NO_TEMP_CREDIT },
    { from: 2021, to: 2022, value: 60_000, source: TEMP_CREDIT },
    { from: 2023, to: 2026, value: 0, source: NO_TEMP_CREDIT },
  ),
  temporaryWorkCreditRate: byYear(
    'temporaryWorkCreditRate',
    { from: 2016, to: 2020, value: 0, source: NO_TEMP_CREDIT },
    { from: 2021, to: 2022, value: 0.0125, source: TEMP_CREDIT },
    { from: 2023, to: 2026, value: 0, source: NO_TEMP_CREDIT },
  ),
  temporaryWorkCreditMax: byYear(
    'temporaryWorkCreditMax',
    { from: 2016, to: 2020, value: 0, source: NO_TEMP_CREDIT },
    { from: 2021, to: 2022, value: 2_250, source: TEMP_CREDIT },
    { from: 2023, to: 2026, value: 0, source: NO_TEMP_CREDIT },
  ),
  temporaryWorkCreditPhaseOutFrom: byYear(
    'temporaryWorkCreditPhaseOutFrom',
    { from: 2016, to: 2020, value: 0, source: NO_TEMP_CREDIT },
    { from: 2021, to: 2022, value: 300_000, source: TEMP_CREDIT },
    { from: 2023, to: 2026, value: 0, source: NO_TEMP_CREDIT },
  ),
  temporaryWorkCreditPhaseOutRate: byYear(
    'temporaryWorkCreditPhaseOutRate',
    { from: 2016, to: 2020, value: 0, source: NO_TEMP_CREDIT },
    { from: 2021, to: 2022, value: 0.01125, source: TEMP_CREDIT },
    { from: 2023, to: 2026, value: 0, source: NO_TEMP_CREDIT },
  ),

  employerContributionRateYouth15to18: byYear(
    'employerContributionRateYouth15to18',
    {
      from: 2016,
      value: monthsAverage(0.2546, 5),
      source: YOUTH_2016,
      note: '25,46 % in January–May, 31,42 % in June–December: (5 × 25,46 + 7 × 31,42) / 12.',
    },
    ...noYouthReduction([[2017, 2018]]),
    {
      from: 2019,
      value: monthsAverage(0.1021, 5),
      source: YOUTH_15_18,
      note: '10,21 % in August–December: (5 × 10,21 + 7 × 31,42) / 12.',
    },
    { from: 2020, to: 2023, value: 0.1021, source: YOUTH_15_18 },
    ...noYouthReduction([[2024, 2026]]),
  ),
  employerContributionRateYouth19to23: byYear(
    'employerContributionRateYouth19to23',
    {
      from: 2016,
      value: monthsAverage(0.2546, 5),
      source: YOUTH_2016,
      note: '25,46 % in January–May, 31,42 % in June–December: (5 × 25,46 + 7 × 31,42) / 12.',
    },
    ...noYouthReduction([[2017, 2020]]),
    {
      from: 2021,
      to: 2022,
      value: (9 * 0.1973 + 3 * 0.1021) / 12,
      source: YOUTH_19_23,
      note: '19,73 % in nine months and 10,21 % in June–August: (9 × 19,73 + 3 × 10,21) / 12.',
    },
    {
      from: 2023,
      value: monthsAverage(0.1973, 3),
      source: YOUTH_19_23,
      note: '19,73 % in January–March: (3 × 19,73 + 9 × 31,42) / 12.',
    },
    ...noYouthReduction([[2024, 2025]]),
    {
      from: 2026,
      value: monthsAverage(0.2081, 9),
      source: YOUTH_2026,
      estimate: true,
      note: 'April–December at 10,21 % + half of the other 21,21 points, each halved component truncated to two decimals (lag 2026:100 2 §) = 20,81 %; (3 × 31,42 + 9 × 20,81) / 12. Skatteverket’s published rate was not seen.',
    },
  ),
  employerContributionRateYouth24to25: byYear(
    'employerContributionRateYouth24to25',
    {
      from: 2016,
      value: monthsAverage(0.2546, 5),
      source: YOUTH_2016,
      note: 'Born 1991 or later: 25 at most during 2016. (5 × 25,46 + 7 × 31,42) / 12.',
    },
    ...noYouthReduction([[2017, 2026]]),
  ),
  employerContributionYouthWageCap: byYear(
    'employerContributionYouthWageCap',
    {
      from: 2016,
      value: 0,
      source: YOUTH_2016,
      note: 'The 2016 reduction had no wage cap.',
    },
    {
      from: 2017,
      to: 2018,
      value: 0,
      source: src('Skatteverket', 'Ingen nedsättning för unga 2017–2018', 2017),
    },
    { from: 2019, to: 2020, value: 25_000, source: YOUTH_15_18 },
    { from: 2021, to: 2023, value: 25_000, source: YOUTH_19_23 },
    {
      from: 2024,
      to: 2025,
      value: 0,
      source: src(
        'Skatteverket',
        'Ingen nedsättning för unga 2024–2025 (15–18 slopad 1 januari 2024)',
        2024,
        'https://www.yourcfo.se/arbetsgivaravgift-for-15-18-aringar-nedsattningen-slopas/',
      ),
    },
    { from: 2026, value: 25_000, source: YOUTH_2026 },
  ),
};

/** The tax rules of every year 2016–2026, each value with its source. */
export const TAX_RULES: YearTable<TaxRuleId> = Object.fromEntries(
  RULE_YEARS.map((year) => [
    year,
    Object.fromEntries(TAX_RULE_IDS.map((id) => [id, BY_ID[id][year]])),
  ]),
) as YearTable<TaxRuleId>;

/** The plain numbers of one year's tax rules. */
export function taxRuleValues(year: RuleYear): Record<TaxRuleId, number> {
  const rules = TAX_RULES[year];
  return Object.fromEntries(TAX_RULE_IDS.map((id) => [id, rules[id].value])) as Record<
    TaxRuleId,
    number
  >;
}
