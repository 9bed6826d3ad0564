import { describe, expect, it } from 'vitest';
import { sensitivity, WHAT_IF_RANGES } from './sensitivity';
import { evaluateScenario, prepare } from './evaluate';
import { exampleScenario } from './example';
import { defaultParameterSet, PARAM_IDS, paramDefsFor } from './parameters';
import type { WhatIf } from './schema';

/** The example's cohort is of 2017: its ranges are those of 2017's rules. */
const DEFS = paramDefsFor(2017);
/** The example with its year's rules written out, so a test can move one value. */
const pinned = () => ({ ...exampleScenario(), parameters: defaultParameterSet(2017) });

/** Society's 5-year result and payback, evaluated in full with one parameter at a value. */
function atParameter(id: (typeof PARAM_IDS)[number], value: number) {
  const s = pinned();
  s.parameters.values[id] = value;
  const t = evaluateScenario(s).total;
  return { profit: t.profitYear5.samhalle, payback: t.paybackMonths.samhalle };
}

/** The same with one what-if input at a value. */
function atWhatIf(key: keyof WhatIf, value: number) {
  const s = exampleScenario();
  s.whatIf = { ...s.whatIf, [key]: value };
  const t = evaluateScenario(s).total;
  return { profit: t.profitYear5.samhalle, payback: t.paybackMonths.samhalle };
}

// Each test runs the analysis itself: a test proves only what it runs.
const run = () => sensitivity(prepare(exampleScenario()));

describe('sensitivity (tornado)', () => {
  it('ranks the inputs by how much they move the 5-year profitability', () => {
    const r = run();
    const swings = r.rows.map((x) => x.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(r.rows[0].swing).toBeGreaterThan(0);
  });

  it('has one row per parameter with a range and per what-if input, and none for a fixed value', () => {
    const r = run();
    const ranged = PARAM_IDS.filter((id) => DEFS[id].low !== DEFS[id].high);
    const whatIfs = Object.keys(WHAT_IF_RANGES);
    expect(r.rows).toHaveLength(ranged.length + whatIfs.length);
    expect(
      r.rows
        .filter((x) => x.kind === 'parameter')
        .map((x) => x.id)
        .sort(),
    ).toEqual([...ranged].sort());
    expect(
      r.rows
        .filter((x) => x.kind === 'whatIf')
        .map((x) => x.id)
        .sort(),
    ).toEqual([...whatIfs].sort());
    // The price base amount is set by law for the year: no range, no row.
    expect(DEFS.prisbasbelopp.low).toBe(DEFS.prisbasbelopp.high);
    expect(r.rows.some((x) => x.id === 'prisbasbelopp')).toBe(false);
  });

  it('leaves the profit unmoved for a parameter the example does not use (no one has psychiatric care days)', () => {
    const row = run().rows.find((x) => x.id === 'costPsychiatricCareDay')!;
    expect(row.swing).toBe(0);
  });

  it('moves a parameter to exactly its low and high value (checked against a direct evaluation)', () => {
    const row = run().rows.find((x) => x.id === 'referenceMonthlyWage')!;
    expect(row.kind).toBe('parameter');
    expect([row.low, row.high]).toEqual([
      DEFS.referenceMonthlyWage.low,
      DEFS.referenceMonthlyWage.high,
    ]);
    const low = atParameter('referenceMonthlyWage', row.low);
    const high = atParameter('referenceMonthlyWage', row.high);
    expect(row.profitYear5.low).toBeCloseTo(low.profit, 4);
    expect(row.profitYear5.high).toBeCloseTo(high.profit, 4);
    expect(row.paybackMonths).toEqual({ low: low.payback, high: high.payback });
    expect(row.profitYear5.high).toBeGreaterThan(row.profitYear5.low);
    // The bar's length: the distance between the two results, |high − low|.
    expect(row.swing).toBeCloseTo(high.profit - low.profit, 4);
  });

  it('the bar is as long when the high end gives the lower result', () => {
    // A higher handling cost of subsidised work lowers society's result: the bar's length is
    // still the distance between the two ends.
    const row = run().rows.find((x) => x.id === 'handlingAfSubsidisedWork')!;
    const low = atParameter('handlingAfSubsidisedWork', DEFS.handlingAfSubsidisedWork.low).profit;
    const high = atParameter('handlingAfSubsidisedWork', DEFS.handlingAfSubsidisedWork.high).profit;
    expect(high).toBeLessThan(low);
    expect(row.swing).toBeCloseTo(low - high, 4);
  });

  it('includes the what-if inputs, with zero as their base', () => {
    const r = run();
    const row = r.rows.find((x) => x.id === 'subsidisedToUnsubsidisedShare')!;
    expect(row.kind).toBe('whatIf');
    expect(row.profitYear5.low).toBeCloseTo(r.base.profitYear5, 4);
    expect(row.profitYear5.high).toBeGreaterThan(r.base.profitYear5);
  });

  it('moves each what-if input to the ends of its range (checked against a direct evaluation)', () => {
    const r = run();
    for (const [key, [lo, hi]] of Object.entries(WHAT_IF_RANGES) as [
      keyof WhatIf,
      [number, number],
    ][]) {
      const row = r.rows.find((x) => x.id === key)!;
      expect([row.kind, row.low, row.high], key).toEqual(['whatIf', lo, hi]);
      const low = atWhatIf(key, lo);
      const high = atWhatIf(key, hi);
      expect(row.profitYear5.low, key).toBeCloseTo(low.profit, 4);
      expect(row.profitYear5.high, key).toBeCloseTo(high.profit, 4);
      expect(row.paybackMonths, key).toEqual({ low: low.payback, high: high.payback });
    }
  });

  it('its base is the scenario’s own result', () => {
    const base = evaluateScenario(exampleScenario()).total;
    const r = run();
    expect(r.base.profitYear5).toBeCloseTo(base.profitYear5.samhalle, 4);
    expect(r.base.paybackMonths).toBe(base.paybackMonths.samhalle);
  });

  it('moves each input around the current what-if settings', () => {
    const sc = exampleScenario();
    const w = { ...sc.whatIf, studiesToWorkShare: 0.5 };
    const moved = sensitivity(prepare(sc), w);
    const direct = pinned();
    direct.whatIf = w;
    direct.parameters.values.municipalTaxRate = DEFS.municipalTaxRate.high;
    const row = moved.rows.find((x) => x.id === 'municipalTaxRate')!;
    expect(row.profitYear5.high).toBeCloseTo(
      evaluateScenario(direct).total.profitYear5.samhalle,
      4,
    );
    expect(moved.base.profitYear5).not.toBeCloseTo(run().base.profitYear5, 0);
  });
});
