/**
 * The chart frame through a real chart: figure and caption, the svg's name
 * and description, the data table's structure, and saving as SVG — the file
 * is a well-formed standalone document with inline styles, the user's text
 * escaped, and a safe file name.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n/index.svelte';
import ActorRevenueChart from './actor-revenue-chart.svelte';
import { exampleResult } from './test-data';

const values = exampleResult().total.yearlyRevenue;
const subtitle = 'Scenario <b>"Åre" & \'Östersund\'</b>';

let blobs: Blob[] = [];
let downloads: string[] = [];

beforeEach(() => {
  blobs = [];
  downloads = [];
  URL.createObjectURL = vi.fn((b: Blob | MediaSource) => {
    blobs.push(b as Blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push(this.download);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  i18n.set('sv');
});

describe('ChartFrame', () => {
  it('is a figure captioned by a heading that names the svg, with the subtitle as text', () => {
    render(ActorRevenueChart, { props: { values, subtitle, headingLevel: 2 } });
    const figure = screen.getByRole('figure');
    const heading = within(figure).getByRole('heading', {
      level: 2,
      name: 'Årlig intäkt per aktör',
    });
    expect(heading.closest('figcaption')).not.toBeNull();
    expect(within(figure).getByText(subtitle)).toBeInTheDocument();
    expect(figure.querySelector('b')).toBeNull();
    const svg = within(figure).getByRole('img', { name: 'Årlig intäkt per aktör' });
    expect(svg.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 640 \d+(\.\d+)?$/);
    expect(svg.getAttribute('width')).toBe('100%');
  });

  it('lays out at the width it is given (phones: labels above the bars)', () => {
    render(ActorRevenueChart, { props: { values, width: 360 } });
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 360 /);
    const row = svg.querySelector('[data-key="samhalle"]');
    const labelY = Number(row?.querySelector('text.row-label')?.getAttribute('y'));
    const barY = Number(row?.querySelector('rect.bar')?.getAttribute('y'));
    expect(labelY).toBeLessThan(barY);
  });

  it('fits its container, unless a fixed width is given', async () => {
    const observed: Element[] = [];
    class FakeResizeObserver {
      constructor(private cb: ResizeObserverCallback) {}
      observe(el: Element) {
        observed.push(el);
        const entry = { contentRect: { width: 412.7 } } as ResizeObserverEntry;
        this.cb([entry], this);
      }
      unobserve() {}
      disconnect() {}
    }
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    try {
      const fitted = render(ActorRevenueChart, { props: { values } });
      await Promise.resolve();
      expect(screen.getByRole('img').getAttribute('viewBox')).toMatch(/^0 0 412 /);
      expect(observed).toHaveLength(1);
      fitted.unmount();
      render(ActorRevenueChart, { props: { values, width: 680 } });
      await Promise.resolve();
      expect(screen.getByRole('img').getAttribute('viewBox')).toMatch(/^0 0 680 /);
      expect(observed).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps a light palette set from outside (print) after an export', async () => {
    render(ActorRevenueChart, { props: { values } });
    const figure = screen.getByRole('figure');
    figure.setAttribute('data-exporting', '');
    await fireEvent.click(screen.getByRole('button', { name: /^Spara som SVG/ }));
    expect(downloads).toHaveLength(1);
    expect(figure.hasAttribute('data-exporting')).toBe(true);
  });

  it('offers the data in a table behind "Visa data"', () => {
    render(ActorRevenueChart, { props: { values } });
    const details = screen.getByText('Visa data').closest('details');
    expect(details).not.toBeNull();
    expect(details?.open).toBe(false);
    const table = within(details as HTMLElement).getByRole('table', { hidden: true });
    expect(table.querySelector('caption')?.textContent).toBe('Årlig intäkt per aktör (kr)');
    const cols = table.querySelectorAll('thead th');
    expect([...cols].map((c) => c.getAttribute('scope'))).toEqual(['col', 'col']);
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(8);
  });

  it('saves a well-formed standalone SVG with the title, escaped user text and inline styles', async () => {
    render(ActorRevenueChart, { props: { values, subtitle } });
    await fireEvent.click(
      screen.getByRole('button', { name: 'Spara som SVG: Årlig intäkt per aktör' }),
    );
    expect(downloads).toEqual(['arlig-intakt-per-aktor.svg']);
    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe('image/svg+xml;charset=utf-8');
    const text = await blobs[0].text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector(':scope > title')?.textContent).toBe(
      `Årlig intäkt per aktör — ${subtitle}`,
    );
    expect(root.querySelector(':scope > desc')?.textContent).toMatch(/^Liggande staplar/);
    expect(root.querySelectorAll('desc')).toHaveLength(1);
    expect(root.querySelectorAll('b')).toHaveLength(0);
    expect(text).toContain('&lt;b&gt;&quot;Åre&quot; &amp; &apos;Östersund&apos;&lt;/b&gt;');
    // The chart itself came along, without page classes or ARIA, with inline styles.
    const bars = root.querySelectorAll('rect[data-value]');
    expect(bars).toHaveLength(8);
    expect(root.querySelector('[class]')).toBeNull();
    expect(root.querySelector('[aria-labelledby], [aria-describedby], [aria-hidden]')).toBeNull();
    expect(root.querySelector('text[style]')).not.toBeNull();
    // The page's figure is back to its normal palette after the export.
    expect(screen.getByRole('figure').hasAttribute('data-exporting')).toBe(false);
  });

  it('makes a safe file name from a title with markup and quotes', async () => {
    render(ActorRevenueChart, { props: { values, title: 'Intäkt: <kommun> & "region"' } });
    await fireEvent.click(screen.getByRole('button', { name: /^Spara som SVG/ }));
    expect(downloads).toEqual(['intakt-kommun-region.svg']);
  });

  it('labels the buttons in English after a language switch', async () => {
    render(ActorRevenueChart, { props: { values } });
    i18n.set('en');
    await Promise.resolve();
    expect(
      screen.getByRole('button', { name: 'Save as PNG: Yearly revenue per actor' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Show data')).toBeInTheDocument();
  });
});
