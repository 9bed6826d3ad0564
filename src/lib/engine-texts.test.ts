/**
 * The engine's notes in words: the same texts the engine wrote before it gave
 * codes and values, in both languages, for each kind of note.
 */
import { describe, expect, it } from 'vitest';
import { evaluateScenario, exampleScenario, type Warning } from '../engine';
import {
  breakEvenStepLabel,
  fullAllocationIssueText,
  warningText,
  warningTexts,
} from './engine-texts';

describe('the note on adjusted arithmetic', () => {
  it('is absent with the reports’ arithmetic and names every adjustment otherwise', () => {
    expect(evaluateScenario(exampleScenario()).warnings.map((w) => w.code)).not.toContain(
      'appraisalAdjusted',
    );
    const s = exampleScenario();
    s.appraisal = {
      discountRate: 0.035,
      persistence: { work: 1, studies: 0.6, other: 1 },
      deadweight: 0.25,
      attribution: 1,
    };
    const note = warningTexts(
      evaluateScenario(s).warnings.find((w) => w.code === 'appraisalAdjusted')!,
    );
    expect(note.sv).toContain('diskontering 3,5 %');
    expect(note.sv).toContain('studier 60 %');
    expect(note.sv).toContain('dödvikt 25 %');
    expect(note.sv).not.toContain('tillskrivning');
    expect(note.en).toContain('discounting 3.5%');
  });
});

describe('every note, word for word', () => {
  const none = {} as Record<string, never>;
  it.each<[Warning, string, string]>([
    [
      { code: 'extraFundsWithoutCost', values: none },
      'Extra medel kan inte fördelas när insatskostnaden är 0 kr.',
      'Extra funds cannot be allocated when the cost is 0 kr.',
    ],
    [
      { code: 'noParticipants', values: none },
      'Scenariot har inga deltagare.',
      'The scenario has no participants.',
    ],
    [
      { code: 'zeroCost', values: none },
      'Insatskostnaden är 0 kr: återbetalningstiden blir 0 månader när intäkten är positiv.',
      'The cost is 0 kr: payback is 0 months when revenue is positive.',
    ],
    [
      { code: 'cohortYearMissing', values: { cohorts: ['A', 'B'], year: 2026 } },
      'Kohort utan år (A, B) värderas med 2026 års regler.',
      'A cohort without a year (A, B) is valued with the rules of 2026.',
    ],
    [
      {
        code: 'cohortYearOutsideRules',
        values: { lastYear: 2026, cohorts: [{ name: 'Gamla', year: 2014, ruleYear: 2016 }] },
      },
      'Regler finns för 2016–2026; närmaste år används: Gamla (2014 → 2016).',
      'Rules are held for 2016–2026; the nearest year is used: Gamla (2014 → 2016).',
    ],
    [
      {
        code: 'priceYearConverted',
        values: { priceYear: 2024, conversions: [{ ruleYear: 2017, priceFactor: 1.23456 }] },
      },
      'Belopp i 2024 års priser: 2017 × 1,235 (KPI, SCB).',
      'Amounts in 2024 prices: 2017 × 1.235 (CPI, Statistics Sweden).',
    ],
    [
      {
        code: 'appraisalAdjusted',
        values: {
          discountRate: null,
          persistence: { work: 0.9, studies: 0.6, other: 1 },
          deadweight: null,
          attribution: 0.5,
        },
      },
      'Justerat räknesätt (hållbarhet arbete 90 %, studier 60 %, övriga 100 %; tillskrivning 50 %): siffrorna är inte jämförbara med rapporternas, som tar hela kostnaden år 1, inte diskonterar och låter effekten bestå.',
      "Adjusted arithmetic (persistence work 90%, studies 60%, other 100%; attribution 50%): the figures are not comparable with the reports', which take the whole cost in year 1, never discount and let the effect last.",
    ],
  ])('%o', (w, sv, en) => {
    expect(warningText(w, 'sv')).toBe(sv);
    expect(warningText(w, 'en')).toBe(en);
  });
});

describe('the break-even steps’ names', () => {
  it.each([
    ['unemployedToFullTimeWork', 'Från arbetslös till heltidsarbete utan subvention'],
    [
      'unemployedToHalfTimeSubsidised',
      'Från arbetslös till halvtidsarbete med 80 % lönesubvention',
    ],
    ['wagePlus5000', 'En lön 5 000 kr/mån högre (25 000 i stället för 20 000)'],
  ] as const)('%s', (id, sv) => {
    expect(breakEvenStepLabel(id, 'sv')).toBe(sv);
    expect(breakEvenStepLabel(id, 'en')).not.toBe(sv);
  });
});

describe('why full allocation cannot be computed', () => {
  it('says so in both languages', () => {
    const neg = { path: 'undrawnFunds', code: 'negativeFunds' } as const;
    const free = { path: 'undrawnFunds', code: 'noCostPerParticipant' } as const;
    expect(fullAllocationIssueText(neg, 'sv')).toMatch(/0 kr eller mer/);
    expect(fullAllocationIssueText(free, 'en')).toMatch(/no cost per participant/);
  });
});
