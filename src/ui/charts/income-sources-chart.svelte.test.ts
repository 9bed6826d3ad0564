/**
 * Income sources before/after: the data table holds both measures, the bars
 * follow the persons ⇄ FTE toggle, and the text alternative says what is drawn.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { SOURCE_DEFS } from '../../engine';
import { formatNumber } from '../../lib/format';
import { i18n } from '../../lib/i18n/index.svelte';
import IncomeSourcesChart from './income-sources-chart.svelte';
import { exampleResult } from './test-data';

afterEach(() => i18n.set('sv'));

const { before, after } = exampleResult().total.incomeSources;
const stat = (list: typeof before, source: string) => list.find((s) => s.source === source);

function setup() {
  const view = render(IncomeSourcesChart, { props: { before, after } });
  const figure = screen.getByTestId('income-sources-chart');
  const svg = within(figure).getByRole('img', { name: 'Försörjning före och efter insatsen' });
  return { ...view, figure, svg };
}

/** The two bars (before, after) drawn for a source. */
function bars(svg: Element, source: string) {
  const row = svg.querySelector(`.bar-rows [data-key="${source}"]`);
  if (!row) throw new Error(`no row for ${source}`);
  return [...row.querySelectorAll('rect.bar')].map((r) => ({
    value: Number(r.getAttribute('data-value')),
    width: Number(r.getAttribute('width')),
    fill: r.getAttribute('fill'),
  }));
}

describe('IncomeSourcesChart', () => {
  it('draws one row per source that occurs, in catalogue order, with before and after', () => {
    const { svg } = setup();
    const keys = [...svg.querySelectorAll('.bar-rows .row')].map((r) => r.getAttribute('data-key'));
    const expected = Object.keys(SOURCE_DEFS).filter(
      (s) => stat(before, s) !== undefined || stat(after, s) !== undefined,
    );
    expect(keys).toEqual(expected);
    expect(keys[0]).toBe('osubventioneratArbete');
    // Work did not occur before: a zero-width bar and "0"; after: the engine's count.
    expect(bars(svg, 'osubventioneratArbete').map((b) => b.value)).toEqual([
      0,
      stat(after, 'osubventioneratArbete')?.persons,
    ]);
    // The first series is hatched (a pattern), the second solid: not colour alone.
    const [b0, b1] = bars(svg, 'aktivitetsersattning');
    expect(b0.fill).toMatch(/^url\(#.+-hatch\)$/);
    expect(b1.fill).toBeNull();
    expect(b0.value).toBe(26);
    expect(b1.value).toBe(19);
    expect(b0.width / b1.width).toBeCloseTo(26 / 19, 6);
    expect(within(svg).getByText('Antal personer')).toBeInTheDocument();
  });

  it('offers a data table with persons and full-time equivalents per source', () => {
    const { figure } = setup();
    const table = within(figure).getByRole('table');
    expect(
      within(table).getByText(/Försörjning före och efter insatsen: personer/),
    ).toBeInTheDocument();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Försörjningskälla',
      'Före, personer',
      'Efter, personer',
      'Före, heltidsekvivalenter',
      'Efter, heltidsekvivalenter',
    ]);
    const row = within(table).getByRole('row', { name: /Sjukpenning/ });
    const sick = { b: stat(before, 'sjukpenning'), a: stat(after, 'sjukpenning') };
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      formatNumber(sick.b?.persons ?? 0, 'sv'),
      formatNumber(sick.a?.persons ?? 0, 'sv'),
      formatNumber(sick.b?.fte ?? 0, 'sv', 1),
      formatNumber(sick.a?.fte ?? 0, 'sv', 1),
    ]);
    expect(row.querySelector('th')?.getAttribute('scope')).toBe('row');
    expect(sick.a?.fte).toBe(2.75);
    expect(row.querySelectorAll('td')[3].textContent).toBe('2,8');
  });

  it('switches the bars, axis and text alternative between persons and FTE', async () => {
    const { svg, figure } = setup();
    const persons = within(figure).getByRole('radio', { name: 'Personer' });
    const fte = within(figure).getByRole('radio', { name: 'Heltidsekvivalenter' });
    expect(persons).toBeChecked();
    expect(bars(svg, 'sjukpenning').map((b) => b.value)).toEqual([8, 8]);
    expect(svg.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByRole('img', { description: /antal personer per försörjningskälla/ }));

    await fireEvent.click(fte);
    expect(fte).toBeChecked();
    expect(bars(svg, 'sjukpenning').map((b) => b.value)).toEqual([8, 2.75]);
    const row = svg.querySelector('.bar-rows [data-key="sjukpenning"]');
    expect([...(row?.querySelectorAll('text.value') ?? [])].map((t) => t.textContent)).toEqual([
      '8,0',
      '2,8',
    ]);
    expect(within(svg).getByText('Antal heltidsekvivalenter')).toBeInTheDocument();
    const img = screen.getByRole('img', {
      description:
        /antal heltidsekvivalenter per försörjningskälla.*Efter: .*Aktivitetsersättning 16,5/,
    });
    expect(img).toBe(svg);

    await fireEvent.click(persons);
    expect(bars(svg, 'sjukpenning').map((b) => b.value)).toEqual([8, 8]);
  });

  it('follows the language', async () => {
    const { figure } = setup();
    i18n.set('en');
    await Promise.resolve();
    expect(
      within(figure).getByRole('img', { name: 'Income sources before and after the intervention' }),
    ).toBeInTheDocument();
    expect(
      within(figure).getByRole('radio', { name: 'Full-time equivalents' }),
    ).toBeInTheDocument();
    expect(within(figure).getByText('Show data')).toBeInTheDocument();
    expect(
      within(figure).getByRole('row', { name: /Sickness \/ rehabilitation benefit/ }),
    ).toBeInTheDocument();
  });
});
