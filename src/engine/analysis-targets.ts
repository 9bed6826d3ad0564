/**
 * The names and example values the Analyser tab's settings refer to: the
 * break-even steps by id and the SOT Västerås targets. They live apart from
 * the analyses themselves (analyses.ts) so the scenario format (schema.ts)
 * can name them without loading the evaluator.
 */

/** The steps of the RAR Sörmland 2020 break-even analysis; analyses.ts gives their situations. */
export const BREAK_EVEN_STEP_IDS = [
  'unemployedToFullTimeWork',
  'unemployedToHalfTimeSubsidised',
  'wagePlus5000',
] as const;
export type BreakEvenStepId = (typeof BREAK_EVEN_STEP_IDS)[number];

export interface Target {
  /** Shares in work, studies and continued rehabilitation (0–1). */
  work: number;
  studies: number;
  other: number;
  /** Payback target for society, in months. */
  paybackMonths?: number;
}

/** The SOT Västerås example: 25/20/55 % at exit, 35/25/40 at 6 months, 70/15/15 at 2 years, payback 34 months. */
export const SOT_TARGETS: Record<'exit' | 'm6' | 'm24', Target> = {
  exit: { work: 0.25, studies: 0.2, other: 0.55, paybackMonths: 34 },
  m6: { work: 0.35, studies: 0.25, other: 0.4, paybackMonths: 34 },
  m24: { work: 0.7, studies: 0.15, other: 0.15, paybackMonths: 34 },
};
