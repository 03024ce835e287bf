/**
 * The overview strip above the history list: two time panels (the long run-up, and the months
 * since the order), because a single linear axis would crush the 2025 events into a dot. Dots
 * that would touch are lifted onto a second or third row.
 */
import { scaleTime } from 'd3-scale';
import { dateValue, type ResolvedEvent } from './model.ts';

export interface StripPanel {
  label: string;
  x0: number;
  x1: number;
  ticks: { x: number; label: string }[];
}

export interface StripDot {
  id: string;
  x: number;
  row: number;
  derived: boolean;
}

export interface HistoryStrip {
  width: number;
  panels: StripPanel[];
  dots: StripDot[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Lay out the strip; `splitYear` is the first year of the second panel. */
export function buildHistoryStrip(events: readonly ResolvedEvent[], width = 900, splitYear = 2025, minGap = 14): HistoryStrip {
  const early = events.filter((event) => Number(event.date.slice(0, 4)) < splitYear);
  const late = events.filter((event) => Number(event.date.slice(0, 4)) >= splitYear);
  const gap = 40;
  const earlyWidth = Math.round((width - gap) * 0.38);
  const panels: StripPanel[] = [];
  const dots: StripDot[] = [];
  const place = (
    items: readonly ResolvedEvent[],
    x0: number,
    x1: number,
    label: string,
    tickFormat: (date: Date) => string,
    tickCount: number,
  ) => {
    if (items.length === 0) return;
    const values = items.map((event) => dateValue(event.date));
    const start = new Date(Math.min(...values.map(Number)));
    const end = new Date(Math.max(...values.map(Number)));
    const scale = scaleTime()
      .domain([start, end])
      .range([x0 + 8, x1 - 8])
      .nice();
    panels.push({ label, x0, x1, ticks: scale.ticks(tickCount).map((tick) => ({ x: Math.round(scale(tick)), label: tickFormat(tick) })) });
    const lastXByRow: number[] = [];
    for (const event of items) {
      const x = Math.round(scale(dateValue(event.date)) * 10) / 10;
      let row = 0;
      while (lastXByRow[row] !== undefined && x - lastXByRow[row] < minGap) row++;
      lastXByRow[row] = x;
      dots.push({ id: event.id, x, row, derived: event.derived });
    }
  };
  place(early, 0, earlyWidth, 'Before the order', (date) => String(date.getUTCFullYear()), 4);
  place(late, earlyWidth + gap, width, 'Since the order', (date) => `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`, 5);
  return { width, panels, dots };
}
