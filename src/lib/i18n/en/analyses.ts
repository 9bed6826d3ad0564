/** English texts of the Analyses tab. */
import type { analyses as sv } from '../sv/analyses';

export const analyses: typeof sv = {
  heading: 'Analyses',
  intro:
    'Further analyses of the same calculation: years and cohorts compared, break-even, depreciation, targets and the path from base to what-if.',
  waiting: 'The analyses show once the calculation has been evaluated.',
  actor: 'Actor',
  cohorts: {
    heading: 'Years and cohorts compared',
    caption:
      'The cohorts side by side: participants, yearly revenue, profit in year 1 and payback.',
    cohort: 'Cohort',
    participants: 'Participants',
    revenue: 'Yearly revenue (society)',
    perParticipant: 'Per participant',
    profit1: 'Profit after 1 year (society)',
    paybackCaption: 'Payback (months) per actor and cohort, with the mean of the cohorts.',
    mean: 'Mean',
    meanNote:
      'The mean is the arithmetic mean of the cohorts’ paybacks, as the reports summarise several years.',
  },
  breakEven: {
    heading: 'Break-even',
    intro:
      'For an intervention without follow-up data: how many persons must make a step for the cost to be repaid?',
    cost: 'Cost to society (kr)',
    costHelp:
      'By default the calculation’s societal cost. The actors’ costs come from the calculation.',
    step: 'Step',
    persons: 'Number of persons',
    personsHelp: 'For the question how many years they must keep the step.',
    caption: 'Break-even per actor with a cost.',
    value: 'Value per person and year',
    cost_: 'Cost',
    personsForOneYear: 'Persons for one year',
    yearsForPersons: 'Years for {{count}} persons',
    never: 'never',
    years: '{{years}} years',
    explanation:
      'The break-even is the cost divided by the value of one person making the step for a year, rounded up. "Never" means the step brings the actor no revenue.',
  },
  depreciation: {
    heading: 'Depreciation',
    intro:
      'The cost spread evenly over a number of years, as a social investment. The reports take the whole cost in year 1.',
    years: 'Depreciation period (years)',
    caption:
      'Society’s revenue, cost and profit year by year with the cost depreciated over {{count}} years.',
    year: 'Year',
    revenue: 'Revenue',
    cost: 'Cost share',
    profit: 'Profit',
    cumulative: 'Cumulative',
    total: 'Total',
    note: 'The totals are the same whatever the period; only the profit of the first years changes.',
  },
  targets: {
    heading: 'Targets',
    intro:
      'The outcome at each follow-up compared with targets. By default the example from SOT Västerås.',
    none: 'The calculation has no follow-ups. Add a follow-up after 6 or 24 months on the Inputs tab to compare with the targets.',
    targetsCaption: 'Targets per time point (share of participants, %).',
    timePoint: 'Time point',
    work: 'Work',
    studies: 'Studies',
    other: 'Continued rehabilitation',
    targetField: '{{what}}, target {{when}} (%)',
    paybackTarget: 'Payback target, society (months)',
    caption: 'Outcome against targets per time point; difference in percentage points.',
    participants: 'Participants',
    outcome: 'Outcome',
    target: 'Target',
    gap: 'Difference',
    payback: 'Payback (months)',
    met: 'within the target',
    notMet: 'over the target',
    points: '{{value}} pp',
  },
  yearByYear: {
    heading: 'Studies as a social investment: year by year',
    active:
      '{{share}} of the participants in studies are assumed to find work after {{years}} years; revenue rises from that year.',
    inactive:
      'Set "Share of those in studies who complete and find work" under What if to see the effect year by year.',
    caption: "Society's revenue and cumulative result per year over the horizon.",
    year: 'Year',
    revenue: 'Revenue',
    cumulative: 'Cumulative result',
  },
  bridge: {
    heading: 'From base to what-if',
    intro: 'How each what-if setting changes society’s yearly revenue, one at a time.',
    none: 'No what-if settings are active. Change something under What if on the Results tab to see the steps.',
    caption: 'Steps from base to what-if (society).',
    step: 'Step',
    revenue: 'Yearly revenue',
    delta: 'Change',
    payback: 'Payback (months)',
    base: 'Base',
    result: 'What if',
    chartTitle: 'From base to what-if',
    desc: 'Waterfall chart of society’s yearly revenue: {{items}}.',
    keys: {
      subsidisedToUnsubsidisedShare: 'Subsidised to unsubsidised work',
      subsidyShare: 'Lower wage subsidy',
      studiesToWorkShare: 'From studies to work',
      studiesToWorkDelayYears: 'Delay before work',
      fewerPrimaryCareVisits: 'Fewer primary care visits',
      fewerPsychiatricCareDays: 'Fewer psychiatric care days',
      extraFunds: 'Extra funds',
    },
  },
  benchmarks: {
    heading: 'Benchmarks',
    payback:
      'The payback for society is {{months}} months; the benchmark is 12 months (meta-study of 58 evaluations).',
    cost: 'The cost per participant is {{amount}}; the benchmark is 64 000 kr (82 000 kr in NNS 2015:1).',
    better: 'Better than the benchmark.',
    worse: 'Worse than the benchmark.',
  },
};
