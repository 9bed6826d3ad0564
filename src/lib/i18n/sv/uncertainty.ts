/** Swedish texts of the Osäkerhet tab: appraisal settings, explanation, tornado, Monte Carlo. */
export const uncertainty = {
  heading: 'Osäkerhet och känslighet',
  intro:
    'Hur säker är kalkylen? Här räknar du som en försiktig granskare: diskontera, låt effekten avta, dra av det som hade hänt ändå — och se hur mycket resultatet rör sig när parametrarna är osäkra.',
  waiting: 'Analyserna visas när kalkylen har beräknats.',
  outdated: 'Indata har ändrats sedan detta räknades fram. Räkna om för att se aktuella siffror.',
  invalid: 'Rätta felen i indata först; analysen räknar bara på giltiga indata.',
  settings: {
    heading: 'Bedömningsinställningar',
    intro:
      'Rapporterna tar hela kostnaden år 1, diskonterar inte och antar att situationen efter insatsen består oförändrad. Med standardvärdena här räknar Nyttokalkyl likadant. Inställningarna gäller alla resultat i appen och sparas med kalkylen.',
    neutral: 'Rapporternas räknesätt: inga justeringar.',
    discountRate: 'Diskonteringsränta (real, per år)',
    discountHelp:
      'Framtida intäkter räknas om till dagens värde, månad för månad. Förslag: 3,5 % real ränta, den samhällsekonomiska diskonteringsränta som Trafikverkets ASEK (kapitel 5) anger. 0 % = rapporternas räknesätt.',
    useSuggested: 'Använd 3,5 %',
    persistence: 'Hållbarhet per utfallstyp',
    persistenceHelp:
      'Andelen av effekten som består från ett år till nästa. 100 % = effekten består (rapporternas antagande); 80 % betyder att en femtedel av effekten upphör varje år. Den som arbetar efter insatsen kan ha en annan varaktighet än den som studerar.',
    work: 'Arbete',
    studies: 'Studier',
    other: 'Övriga',
    deadweight: 'Dödvikt: andel av förändringen som hade skett ändå',
    deadweightHelp:
      'Dras av varje år. 0 % = hela förändringen räknas som insatsens (rapporternas räknesätt).',
    attribution: 'Tillskrivning: andel av resten som beror på insatsen',
    attributionHelp:
      'Om andra insatser eller aktörer bidrog räknas bara insatsens andel. 100 % = hela förändringen.',
    counterfactualHeading: 'Varför dödvikt och tillskrivning?',
    counterfactual:
      'En före–efter-jämförelse tillskriver insatsen hela förändringen hos deltagarna. ISF:s utvärdering av samordningsförbunden (bland källorna) ställer den kontrafaktiska frågan: hur hade det gått utan förbundet? Den jämför kommuner som gått med i ett förbund med kommuner som ännu inte gjort det, och finner effekter — till exempel en lägre andel med sjukpenning — men också att en del förändringar är flöden mellan ersättningar snarare än steg mot arbete. Utan en egen jämförelsegrupp kan du pröva hur känsligt resultatet är för att en del av förändringen hade skett ändå.',
    reset: 'Återställ rapporternas räknesätt',
  },
  explain: {
    yearsCaption:
      'Samhällets intäkt och ackumulerade resultat år för år, med nuvarande inställningar.',
    yearsCaptionDiscounted:
      'Samhällets intäkt och ackumulerade resultat år för år, med nuvarande inställningar. Intäkten visas som den faller ut, odiskonterad; det ackumulerade resultatet är diskonterat med {{rate}} (nuvärde), så det växer långsammare än intäkterna.',
    year: 'År',
    revenue: 'Intäkt under året',
    revenueUndiscounted: 'Intäkt under året (odiskonterad)',
    cumulative: 'Ackumulerat resultat vid årets slut',
    cumulativeDiscounted: 'Ackumulerat resultat vid årets slut (diskonterat, nuvärde)',
    heading: 'Så läser du resultatet',
    neutral:
      'Resultatet räknas som i de publicerade rapporterna: hela kostnaden tas år 1, inga framtida belopp diskonteras och situationen efter insatsen antas bestå.',
    figures:
      'Med nuvarande inställningar: samhällets lönsamhet efter 5 år {{profit5}}, återbetalningstid {{payback}}.',
    comparison:
      'Med rapporternas räknesätt blir det {{profit5}} och {{payback}}. Skillnaden är vad dina justeringar betyder.',
    discount:
      'Diskontering {{rate}}: en krona om fem år är värd {{factor}} kr i dag. Senare intäkter väger lättare, så lönsamheten blir lägre och återbetalningen tar längre tid än utan diskontering.',
    persistence:
      'Hållbarhet: år 5 finns {{work}} av effekten kvar för dem i arbete, {{studies}} för dem i studier och {{other}} för övriga. Ju lägre hållbarhet, desto mer beror resultatet på de första åren.',
    effect:
      'Dödvikt och tillskrivning: {{share}} av varje förändring räknas som insatsens effekt ({{deadweight}} hade skett ändå, och {{attribution}} av resten tillskrivs insatsen).',
    tornado:
      'Tornadodiagrammet flyttar ett antagande i taget mellan sitt lägsta och högsta rimliga värde. Långa staplar visar de antaganden som resultatet hänger mest på — dem är det värt att underbygga.',
    monteCarlo:
      'Monte Carlo drar alla osäkra parametrar samtidigt, många gånger. Intervallet 5–95 % rymmer 90 % av dragningarna: ett mått på hur osäkra parametrarna gör resultatet. Det säger inget om huruvida förändringen beror på insatsen — det är dödviktens fråga.',
  },
  tornado: {
    heading: 'Känslighet (tornado)',
    intro:
      'Varje parameter flyttas för sig mellan sitt lägsta och högsta värde; övriga ligger kvar. Rangordnat efter hur mycket samhällets lönsamhet efter 5 år ändras. Tänk om-reglagen är val, inte osäkerhet, och visas för sig längre ned.',
    computing: 'Räknar känslighet …',
    failed: 'Känsligheten kunde inte beräknas.',
    title: 'Parametrarnas osäkerhet: ändring av samhällets lönsamhet efter 5 år',
    low: 'Vid lägsta värdet',
    high: 'Vid högsta värdet',
    axis: 'Ändring av lönsamhet 5 år',
    input: 'Antagande',
    range: 'Intervall',
    profitLow: 'Lönsamhet 5 år, lägsta',
    profitHigh: 'Lönsamhet 5 år, högsta',
    paybackRange: 'Återbetalning',
    desc: 'Staplarna visar hur samhällets lönsamhet efter 5 år ({{base}}) ändras när ett antagande i taget flyttas till sitt lägsta och högsta värde. Störst påverkan: {{items}}.',
    item: '{{name}} ({{low}} till {{high}})',
    show: 'Visa',
    top: 'De {{count}} viktigaste',
    all: 'Alla',
    tableCaption:
      'Känslighet per parameter: lönsamhet efter 5 år och återbetalningstid vid lägsta och högsta värde.',
    leversHeading: 'Tänk om-reglagen för sig',
    leversIntro:
      'Reglagen under Tänk om är inte osäkerhet i kalkylen utan förändringar som insatsen kan sträva efter. Här flyttas vart och ett för sig mellan sitt lägsta och högsta läge.',
    leversTitle: 'Tänk om-reglagen: ändring av samhällets lönsamhet efter 5 år',
    leversCaption:
      'Per Tänk om-reglage: lönsamhet efter 5 år och återbetalningstid i lägsta och högsta läge.',
    leversNone: 'Inget Tänk om-reglage ändrar resultatet i den här kalkylen.',
  },
  monteCarlo: {
    heading: 'Osäkerhet (Monte Carlo)',
    intro:
      'Alla parametrar med ett intervall dras slumpmässigt och oberoende, många gånger, och kalkylen räknas om för varje dragning. Samma frö ger samma resultat, så en körning kan göras om; fröet och inställningarna sparas med kalkylen.',
    draws: 'Antal dragningar',
    seed: 'Frö',
    distribution: 'Fördelning för parametrarna',
    distributions: {
      triangular: 'Triangel (lägsta, värdet, högsta)',
      uniform: 'Likformig (lägsta–högsta)',
      normal: 'Normal (värdet ± intervallet som 90 %)',
      fixed: 'Fast (dras inte)',
    },
    distributionsHelp:
      'Triangel: troligast vid parameterns värde, aldrig utanför intervallet. Likformig: alla värden i intervallet lika troliga. Normal: medelvärde = värdet, intervallet lägsta–högsta rymmer 90 %, aldrig under 0 (andelar aldrig över 100 %).',
    perParameter: 'Fördelning per parameter ({{count}} dras)',
    parameter: 'Parameter',
    rangeColumn: 'Intervall',
    choice: 'Fördelning',
    asDefault: 'Som ovan',
    target: 'Mål för återbetalningstid (månader)',
    targetHelp: 'Analysen anger sannolikheten att återbetalningstiden blir högst så här lång.',
    run: 'Kör analysen',
    rerun: 'Kör igen',
    cancel: 'Avbryt',
    progress: 'Dragning {{done}} av {{total}}',
    progressLabel: 'Förlopp för Monte Carlo-analysen',
    cancelled: 'Analysen avbröts. Inga resultat ändrades.',
    done: '{{draws}} dragningar på {{seconds}} s, frö {{seed}}.',
    notRun: 'Ingen körning ännu. Kör analysen för att se intervall och sannolikheter.',
    bandsCaption: 'Median och 5–95 %-intervall per aktör ({{draws}} dragningar).',
    actor: 'Aktör',
    median: 'Median',
    p5: '5 %',
    p95: '95 %',
    deterministic: 'Kalkylen',
    metrics: {
      yearlyRevenue: 'Intäkt per år',
      profitYear1: 'Lönsamhet efter 1 år',
      profitYear5: 'Lönsamhet efter 5 år',
      paybackMonths: 'Återbetalningstid (mån)',
    },
    metric: 'Mått',
    probabilityTarget:
      'Sannolikhet att samhällets återbetalningstid blir högst {{months}} månader: {{share}}.',
    probabilityProfit: 'Sannolikhet att samhällets lönsamhet efter 5 år är positiv: {{share}}.',
    probabilityCaption: 'Sannolikheter per aktör',
    withinTarget: 'Återbetald inom {{months}} mån',
    profitable: 'Lönsam efter 5 år',
    histogram: 'Fördelning',
    histogramProfit: 'Lönsamhet 5 år',
    histogramPayback: 'Återbetalningstid',
    histogramTitleProfit: 'Fördelning av samhällets lönsamhet efter 5 år ({{draws}} dragningar)',
    histogramTitlePayback: 'Fördelning av samhällets återbetalningstid ({{draws}} dragningar)',
    histogramDesc:
      'Stapeldiagram över dragningarna: {{count}} klasser från {{from}} till {{to}}. Median {{median}}, 5–95 %: {{p5}} till {{p95}}.{{never}}',
    neverNote_one: ' {{count}} dragning betalar aldrig tillbaka kostnaden.',
    neverNote_other: ' {{count}} dragningar betalar aldrig tillbaka kostnaden.',
    drawsAxis: 'Antal dragningar',
    bin: 'Klass',
    count: 'Dragningar',
    never: 'Aldrig',
  },
  errors: {
    draws: 'Ange ett heltal mellan 100 och 100 000.',
    seed: 'Ange ett heltal, 0 eller större.',
    target: 'Ange ett helt antal månader, 1–600.',
  },
};
