import { describe, expect, it } from 'vitest';
import { sensitivity } from './sensitivity';
import { evaluateScenario, prepare } from './evaluate';
import { exampleScenario } from './example';
import { defaultParameterSet, paramDefsFor } from './parameters';

/** The example's cohort is of 2017: its ranges are those of 2017's rules. */
const DEFS = paramDefsFor(2017);
/** The example with its year's rules written out, so a test can move one value. */
const pinned = () => ({ ...exampleScenario(), parameters: defaultParameterSet(2017) });

describe('sensitivity (tornado)', () => {
  const s = exampleScenario();
  const r = sensitivity(prepare(s));

  it('ranks the inputs by how much they move the 5-year profitability', () => {
    const swings = r.rows.map((x) => x.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(r.rows[0].swing).toBeGreaterThan(0);
  });

  it('leaves the profit unmoved for a parameter the example does not use (no one has psychiatric care days)', () => {
    const row = r.rows.find((x) => x.id === 'costPsychiatricCareDay')!;
    expect(row.swing).toBe(0);
  });

  it('moves a parameter to exactly its low and high value (checked against a direct evaluation)', () => {
    const row = r.rows.find((x) => x.id === 'referenceMonthlyWage')!;
    expect([row.low, row.high]).toEqual([
      DEFS.referenceMonthlyWage.low,
      DEFS.referenceMonthlyWage.high,
    ]);
    const direct = pinned();
    direct.parameters.values.referenceMonthlyWage = row.high;
    expect(row.profitYear5.high).toBeCloseTo(
      evaluateScenario(direct).total.profitYear5.samhalle,
      4,
    );
    expect(row.profitYear5.high).toBeGreaterThan(row.profitYear5.low);
  });

  it('includes the what-if inputs, with zero as their base', () => {
    const row = r.rows.find((x) => x.id === 'subsidisedToUnsubsidisedShare')!;
    expect(row.kind).toBe('whatIf');
    expect(row.profitYear5.low).toBeCloseTo(r.base.profitYear5, 4);
    expect(row.profitYear5.high).toBeGreaterThan(r.base.profitYear5);
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
    expect(moved.base.profitYear5).not.toBeCloseTo(r.base.profitYear5, 0);
  });
});
