/**
 * Labels beside the marks of a scatter chart, placed so that none overlaps
 * another or another mark: each wants to be centred on its mark; taken from the top, a label
 * that would overlap one already placed (in both directions) moves down just
 * below it, or, when that leaves the plot, up above it. Pure, so the chart
 * and its test agree on where the labels go.
 */
export interface LabelBox {
  /** Left edge of the label. */
  x: number;
  /** The y it would like to be centred on (its mark's centre). */
  y: number;
  width: number;
  height: number;
}

/** A box already on the chart (a mark) that no label may cover. */
export interface Obstacle {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The centre y of each label, in the order given, within [min, max], clear of
 * each other and of the `obstacles`.
 */
export function placeLabels(
  boxes: readonly LabelBox[],
  min: number,
  max: number,
  obstacles: readonly Obstacle[] = [],
): number[] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a].y - boxes[b].y);
  const placed: Obstacle[] = [...obstacles];
  const out = new Array<number>(boxes.length);
  const overlaps = (b: LabelBox, y0: number) =>
    placed.find((p) => b.x < p.x1 && b.x + b.width > p.x0 && y0 < p.y1 && y0 + b.height > p.y0);
  for (const i of order) {
    const b = boxes[i];
    const clamp = (y0: number) => Math.min(Math.max(y0, min), max - b.height);
    let y0 = clamp(b.y - b.height / 2);
    // Downwards past every label in the way; each step passes one, so this ends.
    for (let hit = overlaps(b, y0), n = 0; hit && n <= placed.length; hit = overlaps(b, y0), n++)
      y0 = hit.y1 + 1;
    if (y0 + b.height > max) {
      // No room below: from the wanted place upwards instead.
      y0 = clamp(b.y - b.height / 2);
      for (let hit = overlaps(b, y0), n = 0; hit && n <= placed.length; hit = overlaps(b, y0), n++)
        y0 = hit.y0 - b.height - 1;
      y0 = Math.max(y0, min);
    }
    placed.push({ x0: b.x, x1: b.x + b.width, y0, y1: y0 + b.height });
    out[i] = y0 + b.height / 2;
  }
  return out;
}
