/**
 * Yearly revenue per actor: diverging bars (negatives left of zero, by the
 * engine's numbers), labels in kr/mkr, a table in kronor, a text alternative
 * naming the actors with negative revenue, and a choice of perspectives.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { PERSPECTIVES } from '../../engine';
import { formatKr } from '../../lib/format';
import { i18n } from '../../lib/i18n/index.svelte';
import { resources } from '../../lib/i18n/index.svelte';
import ActorRevenueChart from './actor-revenue-chart.svelte';
import { shortAmount } from './layout';
import { exampleResult } from './test-data';

afterEach(() => i18n.set('sv'));

const values = exampleResult().total.yearlyRevenue;
const actors = resources.sv.app.actors;

/** "A", "A och B", "A, B och C", as the Swedish text alternative lists actors. */
const swedishList = (names: string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;

function rowBar(svg: Element, key: string) {
  const row = svg.querySelector(`.bar-rows [data-key="${key}"]`);
  const rect = row?.querySelector('rect.bar');
  if (!row || !rect) throw new Error(`no bar for ${key}`);
  return {
    x: Number(rect.getAttribute('x')),
    width: Number(rect.getAttribute('width')),
    negative: rect.classList.contains('negative'),
    label: row.querySelector('text.value')?.textContent,
    name: row.querySelector('text.row-label')?.textContent,
  };
}

describe('ActorRevenueChart', () => {
  it('draws all eight actors as diverging bars labelled in kr or mkr', () => {
    render(ActorRevenueChart, { props: { values } });
    const svg = screen.getByRole('img', { name: 'Årlig intäkt per aktör' });
    const keys = [...svg.querySelectorAll('.bar-rows .row')].map((r) => r.getAttribute('data-key'));
    expect(keys).toEqual([...PERSPECTIVES]);
    const zero = svg.querySelector('.axis-x line.grid.zero');
    const zeroX = Number(zero?.getAttribute('x1'));
    for (const p of PERSPECTIVES) {
      const b = rowBar(svg, p);
      expect(b.name).toBe(actors[p]);
      expect(b.label).toBe(shortAmount(values[p], 'sv'));
      if (values[p] < 0) {
        expect(b.negative).toBe(true);
        expect(b.x + b.width).toBeCloseTo(zeroX, 6);
      } else {
        expect(b.negative).toBe(false);
        expect(b.x).toBeCloseTo(zeroX, 6);
      }
    }
    // af pays more than before in the example; society gains.
    expect(values.af).toBeLessThan(0);
    expect(rowBar(svg, 'af').label).toMatch(/^−\d+,\d mkr$/);
    const s = rowBar(svg, 'samhalle');
    const a = rowBar(svg, 'af');
    expect(s.width / a.width).toBeCloseTo(values.samhalle / -values.af, 6);
    expect(within(svg).getByText('Miljoner kronor (mkr)')).toBeInTheDocument();
  });

  it('has a data table in kronor and a text alternative', () => {
    render(ActorRevenueChart, { props: { values } });
    const table = screen.getByRole('table');
    expect(within(table).getByText('Årlig intäkt per aktör (kr)').tagName).toBe('CAPTION');
    for (const p of PERSPECTIVES) {
      const row = within(table).getByRole('row', { name: new RegExp(`^${actors[p]}`) });
      expect(row.querySelector('td')?.textContent).toBe(formatKr(values[p], 'sv'));
    }
    const img = screen.getByRole('img', { description: /^Liggande staplar/ });
    const desc = document.getElementById(img.getAttribute('aria-describedby') ?? '');
    expect(desc?.tagName.toLowerCase()).toBe('desc');
    expect(desc?.textContent).toContain(`Samhället ${shortAmount(values.samhalle, 'sv')}`);
    // The sentence names exactly the actors whose revenue is negative in the
    // result (in the example only Arbetsförmedlingen), in the chart's order.
    const negatives = PERSPECTIVES.filter((p) => values[p] < 0).map((p) => actors[p]);
    expect(negatives).toContain(actors.af);
    expect(desc?.textContent).toMatch(new RegExp(` Negativ för ${swedishList(negatives)}\\.$`));
  });

  it('names two negative actors as a list in the text alternative', () => {
    // Hand-made input: the example's revenue with staten totalt turned negative,
    // so that two actors (staten totalt and Arbetsförmedlingen) are negative.
    const twoNegative = { ...values, statenTotalt: -Math.abs(values.statenTotalt) };
    render(ActorRevenueChart, { props: { values: twoNegative } });
    const desc = screen.getByRole('img').querySelector('desc')?.textContent;
    expect(desc).toContain('Negativ för Staten totalt och Arbetsförmedlingen.');
    expect(rowBar(screen.getByRole('img'), 'statenTotalt').negative).toBe(true);
  });

  it('shows only the perspectives asked for, in their order', () => {
    render(ActorRevenueChart, {
      props: { values, perspectives: ['kommun', 'samhalle'], title: 'Kommunen och samhället' },
    });
    const svg = screen.getByRole('img', { name: 'Kommunen och samhället' });
    const keys = [...svg.querySelectorAll('.bar-rows .row')].map((r) => r.getAttribute('data-key'));
    expect(keys).toEqual(['kommun', 'samhalle']);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('img').getAttribute('aria-describedby')).toBeTruthy();
    expect(svg.querySelector('desc')?.textContent).not.toContain('Negativ');
  });

  it('indents the parts of staten totalt under it', () => {
    render(ActorRevenueChart, { props: { values } });
    const svg = screen.getByRole('img');
    const x = (k: string) =>
      Number(svg.querySelector(`[data-key="${k}"] text.row-label`)?.getAttribute('x'));
    expect(x('af')).toBeGreaterThan(x('statenTotalt'));
    expect(x('kommun')).toBe(x('statenTotalt'));
  });
});
