/**
 * Cohorts side by side: revenue per participant as bars (a negative one to
 * the left), payback in the right-hand column, cohort names as plain text.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Payback } from '../../engine';
import { formatKr } from '../../lib/format';
import { i18n } from '../../lib/i18n/index.svelte';
import CohortComparisonChart from './cohort-comparison-chart.svelte';
import { shortAmount } from './layout';
import { threeCohortResult } from './test-data';

afterEach(() => i18n.set('sv'));

const segments = threeCohortResult().byCohort;
/** A payback as the chart's column writes it: "7 mån", or "neg." when never reached. */
const asideText = (m: Payback) => (m === 'neg' ? 'neg.' : `${m} mån`);
/** A payback as the table writes it: whole months, or "neg.". */
const monthsText = (m: Payback) => (m === 'neg' ? 'neg.' : String(m));

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
    expect(rows.map((r) => r.querySelector('text.aside')?.textContent)).toEqual(
      segments.map((s) => asideText(s.paybackMonths.samhalle)),
    );
    expect(rows.map((r) => r.querySelector('text.value')?.textContent)).toEqual(
      segments.map((s) => shortAmount(s.revenuePerParticipant.samhalle, 'sv')),
    );
    const w = rows.map((r) => Number(r.querySelector('rect')?.getAttribute('width')));
    expect(w[1] / w[0]).toBeCloseTo(
      segments[1].revenuePerParticipant.samhalle / segments[0].revenuePerParticipant.samhalle,
      6,
    );
    expect(rows.map((r) => r.querySelector('rect')?.classList.contains('negative'))).toEqual(
      segments.map((s) => s.revenuePerParticipant.samhalle < 0),
    );
    expect(within(svg).getByText('Återbetalningstid')).toBeTruthy();
    expect(within(svg).getByText('Årlig intäkt per deltagare, kr')).toBeTruthy();
  });

  it('draws a negative cohort to the left of zero with "neg." as its payback', () => {
    // Staten totalt: in the example split into cohorts, the 2019 cohort's
    // revenue is negative and never pays back while 2017's is positive, so one
    // chart has bars on both sides of zero. (Society is positive in all three.)
    const v = segments.map((s) => s.revenuePerParticipant.statenTotalt);
    expect(v[0]).toBeGreaterThan(0);
    expect(v[2]).toBeLessThan(0);
    expect(segments[2].paybackMonths.statenTotalt).toBe('neg');
    render(CohortComparisonChart, { props: { segments, perspective: 'statenTotalt' } });
    const svg = screen.getByRole('img');
    const rows = [...svg.querySelectorAll('.bar-rows .row')];
    expect(rows.map((r) => r.querySelector('text.aside')?.textContent)).toEqual(
      segments.map((s) => asideText(s.paybackMonths.statenTotalt)),
    );
    expect(rows[2].querySelector('text.aside')?.textContent).toBe('neg.');
    const zeroX = Number(svg.querySelector('.axis-x line.grid.zero')?.getAttribute('x1'));
    const bar = (i: number) => {
      const rect = rows[i].querySelector('rect');
      return {
        x: Number(rect?.getAttribute('x')),
        width: Number(rect?.getAttribute('width')),
        negative: rect?.classList.contains('negative'),
      };
    };
    expect(bar(2).negative).toBe(true);
    expect(bar(2).x + bar(2).width).toBeCloseTo(zeroX, 6);
    expect(bar(0).negative).toBe(false);
    expect(bar(0).x).toBeCloseTo(zeroX, 6);
    expect(bar(2).width / bar(0).width).toBeCloseTo(-v[2] / v[0], 6);
    const table = screen.getByRole('table', { hidden: true });
    const row = within(table).getByRole('row', { name: /^Deltagare 2019/, hidden: true });
    expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      formatKr(v[2], 'sv'),
      'neg.',
    ]);
  });

  it('tabulates revenue in kronor and payback in months', () => {
    render(CohortComparisonChart, { props: { segments } });
    const table = screen.getByRole('table', { hidden: true });
    const row = within(table).getByRole('row', { name: /^Deltagare 2019/, hidden: true });
    expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      formatKr(segments[2].revenuePerParticipant.samhalle, 'sv'),
      monthsText(segments[2].paybackMonths.samhalle),
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
