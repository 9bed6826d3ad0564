/**
 * Sensitivity (MODEL.md §10, "tornado"): every parameter, and every what-if
 * input, moved across its low–high range one at a time with the others at
 * their values; ranked by how much society's 5-year profitability moves.
 */
import type { Payback } from './appraisal';
import { evaluatePrepared, type KeyFigures, type Prepared } from './evaluate';
import { PARAM_IDS, paramDefsFor, type ParamId } from './parameters';
import type { WhatIf } from './schema';
import { createValuer, drawFigures } from './uncertainty';

export interface SensitivityRow {
  kind: 'parameter' | 'whatIf';
  id: ParamId | keyof WhatIf;
  low: number;
  high: number;
  profitYear5: { low: number; high: number };
  paybackMonths: { low: Payback; high: Payback };
  /** |profit at high − profit at low|: the bar's length. */
  swing: number;
}

export interface SensitivityResult {
  base: { profitYear5: number; paybackMonths: Payback };
  rows: SensitivityRow[];
}

/** Ranges of the what-if inputs for the tornado. */
export const WHAT_IF_RANGES: Partial<Record<keyof WhatIf, [number, number]>> = {
  subsidisedToUnsubsidisedShare: [0, 1],
  studiesToWorkShare: [0, 1],
  fewerPrimaryCareVisits: [0, 10],
  fewerPsychiatricCareDays: [0, 10],
};

/**
 * One-at-a-time sensitivity of society's 5-year profitability and payback,
 * around the prepared scenario at the what-if settings `w`. Parameters are
 * valued with the uncertainty analysis' fast valuer (the full evaluation's
 * figures, without re-aggregating the participants).
 */
export function sensitivity(prep: Prepared, w: WhatIf = prep.scenario.whatIf): SensitivityResult {
  const baseValues = prep.ctx.params;
  const defs = paramDefsFor(prep.primaryYear);
  const base = evaluatePrepared(prep, w).total;
  const valuer = createValuer(prep, w);
  const out = new Float64Array(64);
  const rows: SensitivityRow[] = [];
  const row = (
    kind: SensitivityRow['kind'],
    id: SensitivityRow['id'],
    low: number,
    high: number,
    lo: KeyFigures,
    hi: KeyFigures,
  ) =>
    rows.push({
      kind,
      id,
      low,
      high,
      profitYear5: { low: lo.profitYear5.samhalle, high: hi.profitYear5.samhalle },
      paybackMonths: { low: lo.paybackMonths.samhalle, high: hi.paybackMonths.samhalle },
      swing: Math.abs(hi.profitYear5.samhalle - lo.profitYear5.samhalle),
    });
  const atParam = (id: ParamId, value: number) => {
    valuer({ ...baseValues, [id]: value }, out);
    return drawFigures(out);
  };
  for (const id of PARAM_IDS) {
    const { low, high } = defs[id];
    if (low === high) continue;
    row('parameter', id, low, high, atParam(id, low), atParam(id, high));
  }
  for (const [key, [low, high]] of Object.entries(WHAT_IF_RANGES) as [
    keyof WhatIf,
    [number, number],
  ][]) {
    const lo = evaluatePrepared(prep, { ...w, [key]: low }).total;
    const hi = evaluatePrepared(prep, { ...w, [key]: high }).total;
    row('whatIf', key, low, high, lo, hi);
  }
  rows.sort((a, b) => b.swing - a.swing);
  return {
    base: { profitYear5: base.profitYear5.samhalle, paybackMonths: base.paybackMonths.samhalle },
    rows,
  };
}
