/**
 * The geometry of the cost chart on /costs/: every published estimate as a range (or a point) on
 * one logarithmic axis of billions of dollars, one row each, labelled with who estimated what. Two
 * layouts, as the layered diagram has: `wide`, the label beside its bar, and `narrow`, the label
 * above it, so that the text keeps a readable size on a phone without the SVG scaling it down.
 * Pure: numbers and strings from the estimates; src/components/debate/CostChart.astro draws them.
 */
import { scaleLog } from 'd3-scale';
import { formatBillions, formatCostRange } from './costs.ts';
import { formatLongDate } from './dates.ts';
import type { CostEstimate } from './schema/debate.ts';

export type CostChartLayoutName = 'wide' | 'narrow';

/** Sizes of each layout, in SVG units (the viewBox is drawn at about one unit per CSS pixel). */
export const COST_CHART_LAYOUTS = {
  wide: { width: 760, labelWidth: 300, rowHeight: 46, labelChars: 40 },
  narrow: { width: 360, labelWidth: 0, rowHeight: 30, labelChars: 40 },
} as const;

/** Line height of a label line, and the axis band at the foot. */
const LINE = 17;
const AXIS = 46;
const PAD = 14;

export interface CostChartRow {
  id: string;
  kind: CostEstimate['kind'];
  /** The label's lines ("CBO, May 12, 2026", then what it covers in a few words). */
  lines: string[];
  /** Top of the row's label (narrow) or of the row (wide). */
  top: number;
  /** The bar's centre line, its ends (equal for a single figure) and whether it is a point. */
  y: number;
  x1: number;
  x2: number;
  point: boolean;
  /** "$161 billion to $542 billion". */
  value: string;
  /**
   * Where the value text goes: after the bar, or before it when the bar runs to the right edge;
   * null when neither has room (a phone's narrow layout): then it is the label's last line.
   */
  valueAt: { x: number; anchor: 'start' | 'end' } | null;
}

export interface CostChart {
  width: number;
  height: number;
  rows: CostChartRow[];
  /** Tick labels; the ones at the ends are anchored inward, so that they stay inside the picture. */
  ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  /** The axis line's y and its ends. */
  axis: { y: number; x1: number; x2: number };
}

/** Words to lines of at most `max` characters (a word longer than that gets a line of its own). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The row's label: who and when, then the system it prices (the first clause of `covers`). */
export function costLabel(estimate: CostEstimate): string {
  const system = estimate.covers.split(/[.;:,(]/)[0].trim();
  return `${estimate.short}, ${formatLongDate(estimate.date)}: ${system}`;
}

/** Powers of ten and their halves and doubles inside the domain, as "$100 billion", "$1 trillion". */
function tickValues(low: number, high: number): number[] {
  const values: number[] = [];
  for (let power = 10 ** Math.floor(Math.log10(low)); power <= high; power *= 10)
    for (const step of [1, 2, 5]) if (power * step >= low && power * step <= high) values.push(power * step);
  return values;
}

/** The chart for `estimates` in the order given (the page passes them by date). */
export function costChart(estimates: readonly CostEstimate[], layout: CostChartLayoutName): CostChart {
  const { width, labelWidth, rowHeight, labelChars } = COST_CHART_LAYOUTS[layout];
  const lows = estimates.map((estimate) => estimate.low);
  const highs = estimates.map((estimate) => estimate.high ?? estimate.low);
  // A little room beyond the extremes, and whole powers of ten at the ends when they are near.
  const domain: [number, number] = [10 ** Math.floor(Math.log10(Math.min(...lows, 100))), Math.max(...highs) * 1.6];
  const barLeft = layout === 'wide' ? labelWidth + PAD : PAD;
  const barRight = width - PAD;
  const x = scaleLog().domain(domain).range([barLeft, barRight]);
  let top = PAD;
  const rows = estimates.map((estimate) => {
    const value = formatCostRange(estimate);
    const x1 = x(estimate.low);
    const x2 = x(estimate.high ?? estimate.low);
    // The value reads after the bar, else before it (about 7 units a character), else in the label.
    const extent = value.length * 7;
    const valueAt =
      x2 + 10 + extent <= barRight
        ? { x: x2 + 10, anchor: 'start' as const }
        : x1 - 10 - extent >= (layout === 'wide' ? barLeft : 0)
          ? { x: x1 - 10, anchor: 'end' as const }
          : null;
    const lines = [...wrapWords(costLabel(estimate), labelChars), ...(valueAt ? [] : [value])];
    const labelHeight = lines.length * LINE;
    // Wide: the bar sits at the middle of the label beside it. Narrow: below the label.
    const height = layout === 'wide' ? Math.max(rowHeight, labelHeight + 8) : labelHeight + rowHeight;
    const y = layout === 'wide' ? top + height / 2 : top + labelHeight + rowHeight / 2 - 2;
    const row: CostChartRow = {
      id: estimate.id,
      kind: estimate.kind,
      lines,
      top,
      y,
      x1,
      x2,
      point: estimate.high === undefined,
      value,
      valueAt,
    };
    top += height + 6;
    return row;
  });
  const axisY = top + 6;
  const ticks = tickValues(domain[0], domain[1])
    .filter((value) => value >= domain[0])
    .map((value) => {
      const label = formatBillions(value).replace(' billion', 'B').replace(' trillion', 'T');
      const half = (label.length * 7) / 2;
      const at = x(value);
      const anchor = at - half < 0 ? 'start' : at + half > width ? 'end' : 'middle';
      return { x: anchor === 'start' ? Math.max(at, 2) : at, label, anchor } as const;
    });
  return { width, height: axisY + AXIS, rows, ticks, axis: { y: axisY, x1: barLeft, x2: barRight } };
}
