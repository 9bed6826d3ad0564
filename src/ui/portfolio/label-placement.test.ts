/** Scatter-chart labels: where they want to be when there is room, apart when they would overlap. */
import { describe, expect, it } from 'vitest';
import { placeLabels } from './label-placement';

describe('placeLabels', () => {
  it('leaves labels that do not meet where they want to be', () => {
    // Far apart vertically, or side by side horizontally.
    expect(
      placeLabels(
        [
          { x: 0, y: 50, width: 40, height: 10 },
          { x: 0, y: 100, width: 40, height: 10 },
          { x: 100, y: 52, width: 40, height: 10 },
        ],
        0,
        200,
      ),
    ).toEqual([50, 100, 52]);
  });

  it('moves a label that would overlap one above it to just below it', () => {
    // From the top: the second wants 48 and gets 43–53; the first wants 45–55, overlaps it,
    // and goes to just below: 54–64, centre 59.
    expect(
      placeLabels(
        [
          { x: 0, y: 50, width: 40, height: 10 },
          { x: 20, y: 48, width: 40, height: 10 },
        ],
        0,
        200,
      ),
    ).toEqual([59, 48]);
  });

  it('goes up instead when there is no room below, and keeps inside the plot', () => {
    // Both want 195 in a plot ending at 200: the first sits at 190–200, the second above at 179–189.
    const [a, b] = placeLabels(
      [
        { x: 0, y: 195, width: 40, height: 10 },
        { x: 0, y: 195, width: 40, height: 10 },
      ],
      0,
      200,
    );
    expect([a, b]).toEqual([195, 184]);
  });

  it('keeps clear of the other marks', () => {
    // A mark covers 40–60 where the label (wanting 45–55) would go: it goes to just below, 61–71.
    expect(
      placeLabels([{ x: 0, y: 50, width: 40, height: 10 }], 0, 200, [
        { x0: 10, x1: 30, y0: 40, y1: 60 },
      ]),
    ).toEqual([66]);
  });
});
