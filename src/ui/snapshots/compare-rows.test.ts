import { describe, expect, it } from 'vitest';
import { exampleScenario } from '../../engine';
import type { SnapshotRow } from '../../lib/db/db';
import { inputDifferences } from './compare-rows';

const row = (scenario: unknown) => ({ scenario }) as unknown as SnapshotRow;

describe('inputDifferences: settings beyond the reports', () => {
  it('lists the appraisal and Monte Carlo settings that differ, and only those', () => {
    const a = exampleScenario();
    const b = exampleScenario();
    b.appraisal.discountRate = 0.035;
    b.appraisal.persistence.studies = 0.6;
    b.uncertainty.seed = 42;
    const rows = inputDifferences([row(a), row(b)], 'sv');
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r.values]));
    expect(byKey['appraisal.discountRate']).toEqual(['0 %', '3,5 %']);
    expect(byKey['appraisal.persistence.studies']).toEqual(['100 %', '60 %']);
    expect(byKey['uncertainty.seed']).toEqual(['1', '42']);
    expect(byKey['appraisal.persistence.work']).toBeUndefined();
    expect(byKey['uncertainty.draws']).toBeUndefined();
  });

  it('reads older snapshots: one persistence for all types, no Monte Carlo settings', () => {
    const old = JSON.parse(JSON.stringify(exampleScenario()));
    old.appraisal.persistence = 0.8;
    delete old.uncertainty;
    const rows = inputDifferences([row(old), row(exampleScenario())], 'sv');
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r.values]));
    expect(byKey['appraisal.persistence.work']).toEqual(['80 %', '100 %']);
    expect(byKey['uncertainty.seed']?.[1]).toBe('1');
  });
});

describe('inputDifferences: the cost as given', () => {
  it('says when a cost includes the indirect taxes', () => {
    const a = exampleScenario();
    const b = exampleScenario();
    a.cohorts[0].cost = { mode: 'total', budget: 2_500_000 };
    b.cohorts[0].cost = { mode: 'total', budget: 2_500_000, includesIndirectTaxes: true };
    const values = inputDifferences([row(a), row(b)], 'sv')
      .find((r) => r.key === 'cohort0.cost')
      ?.values.map((v) => v.replace(/\s/g, ' '));
    expect(values).toEqual([
      'Total budget 2 500 000 kr',
      'Total budget 2 500 000 kr, inkl. indirekta skatter',
    ]);
  });
});
