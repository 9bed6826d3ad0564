/**
 * The charts' layout maths: diverging bars keep zero in place and their
 * labels inside the drawing, legends wrap, end labels do not collide, ticks
 * read in the axis unit.
 */
import { describe, expect, it } from 'vitest';
import {
  amountUnit,
  barLayout,
  dodge,
  flowLegend,
  joinList,
  NARROW,
  shortAmount,
  textWidth,
  tickFormatter,
  wrapText,
  LINE_HEIGHT,
  FONT,
} from './layout';

/** Intl's sv-SE output uses no-break spaces; compare with ordinary ones. */
const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const rows = [
  { key: 'a', label: 'Samhället', bars: [{ value: 4_204_333, label: '4,2 mkr' }] },
  { key: 'b', label: 'Arbetsförmedlingen', bars: [{ value: -4_888_772, label: '−4,9 mkr' }] },
  { key: 'c', label: 'Region', bars: [{ value: 500_607, label: '501 000 kr' }] },
];

describe('barLayout', () => {
  it.each([360, 480, 640, 1200])(
    'keeps every bar and value label within %i px and puts negatives left of zero',
    (width) => {
      const l = barLayout({ width, rows });
      expect(l.narrow).toBe(width < NARROW);
      for (const r of l.rows) {
        for (const b of r.bars) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(width);
          const w = textWidth(b.label);
          if (b.value < 0) {
            expect(b.x + b.width).toBeCloseTo(l.zero, 6);
            expect(b.anchor).toBe('end');
            expect(b.labelX - w).toBeGreaterThanOrEqual(0);
          } else {
            expect(b.x).toBeCloseTo(l.zero, 6);
            expect(b.anchor).toBe('start');
            expect(b.labelX + w).toBeLessThanOrEqual(width);
          }
        }
        if (!l.narrow) expect(r.labelX + textWidth(r.label)).toBeLessThan(l.x.range()[0]);
      }
      // Bars are proportional to their values.
      const [a, b] = l.rows;
      expect(a.bars[0].width / b.bars[0].width).toBeCloseTo(4_204_333 / 4_888_772, 6);
      // Rows do not overlap and the axis is below the last one.
      for (let i = 1; i < l.rows.length; i++)
        expect(l.rows[i].top).toBeGreaterThan(l.rows[i - 1].bottom);
      expect(l.axisY).toBeGreaterThan(l.rows[l.rows.length - 1].bottom);
      expect(l.height).toBeGreaterThan(l.axisY);
      expect(l.ticks).toContain(0);
    },
  );

  it('puts labels above the bars on phones and beside them on wider screens', () => {
    const phone = barLayout({ width: 360, rows });
    expect(phone.rows[0].labelY).toBeLessThan(phone.rows[0].bars[0].y);
    const desk = barLayout({ width: 800, rows });
    const r = desk.rows[0];
    expect(r.labelY).toBeGreaterThan(r.bars[0].y);
    expect(r.labelY).toBeLessThan(r.bars[0].y + r.bars[0].height);
  });

  it('stacks two series within a row, in order', () => {
    const l = barLayout({
      width: 640,
      rows: [
        {
          key: 'x',
          label: 'X',
          bars: [
            { value: 1, label: '1' },
            { value: 2, label: '2' },
          ],
        },
      ],
    });
    const [b0, b1] = l.rows[0].bars;
    expect(b1.y).toBeGreaterThanOrEqual(b0.y + b0.height);
    expect(b1.width).toBeCloseTo(2 * b0.width, 6);
  });

  it('handles all-zero data and an empty list', () => {
    const z = barLayout({
      width: 640,
      rows: [{ key: 'z', label: 'Z', bars: [{ value: 0, label: '0' }] }],
    });
    expect(z.rows[0].bars[0].width).toBe(0);
    expect(Number.isFinite(z.zero)).toBe(true);
    expect(barLayout({ width: 640, rows: [] }).rows).toEqual([]);
  });

  it.each([360, 680, 1200])(
    'wraps long labels at %i px, never cuts them, and gives their rows room',
    (width) => {
      // The break-even step of RAR Sörmland 2020, as the print report draws it at 680 px.
      const long = 'Från arbetslös till halvtidsarbete med 80 % lönesubvention';
      const l = barLayout({
        width,
        rows: [
          {
            key: 'a',
            label: 'Från arbetslös till heltidsarbete utan subvention',
            bars: [{ value: 5, label: '5 pers.' }],
          },
          { key: 'l', label: long, bars: [{ value: 41, label: '41 pers.' }] },
          { key: 'b', label: 'Kort', bars: [{ value: 25, label: '25 pers.' }] },
        ],
      });
      const row = l.rows[1];
      expect(row.label).toBe(long);
      expect(row.lines.join(' ')).toBe(long);
      expect(row.lines.every((line) => !line.includes('…'))).toBe(true);
      // Every line fits the room the label has: the label column, or the width on a phone.
      const room = l.narrow ? width - 8 : l.x.range()[0] - row.labelX;
      for (const line of row.lines) expect(textWidth(line)).toBeLessThanOrEqual(room);
      if (width <= 680) expect(row.lines.length).toBeGreaterThan(1);
      // The lines stay inside their row, and rows do not overlap.
      const lastLine = row.labelY + (row.lines.length - 1) * LINE_HEIGHT;
      if (l.narrow) {
        // Baselines above the bars.
        expect(row.labelY - FONT).toBeGreaterThanOrEqual(row.top - 1);
        expect(lastLine).toBeLessThanOrEqual(row.bars[0].y);
      } else {
        // Lines centred on labelY, LINE_HEIGHT apart, within the row.
        expect(row.labelY - FONT / 2).toBeGreaterThanOrEqual(row.top - 1);
        expect(lastLine + FONT / 2).toBeLessThanOrEqual(row.bottom + 1);
      }
      for (let i = 1; i < l.rows.length; i++)
        expect(l.rows[i].top).toBeGreaterThan(l.rows[i - 1].bottom);
    },
  );

  it('leaves room for the right-hand column', () => {
    const l = barLayout({ width: 640, rows, asideWidth: 60 });
    for (const r of l.rows) for (const b of r.bars) expect(b.x + b.width).toBeLessThan(640 - 60);
    expect(l.asideX).toBe(636);
  });
});

describe('flowLegend', () => {
  it('wraps to a new line when an item does not fit', () => {
    const items = [
      { key: 'a', text: 'Samhället: 7 mån' },
      { key: 'b', text: 'Kommun: 3 mån' },
      { key: 'c', text: 'Staten totalt: neg.' },
    ];
    const wide = flowLegend(items, 1000);
    expect(new Set(wide.items.map((i) => i.y)).size).toBe(1);
    const narrow = flowLegend(items, 200);
    expect(new Set(narrow.items.map((i) => i.y)).size).toBe(3);
    expect(narrow.height).toBeGreaterThan(wide.height);
    expect(flowLegend([], 300).height).toBe(0);
  });
});

describe('dodge', () => {
  it('keeps order and a minimum gap, within bounds', () => {
    const out = dodge([100, 101, 99, 300], 14, 0, 310);
    expect(out[2]).toBeLessThan(out[0]);
    expect(out[0]).toBeLessThan(out[1]);
    const sorted = [...out].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(14 - 1e-9);
    expect(dodge([305, 306, 307], 10, 0, 310).every((v) => v <= 310)).toBe(true);
  });
});

describe('units and formatting', () => {
  it('reads amounts in mkr from a million kronor', () => {
    expect(amountUnit([999_999, -5])).toBe('kr');
    expect(amountUnit([10, -1_000_000])).toBe('mkr');
    expect(amountUnit([])).toBe('kr');
  });

  it('formats ticks in the unit with the decimals the step needs', () => {
    const f = tickFormatter([0, 500_000, 1_000_000], 'mkr', 'sv');
    expect(f(500_000)).toBe('0,5');
    expect(f(-1_000_000)).toBe('−1,0');
    expect(sp(tickFormatter([0, 20_000], 'kr', 'sv')(20_000))).toBe('20 000');
    expect(tickFormatter([0, 5], 'count', 'en')(5)).toBe('5');
  });

  it('labels bars in mkr from a million, else in kr', () => {
    expect(sp(shortAmount(4_204_333, 'sv'))).toBe('4,2 mkr');
    expect(sp(shortAmount(-4_888_772, 'sv'))).toBe('−4,9 mkr');
    expect(sp(shortAmount(500_607, 'sv'))).toBe('501 000 kr');
    expect(shortAmount(4_204_333, 'en')).toBe('4.2 MSEK');
  });

  it('joins lists', () => {
    expect(joinList([], ', ', ' och ')).toBe('');
    expect(joinList(['a'], ', ', ' och ')).toBe('a');
    expect(joinList(['a', 'b', 'c'], ', ', ' och ')).toBe('a, b och c');
  });

  it('wraps text at spaces and splits only a word longer than a line', () => {
    expect(wrapText('Kommun', 200)).toEqual(['Kommun']);
    // 12 px text at ≈ 7.2 px a character: 50 px hold 6 characters.
    expect(wrapText('Arbetsförmedlingen', 50)).toEqual(['Arbets', 'förmed', 'lingen']);
    expect(wrapText('Staten totalt', 50)).toEqual(['Staten', 'totalt']);
    expect(wrapText('', 50)).toEqual(['']);
  });
});
