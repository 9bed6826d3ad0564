/**
 * Profitability after 1 and 5 years (or the horizon): two bars per actor,
 * the first hatched, a legend in the drawing, the table in kronor.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { PERSPECTIVES } from '../../engine';
import { formatKr } from '../../lib/format';
import { i18n } from '../../lib/i18n/index.svelte';
import ProfitabilityChart from './profitability-chart.svelte';
import { shortAmount } from './layout';
import { exampleResult, threeCohortResult } from './test-data';

afterEach(() => i18n.set('sv'));

const segment = exampleResult().total;

function barsOf(svg: Element, key: string) {
  const row = svg.querySelector(`.bar-rows [data-key="${key}"]`);
  return [...(row?.querySelectorAll('rect.bar') ?? [])].map((r) => ({
    value: Number(r.getAttribute('data-value')),
    fill: r.getAttribute('fill'),
    x: Number(r.getAttribute('x')),
    width: Number(r.getAttribute('width')),
  }));
}

describe('ProfitabilityChart', () => {
  it('draws year 1 (hatched) and year 5 (solid) for every actor', () => {
    render(ProfitabilityChart, { props: { segment } });
    const svg = screen.getByRole('img', {
      name: 'Lönsamhet per aktör efter 1 år och efter 5 år',
    });
    for (const p of PERSPECTIVES) {
      const [y1, y5] = barsOf(svg, p);
      expect(y1.value).toBe(segment.profitYear1[p]);
      expect(y5.value).toBe(segment.profitYear5[p]);
      expect(y1.fill).toMatch(/^url\(#/);
      expect(y5.fill).toBeNull();
    }
    // Losses go left: af loses more after 5 years than after 1.
    const [a1, a5] = barsOf(svg, 'af');
    expect(a5.x).toBeLessThan(a1.x);
    expect(a5.width / a1.width).toBeCloseTo(segment.profitYear5.af / segment.profitYear1.af, 6);
    const labels = [...svg.querySelectorAll('[data-key="samhalle"] text.value')].map(
      (t) => t.textContent,
    );
    expect(labels).toEqual([
      shortAmount(segment.profitYear1.samhalle, 'sv'),
      shortAmount(segment.profitYear5.samhalle, 'sv'),
    ]);
    const legend = [...svg.querySelectorAll('.legend text')].map((t) => t.textContent);
    expect(legend).toEqual(['Efter 1 år', 'Efter 5 år']);
  });

  it('tabulates both years in kronor', () => {
    render(ProfitabilityChart, { props: { segment } });
    const table = screen.getByRole('table', { hidden: true });
    const row = within(table).getByRole('row', { name: /^Region/, hidden: true });
    expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      formatKr(segment.profitYear1.region, 'sv'),
      formatKr(segment.profitYear5.region, 'sv'),
    ]);
    expect(screen.getByRole('img').querySelector('desc')?.textContent).toContain(
      `Samhället: ${shortAmount(segment.profitYear1.samhalle, 'sv')} efter 1 år, ${shortAmount(segment.profitYear5.samhalle, 'sv')} efter 5 år`,
    );
  });

  it('uses the horizon when it is not 5 years', () => {
    const r = threeCohortResult(3);
    expect(r.total.profitHorizon.samhalle).not.toBe(r.total.profitYear5.samhalle);
    render(ProfitabilityChart, { props: { segment: r.total, horizonYears: r.horizonYears } });
    const svg = screen.getByRole('img', { name: 'Lönsamhet per aktör efter 1 år och efter 3 år' });
    expect(barsOf(svg, 'samhalle')[1].value).toBe(r.total.profitHorizon.samhalle);
    expect(
      within(screen.getByRole('table', { hidden: true })).getByText('Efter 3 år'),
    ).toBeTruthy();
  });
});
