import { describe, expect, it } from 'vitest';
import { sensitivity } from './sensitivity';
import { evaluateScenario, prepare } from './evaluate';
import { exampleScenario } from './example';
import { PARAMETER_DEFS } from './parameters';

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
      PARAMETER_DEFS.referenceMonthlyWage.low,
      PARAMETER_DEFS.referenceMonthlyWage.high,
    ]);
    const direct = exampleScenario();
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
    const direct = exampleScenario();
    direct.whatIf = w;
    direct.parameters.values.municipalTaxRate = PARAMETER_DEFS.municipalTaxRate.high;
    const row = moved.rows.find((x) => x.id === 'municipalTaxRate')!;
    expect(row.profitYear5.high).toBeCloseTo(
      evaluateScenario(direct).total.profitYear5.samhalle,
      4,
    );
    expect(moved.base.profitYear5).not.toBeCloseTo(r.base.profitYear5, 0);
  });
});
