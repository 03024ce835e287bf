/**
 * The height of an embed's frame where the host strips scripts, with CSS alone. The registry
 * (src/diagrams/registry.ts) holds each embed page's content height measured at several widths;
 * content grows taller as the frame narrows (text wraps, diagrams switch to their narrow
 * layouts), and not in a straight line. The frame's height is the larger of two lines,
 * height = ratio × width + extra, chosen to be at or above every measurement with as little
 * blank as two lines allow; a single line that is also at or above every measurement is the
 * fallback for hosts whose sanitiser drops CSS max().
 */

/** [width, content height] in CSS pixels. */
export type Measurement = readonly [number, number];

export interface Line {
  ratio: number;
  extra: number;
}

export interface EmbedShape {
  /** The frame's widest width (its max-width). */
  width: number;
  /** One or two lines; the frame is as tall as the highest at its width. */
  lines: Line[];
  /** One line at or above every measurement. */
  fallback: Line;
}

const at = (line: Line, width: number) => line.ratio * width + line.extra;

/** The line through the narrowest and widest measurement, raised until it is at or above every one, plus a margin. */
export function raisedLine(points: readonly Measurement[], margin: number): Line {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  const ratio = last[0] === first[0] ? 0 : Math.round(((last[1] - first[1]) / (last[0] - first[0])) * 1000) / 1000;
  return { ratio, extra: Math.ceil(Math.max(...sorted.map(([width, height]) => height - ratio * width)) + margin) };
}

/** The frame's height at a width: the highest of the lines, at no more than the shape's width. */
export function frameHeight(lines: readonly Line[], width: number, maxWidth: number): number {
  const w = Math.min(width, maxWidth);
  return Math.round(Math.max(...lines.map((line) => at(line, w))));
}

/** Fit the shape to measurements (at least one), with `margin` pixels to spare at each. */
export function fitEmbedShape(measured: readonly Measurement[], maxWidth: number, margin = 24): EmbedShape {
  if (measured.length === 0) throw new Error('fitEmbedShape: no measurements');
  const points = [...measured].sort((a, b) => a[0] - b[0]);
  const fallback = raisedLine(points, margin);
  const blank = (lines: Line[]) => points.reduce((sum, [width, height]) => sum + frameHeight(lines, width, maxWidth) - height, 0);
  let lines = [fallback];
  // Two lines, split at each inner measurement (shared by both); keep the split with least blank.
  for (let split = 1; split < points.length - 1; split++) {
    const candidate = [raisedLine(points.slice(0, split + 1), margin), raisedLine(points.slice(split), margin)];
    if (blank(candidate) < blank(lines)) lines = candidate;
  }
  return { width: maxWidth, lines, fallback };
}

const percent = (line: Line) => `calc(${Math.round(line.ratio * 1000) / 10}% + ${line.extra}px)`;

/**
 * The inline style of the box that holds the iframe: its padding, a percentage of its container's
 * width (so the box must sit in a container exactly as wide as the frame), makes its height.
 */
export function frameBoxStyle(shape: EmbedShape): string {
  const fallback = `padding-bottom:${percent(shape.fallback)};`;
  const best = shape.lines.length > 1 ? `padding-bottom:max(${shape.lines.map(percent).join(',')});` : '';
  return `position:relative;height:0;${fallback}${best}`;
}
