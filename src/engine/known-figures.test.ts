import { describe, expect, it } from 'vitest';
import { appraiseKnownCase } from './appraisal';
import { exampleScenario } from './example';
import { knownCaseInput } from './known-figures';
import { defaultParameterSet } from './parameters';
import { parseKnownCase, parseScenario, type KnownFigures, type Scenario } from './schema';

function withKnown(
  known: Partial<KnownFigures> | undefined,
  mutate: (s: Scenario) => void = () => {},
) {
  const s = exampleScenario();
  if (known)
    s.knownFigures = { costGiven: 'budget', yearlyRevenue: {}, inKeyFigures: false, ...known };
  mutate(s);
  const parsed = parseScenario(JSON.parse(JSON.stringify(s)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

function appraise(s: Scenario) {
  const input = knownCaseInput(s);
  if (!input) throw new Error('no known figures');
  const parsed = parseKnownCase(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return appraiseKnownCase(parsed.value);
}

describe('known figures in a scenario', () => {
  it('are nothing until something is typed', () => {
    expect(knownCaseInput(withKnown(undefined))).toBeNull();
    expect(knownCaseInput(withKnown({}))).toBeNull();
  });

  it("society's cost 2 448 000 kr gives every actor its cost (Balder, Table 4)", () => {
    const r = appraise(
      withKnown({
        participants: 63,
        costGiven: 'societalCost',
        cost: 2_448_000,
        yearlyRevenue: { samhalle: 2_279_000, kommun: 1_061_000, af: -2_901_000 },
      }),
    );
    // 2 448 000 / 1.2435 × 25 % = 492 159 kr for kommun; payback ceil(12 × 492 159 / 1 061 000) = 6.
    expect(r.cost.kommun).toBeCloseTo(492_159.3, 0);
    expect(r.paybackMonths).toMatchObject({ samhalle: 13, kommun: 6, af: 'neg' });
  });

  it("use the scenario's financing and horizon", () => {
    const r = appraise(
      withKnown(
        {
          participants: 10,
          cost: 1_000_000,
          yearlyRevenue: { kommun: 400_000, samhalle: 900_000 },
        },
        (s) => {
          s.financing = { kommun: 0.5, region: 0.5, af: 0, fk: 0, ovrigStat: 0 };
          s.horizonYears = 3;
        },
      ),
    );
    // kommun bears 50 % of 1 000 000; after 3 years 3 × 400 000 − 500 000 = 700 000.
    expect(r.cost.kommun).toBe(500_000);
    expect(r.horizonYears).toBe(3);
    expect(r.profitHorizon.kommun).toBe(700_000);
    // Society: 1 000 000 × 1.2435 = 1 243 500; 3 × 900 000 − 1 243 500 = 1 456 500.
    expect(r.profitHorizon.samhalle).toBeCloseTo(1_456_500, 6);
  });

  it('take the mark-up of the price year, edited or not', () => {
    const known = { participants: 1, cost: 100_000, yearlyRevenue: { samhalle: 1 } };
    // The example's 2017 cohort: the rules of 2017, 24.35 %: 100 000 × 1.2435.
    expect(appraise(withKnown(known)).cost.samhalle).toBeCloseTo(124_350, 6);
    const edited = withKnown(known, (s) => {
      const set = defaultParameterSet(2017);
      set.values.indirectTaxRate = 0.3;
      s.parameterSets = [set];
    });
    expect(appraise(edited).cost.samhalle).toBeCloseTo(130_000, 6);
  });
});
