import { describe, expect, it } from 'vitest';
import { appraiseKnownCase } from './appraisal';
import { exampleScenario } from './example';
import { hasKnownFigures, knownCaseInput, type KnownFrame } from './known-figures';
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

describe('known figures: what counts as typed, and the mark-up', () => {
  const k = (x: Partial<KnownFigures>): KnownFigures => ({
    costGiven: 'budget',
    yearlyRevenue: {},
    inKeyFigures: false,
    ...x,
  });

  it('count as typed with only participants, only a cost or only one revenue', () => {
    expect(hasKnownFigures(undefined)).toBe(false);
    expect(hasKnownFigures(k({}))).toBe(false);
    expect(hasKnownFigures(k({ participants: 10 }))).toBe(true);
    expect(hasKnownFigures(k({ cost: 100_000 }))).toBe(true);
    expect(hasKnownFigures(k({ yearlyRevenue: { kommun: 0 } }))).toBe(true);
  });

  it('read a draft whose known figures have no revenue yet', () => {
    // A draft not yet through the schema: no yearlyRevenue object at all.
    const draft = { participants: 10, costGiven: 'budget', inKeyFigures: false } as KnownFigures;
    expect(hasKnownFigures({ costGiven: 'budget', inKeyFigures: false } as KnownFigures)).toBe(
      false,
    );
    const input = knownCaseInput({ ...exampleScenario(), knownFigures: draft });
    expect(input!.participants).toBe(10);
    expect(input!.yearlyRevenue).toStrictEqual({});
  });

  it('carry only the revenues typed', () => {
    const input = knownCaseInput(
      withKnown({ participants: 10, cost: 1_000, yearlyRevenue: { samhalle: 500 } }),
    );
    expect(Object.keys(input!.yearlyRevenue)).toEqual(['samhalle']);
  });

  it('take the pinned parameter set’s mark-up', () => {
    const known = { participants: 1, cost: 100_000, yearlyRevenue: { samhalle: 1 } };
    const pinned = withKnown(known, (s) => {
      const set = defaultParameterSet(2017);
      set.values.indirectTaxRate = 0.3;
      s.parameters = set;
    });
    // 100 000 × 1.30.
    expect(appraise(pinned).cost.samhalle).toBeCloseTo(130_000, 6);
  });

  it('take the edited set of the price year, not the first one', () => {
    const known = { participants: 1, cost: 100_000, yearlyRevenue: { samhalle: 1 } };
    const s = withKnown(known, (x) => {
      const other = defaultParameterSet(2024);
      other.values.indirectTaxRate = 0.5;
      const own = defaultParameterSet(2017);
      own.values.indirectTaxRate = 0.3;
      x.parameterSets = [other, own];
    });
    // The example's price year is 2017: 100 000 × 1.30, not × 1.50.
    expect(appraise(s).cost.samhalle).toBeCloseTo(130_000, 6);
  });

  it('take the year’s own rules for a draft without edited sets', () => {
    const s = withKnown({ participants: 1, cost: 100_000, yearlyRevenue: { samhalle: 1 } });
    const draft = { ...s, parameterSets: undefined } as unknown as KnownFrame;
    // 2017: 24.35 %.
    expect(knownCaseInput(draft)!.indirectTaxRate).toBeCloseTo(0.2435, 12);
  });
});
