/** English texts of sharing as a link, the printed report and the offline update notice. */
import type { share as sv } from '../sv/share';

export const share: typeof sv = {
  button: 'Share as link',
  buttonLabel: 'Share the calculation as a link',
  heading: 'Share as link',
  copied: 'The link has been copied. Paste it wherever you want to share it.',
  copyManually: 'Copy the link below (select it and copy).',
  copyFailed: 'The link could not be copied automatically. Copy it below.',
  field: 'Link to the calculation',
  select: 'Select the link',
  privacy:
    'The calculation is inside the link itself: anyone who gets the link can see all its data. Nothing is sent to or stored on any server.',
  long: 'The link is very long ({{count}} characters). Some mail programs cut long links, and then it cannot be opened. Save the calculation as a file and send the file instead.',
  length: '{{count}} characters',
  invalidDraft:
    'Correct the errors in the inputs before sharing: a link with errors cannot be opened.',
  close: 'Close',
  link: {
    broken:
      'The link is broken or incomplete: the shared calculation could not be read. Ask for a new link or a saved file.',
    tooLarge:
      'The link holds too much data (more than {{max}} MB). Share the calculation as a file instead.',
    notJson:
      'The link is broken or incomplete: its content is not valid JSON. Ask for a new link or a saved file.',
    invalid_one:
      'The shared calculation has {{count}} error and was not loaded. The example or your latest draft is shown instead.',
    invalid_other:
      'The shared calculation has {{count}} errors and was not loaded. The example or your latest draft is shown instead.',
    issue: '{{path}}: {{message}}',
    more_one: '… and {{count}} more error.',
    more_other: '… and {{count}} more errors.',
  },
  update: {
    available: 'A new version of Nyttokalkyl is available.',
    reload: 'Reload',
    later: 'Later',
  },
  print: {
    button: 'Print report',
    buttonLabel: 'Print a report of the result',
    kicker: 'Socio-economic appraisal',
    date: 'Date: {{date}}',
    parameters: 'Parameter set: {{id}}',
    horizon: 'Horizon: {{years}} years',
    participants: 'Participants: {{count}}',
    changedHeading: 'Changed parameters',
    changedNone: 'No parameter differs from the default values.',
    parameter: 'Parameter',
    standard: 'Default',
    used: 'Value used',
    whatIfHeading: 'What-if assumptions',
    whatIfNone: 'No what-if assumptions: the result is the situation at exit.',
    setting: 'Assumption',
    value: 'Value',
    keyFigures: 'Key figures',
    figure: 'Key figure',
    revenue: 'Yearly socio-economic revenue',
    revenuePer: 'Yearly revenue per participant',
    profit1: 'Profitability after 1 year',
    profitH: 'Profitability after {{years}} years',
    payback: 'Payback time for society',
    benchmark: 'Benchmark (meta-study of 58 evaluations)',
    cost: 'Cost of the intervention (incl. indirect taxes)',
    costPer: 'Cost per participant (excl. indirect taxes)',
    months: '{{months}} months',
    potential: 'Socio-economic potential',
    actors: 'Revenue, profitability and payback per actor',
    income: "Participants' disposable income",
    incomeBefore: 'Before',
    incomeAfter: 'After',
    incomeChange: 'Change',
    incomeCaption: "Table 5. The participants' total disposable income per year.",
    components: 'What the revenue consists of',
    componentsCaption: 'Yearly revenue per actor by component.',
    gender: 'Results by gender',
    cohorts: 'Results by cohort',
    followUps: 'Follow-ups',
    followUpsCaption: 'Results at follow-up, for the participants followed up.',
    timePoint: 'Time point',
    covered: 'Participants followed up',
    charts: 'Charts',
    warnings: 'Note',
    method: 'About the method',
    methodModel:
      "The calculation follows the method of the published evaluations of interventions funded by coordination associations. Each participant's situation before and after the intervention (work, subsidised work, studies, benefits, social assistance, care) is valued per year as real effects (production, case handling, programmes, education, care) and transfers (wages, taxes, benefits, subsidies) between the municipality, the region, the Public Employment Service, the Social Insurance Agency, other state bodies and the participants. Transfers cancel out; society's revenue is the sum of the real effects.",
    methodCost:
      'The cost is the intervention\'s budget with indirect taxes for society, split between the funders. Profitability after 1 year is revenue minus cost, after H years H × revenue minus cost; the payback time is 12 × cost / revenue rounded up to whole months, "not reached" when the revenue is not positive.',
    rounding:
      'Amounts are rounded to the nearest 1 000 kr, so sums may differ slightly. The calculation uses full precision.',
    generated: 'Produced with Nyttokalkyl on {{date}}. Everything was calculated in the browser.',
  },
};
