/**
 * Sensitivity (MODEL.md §10, "tornado"): every parameter, and every what-if
 * input, moved across its low–high range one at a time with the others at
 * their values; ranked by how much society's 5-year profitability moves.
 */
import type { Payback } from './appraisal';
import { evaluatePrepared, prepare } from './evaluate';
import { PARAM_IDS, PARAMETER_DEFS, type ParamId } from './parameters';
import type { Scenario, WhatIf } from './schema';

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

/** One-at-a-time sensitivity of society's 5-year profitability and payback. */
export function sensitivity(scenario: Scenario): SensitivityResult {
  const baseValues = scenario.parameters.values;
  const basePrep = prepare(scenario);
  const base = evaluatePrepared(basePrep).total;
  const rows: SensitivityRow[] = [];

  const atParams = (id: ParamId, value: number) => {
    const s: Scenario = {
      ...scenario,
      parameters: { ...scenario.parameters, values: { ...baseValues, [id]: value } },
    };
    return evaluatePrepared(prepare(s)).total;
  };
  for (const id of PARAM_IDS) {
    const { low, high } = PARAMETER_DEFS[id];
    if (low === high) continue;
    const lo = atParams(id, low);
    const hi = atParams(id, high);
    rows.push({
      kind: 'parameter',
      id,
      low,
      high,
      profitYear5: { low: lo.profitYear5.samhalle, high: hi.profitYear5.samhalle },
      paybackMonths: { low: lo.paybackMonths.samhalle, high: hi.paybackMonths.samhalle },
      swing: Math.abs(hi.profitYear5.samhalle - lo.profitYear5.samhalle),
    });
  }
  for (const [key, [low, high]] of Object.entries(WHAT_IF_RANGES) as [
    keyof WhatIf,
    [number, number],
  ][]) {
    const lo = evaluatePrepared(basePrep, { ...scenario.whatIf, [key]: low }).total;
    const hi = evaluatePrepared(basePrep, { ...scenario.whatIf, [key]: high }).total;
    rows.push({
      kind: 'whatIf',
      id: key,
      low,
      high,
      profitYear5: { low: lo.profitYear5.samhalle, high: hi.profitYear5.samhalle },
      paybackMonths: { low: lo.paybackMonths.samhalle, high: hi.paybackMonths.samhalle },
      swing: Math.abs(hi.profitYear5.samhalle - lo.profitYear5.samhalle),
    });
  }
  rows.sort((a, b) => b.swing - a.swing);
  return {
    base: { profitYear5: base.profitYear5.samhalle, paybackMonths: base.paybackMonths.samhalle },
    rows,
  };
}
