/** English texts of what the engine names by a code (see ../sv/engine.ts). */
import type { engine as sv } from '../sv/engine';

export const engine: typeof sv = {
  warnings: {
    extraFundsWithoutCost: 'Extra funds cannot be allocated when the cost is 0 kr.',
    noParticipants: 'The scenario has no participants.',
    zeroCost: 'The cost is 0 kr: payback is 0 months when revenue is positive.',
    cohortYearMissing:
      'A cohort without a year ({{cohorts}}) is valued with the rules of {{year}}.',
    cohortYearOutsideRules:
      'Rules are held for 2016–{{lastYear}}; the nearest year is used: {{list}}.',
    cohortYearOutsideRulesItem: '{{name}} ({{year}} → {{ruleYear}})',
    priceYearConverted: 'Amounts in {{priceYear}} prices: {{list}} (CPI, Statistics Sweden).',
    priceYearConvertedItem: '{{ruleYear}} × {{factor}}',
    appraisalAdjusted:
      "Adjusted arithmetic ({{list}}): the figures are not comparable with the reports', which take the whole cost in year 1, never discount and let the effect last.",
    adjusted: {
      discounting: 'discounting {{rate}}',
      persistence: 'persistence work {{work}}, studies {{studies}}, other {{other}}',
      deadweight: 'deadweight {{share}}',
      attribution: 'attribution {{share}}',
    },
  },
  breakEvenSteps: {
    unemployedToFullTimeWork: 'From unemployed to full-time unsubsidised work',
    unemployedToHalfTimeSubsidised: 'From unemployed to half-time work with an 80 % wage subsidy',
    wagePlus5000: 'A wage 5 000 kr/month higher (25 000 instead of 20 000)',
  },
  fullAllocation: {
    negativeFunds: 'Undrawn funds must be an amount of 0 kr or more.',
    noCostPerParticipant:
      'Full allocation needs a calculation with participants and a cost above 0 kr: there is no cost per participant.',
  },
  number: { decimal: '.', percent: '{{n}}%' },
};
