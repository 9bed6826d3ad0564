/**
 * Layout maths for the charts, kept pure so it is the same in the browser and
 * in tests: the horizontal (diverging) bar layout shared by the actor, the
 * profitability and the cohort charts, a flowing legend, label dodging, and
 * axis tick formatting. D3 does the scales; Svelte only draws what this returns.
 * Text is not measured in the DOM: widths are estimated from the number of
 * characters, generously, so labels get room before anything is drawn.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatKr, formatMkr, formatNumber, type Lang } from '../../lib/format';

/** Below this width (px) category labels go above their bars instead of beside them. */
export const NARROW = 520;
/** Font size (px) of labels and ticks; titles and legends are drawn in HTML or at the same size. */
export const FONT = 12;

/** Estimated width in px of `text` at `fontSize` (average glyph ≈ 0.6 em, a little generous). */
export function textWidth(text: string, fontSize = FONT): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

/** Line height (px) of labels that wrap over several lines. */
export const LINE_HEIGHT = FONT + 3;

/**
 * Break `text` into lines whose estimated width fits `maxWidth`, at spaces;
 * a word wider than a line is split (never cut off). Labels wrap rather
 * than lose their end: "Från arbetslös till halvtidsarbete med 80 %
 * lönesubvention" must be read whole, on screen and on paper.
 */
export function wrapText(text: string, maxWidth: number, fontSize = FONT): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / (fontSize * 0.6)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (joined.length <= perLine) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    // A word longer than a line: split it into pieces that fit.
    let rest = word;
    while (rest.length > perLine) {
      lines.push(rest.slice(0, perLine));
      rest = rest.slice(perLine);
    }
    line = rest;
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

export type AmountUnit = 'kr' | 'mkr';

/** Axes of amounts read in mkr once the largest value reaches a million kronor, else in kr. */
export function amountUnit(values: readonly number[]): AmountUnit {
  const max = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  return max >= 1_000_000 ? 'mkr' : 'kr';
}

/** Tick labels: numbers in the axis unit (the unit is in the axis title), as many decimals as the step needs. */
export function tickFormatter(
  ticks: readonly number[],
  unit: AmountUnit | 'count',
  lang: Lang,
): (v: number) => string {
  const div = unit === 'mkr' ? 1_000_000 : 1;
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) / div : 1;
  const decimals = step > 0 && step < 1 ? Math.min(3, Math.ceil(-Math.log10(step) - 1e-9)) : 0;
  return (v) => formatNumber(v / div, lang, decimals);
}

/** A value label on a bar: mkr with one decimal from a million, else kronor to the nearest 1 000. */
export function shortAmount(x: number, lang: Lang): string {
  return Math.abs(x) >= 1_000_000 ? formatMkr(x, lang) : formatKr(x, lang);
}

export interface BarDatum {
  value: number;
  /** The formatted value drawn next to the bar. */
  label: string;
}

export interface BarRowInput {
  key: string;
  label: string;
  bars: BarDatum[];
  /** Text in the right-hand column (the cohort chart's payback). */
  aside?: string;
  /** Indent the label (actors that are part of "staten totalt"). */
  indent?: boolean;
}

export interface PlacedBar {
  series: number;
  value: number;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

export interface PlacedRow {
  key: string;
  /** The label, whole. */
  label: string;
  fullLabel: string;
  /** The label broken into the lines it is drawn in (one unless it is too long for its room). */
  lines: string[];
  labelX: number;
  labelY: number;
  aside?: string;
  asideY: number;
  top: number;
  bottom: number;
  bars: PlacedBar[];
}

export interface BarLayout {
  width: number;
  height: number;
  narrow: boolean;
  x: ScaleLinear<number, number>;
  /** x of the zero line. */
  zero: number;
  ticks: number[];
  plotTop: number;
  /** y of the axis line (below the last row). */
  axisY: number;
  /** x (anchor end) of the right-hand column, when there is one. */
  asideX: number;
  rows: PlacedRow[];
  /** Tick label formatter (from `tickFormat`). */
  format: (v: number) => string;
}

export interface BarLayoutOptions {
  width: number;
  rows: readonly BarRowInput[];
  /** Space above the first row (a legend, a column header). */
  top?: number;
  /** Width reserved on the right for the `aside` column. */
  asideWidth?: number;
  /** Px of plot width per tick, at most. */
  tickSpacing?: number;
  /** Builds the tick label formatter from the ticks; labels must not collide. */
  tickFormat?: (ticks: readonly number[]) => (v: number) => string;
}

const INDENT = 12;
const PAD = 4;
const LABEL_GAP = 5;

/**
 * Place horizontal bars, one row per category and one bar per series in a
 * row, on a linear x scale that includes 0 (negative values go left). The
 * range leaves room for the value labels beyond the longest bars on each side.
 */
export function barLayout(o: BarLayoutOptions): BarLayout {
  const width = Math.max(240, o.width);
  const narrow = width < NARROW;
  const series = Math.max(1, ...o.rows.map((r) => r.bars.length));
  const barH = series === 1 ? 18 : 13;
  const barGap = 2;
  const groupH = series * barH + (series - 1) * barGap;
  const labelBand = narrow ? FONT + 6 : 0;
  const rowGap = series === 1 ? 9 : 12;
  const top = o.top ?? 8;
  const asideW = o.asideWidth ?? 0;

  const labelW = Math.max(
    0,
    ...o.rows.map((r) => textWidth(r.label, FONT) + (r.indent ? INDENT : 0)),
  );
  const labelColumn = narrow ? 0 : Math.min(labelW, Math.round(width * 0.36)) + 10;
  const plotLeft = PAD + labelColumn;
  const plotRight = width - PAD - asideW;

  const bars = o.rows.flatMap((r) => r.bars);
  const values = bars.map((b) => b.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const negRoom = Math.max(
    0,
    ...bars.filter((b) => b.value < 0).map((b) => textWidth(b.label) + LABEL_GAP + 2),
  );
  const posRoom = Math.max(
    0,
    ...bars.filter((b) => b.value >= 0).map((b) => textWidth(b.label) + LABEL_GAP + 2),
  );
  let rangeLo = plotLeft + negRoom;
  let rangeHi = plotRight - posRoom;
  if (rangeHi - rangeLo < 40) {
    // Too narrow for the labels: give the bars at least some room.
    const mid = (plotLeft + plotRight) / 2;
    rangeLo = Math.min(rangeLo, mid - 20);
    rangeHi = Math.max(rangeHi, mid + 20);
  }
  // Round the domain to a finer step than the ticks, so it hugs the data on narrow screens.
  const tickCount = Math.max(2, Math.floor((rangeHi - rangeLo) / (o.tickSpacing ?? 90)));
  const x = scaleLinear()
    .domain(lo === hi ? [0, 1] : [lo, hi])
    .range([rangeLo, rangeHi])
    .nice(Math.max(4, tickCount));
  const zero = x(0);
  const { ticks, format } = fittingTicks(x, tickCount, o.tickFormat);

  let y = top;
  const rows: PlacedRow[] = o.rows.map((r) => {
    const indent = r.indent ? INDENT : 0;
    const lines = wrapText(r.label, (narrow ? width - 2 * PAD : labelColumn - 10) - indent);
    const linesH = (lines.length - 1) * LINE_HEIGHT;
    const rowTop = y;
    // Beside the bars, a label of several lines makes its row taller and the bars centre on it.
    const block = narrow ? groupH : Math.max(groupH, linesH + FONT + 2);
    const groupTop = rowTop + (narrow ? labelBand + linesH : (block - groupH) / 2);
    const placed: PlacedBar[] = r.bars.map((b, i) => {
      const by = groupTop + i * (barH + barGap);
      const end = x(b.value);
      const neg = b.value < 0;
      return {
        series: i,
        value: b.value,
        label: b.label,
        x: Math.min(zero, end),
        y: by,
        width: Math.abs(end - zero),
        height: barH,
        labelX: neg ? end - LABEL_GAP : end + LABEL_GAP,
        labelY: by + barH / 2,
        anchor: neg ? 'end' : 'start',
      };
    });
    const bottom = narrow ? groupTop + groupH : rowTop + block;
    y = bottom + rowGap;
    return {
      key: r.key,
      label: r.label,
      fullLabel: r.label,
      lines,
      labelX: PAD + indent,
      // The first line's position: above the bars on phones, else centred on the row.
      labelY: narrow ? rowTop + FONT - 1 : groupTop + groupH / 2 - linesH / 2,
      aside: r.aside,
      asideY: groupTop + groupH / 2,
      top: rowTop,
      bottom,
      bars: placed,
    };
  });
  const axisY = y - rowGap + 6;
  return {
    width,
    height: axisY + 2 * FONT + 22,
    narrow,
    x,
    zero,
    ticks,
    plotTop: top,
    axisY,
    asideX: width - PAD,
    rows,
    format,
  };
}

/**
 * Ticks whose labels do not collide: fewer ticks until the gap between
 * neighbours holds the widest label. `tickFormat` builds the label formatter
 * from the ticks (the decimals depend on the step).
 */
export function fittingTicks(
  x: ScaleLinear<number, number>,
  count: number,
  tickFormat: (ticks: readonly number[]) => (v: number) => string = () => String,
): { ticks: number[]; format: (v: number) => string } {
  for (let n = count; ; n--) {
    const ticks = x.ticks(Math.max(1, n));
    const format = tickFormat(ticks);
    const widest = Math.max(0, ...ticks.map((t) => textWidth(format(t))));
    const gap = ticks.length > 1 ? Math.abs(x(ticks[1]) - x(ticks[0])) : Infinity;
    if (gap >= widest + 8 || n <= 1) return { ticks, format };
  }
}

export interface LegendItemInput {
  key: string;
  text: string;
  /** Width of the swatch drawn before the text. */
  swatch?: number;
}

export interface PlacedLegendItem {
  key: string;
  text: string;
  x: number;
  y: number;
}

/**
 * Flow legend items left to right, wrapping to a new line when the next item
 * would not fit in `width`. `y` is the vertical centre of each line.
 */
export function flowLegend(
  items: readonly LegendItemInput[],
  width: number,
  top = 0,
  left = PAD,
): { items: PlacedLegendItem[]; height: number } {
  const lineH = FONT + 8;
  const gap = 18;
  let x = left;
  let line = 0;
  const placed = items.map((it) => {
    const w = (it.swatch ?? 14) + 6 + textWidth(it.text);
    if (x > left && x + w > width - PAD) {
      x = left;
      line += 1;
    }
    const p = { key: it.key, text: it.text, x, y: top + line * lineH + lineH / 2 };
    x += w + gap;
    return p;
  });
  return { items: placed, height: items.length ? (line + 1) * lineH : 0 };
}

/**
 * Move label positions apart so no two are closer than `gap`, keeping their
 * order and staying within [min, max] where possible (labels at line ends).
 */
export function dodge(positions: readonly number[], gap: number, min: number, max: number) {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const out = order.map((o) => Math.min(max, Math.max(min, o.p)));
  for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k], out[k - 1] + gap);
  const overflow = out.length ? out[out.length - 1] - max : 0;
  if (overflow > 0) {
    out[out.length - 1] = max;
    for (let k = out.length - 2; k >= 0; k--) out[k] = Math.min(out[k], out[k + 1] - gap);
  }
  const result = new Array<number>(positions.length);
  order.forEach((o, k) => (result[o.i] = out[k]));
  return result;
}

/** "a, b och c" in the current language, for the text alternatives. */
export function joinList(items: readonly string[], separator: string, last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
}
