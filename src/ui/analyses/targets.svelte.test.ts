/**
 * Targets with more than one follow-up: a scenario where every participant
 * is in full-time unsubsidised work six months after exit is 100 % in work
 * at 6 months against the SOT target of 35 % (+65 percentage points); each
 * time point gets its row in the table and three rows (work, studies,
 * continued rehabilitation) in the chart.
 */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, exampleScenario, targetGaps } from '../../engine';
import { AnalysesState } from '../../lib/state/analyses.svelte';
import Targets from './targets.svelte';
import { EXAMPLE_PAYBACK_MONTHS } from '../../../tests/support/example-figures';

function withSixMonths() {
  const s = exampleScenario();
  for (const c of s.cohorts)
    for (const g of c.groups)
      g.followUp6 = { income: [{ source: 'osubventioneratArbete', extent: 1 }], resources: [] };
  return evaluateScenario(s);
}

describe('Targets', () => {
  it('shows outcome, target and gap per time point, in the table and the chart', () => {
    const result = withSixMonths();
    const analyses = new AnalysesState();
    // The example's targets: SOT Västerås's (a new calculation has none).
    analyses.apply(exampleScenario().analyses);
    analyses.targetGaps = targetGaps(result.followUps, analyses.targetsAsShares());
    render(Targets, { props: { result, analyses } });

    const table = screen.getByTestId('targets-table');
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.querySelector('th')?.textContent),
    ).toEqual(['Tidpunkt', 'Vid avslut', 'Efter 6 månader']);
    const m6work = screen.getByTestId('targets-m6-work').textContent ?? '';
    expect(m6work).toMatch(/Utfall\s+100 %/);
    expect(m6work).toMatch(/Mål\s+35 %/);
    expect(m6work).toMatch(/Skillnad\s+\+65 p\.e\./);
    // Nobody in studies at 6 months: 0 % against 25 %.
    expect(screen.getByTestId('targets-m6-studies').textContent).toMatch(
      /Skillnad\s+\u221225 p\.e\./,
    );

    const chart = screen.getByTestId('targets-chart');
    const rows = [...chart.querySelectorAll('.bar-rows .row')].map((r) =>
      r.getAttribute('data-key'),
    );
    expect(rows).toEqual([
      'exit-work',
      'exit-studies',
      'exit-other',
      'm6-work',
      'm6-studies',
      'm6-other',
    ]);
    const m6 = [...chart.querySelectorAll('.row[data-key="m6-work"] rect')].map((r) =>
      Number(r.getAttribute('data-value')),
    );
    expect(m6[0]).toBeCloseTo(35, 9);
    expect(m6[1]).toBeCloseTo(100, 9);
    // Each time point's payback beside its first row, checked against the 34-month target.
    // At exit the example's own payback (5 months, tests/support/example-figures.ts), within
    // 34 months. At 6 months everyone works full time unsubsidised: the 6-month result's payback
    // (more revenue at the same cost, so no longer than at exit), within the target as well.
    const m6Payback = result.followUps.find((f) => f.timePoint === 'm6')!.result.paybackMonths
      .samhalle;
    if (m6Payback === 'neg') throw new Error('the 6-month result pays back');
    expect(m6Payback).toBeLessThanOrEqual(EXAMPLE_PAYBACK_MONTHS);
    const asides = [...chart.querySelectorAll('text.aside')].map((t) => t.textContent);
    expect(asides).toEqual([`${EXAMPLE_PAYBACK_MONTHS} mån ✓`, `${m6Payback} mån ✓`]);
    expect(chart.querySelector('desc')?.textContent).toContain(
      `återbetalningstid efter 6 månader: ${m6Payback} mån (inom målet)`,
    );
    // Fields for each time point's targets, the 6-month ones at the SOT values.
    expect(screen.getByLabelText('Arbete, mål efter 6 månader (%)')).toHaveValue('35');
  });

  it('a calculation without targets (a new one) shows the outcome, with no target and no error', () => {
    const result = withSixMonths();
    const analyses = new AnalysesState();
    const none = () => ({ work: null, studies: null, other: null });
    analyses.targets = { exit: none(), m6: none(), m24: none() };
    analyses.paybackTarget = null;
    expect(analyses.targetErrors).toEqual({});
    expect(analyses.targetsAsShares()).toEqual({});
    analyses.targetGaps = targetGaps(result.followUps, analyses.targetsAsShares());
    render(Targets, { props: { result, analyses } });
    const m6work = screen.getByTestId('targets-m6-work').textContent ?? '';
    expect(m6work).toMatch(/Utfall\s+100 %/);
    expect(m6work).not.toMatch(/Mål/);
    expect(screen.getByLabelText('Arbete, mål efter 6 månader (%)')).toHaveValue('');

    // A target begun at one time point needs its three shares.
    analyses.targets.m6.work = 40;
    expect(Object.keys(analyses.targetErrors).sort()).toEqual(['m6-other', 'm6-studies']);
  });

  it('without follow-up data at all says so', () => {
    const result = { ...withSixMonths(), followUps: [] };
    render(Targets, { props: { result, analyses: new AnalysesState() } });
    expect(screen.getByTestId('targets-none')).toBeInTheDocument();
    expect(screen.queryByTestId('targets-chart')).toBeNull();
  });
});
