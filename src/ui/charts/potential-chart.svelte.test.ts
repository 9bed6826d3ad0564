/**
 * Potential before, split into utilised and remaining: one stacked bar whose
 * parts are in proportion to the engine's numbers, labelled in mkr.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { formatKr, formatMkr, formatPercent } from '../../lib/format';
import { i18n } from '../../lib/i18n/index.svelte';
import PotentialChart from './potential-chart.svelte';
import { exampleResult } from './test-data';

afterEach(() => i18n.set('sv'));

const potential = exampleResult().total.potential;

describe('PotentialChart', () => {
  it('stacks utilised and remaining potential into the potential before', () => {
    render(PotentialChart, { props: { potential } });
    const svg = screen.getByRole('img', { name: 'Samhällsekonomisk potential före insatsen' });
    const u = svg.querySelector('rect.utilised');
    const r = svg.querySelector('rect.remaining');
    const uw = Number(u?.getAttribute('width'));
    const rw = Number(r?.getAttribute('width'));
    expect(Number(r?.getAttribute('x'))).toBeCloseTo(Number(u?.getAttribute('x')) + uw, 6);
    expect(uw / (uw + rw)).toBeCloseTo(potential.utilisedShare, 6);
    expect(r?.getAttribute('fill')).toMatch(/^url\(#/);
    expect(
      within(svg).getByText(`Potential före: ${formatMkr(potential.before, 'sv')}`),
    ).toBeTruthy();
    expect(
      within(svg).getByText(
        `Utnyttjad potential: ${formatMkr(potential.utilised, 'sv')} (${formatPercent(potential.utilisedShare, 'sv')})`,
      ),
    ).toBeTruthy();
    expect(
      within(svg).getByText(`Kvarvarande potential: ${formatMkr(potential.after, 'sv')}`),
    ).toBeTruthy();
    expect(within(svg).getByText('Miljoner kronor (mkr) per år')).toBeTruthy();
  });

  it('tabulates the amounts in kronor and the share', () => {
    render(PotentialChart, { props: { potential } });
    const table = screen.getByRole('table', { hidden: true });
    const cells = (name: RegExp) =>
      [...within(table).getByRole('row', { name, hidden: true }).querySelectorAll('td')].map(
        (c) => c.textContent,
      );
    expect(cells(/^Potential före/)[0]).toBe(formatKr(potential.before, 'sv'));
    expect(cells(/^Utnyttjad potential/)).toEqual([
      formatKr(potential.utilised, 'sv'),
      formatPercent(potential.utilisedShare, 'sv', 1),
    ]);
    expect(cells(/^Kvarvarande potential/)[0]).toBe(formatKr(potential.after, 'sv'));
    expect(screen.getByRole('img').querySelector('desc')?.textContent).toBe(
      `Stapel med den samhällsekonomiska potentialen före insatsen, ${formatMkr(potential.before, 'sv')}, uppdelad i utnyttjad potential ${formatMkr(potential.utilised, 'sv')} (${formatPercent(potential.utilisedShare, 'sv')}) och kvarvarande potential ${formatMkr(potential.after, 'sv')}.`,
    );
  });

  it('keeps the bar drawable when the situation got worse', () => {
    render(PotentialChart, {
      props: {
        potential: { before: 1_000_000, after: 1_200_000, utilised: -200_000, utilisedShare: -0.2 },
      },
    });
    const svg = screen.getByRole('img');
    expect(Number(svg.querySelector('rect.utilised')?.getAttribute('width'))).toBe(0);
    expect(Number(svg.querySelector('rect.remaining')?.getAttribute('width'))).toBeGreaterThan(0);
  });
});
