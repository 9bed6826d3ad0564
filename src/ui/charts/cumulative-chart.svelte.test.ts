/**
 * Cumulative net result: default actors, lines and payback markers where the
 * engine says, "neg." in the legend, the benchmark line, checkboxes that
 * change what is drawn and tabulated, and the month-by-month table.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Payback } from '../../engine';
import type { CostPerspective } from '../../engine/types';
import { formatKr } from '../../lib/format';
import { i18n, resources } from '../../lib/i18n/index.svelte';
import { DEFAULT_CUMULATIVE } from './actors';
import CumulativeChart from './cumulative-chart.svelte';
import { exampleResult } from './test-data';

afterEach(() => i18n.set('sv'));

const total = exampleResult().total;
const props = { cumulative: total.cumulative, paybackMonths: total.paybackMonths };
const pb = total.paybackMonths;
const actorName = resources.sv.app.actors;
/** A payback as the chart writes it in tables: whole months, or "neg." when never reached. */
const monthsText = (m: Payback) => (m === 'neg' ? 'neg.' : String(m));
/**
 * The default actors plus Arbetsförmedlingen: in the example every default
 * actor pays back within the 60 months, and Arbetsförmedlingen (negative
 * yearly revenue) never does, so one chart has both markers and a "neg.".
 */
const WITH_AF: CostPerspective[] = [...DEFAULT_CUMULATIVE, 'af'];

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
    // The situation this test needs, as the example's result has it (see WITH_AF).
    expect(pb.af).toBe('neg');
    const paying = DEFAULT_CUMULATIVE.map((p) => ({ p, m: pb[p] as number }));
    for (const { m } of paying) {
      expect(m).toBeTypeOf('number');
      expect(m).toBeLessThanOrEqual(60);
    }
    expect(new Set(paying.map((a) => a.m)).size).toBe(paying.length);
    const { svg, markerX } = setup({ selected: WITH_AF });
    // Markers in month order: sorted by the engine's payback month, left to right.
    const byMonth = [...paying].sort((a, b) => a.m - b.m);
    const xs = byMonth.map(({ p }) => markerX(p) ?? NaN);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]);
    // Equal spacing per month: each neighbouring pair's distance over its month
    // gap equals the first-to-last distance over theirs.
    const first = byMonth[0];
    const last = byMonth[byMonth.length - 1];
    const perMonth = (xs[xs.length - 1] - xs[0]) / (last.m - first.m);
    for (let i = 1; i < xs.length; i++)
      expect((xs[i] - xs[i - 1]) / (byMonth[i].m - byMonth[i - 1].m)).toBeCloseTo(perMonth, 6);
    expect(markerX('af')).toBeUndefined();
    // The benchmark line is at month 12 on the same month scale as the markers.
    const bench = svg.querySelector('.benchmark line');
    expect(Number(bench?.getAttribute('x1'))).toBeCloseTo(xs[0] + (12 - first.m) * perMonth, 6);
    expect(within(svg).getByText('Riktmärke 12 mån')).toBeInTheDocument();
    const legend = [...svg.querySelectorAll('.legend text')].map((t) => t.textContent);
    expect(legend).toEqual([
      ...DEFAULT_CUMULATIVE.map((p) => `${actorName[p]}: ${pb[p]} mån`),
      'Arbetsförmedlingen: neg.',
    ]);
  });

  it('moves the benchmark line with benchmarkMonths', () => {
    // Society's payback month from the result, so the line must meet its marker.
    const months = pb.samhalle as number;
    expect(months).toBeTypeOf('number');
    expect(months).not.toBe(12);
    const { svg, markerX } = setup({ benchmarkMonths: months });
    const bench = svg.querySelector('.benchmark line');
    expect(Number(bench?.getAttribute('x1'))).toBeCloseTo(markerX('samhalle') ?? NaN, 6);
    expect(within(svg).getByText(`Riktmärke ${months} mån`)).toBeInTheDocument();
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
    // Arbetsförmedlingen never pays back in the example (see WITH_AF).
    expect(pb.af).toBe('neg');
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
    // With Arbetsförmedlingen, which never pays back in the example (see WITH_AF).
    expect(pb.af).toBe('neg');
    setup({ selected: WITH_AF });
    const table = screen.getByRole('table', { hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true });
    expect(rows).toHaveLength(1 + 1 + 61);
    const cells = (name: string) =>
      [
        ...(within(table).getByRole('row', { name, hidden: true }).querySelectorAll('td') ?? []),
      ].map((c) => c.textContent);
    const paybacks = WITH_AF.map((p) => monthsText(pb[p]));
    expect(paybacks[paybacks.length - 1]).toBe('neg.');
    expect(cells(`Återbetalningstid (månader) ${paybacks.join(' ')}`)).toEqual(paybacks);
    const m60 = rows[rows.length - 1];
    expect(m60.querySelector('th')?.textContent).toBe('60');
    expect([...m60.querySelectorAll('td')].map((c) => c.textContent)).toEqual(
      WITH_AF.map((p) => formatKr(total.cumulative[p][60], 'sv')),
    );
  });

  it('describes each line in words', () => {
    // With Arbetsförmedlingen, which never pays back in the example (see WITH_AF).
    expect(pb.af).toBe('neg');
    setup({ selected: WITH_AF });
    const desc = screen.getByRole('img').querySelector('desc')?.textContent ?? '';
    expect(desc).toMatch(/^Linjer med det kumulerade nettoresultatet per månad, månad 0–60/);
    for (const p of DEFAULT_CUMULATIVE)
      expect(desc).toContain(`${actorName[p]}: återbetald efter ${pb[p]} mån`);
    expect(desc).toContain('Arbetsförmedlingen: neg. (återbetalas inte)');
  });
});
