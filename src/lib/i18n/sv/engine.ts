/**
 * Swedish texts of what the engine names by a code: its notes on a result
 * (src/engine/evaluation/warnings.ts gives a code and values;
 * src/lib/engine-texts.ts fills these in), the break-even steps and why full
 * allocation cannot be computed (src/engine/analyses.ts). `{{name}}` is a value; the lists are built from the
 * `…Item` texts.
 */
export const engine = {
  warnings: {
    extraFundsWithoutCost: 'Extra medel kan inte fördelas när insatskostnaden är 0 kr.',
    noParticipants: 'Scenariot har inga deltagare.',
    zeroCost:
      'Insatskostnaden är 0 kr: återbetalningstiden blir 0 månader när intäkten är positiv.',
    cohortYearMissing: 'Kohort utan år ({{cohorts}}) värderas med {{year}} års regler.',
    cohortYearOutsideRules: 'Regler finns för 2016–{{lastYear}}; närmaste år används: {{list}}.',
    cohortYearOutsideRulesItem: '{{name}} ({{year}} → {{ruleYear}})',
    priceYearConverted: 'Belopp i {{priceYear}} års priser: {{list}} (KPI, SCB).',
    priceYearConvertedItem: '{{ruleYear}} × {{factor}}',
    appraisalAdjusted:
      'Justerat räknesätt ({{list}}): siffrorna är inte jämförbara med rapporternas, som tar hela kostnaden år 1, inte diskonterar och låter effekten bestå.',
    adjusted: {
      discounting: 'diskontering {{rate}}',
      persistence: 'hållbarhet arbete {{work}}, studier {{studies}}, övriga {{other}}',
      deadweight: 'dödvikt {{share}}',
      attribution: 'tillskrivning {{share}}',
    },
  },
  breakEvenSteps: {
    unemployedToFullTimeWork: 'Från arbetslös till heltidsarbete utan subvention',
    unemployedToHalfTimeSubsidised: 'Från arbetslös till halvtidsarbete med 80 % lönesubvention',
    wagePlus5000: 'En lön 5 000 kr/mån högre (25 000 i stället för 20 000)',
  },
  fullAllocation: {
    negativeFunds: 'Medel som inte tagits ut måste vara ett belopp på 0 kr eller mer.',
    noCostPerParticipant:
      'Full tilldelning kräver en kalkyl med deltagare och en kostnad över 0 kr: kostnaden per deltagare saknas.',
  },
  /** How the notes write a decimal number and a percentage. */
  number: { decimal: ',', percent: '{{n}} %' },
};
