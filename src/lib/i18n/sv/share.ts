/**
 * Swedish texts of sharing as a link, the printed report and the offline
 * update notice. Messages about a shared link are also used by
 * `scenarioFromFragment`, which returns them in both languages.
 */
export const share = {
  button: 'Dela som länk',
  buttonLabel: 'Dela kalkylen som länk',
  heading: 'Dela som länk',
  copied: 'Länken är kopierad. Klistra in den där du vill dela den.',
  copyManually: 'Kopiera länken nedan (markera och kopiera).',
  copyFailed: 'Länken kunde inte kopieras automatiskt. Kopiera den nedan.',
  field: 'Länk till kalkylen',
  select: 'Markera länken',
  privacy:
    'Kalkylen finns i själva länken: alla som får länken kan se alla uppgifter i den. Ingenting skickas till eller lagras på någon server.',
  long: 'Länken är mycket lång ({{count}} tecken). Vissa e-postprogram kortar av långa länkar och då går den inte att öppna. Spara hellre kalkylen som fil och skicka filen.',
  length: '{{count}} tecken',
  invalidDraft: 'Rätta felen i indata innan du delar: en länk med fel går inte att öppna.',
  close: 'Stäng',
  link: {
    broken:
      'Länken är trasig eller ofullständig: den delade kalkylen kunde inte läsas. Be om en ny länk eller en sparad fil.',
    tooLarge:
      'Länken innehåller för mycket data (mer än {{max}} MB). Dela kalkylen som fil i stället.',
    notJson:
      'Länken är trasig eller ofullständig: innehållet är inte giltig JSON. Be om en ny länk eller en sparad fil.',
    invalid_one:
      'Den delade kalkylen innehåller {{count}} fel och har inte laddats. Exemplet eller ditt senaste utkast visas i stället.',
    invalid_other:
      'Den delade kalkylen innehåller {{count}} fel och har inte laddats. Exemplet eller ditt senaste utkast visas i stället.',
    issue: '{{path}}: {{message}}',
    more_one: '… och {{count}} fel till.',
    more_other: '… och {{count}} fel till.',
  },
  update: {
    available: 'En ny version av Nyttokalkyl finns.',
    reload: 'Ladda om',
    later: 'Senare',
  },
  print: {
    button: 'Skriv ut rapport',
    buttonLabel: 'Skriv ut en rapport över resultatet',
    kicker: 'Samhällsekonomisk kalkyl',
    date: 'Datum: {{date}}',
    parameters: 'Parameteruppsättning: {{id}}',
    horizon: 'Tidshorisont: {{years}} år',
    participants: 'Deltagare: {{count}}',
    changedHeading: 'Ändrade parametrar',
    changedNone: 'Inga parametrar är ändrade från standardvärdena.',
    parameter: 'Parameter',
    standard: 'Standardvärde',
    used: 'Använt värde',
    whatIfHeading: 'Tänk om-antaganden',
    whatIfNone: 'Inga tänk om-antaganden: resultatet gäller läget vid avslut.',
    setting: 'Antagande',
    value: 'Värde',
    keyFigures: 'Nyckeltal',
    figure: 'Nyckeltal',
    revenue: 'Årlig samhällsekonomisk intäkt',
    revenuePer: 'Årlig intäkt per deltagare',
    profit1: 'Lönsamhet efter 1 år',
    profitH: 'Lönsamhet efter {{years}} år',
    payback: 'Återbetalningstid för samhället',
    benchmark: 'Jämförelsevärde (metastudie av 58 utvärderingar)',
    cost: 'Insatskostnad (inkl. indirekta skatter)',
    costPer: 'Kostnad per deltagare (exkl. indirekta skatter)',
    months: '{{months}} månader',
    potential: 'Samhällsekonomisk potential',
    actors: 'Intäkter, lönsamhet och återbetalningstid per aktör',
    income: 'Deltagarnas disponibla inkomst',
    incomeBefore: 'Före',
    incomeAfter: 'Efter',
    incomeChange: 'Förändring',
    incomeCaption: 'Tabell 5. Deltagarnas sammanlagda disponibla inkomst per år.',
    components: 'Vad intäkten består av',
    componentsCaption: 'Årlig intäkt per aktör uppdelad på komponenter.',
    gender: 'Resultat per kön',
    cohorts: 'Resultat per kohort',
    followUps: 'Uppföljningar',
    followUpsCaption: 'Resultat vid uppföljning, för de deltagare som följts upp.',
    timePoint: 'Tidpunkt',
    covered: 'Uppföljda deltagare',
    charts: 'Diagram',
    warnings: 'Observera',
    method: 'Om metoden',
    methodModel:
      'Kalkylen följer metoden i de publicerade utvärderingarna av insatser som samordningsförbund finansierar. Varje deltagares situation före och efter insatsen (arbete, subventionerat arbete, studier, ersättningar, försörjningsstöd, vård) värderas per år som reala effekter (produktion, handläggning, program, utbildning, vård) och transfereringar (lön, skatter, ersättningar, subventioner) mellan kommun, region, Arbetsförmedlingen, Försäkringskassan, övrig stat och deltagarna. Transfereringarna tar ut varandra; samhällets intäkt är summan av de reala effekterna.',
    methodCost:
      'Kostnaden är insatsens budget med indirekta skatter för samhället, fördelad på finansiärerna. Lönsamhet efter 1 år är intäkt minus kostnad, efter H år H × intäkt minus kostnad; återbetalningstiden är 12 × kostnad / intäkt avrundat uppåt till hela månader, "neg." när intäkten inte är positiv.',
    rounding:
      'Beloppen är avrundade till närmaste 1 000 kr, så summor kan avvika något. Beräkningen görs med full precision.',
    generated: 'Framtagen med Nyttokalkyl {{date}}. Allt räknades i webbläsaren.',
  },
};
