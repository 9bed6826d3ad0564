/**
 * Swedish names of the catalogue (src/engine/catalogue.ts): the income
 * sources with their short names for charts and summaries, the kinds of
 * school, and the built-in resource items with the unit they are counted in.
 */
export const catalogue = {
  source: {
    osubventioneratArbete: { label: 'Osubventionerat arbete', short: 'Arbete' },
    subventioneratArbete: {
      label: 'Subventionerat arbete (lönebidrag, lönestöd, nystartsjobb m.m.)',
      short: 'Subv. arbete',
    },
    studier: { label: 'Studier (studiemedel)', short: 'Studier' },
    arbetsloshetsersattning: { label: 'Arbetslöshetsersättning (a-kassa)', short: 'A-kassa' },
    aktivitetsstod: { label: 'Aktivitetsstöd', short: 'Aktivitetsstöd' },
    utvecklingsersattning: { label: 'Utvecklingsersättning', short: 'Utv.ersättning' },
    sjukpenning: { label: 'Sjukpenning / rehabiliteringsersättning', short: 'Sjukpenning' },
    sjukersattning: { label: 'Sjukersättning', short: 'Sjukersättning' },
    aktivitetsersattning: { label: 'Aktivitetsersättning', short: 'Aktivitetsersättning' },
    ekonomisktBistand: { label: 'Ekonomiskt bistånd (försörjningsstöd)', short: 'Ek. bistånd' },
    arbetssokandeUtanErsattning: {
      label: 'Arbetssökande utan ersättning (inskriven på Af)',
      short: 'Arbetssökande',
    },
    annanErsattning: { label: 'Annan ersättning (t.ex. föräldrapenning)', short: 'Annan ers.' },
    ingenOffentligForsorjning: { label: 'Ingen offentlig försörjning', short: 'Ingen försörjning' },
  },
  school: {
    komvux: 'Komvux',
    gymnasium: 'Gymnasium',
    folkhogskola: 'Folkhögskola',
    hogskola: 'Högskola',
  },
  resource: {
    vardcentralBesok: { label: 'Besök i primärvården', unit: 'besök/år' },
    psykiatriOppenvardBesok: { label: 'Besök i psykiatrisk öppenvård', unit: 'besök/år' },
    psykiatriVarddygn: { label: 'Vårddygn i psykiatrisk slutenvård', unit: 'dygn/år' },
    socialtjanstStodTimme: { label: 'Socialtjänstens stödinsatser', unit: 'timmar/år' },
  },
};
