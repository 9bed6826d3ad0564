/**
 * "Include in the report": off until the user sets the analysis up or ticks
 * it; once the user has said, a later edit leaves the choice alone; the
 * choice travels with the scenario's settings.
 */
import { describe, expect, it } from 'vitest';
import { defaultAnalysesSettings, REPORT_ANALYSES } from '../../engine';
import { AnalysesState } from './analyses.svelte';

describe('the analyses chosen for the report', () => {
  it('start with none and no targets', () => {
    const a = new AnalysesState();
    for (const id of REPORT_ANALYSES) expect(a.inReport[id]).toBe(false);
    expect(a.targetsAsShares()).toEqual({});
    expect(a.settings()?.inReport).toEqual(defaultAnalysesSettings().inReport);
  });

  it('include an analysis the user sets up, unless the user has said otherwise', () => {
    const a = new AnalysesState();
    a.setUp('breakEven');
    expect(a.inReport.breakEven).toBe(true);
    a.include('breakEven', false);
    a.setUp('breakEven');
    expect(a.inReport.breakEven).toBe(false);
    // Ticked without any setting: in the report.
    a.include('benchmarks', true);
    expect(a.settings()?.inReport).toMatchObject({ breakEven: false, benchmarks: true });
  });

  it('come back with a loaded scenario’s settings', () => {
    const a = new AnalysesState();
    const stored = { ...defaultAnalysesSettings() };
    stored.inReport = { ...stored.inReport, depreciation: true, targets: true };
    a.apply(stored);
    expect(a.inReport).toMatchObject({ depreciation: true, targets: true, breakEven: false });
  });
});
