/**
 * What the engine names by a code, in words: its notes on a result (a code
 * and values, src/engine/evaluation/warnings.ts) and the break-even steps of
 * src/engine/analyses.ts, and why full allocation cannot be computed. The
 * texts are
 * src/lib/i18n/{sv,en}/engine.ts. Plain TypeScript without runes, so the
 * CLI can word the notes in Node as the app does in the browser.
 */
import type { BreakEvenStepId, FullAllocationIssue, Warning } from '../engine';
import type { Lang } from './format';
import { engine as en } from './i18n/en/engine';
import { engine as sv } from './i18n/sv/engine';

const TEXTS = { sv, en } as const;

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** A share as the notes write it: one decimal at most, "3,5 %" or "3.5%". */
function percent(x: number, lang: Lang): string {
  const n = TEXTS[lang].number;
  return fill(n.percent, { n: `${Math.round(x * 1000) / 10}`.replace('.', n.decimal) });
}

/** The text of an engine note in `lang`. */
export function warningText(w: Warning, lang: Lang): string {
  const t = TEXTS[lang].warnings;
  const pct = (x: number) => percent(x, lang);
  switch (w.code) {
    case 'extraFundsWithoutCost':
    case 'noParticipants':
    case 'zeroCost':
      return t[w.code];
    case 'cohortYearMissing':
      return fill(t.cohortYearMissing, {
        cohorts: w.values.cohorts.join(', '),
        year: w.values.year,
      });
    case 'cohortYearOutsideRules':
      return fill(t.cohortYearOutsideRules, {
        lastYear: w.values.lastYear,
        list: w.values.cohorts.map((c) => fill(t.cohortYearOutsideRulesItem, c)).join(', '),
      });
    case 'priceYearConverted':
      return fill(t.priceYearConverted, {
        priceYear: w.values.priceYear,
        list: w.values.conversions
          .map((c) =>
            fill(t.priceYearConvertedItem, {
              ruleYear: c.ruleYear,
              factor: c.priceFactor.toFixed(3).replace('.', TEXTS[lang].number.decimal),
            }),
          )
          .join(', '),
      });
    case 'appraisalAdjusted': {
      const v = w.values;
      const parts: string[] = [];
      if (v.discountRate !== null)
        parts.push(fill(t.adjusted.discounting, { rate: pct(v.discountRate) }));
      if (v.persistence !== null)
        parts.push(
          fill(t.adjusted.persistence, {
            work: pct(v.persistence.work),
            studies: pct(v.persistence.studies),
            other: pct(v.persistence.other),
          }),
        );
      if (v.deadweight !== null)
        parts.push(fill(t.adjusted.deadweight, { share: pct(v.deadweight) }));
      if (v.attribution !== null)
        parts.push(fill(t.adjusted.attribution, { share: pct(v.attribution) }));
      return fill(t.appraisalAdjusted, { list: parts.join('; ') });
    }
  }
}

/** The name of a break-even step of src/engine/analyses.ts. */
export const breakEvenStepLabel = (id: BreakEvenStepId, lang: Lang): string =>
  TEXTS[lang].breakEvenSteps[id];

/** Why full allocation cannot be computed, in words. */
export const fullAllocationIssueText = (issue: FullAllocationIssue, lang: Lang): string =>
  TEXTS[lang].fullAllocation[issue.code];

/** A note in both languages, as the CLI's JSON has always given it. */
export function warningTexts(w: Warning): { code: Warning['code']; sv: string; en: string } {
  return { code: w.code, sv: warningText(w, 'sv'), en: warningText(w, 'en') };
}
