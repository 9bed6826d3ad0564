/**
 * The fast valuation of one Monte Carlo draw (MODEL.md §10) where the payback lies far out:
 * an effect that fades, and discounting over a century. Expected paybacks are worked by hand
 * from the revenue of year 1, R, and checked against the full evaluation as well.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePrepared, prepare } from '../evaluate';
import { exampleScenario } from '../example';
import { defaultParameterSet } from '../parameters';
import type { AppraisalSettings } from '../appraisal';
import type { Scenario } from '../schema';
import { createValuer, drawFigures } from './valuer';

/** 10 people from no public support into full-time unsubsidised work, 2017's rules. */
function intoWork(): Scenario {
  const s = exampleScenario();
  s.parameters = defaultParameterSet(2017);
  s.cohorts[0].groups = [
    {
      id: 'g',
      label: 'Ingen försörjning → arbete',
      count: 10,
      gender: 'man',
      before: { income: [{ source: 'ingenOffentligForsorjning', extent: 1 }], resources: [] },
      after: { income: [{ source: 'osubventioneratArbete', extent: 1 }], resources: [] },
    },
  ];
  return s;
}

/**
 * The scenario with society's cost set to `costOverR` × its yearly revenue R (as the reports
 * value it: whole cost in year 1) and the given appraisal settings.
 */
function withCost(costOverR: number, appraisal: AppraisalSettings) {
  const s = intoWork();
  const R = evaluatePrepared(prepare(s)).total.yearlyRevenue.samhalle;
  expect(R).toBeGreaterThan(0);
  const t = s.parameters!.values.indirectTaxRate;
  // Society's cost is budget × (1 + t).
  s.cohorts[0].cost = { mode: 'total', budget: (costOverR * R) / (1 + t) };
  s.appraisal = appraisal;
  return { s, R };
}

/** Society's payback by the fast valuation and by the full evaluation. */
function paybacks(s: Scenario) {
  const prep = prepare(s);
  const out = new Float64Array(64);
  createValuer(prep, s.whatIf)(prep.ctx.params, out);
  return {
    fast: drawFigures(out).paybackMonths.samhalle,
    full: evaluatePrepared(prep).total.paybackMonths.samhalle,
  };
}

describe('a payback far out', () => {
  it('an effect that fades by 10 % a year repays a cost of 9.5 years’ revenue in month 342', () => {
    // Year y brings R · 0.9^(y−1); after n years R · (1 − 0.9ⁿ) / 0.1 = 10 R (1 − 0.9ⁿ), never
    // more than 10 R in all. 9.5 R is reached in year 29: after 28 years 10 R (1 − 0.05233) =
    // 9.47665 R, and the 0.02335 R left at R · 0.05233 / 12 a month takes ⌈5.35⌉ = 6 months:
    // 28 · 12 + 6 = 342. Beyond month 60 the search must not stop early: what year 6 on can
    // still bring, 10 R · 0.9⁵ = 5.90 R, exceeds the 5.40 R still missing after year 5.
    const { s } = withCost(9.5, {
      discountRate: 0,
      persistence: { work: 0.9, studies: 0.9, other: 0.9 },
      deadweight: 0,
      attribution: 1,
    });
    expect(paybacks(s)).toEqual({ fast: 342, full: 342 });
  });

  it('the same fading effect never repays a cost above the 10 R it brings in all', () => {
    const { s } = withCost(10.5, {
      discountRate: 0,
      persistence: { work: 0.9, studies: 0.9, other: 0.9 },
      deadweight: 0,
      attribution: 1,
    });
    expect(paybacks(s)).toEqual({ fast: 'neg', full: 'neg' });
  });

  it('discounted at 5 %, a lasting effect can repay in its hundredth year, the last one searched', () => {
    // Month m's revenue R / 12 is discounted by d^m, d = 1.05^(−1/12): after m months
    // S(m) = R / 12 · d (1 − d^m) / (1 − d). A cost midway between S(1193) and S(1194) is
    // repaid in month 1194, in year ⌈1194 / 12⌉ = 100.
    const r = 0.05;
    const d = 1 / (1 + r) ** (1 / 12);
    const S = (m: number) => (d * (1 - d ** m)) / (1 - d) / 12;
    const { s } = withCost((S(1193) + S(1194)) / 2, {
      discountRate: r,
      persistence: { work: 1, studies: 1, other: 1 },
      deadweight: 0,
      attribution: 1,
    });
    expect(paybacks(s)).toEqual({ fast: 1194, full: 1194 });
  });
});
