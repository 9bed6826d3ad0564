/**
 * Cumulative net result: default actors, lines and payback markers where the
 * engine says, "neg." in the legend, the benchmark line, checkboxes that
 * change what is drawn and tabulated, and the month-by-month table.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { formatKr } from '../../lib/format';
import { i18n } from '../../lib/i18n/index.svelte';
import CumulativeChart from './cumulative-chart.svelte';
import { exampleResult } from './test-data';

afterEach(() => i18n.set('sv'));

const total = exampleResult().total;
const props = { cumulative: total.cumulative, paybackMonths: total.paybackMonths };

function setup(extra: Record<string, unknown> = {}) {
  render(CumulativeChart, { props: { ...props, ...extra } });
  const svg = screen.getByRole('img', { name: 'Kumulerat nettoresultat per aktör' });
  const lines = () =>
    [...svg.querySelectorAll('path.line')].map((p) => p.getAttribute('data-key')).sort();
  const markerX = (k: string) => {
    const t = svg.querySelector(`.markers [data-key="${k}"]`)?.getAttribute('transform');
    return t ? Number(/translate\(([-\d.]+)/.exec(t)?.[1]) : undefined;
  };
  return { svg, lines, markerX };
}

describe('CumulativeChart', () => {
  it('shows society, kommun, region and staten totalt by default', () => {
    const { lines } = setup();
    expect(lines()).toEqual(['kommun', 'region', 'samhalle', 'statenTotalt']);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(7);
    expect(
      boxes.filter((b) => (b as HTMLInputElement).checked).map((b) => b.getAttribute('value')),
    ).toEqual(['samhalle', 'kommun', 'region', 'statenTotalt']);
    expect(screen.getByRole('group', { name: 'Visa aktörer' })).toBeInTheDocument();
  });

  it('draws 61 points per line, from minus the cost at month 0', () => {
    const { svg } = setup();
    const d = svg.querySelector('path.line[data-key="samhalle"]')?.getAttribute('d') ?? '';
    expect(d.match(/[ML]/g)).toHaveLength(61);
    expect(total.cumulative.samhalle[0]).toBeCloseTo(-total.cost.samhalle, 6);
  });

  it('marks each payback month on its line and says "neg." in the legend', () => {
    const { svg, markerX } = setup();
    expect(total.paybackMonths).toMatchObject({ kommun: 3, samhalle: 7, region: 12 });
    expect(total.paybackMonths.statenTotalt).toBe('neg');
    const k = markerX('kommun') ?? NaN;
    const s = markerX('samhalle') ?? NaN;
    const r = markerX('region') ?? NaN;
    expect(k).toBeLessThan(s);
    expect(s).toBeLessThan(r);
    // Equal spacing per month: 4 months from kommun to society, 5 from society to region.
    expect((s - k) / 4).toBeCloseTo((r - s) / 5, 6);
    expect(markerX('statenTotalt')).toBeUndefined();
    // The benchmark line is at 12 months, where region pays back.
    const bench = svg.querySelector('.benchmark line');
    expect(Number(bench?.getAttribute('x1'))).toBeCloseTo(r, 6);
    expect(within(svg).getByText('Riktmärke 12 mån')).toBeInTheDocument();
    const legend = [...svg.querySelectorAll('.legend text')].map((t) => t.textContent);
    expect(legend).toEqual([
      'Samhället: 7 mån',
      'Kommun: 3 mån',
      'Region: 12 mån',
      'Staten totalt: neg.',
    ]);
  });

  it('moves the benchmark line with benchmarkMonths', () => {
    const { svg, markerX } = setup({ benchmarkMonths: 7 });
    const bench = svg.querySelector('.benchmark line');
    expect(Number(bench?.getAttribute('x1'))).toBeCloseTo(markerX('samhalle') ?? NaN, 6);
    expect(within(svg).getByText('Riktmärke 7 mån')).toBeInTheDocument();
  });

  it('adds and removes actors with the checkboxes, in the drawing and the table', async () => {
    const { svg, lines } = setup();
    const af = screen.getByRole('checkbox', { name: 'Arbetsförmedlingen' });
    af.focus();
    expect(document.activeElement).toBe(af);
    await fireEvent.click(af);
    expect(af).toBeChecked();
    expect(lines()).toContain('af');
    const table = screen.getByRole('table', { hidden: true });
    expect(within(table).getByRole('columnheader', { name: 'Arbetsförmedlingen' })).toBeTruthy();
    expect(svg.querySelector('desc')?.textContent).toContain('Arbetsförmedlingen: neg.');

    await fireEvent.click(screen.getByRole('checkbox', { name: 'Samhället' }));
    expect(lines()).toEqual(['af', 'kommun', 'region', 'statenTotalt']);
    expect(within(table).queryByRole('columnheader', { name: 'Samhället' })).toBeNull();
    expect(svg.querySelector('.markers [data-key="samhalle"]')).toBeNull();
  });

  it('says so when no actor is chosen', async () => {
    const { svg, lines } = setup({ selected: ['kommun'] });
    expect(lines()).toEqual(['kommun']);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Kommun' }));
    expect(lines()).toEqual([]);
    expect(within(svg).getByText('Välj minst en aktör.')).toBeInTheDocument();
    expect(screen.getByRole('img', { description: 'Ingen aktör är vald.' })).toBe(svg);
  });

  it('tabulates the payback and the net result for every month', () => {
    setup();
    const table = screen.getByRole('table', { hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true });
    expect(rows).toHaveLength(1 + 1 + 61);
    const cells = (name: string) =>
      [
        ...(within(table).getByRole('row', { name, hidden: true }).querySelectorAll('td') ?? []),
      ].map((c) => c.textContent);
    expect(cells('Återbetalningstid (månader) 7 3 12 neg.')).toEqual(['7', '3', '12', 'neg.']);
    const m60 = rows[rows.length - 1];
    expect(m60.querySelector('th')?.textContent).toBe('60');
    expect([...m60.querySelectorAll('td')].map((c) => c.textContent)).toEqual(
      (['samhalle', 'kommun', 'region', 'statenTotalt'] as const).map((p) =>
        formatKr(total.cumulative[p][60], 'sv'),
      ),
    );
  });

  it('describes each line in words', () => {
    setup();
    const desc = screen.getByRole('img').querySelector('desc')?.textContent ?? '';
    expect(desc).toMatch(/^Linjer med det kumulerade nettoresultatet per månad, månad 0–60/);
    expect(desc).toContain('Samhället: återbetald efter 7 mån');
    expect(desc).toContain('Staten totalt: neg. (återbetalas inte)');
  });
});
