/**
 * Swedish personal income tax for one person-year (2025 rules, under 66):
 * grundavdrag, municipal and regional tax, state income tax and the earned
 * income tax credit (jobbskatteavdrag). Used to split a wage or a taxable
 * benefit between the individual, kommun, region and the state (MODEL.md §3).
 *
 * Source: Inkomstskattelagen (1999:1229) 63 kap. 3 § (grundavdrag) and
 * 67 kap. 7 § (jobbskatteavdrag), as in force for income year 2025;
 * Skatteverket's tables of the formulas. The public pension contribution
 * (7 %) is left out: it is fully offset by a tax reduction below its cap.
 */
import type { ParamValues } from './parameters';

export interface TaxSplit {
  kommun: number;
  region: number;
  /** State income tax (positive: paid by the individual to ovrigStat). */
  state: number;
  /** Earned income tax credit, paid by ovrigStat (the state compensates kommun and region). */
  jobTaxCredit: number;
  /** Skattereduktion för förvärvsinkomst, also borne by ovrigStat. */
  incomeCredit: number;
  /** Net tax the individual pays. */
  total: number;
}

/** Grundavdrag for fastställd förvärvsinkomst `ffi` (kr/year), price base amount `pbb`. */
export function basicAllowance(ffi: number, pbb: number): number {
  if (ffi <= 0) return 0;
  const x = ffi / pbb;
  let ga: number;
  if (x <= 0.99) ga = 0.423 * pbb;
  else if (x <= 2.72) ga = 0.423 * pbb + 0.2 * (ffi - 0.99 * pbb);
  else if (x <= 3.11) ga = 0.77 * pbb;
  else if (x <= 7.88) ga = 0.77 * pbb - 0.1 * (ffi - 3.11 * pbb);
  else ga = 0.293 * pbb;
  return Math.min(ffi, Math.ceil(ga / 100) * 100);
}

/**
 * Jobbskatteavdrag for work income `ai`, with grundavdrag `ga` and the
 * combined local tax rate `ki` (kommun + region). 2025 brackets (prop.
 * 2024/25:1): 38.74 % up to 3.24 PBB, 19.9 % up to 8.08 PBB, then a flat
 * 2.776 PBB; no phase-out for high incomes from 2025.
 */
export function jobTaxCredit(ai: number, ga: number, ki: number, pbb: number): number {
  if (ai <= 0) return 0;
  const x = ai / pbb;
  let base: number;
  if (x <= 0.91) base = ai;
  else if (x <= 3.24) base = 0.91 * pbb + 0.3874 * (ai - 0.91 * pbb);
  else if (x <= 8.08) base = 1.813 * pbb + 0.199 * (ai - 3.24 * pbb);
  else base = 2.776 * pbb;
  return Math.max(0, (base - ga) * ki);
}

/**
 * Income tax of one person-year with taxable income `taxable` of which
 * `workIncome` is earned income.
 */
export function incomeTax(taxable: number, workIncome: number, p: ParamValues): TaxSplit {
  if (taxable <= 0)
    return { kommun: 0, region: 0, state: 0, jobTaxCredit: 0, incomeCredit: 0, total: 0 };
  const ga = basicAllowance(taxable, p.prisbasbelopp);
  const base = Math.max(0, taxable - ga);
  const kommun = base * p.municipalTaxRate;
  const region = base * p.regionalTaxRate;
  const state = Math.max(0, base - p.stateIncomeTaxThreshold) * p.stateIncomeTaxRate;
  const ki = p.municipalTaxRate + p.regionalTaxRate;
  // The credit cannot exceed the local tax it reduces.
  const credit = Math.min(jobTaxCredit(workIncome, ga, ki, p.prisbasbelopp), kommun + region);
  // Skattereduktion för förvärvsinkomst (IL 67 kap.): 0.75 % of income above 40 000, at most
  // 1 500 kr, never more than the tax left after the job tax credit.
  const incomeCredit = Math.min(
    Math.max(0, 0.0075 * (taxable - 40_000)),
    1_500,
    Math.max(0, kommun + region + state - credit),
  );
  return {
    kommun,
    region,
    state,
    jobTaxCredit: credit,
    incomeCredit,
    total: kommun + region + state - credit - incomeCredit,
  };
}
