/** English texts of the Uncertainty tab. */
import type { uncertainty as sv } from '../sv/uncertainty';

export const uncertainty: typeof sv = {
  heading: 'Uncertainty and sensitivity',
  intro:
    'How sure is the calculation? Here you appraise like a careful reviewer: discount, let the effect fade, take off what would have happened anyway — and see how far the result moves when the parameters are uncertain.',
  waiting: 'The analyses appear once the calculation has been computed.',
  outdated: 'The inputs have changed since this was computed. Run it again for current figures.',
  invalid: 'Correct the errors in the inputs first; the analysis only runs on valid inputs.',
  settings: {
    heading: 'Appraisal settings',
    intro:
      'The reports take the whole cost in year 1, never discount and assume the situation after the intervention lasts unchanged. With the defaults here Nyttokalkyl does the same. The settings apply to every result in the app and are saved with the calculation.',
    neutral: 'The reports’ arithmetic: no adjustments.',
    discountRate: 'Discount rate (real, per year)',
    discountHelp:
      'Future revenue is converted to today’s value, month by month. Suggestion: a 3.5 % real rate, the social discount rate of the Swedish Transport Administration’s ASEK (chapter 5). 0 % = the reports’ arithmetic.',
    useSuggested: 'Use 3.5 %',
    persistence: 'Persistence per outcome type',
    persistenceHelp:
      'The share of the effect that lasts from one year to the next. 100 % = the effect lasts (the reports’ assumption); 80 % means a fifth of the effect ends each year. Those in work after the intervention may keep their gains longer than those in studies.',
    work: 'Work',
    studies: 'Studies',
    other: 'Other',
    deadweight: 'Deadweight: share of the change that would have happened anyway',
    deadweightHelp:
      'Taken off every year. 0 % = the whole change counts (the reports’ arithmetic).',
    attribution: 'Attribution: share of the rest due to this intervention',
    attributionHelp:
      'When other interventions or actors contributed, only this intervention’s share counts. 100 % = the whole change.',
    counterfactualHeading: 'Why deadweight and attribution?',
    counterfactual:
      'A before–after comparison credits the intervention with the participants’ whole change. ISF’s evaluation of the coordination associations (among the sources) asks the counterfactual question: what would have happened without the association? It compares municipalities that joined an association with those that had not yet joined, and finds effects — a lower share on sickness benefit, for example — but also that some changes are moves between benefits rather than steps towards work. Without a comparison group of your own, you can test how sensitive the result is to part of the change having happened anyway.',
    reset: 'Back to the reports’ arithmetic',
  },
  explain: {
    yearsCaption:
      'Society’s revenue and cumulative result year by year, with the current settings.',
    yearsCaptionDiscounted:
      'Society’s revenue and cumulative result year by year, with the current settings. The revenue is shown as it falls, undiscounted; the cumulative result is discounted at {{rate}} (present value), so it grows more slowly than the revenue.',
    year: 'Year',
    revenue: 'Revenue in the year',
    revenueUndiscounted: 'Revenue in the year (undiscounted)',
    cumulative: 'Cumulative result at year end',
    cumulativeDiscounted: 'Cumulative result at year end (discounted, present value)',
    heading: 'How to read the result',
    neutral:
      'The result is computed as in the published reports: the whole cost in year 1, no discounting of future amounts, and the situation after the intervention assumed to last.',
    figures:
      'With the current settings: society’s profitability after 5 years {{profit5}}, payback time {{payback}}.',
    comparison:
      'With the reports’ arithmetic it is {{profit5}} and {{payback}}. The difference is what your adjustments mean.',
    discount:
      'Discounting at {{rate}}: a krona in five years is worth {{factor}} SEK today. Later revenue weighs less, so profitability is lower and payback takes longer than without discounting.',
    persistence:
      'Persistence: in year 5, {{work}} of the effect remains for those in work, {{studies}} for those in studies and {{other}} for the others. The lower the persistence, the more the result rests on the first years.',
    effect:
      'Deadweight and attribution: {{share}} of every change counts as the intervention’s effect ({{deadweight}} would have happened anyway, and {{attribution}} of the rest is attributed to the intervention).',
    tornado:
      'The tornado chart moves one assumption at a time between its lowest and highest plausible value. Long bars show the assumptions the result depends on most — those are worth backing up.',
    monteCarlo:
      'Monte Carlo draws all uncertain parameters together, many times. The 5–95 % range holds 90 % of the draws: a measure of how uncertain the parameters make the result. It says nothing about whether the change is due to the intervention — that is deadweight’s question.',
  },
  tornado: {
    heading: 'Sensitivity (tornado)',
    intro:
      'Each parameter is moved on its own between its lowest and highest value; the others stay. Ranked by how much society’s 5-year profitability changes. The what-if levers are choices, not uncertainty, and are shown on their own further down.',
    computing: 'Computing sensitivity …',
    failed: 'The sensitivity could not be computed.',
    title: 'Uncertainty of the parameters: change in society’s 5-year profitability',
    low: 'At the lowest value',
    high: 'At the highest value',
    axis: 'Change in 5-year profitability',
    input: 'Assumption',
    range: 'Range',
    profitLow: '5-year profitability, lowest',
    profitHigh: '5-year profitability, highest',
    paybackRange: 'Payback',
    desc: 'The bars show how society’s 5-year profitability ({{base}}) changes when one assumption at a time moves to its lowest and highest value. Largest effect: {{items}}.',
    item: '{{name}} ({{low}} to {{high}})',
    show: 'Show',
    top: 'The {{count}} most important',
    all: 'All',
    tableCaption:
      'Sensitivity per parameter: 5-year profitability and payback at the lowest and highest value.',
    leversHeading: 'The what-if levers on their own',
    leversIntro:
      'The what-if sliders are not uncertainty in the calculation but changes the intervention may aim for. Here each is moved on its own between its lowest and highest setting.',
    leversTitle: 'What-if levers: change in society’s 5-year profitability',
    leversCaption:
      'Per what-if lever: 5-year profitability and payback at the lowest and highest setting.',
    leversNone: 'No what-if lever changes the result of this calculation.',
  },
  monteCarlo: {
    heading: 'Uncertainty (Monte Carlo)',
    intro:
      'Every parameter with a range is drawn at random and independently, many times, and the calculation is redone for each draw. The same seed gives the same result, so a run can be repeated; the seed and settings are saved with the calculation.',
    draws: 'Number of draws',
    seed: 'Seed',
    distribution: 'Distribution of the parameters',
    distributions: {
      triangular: 'Triangular (lowest, value, highest)',
      uniform: 'Uniform (lowest–highest)',
      normal: 'Normal (value ± the range as 90 %)',
      fixed: 'Fixed (not drawn)',
    },
    distributionsHelp:
      'Triangular: most likely at the parameter’s value, never outside the range. Uniform: every value in the range equally likely. Normal: mean = the value, the lowest–highest range holds 90 %, never below 0 (shares never above 100 %).',
    perParameter: 'Distribution per parameter ({{count}} drawn)',
    parameter: 'Parameter',
    rangeColumn: 'Range',
    choice: 'Distribution',
    asDefault: 'As above',
    target: 'Payback target (months)',
    targetHelp: 'The analysis gives the probability that payback takes at most this long.',
    run: 'Run the analysis',
    rerun: 'Run again',
    cancel: 'Cancel',
    progress: 'Draw {{done}} of {{total}}',
    progressLabel: 'Progress of the Monte Carlo analysis',
    cancelled: 'The analysis was cancelled. No results changed.',
    done: '{{draws}} draws in {{seconds}} s, seed {{seed}}.',
    notRun: 'Not run yet. Run the analysis to see ranges and probabilities.',
    bandsCaption: 'Median and 5–95 % range per actor ({{draws}} draws).',
    actor: 'Actor',
    median: 'Median',
    p5: '5 %',
    p95: '95 %',
    deterministic: 'The calculation',
    metrics: {
      yearlyRevenue: 'Revenue per year',
      profitYear1: 'Profitability after 1 year',
      profitYear5: 'Profitability after 5 years',
      paybackMonths: 'Payback time (months)',
    },
    metric: 'Measure',
    probabilityTarget:
      'Probability that society’s payback takes at most {{months}} months: {{share}}.',
    probabilityProfit: 'Probability that society’s 5-year profitability is positive: {{share}}.',
    probabilityCaption: 'Probabilities per actor',
    withinTarget: 'Repaid within {{months}} months',
    profitable: 'Profitable after 5 years',
    histogram: 'Distribution',
    histogramProfit: '5-year profitability',
    histogramPayback: 'Payback time',
    histogramTitleProfit: 'Distribution of society’s 5-year profitability ({{draws}} draws)',
    histogramTitlePayback: 'Distribution of society’s payback time ({{draws}} draws)',
    histogramDesc:
      'Bar chart of the draws: {{count}} classes from {{from}} to {{to}}. Median {{median}}, 5–95 %: {{p5}} to {{p95}}.{{never}}',
    neverNote_one: ' {{count}} draw never repays the cost.',
    neverNote_other: ' {{count}} draws never repay the cost.',
    drawsAxis: 'Number of draws',
    bin: 'Class',
    count: 'Draws',
    never: 'Never',
  },
  errors: {
    draws: 'Enter a whole number between 100 and 100 000.',
    seed: 'Enter a whole number, 0 or more.',
    target: 'Enter a whole number of months, 1–600.',
  },
};
