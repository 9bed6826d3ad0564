/**
 * Swedish personal income tax for one person-year under 66, with the rules of the income
 * year (2016–2026): grundavdrag, municipal and regional tax, state income tax (with värnskatt
 * until 2019) and the tax reductions the state bears — jobbskatteavdrag, the reduction for
 * sjuk- och aktivitetsersättning (from 2018), the reduction for förvärvsinkomst (from 2021)
 * and the temporary one for work income (2021–2022). Also the employer contribution rate,
 * with the reduced rates for young people. Used to split a wage or a taxable benefit
 * between the individual, kommun, region and the state (MODEL.md §3, §6).
 *
 * Sources: inkomstskattelagen (1999:1229) 63 kap. 3 § (grundavdrag), 65 kap. 5 § (state
 * tax), 67 kap. 2 § (order of the reductions), 7 § (jobbskatteavdrag), 9 a–c §§ (sjuk- och
 * aktivitetsersättning), 46–48 §§ (förvärvsinkomst); the law on the temporary reduction for
 * work income (prop. 2020/21:200); socialavgiftslagen (2000:980) and the laws on reduced
 * contributions for young people. The values of each year, with their sources, are in
 * `rules/data/tax-rules.ts`.
 *
 * The public pension contribution (7 %) is left out: it is fully offset by its own tax
 * reduction below its cap.
 */
import type { TaxRuleId } from './rules/data/tax-rules';

/** The year's tax rules as plain numbers; callers may pass an object with more keys. */
export type TaxParams = Record<TaxRuleId, number>;

export interface TaxSplit {
  kommun: number;
  region: number;
  /** State income tax (positive: paid by the individual to ovrigStat). */
  state: number;
  /** Earned income tax credit, paid by ovrigStat (the state compensates kommun and region). */
  jobTaxCredit: number;
  /** Skattereduktion för sjuk- och aktivitetsersättning, also borne by ovrigStat. */
  sickCompensationCredit: number;
  /**
   * Skattereduktion för förvärvsinkomst and, in 2021–2022, the temporary reduction for work
   * income; borne by ovrigStat.
   */
  incomeCredit: number;
  /** Net tax the individual pays. */
  total: number;
}

/**
 * Grundavdrag for people under 66, for fastställd förvärvsinkomst `ffi` (kr/year) and price
 * base amount `pbb` (IL 63 kap. 3 §), rounded up to whole hundreds and never above the
 * income. The coefficients (0.423 / 0.2 / 0.77 / 0.1 / 0.293 PBB, breakpoints 0.99 / 2.72 /
 * 3.11 / 7.88 PBB) were the same in every year 2016–2026: the amendments in these years
 * changed only the förhöjt grundavdrag of 3 a §, and Skatteverket's lowest and highest
 * amounts each year are 0.423 and 0.77 PBB.
 */
export function basicAllowance(ffi: number, pbb: number): number {
  if (ffi <= 0) return 0;
  const x = ffi / pbb;
  let ga: number;
  if (x <= 0.99) ga = 0.423 * pbb;
  else if (x <= 2.72) ga = 0.423 * pbb + 0.2 * (ffi - 0.99 * pbb);
  else if (x <= 3.11) ga = 0.77 * pbb;
  else if (x <= 7.88) ga = 0.77 * pbb - 0.1 * (ffi - 3.11 * pbb);
  else ga = 0.293 * pbb;
  // A float error just above an exact hundred must not round up a whole hundred.
  return Math.min(ffi, Math.ceil(ga / 100 - 1e-9) * 100);
}

/**
 * Jobbskatteavdrag (IL 67 kap. 7 §) for work income `ai`, grundavdrag `ga` and the local tax
 * rate `ki` (kommun + region), before it is limited by the tax: (base − ga) × ki, where the
 * base is the income up to step 1, then grows by rate 2 up to step 2 and by rate 3 up to
 * step 3, and is flat above; less the phase-out share of work income above its threshold.
 */
export function jobTaxCredit(ai: number, ga: number, ki: number, p: TaxParams): number {
  if (ai <= 0) return 0;
  const pbb = p.prisbasbelopp;
  const x = ai / pbb;
  let base: number;
  if (x <= p.jobTaxCreditStep1Pbb) base = ai;
  else if (x <= p.jobTaxCreditStep2Pbb)
    base = p.jobTaxCreditStep1Pbb * pbb + p.jobTaxCreditRate2 * (ai - p.jobTaxCreditStep1Pbb * pbb);
  else if (x <= p.jobTaxCreditStep3Pbb)
    base =
      p.jobTaxCreditBaseAtStep2Pbb * pbb +
      p.jobTaxCreditRate3 * (ai - p.jobTaxCreditStep2Pbb * pbb);
  else base = p.jobTaxCreditMaxPbb * pbb;
  let credit = (base - ga) * ki;
  const phaseOutFrom = p.jobTaxCreditPhaseOutPbb * pbb;
  if (p.jobTaxCreditPhaseOutRate > 0 && ai > phaseOutFrom)
    credit -= p.jobTaxCreditPhaseOutRate * (ai - phaseOutFrom);
  return Math.max(0, credit);
}

/**
 * Skattereduktion för sjuk- och aktivitetsersättning (IL 67 kap. 9 c §) on the benefit `u`,
 * before it is limited by the tax. 2018–2021: 4.5 % of the benefit up to 2.53 PBB and 2.5 %
 * above, times the local rate, the grundavdrag not deducted. From 2022: built like the
 * jobbskatteavdrag (without its upper cap) less the grundavdrag, times the local rate, but at
 * least 4.5 % of the benefit times the local rate.
 */
export function sickCompensationCredit(u: number, ga: number, ki: number, p: TaxParams): number {
  if (u <= 0) return 0;
  const pbb = p.prisbasbelopp;
  const x = u / pbb;
  const step1 = p.sickCompensationCreditStep1Pbb;
  let base: number;
  if (x <= step1) base = p.sickCompensationCreditRate1 * u;
  else if (x <= p.sickCompensationCreditStep2Pbb)
    base =
      p.sickCompensationCreditRate1 * step1 * pbb +
      p.sickCompensationCreditRate2 * (u - step1 * pbb);
  else
    base =
      p.sickCompensationCreditBaseAtStep2Pbb * pbb +
      p.sickCompensationCreditRate3 * (u - p.sickCompensationCreditStep2Pbb * pbb);
  if (p.sickCompensationCreditLessAllowance > 0) base -= ga;
  return Math.max(0, base * ki, p.sickCompensationCreditMinShare * u * ki);
}

/**
 * Skattereduktion för förvärvsinkomst (IL 67 kap. 46–48 §§, from 2021) on taxable earned
 * income `bfi` (after grundavdrag): a share of the income above a floor, up to a maximum.
 */
export function earnedIncomeCredit(bfi: number, p: TaxParams): number {
  return Math.min(
    Math.max(0, p.incomeCreditRate * (bfi - p.incomeCreditThreshold)),
    p.incomeCreditMax,
  );
}

/**
 * The temporary reduction for work income of 2021 and 2022 (prop. 2020/21:200): a share of
 * work income above a floor up to a maximum, phased out above a second threshold.
 */
export function temporaryWorkCredit(ai: number, p: TaxParams): number {
  if (p.temporaryWorkCreditMax <= 0 || ai <= p.temporaryWorkCreditFloor) return 0;
  const phasedIn = Math.min(
    p.temporaryWorkCreditRate * (ai - p.temporaryWorkCreditFloor),
    p.temporaryWorkCreditMax,
  );
  const phasedOut =
    p.temporaryWorkCreditMax -
    p.temporaryWorkCreditPhaseOutRate * Math.max(0, ai - p.temporaryWorkCreditPhaseOutFrom);
  return Math.max(0, Math.min(phasedIn, phasedOut));
}

/**
 * Income tax of one person-year with taxable earned income before grundavdrag `taxable`
 * (fastställd förvärvsinkomst), of which `workIncome` is work income (for the
 * jobbskatteavdrag) and `sickCompensationIncome` sjuk- or aktivitetsersättning.
 *
 * The reductions are set off in the order of IL 67 kap. 2 §: jobbskatteavdrag, then the
 * reduction for sjuk- och aktivitetsersättning, then the one for förvärvsinkomst, each only
 * against the local tax left; the temporary work-income reduction of 2021–2022 comes last,
 * against local and state tax. No reduction can exceed the tax it reduces.
 */
export function incomeTax(
  taxable: number,
  workIncome: number,
  p: TaxParams,
  sickCompensationIncome = 0,
): TaxSplit {
  if (taxable <= 0)
    return {
      kommun: 0,
      region: 0,
      state: 0,
      jobTaxCredit: 0,
      sickCompensationCredit: 0,
      incomeCredit: 0,
      total: 0,
    };
  const ga = basicAllowance(taxable, p.prisbasbelopp);
  const base = Math.max(0, taxable - ga);
  const kommun = base * p.municipalTaxRate;
  const region = base * p.regionalTaxRate;
  const state =
    Math.max(0, base - p.stateIncomeTaxThreshold) * p.stateIncomeTaxRate +
    (p.upperStateTaxRate > 0
      ? Math.max(0, base - p.upperStateTaxThreshold) * p.upperStateTaxRate
      : 0);
  const local = kommun + region;
  const ki = p.municipalTaxRate + p.regionalTaxRate;

  const job = Math.min(jobTaxCredit(workIncome, ga, ki, p), local);
  const sick = Math.min(sickCompensationCredit(sickCompensationIncome, ga, ki, p), local - job);
  const earned = Math.min(earnedIncomeCredit(base, p), local - job - sick);
  const temporary = Math.min(
    temporaryWorkCredit(workIncome, p),
    local + state - job - sick - earned,
  );
  const incomeCredit = earned + temporary;
  return {
    kommun,
    region,
    state,
    jobTaxCredit: job,
    sickCompensationCredit: sick,
    incomeCredit,
    total: local + state - job - sick - incomeCredit,
  };
}

/** The age bands with reduced employer contributions in some years. */
export type YouthAgeBand = '15-18' | '19-23' | '24-25';

/**
 * The effective yearly-average employer contribution rate on a monthly wage: the standard
 * rate without an age band; with one, the band's yearly average on pay up to the monthly
 * cap and the standard rate on pay above it (a cap of 0 means no cap).
 */
export function employerContributionRateFor(
  p: TaxParams,
  ageBand: YouthAgeBand | undefined,
  monthlyWage: number,
): number {
  const standard = p.employerContributionRate;
  if (!ageBand) return standard;
  const reduced =
    ageBand === '15-18'
      ? p.employerContributionRateYouth15to18
      : ageBand === '19-23'
        ? p.employerContributionRateYouth19to23
        : p.employerContributionRateYouth24to25;
  const cap = p.employerContributionYouthWageCap;
  if (cap <= 0 || monthlyWage <= cap) return reduced;
  return (reduced * cap + standard * (monthlyWage - cap)) / monthlyWage;
}
