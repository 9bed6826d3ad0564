/** English names of the catalogue (src/engine/catalogue.ts). */
import type { catalogue as sv } from '../sv/catalogue';

export const catalogue: typeof sv = {
  source: {
    osubventioneratArbete: { label: 'Unsubsidised work', short: 'Work' },
    subventioneratArbete: {
      label: 'Subsidised work (wage subsidy, new-start job etc.)',
      short: 'Subs. work',
    },
    studier: { label: 'Studies (study grant)', short: 'Studies' },
    arbetsloshetsersattning: { label: 'Unemployment benefit', short: 'Unempl. benefit' },
    aktivitetsstod: { label: 'Activity support', short: 'Activity support' },
    utvecklingsersattning: { label: 'Development allowance', short: 'Dev. allowance' },
    sjukpenning: { label: 'Sickness / rehabilitation benefit', short: 'Sickness benefit' },
    sjukersattning: { label: 'Disability pension', short: 'Disability pension' },
    aktivitetsersattning: { label: 'Activity compensation', short: 'Activity comp.' },
    ekonomisktBistand: { label: 'Social assistance', short: 'Social assist.' },
    arbetssokandeUtanErsattning: {
      label: 'Job seeker without benefit (registered with PES)',
      short: 'Job seeker',
    },
    annanErsattning: { label: 'Other benefit (e.g. parental)', short: 'Other benefit' },
    ingenOffentligForsorjning: { label: 'No public support', short: 'No support' },
  },
  school: {
    komvux: 'Adult education',
    gymnasium: 'Upper secondary',
    folkhogskola: 'Folk high school',
    hogskola: 'University',
  },
  resource: {
    vardcentralBesok: { label: 'Primary-care visits', unit: 'visits/year' },
    psykiatriOppenvardBesok: { label: 'Psychiatric outpatient visits', unit: 'visits/year' },
    psykiatriVarddygn: { label: 'Psychiatric inpatient days', unit: 'days/year' },
    socialtjanstStodTimme: { label: 'Social-services support', unit: 'hours/year' },
  },
};
