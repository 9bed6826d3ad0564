/**
 * The analyses' charts with hand-made data: the year chart's bars and
 * cumulative line on one scale, the waterfall's floating bars between the
 * totals, and the generic bar chart's one- and two-series drawings — each
 * with its title, text alternative and data table.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n/index.svelte';
import BarsChart from './bars-chart.svelte';
import WaterfallChart from './waterfall-chart.svelte';
import YearsChart from './years-chart.svelte';
import type { ChartTable } from './types';

afterEach(() => i18n.set('sv'));

const table: ChartTable = {
  caption: 'Tabell',
  rowHeader: 'Rad',
  columns: [{ key: 'v', label: 'Värde' }],
  rows: [{ key: 'a', header: 'A', cells: ['1 kr'] }],
};
const num = (el: Element | null, a: string) => Number(el?.getAttribute(a));

describe('YearsChart', () => {
  // Depreciation of 300 over 3 years with revenue 100: profit 0, 0, 0, 100, 100.
  const points = [0, 0, 0, 100, 100].map((value, i, all) => ({
    year: i + 1,
    value,
    cumulative: all.slice(0, i + 1).reduce((a, b) => a + b, 0),
  }));

  it('draws a bar per year and the cumulative line through the year ends', () => {
    render(YearsChart, {
      props: {
        title: 'År för år',
        points,
        barLabel: 'Lönsamhet',
        lineLabel: 'Ackumulerat',
        description: 'En text',
        table,
        width: 600,
      },
    });
    const svg = screen.getByRole('img', { name: 'År för år' });
    expect(svg.querySelector('desc')?.textContent).toBe('En text');
    const bars = [...svg.querySelectorAll('.bars rect.bar')];
    expect(bars.map((b) => num(b, 'data-value'))).toEqual([0, 0, 0, 100, 100]);
    expect(bars.map((b) => num(b, 'height')).slice(0, 3)).toEqual([0, 0, 0]);
    const markers = [...svg.querySelectorAll('.markers circle')];
    expect(markers.map((m) => num(m, 'data-value'))).toEqual([0, 0, 0, 100, 200]);
    // One scale: the year-5 marker (200) sits twice as far above zero as the year-4 bar (100) reaches.
    const zero = num(bars[0], 'y');
    const bar4Top = num(bars[3], 'y');
    expect(zero - num(markers[4], 'cy')).toBeCloseTo(2 * (zero - bar4Top), 6);
    expect(svg.querySelector('path.cumulative')?.getAttribute('d')).toMatch(/^M.*L/);
  });

  it('colours a loss as negative', () => {
    render(YearsChart, {
      props: {
        title: 'Förlust',
        points: [{ year: 1, value: -50, cumulative: -50 }],
        barLabel: 'b',
        lineLabel: 'l',
        description: 'd',
        table,
        width: 400,
      },
    });
    const bar = screen.getByRole('img').querySelector('.bars rect.bar');
    expect(bar?.classList.contains('negative')).toBe(true);
  });
});

describe('WaterfallChart', () => {
  it('floats each change from the previous total to the next', () => {
    render(WaterfallChart, {
      props: {
        title: 'Från bas till Tänk om',
        steps: [
          { key: 'base', label: 'Bas', from: 0, to: 100, total: true, valueLabel: '100' },
          { key: 'up', label: 'Upp', from: 100, to: 160, total: false, valueLabel: '+60' },
          { key: 'down', label: 'Ner', from: 160, to: 130, total: false, valueLabel: '−30' },
          { key: 'result', label: 'Tänk om', from: 0, to: 130, total: true, valueLabel: '130' },
        ],
        axisTitle: 'kr',
        tickFormat: () => String,
        description: 'd',
        table,
        width: 600,
      },
    });
    const svg = screen.getByRole('img', { name: 'Från bas till Tänk om' });
    const rect = (k: string) => svg.querySelector(`.row[data-key="${k}"] rect`)!;
    const right = (k: string) => num(rect(k), 'x') + num(rect(k), 'width');
    // The rise starts where the base ends; the fall ends where the result ends.
    expect(num(rect('up'), 'x')).toBeCloseTo(right('base'), 6);
    expect(num(rect('down'), 'x')).toBeCloseTo(right('result'), 6);
    expect(right('down')).toBeCloseTo(right('up'), 6);
    // 60 and 30 drawn in proportion.
    expect(num(rect('up'), 'width') / num(rect('down'), 'width')).toBeCloseTo(2, 6);
    expect(rect('down').getAttribute('fill')).toMatch(/^url\(#/);
    expect(svg.querySelectorAll('line.connector')).toHaveLength(3);
  });
});

describe('BarsChart', () => {
  it('with two series draws a legend and a hatched and a solid bar per row', () => {
    render(BarsChart, {
      props: {
        title: 'Mål och utfall',
        rows: [
          { key: 'a', label: 'Arbete', values: [25, 40], labels: ['25 %', '40 %'] },
          { key: 'b', label: 'Studier', values: [20, 17], labels: ['20 %', '17 %'] },
        ],
        series: [
          { key: 'target', label: 'Mål' },
          { key: 'outcome', label: 'Utfall' },
        ],
        axisTitle: 'Andel (%)',
        tickFormat: () => String,
        description: 'd',
        table,
        width: 600,
      },
    });
    const svg = screen.getByRole('img', { name: 'Mål och utfall' });
    expect([...svg.querySelectorAll('.legend text')].map((t) => t.textContent)).toEqual([
      'Mål',
      'Utfall',
    ]);
    const rects = [...svg.querySelectorAll('.row[data-key="a"] rect')];
    expect(rects.map((r) => num(r, 'data-value'))).toEqual([25, 40]);
    expect(rects[0].getAttribute('fill')).toMatch(/^url\(#/);
    expect(num(rects[1], 'width') / num(rects[0], 'width')).toBeCloseTo(40 / 25, 6);
    expect(
      [...svg.querySelectorAll('.row[data-key="b"] text.value')].map((t) => t.textContent),
    ).toEqual(['20 %', '17 %']);
  });

  it('with one series colours by sign and has no legend', () => {
    render(BarsChart, {
      props: {
        title: 'En serie',
        rows: [
          { key: 'a', label: 'A', values: [5], labels: ['5'] },
          { key: 'b', label: 'B', values: [-3], labels: ['−3'] },
        ],
        series: [{ key: 'v', label: 'Värde' }],
        axisTitle: 'x',
        tickFormat: () => String,
        description: 'd',
        table,
        width: 600,
      },
    });
    const svg = screen.getByRole('img', { name: 'En serie' });
    expect(svg.querySelector('.legend')).toBeNull();
    expect(svg.querySelector('.row[data-key="b"] rect')?.classList.contains('negative')).toBe(true);
    expect(svg.querySelector('.row[data-key="a"] rect')?.classList.contains('positive')).toBe(true);
  });
});
