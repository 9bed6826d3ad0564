/**
 * Cohorts side by side: revenue per participant as bars (a negative one to
 * the left), payback in the right-hand column, cohort names as plain text.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { formatKr } from '../../lib/format';
import { i18n } from '../../lib/i18n/index.svelte';
import CohortComparisonChart from './cohort-comparison-chart.svelte';
import { shortAmount } from './layout';
import { threeCohortResult } from './test-data';

afterEach(() => i18n.set('sv'));

const segments = threeCohortResult().byCohort;

describe('CohortComparisonChart', () => {
  it('draws one row per cohort with its revenue per participant and payback', () => {
    render(CohortComparisonChart, { props: { segments } });
    const svg = screen.getByRole('img', {
      name: 'Årlig intäkt per deltagare och återbetalningstid per kohort',
    });
    const rows = [...svg.querySelectorAll('.bar-rows .row')];
    expect(rows.map((r) => r.querySelector('text.row-label')?.textContent)).toEqual([
      'Deltagare 2017',
      'Deltagare 2018',
      'Deltagare 2019 <"Åre" & co>',
    ]);
    expect(rows.map((r) => r.querySelector('text.aside')?.textContent)).toEqual([
      '7 mån',
      '4 mån',
      'neg.',
    ]);
    expect(rows.map((r) => r.querySelector('text.value')?.textContent)).toEqual(
      segments.map((s) => shortAmount(s.revenuePerParticipant.samhalle, 'sv')),
    );
    const w = rows.map((r) => Number(r.querySelector('rect')?.getAttribute('width')));
    expect(w[1] / w[0]).toBeCloseTo(
      segments[1].revenuePerParticipant.samhalle / segments[0].revenuePerParticipant.samhalle,
      6,
    );
    expect(rows[2].querySelector('rect')?.classList.contains('negative')).toBe(true);
    expect(within(svg).getByText('Återbetalningstid')).toBeTruthy();
    expect(within(svg).getByText('Årlig intäkt per deltagare, kr')).toBeTruthy();
  });

  it('tabulates revenue in kronor and payback in months', () => {
    render(CohortComparisonChart, { props: { segments } });
    const table = screen.getByRole('table', { hidden: true });
    const row = within(table).getByRole('row', { name: /^Deltagare 2019/, hidden: true });
    expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      formatKr(segments[2].revenuePerParticipant.samhalle, 'sv'),
      'neg.',
    ]);
    expect(screen.getByRole('img').querySelector('desc')?.textContent).toContain(
      'Deltagare 2018: ',
    );
  });

  it('shows another perspective when asked', () => {
    render(CohortComparisonChart, { props: { segments, perspective: 'kommun' } });
    const svg = screen.getByRole('img');
    const asides = [...svg.querySelectorAll('text.aside')].map((t) => t.textContent);
    expect(asides).toEqual(segments.map((s) => `${s.paybackMonths.kommun} mån`));
    expect(within(svg).getByText(/^Årlig intäkt per deltagare/).textContent).toBe(
      'Årlig intäkt per deltagare, kr',
    );
    const table = screen.getByRole('table', { hidden: true });
    expect(within(table).getByText(/\(Kommun\)$/).tagName).toBe('CAPTION');
  });
});
