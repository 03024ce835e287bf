/**
 * Label placement for annotated diagrams: each label is put at the first of a list of candidate
 * positions around its mark that stays inside the allowed area and overlaps no mark, no other
 * obstacle and no label placed before it. Greedy and deterministic, which is enough for the dozen
 * labels of a diagram and keeps the result stable between builds (snapshot tests rely on it).
 * When no candidate fits, it throws, naming the label: a crowded diagram fails the build rather
 * than shipping overlapping text.
 *
 * Text width is estimated from the character count; the estimate errs wide, and an end-to-end
 * test measures the real rendered boxes.
 */
import type { Point } from './frame.ts';
import { round } from '../../lib/numbers.ts';
import { DIRECTIONS } from '../../lib/vocabulary.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Direction = (typeof DIRECTIONS)[number];

export interface LabelRequest {
  id: string;
  /** Centre of the mark the label names. */
  anchor: Point;
  /** The label's lines, top to bottom. */
  lines: readonly string[];
  fontSize: number;
  /** Radius around the anchor that the mark occupies; labels start beyond it. */
  clearance: number;
  /** Directions to try first, in order; the rest follow in DIRECTIONS order. */
  prefer?: readonly Direction[];
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /** Where each line's text starts (the x of `text-anchor: start`) and its baseline. */
  lines: { text: string; x: number; y: number }[];
  /** A leader line from the mark's edge to the label, when the label is not right beside it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface PlacementOptions {
  /** Areas no label may touch (marks, paths, other text). */
  obstacles: readonly Box[];
  /** Extra rule for where a label may go (e.g. above the ground); default: anywhere. */
  allowed?: (box: Box) => boolean;
  /** Empty space kept around every label. */
  gap?: number;
  /** Distances from the mark's edge to try, nearest first. */
  distances?: readonly number[];
}

/** Average advance of a character in the site's sans-serif, as a share of the font size (errs wide). */
export const CHARACTER_WIDTH = 0.6;
export const LINE_HEIGHT = 1.2;
const LABEL_PADDING = 3;

export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHARACTER_WIDTH;
}

/** The size of a label's box, padding included. */
export function labelSize(lines: readonly string[], fontSize: number): { width: number; height: number } {
  const width = Math.max(...lines.map((text) => estimateTextWidth(text, fontSize))) + 2 * LABEL_PADDING;
  return { width, height: lines.length * fontSize * LINE_HEIGHT + 2 * LABEL_PADDING };
}

/** Whether two boxes overlap, or come closer than `gap`. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** A square box around a point: how marks and path samples become obstacles. */
export function boxAround(point: Point, radius: number): Box {
  return { x: point.x - radius, y: point.y - radius, width: 2 * radius, height: 2 * radius };
}

const UNIT: Record<Direction, Point> = {
  e: { x: 1, y: 0 },
  w: { x: -1, y: 0 },
  n: { x: 0, y: -1 },
  s: { x: 0, y: 1 },
  ne: { x: Math.SQRT1_2, y: -Math.SQRT1_2 },
  nw: { x: -Math.SQRT1_2, y: -Math.SQRT1_2 },
  se: { x: Math.SQRT1_2, y: Math.SQRT1_2 },
  sw: { x: -Math.SQRT1_2, y: Math.SQRT1_2 },
};

/** The box of a label of `size` whose nearest side or corner is `distance` from `anchor` towards `direction`. */
export function candidateBox(anchor: Point, size: { width: number; height: number }, direction: Direction, distance: number): Box {
  const unit = UNIT[direction];
  const reach = { x: anchor.x + unit.x * distance, y: anchor.y + unit.y * distance };
  const x = unit.x > 0 ? reach.x : unit.x < 0 ? reach.x - size.width : reach.x - size.width / 2;
  const y = unit.y > 0 ? reach.y : unit.y < 0 ? reach.y - size.height : reach.y - size.height / 2;
  return { x, y, width: size.width, height: size.height };
}

/** The point of `box` nearest to `point`. */
export function nearestPointOnBox(box: Box, point: Point): Point {
  return {
    x: Math.min(Math.max(point.x, box.x), box.x + box.width),
    y: Math.min(Math.max(point.y, box.y), box.y + box.height),
  };
}

const DEFAULT_DISTANCES = [4, 16, 34, 56, 84, 120];

/** Place every label; throws when one cannot be placed. Labels are placed in the order given. */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const gap = options.gap ?? 4;
  const distances = options.distances ?? DEFAULT_DISTANCES;
  const allowed = options.allowed ?? (() => true);
  const placed: PlacedLabel[] = [];

  for (const request of requests) {
    const size = labelSize(request.lines, request.fontSize);
    const order = [...(request.prefer ?? []), ...DIRECTIONS.filter((d) => !request.prefer?.includes(d))];
    let chosen: Box | null = null;
    search: for (const distance of distances) {
      for (const direction of order) {
        const box = candidateBox(request.anchor, size, direction, request.clearance + distance);
        if (!allowed(box)) continue;
        if (options.obstacles.some((obstacle) => boxesOverlap(box, obstacle, gap))) continue;
        if (placed.some((other) => boxesOverlap(box, other.box, gap))) continue;
        chosen = box;
        break search;
      }
    }
    if (!chosen) throw new Error(`No room for the label "${request.lines.join(' ')}" (${request.id}) on the diagram.`);

    const lineHeight = request.fontSize * LINE_HEIGHT;
    const lines = request.lines.map((text, index) => ({
      text,
      x: round(chosen.x + LABEL_PADDING),
      // Baseline: the line's top plus about 0.85 of the font size (cap height plus a little).
      y: round(chosen.y + LABEL_PADDING + index * lineHeight + request.fontSize * 0.9),
    }));
    const end = nearestPointOnBox(chosen, request.anchor);
    const length = Math.hypot(end.x - request.anchor.x, end.y - request.anchor.y);
    const leader =
      length > request.clearance + 10
        ? {
            x1: round(request.anchor.x + ((end.x - request.anchor.x) / length) * (request.clearance + 2)),
            y1: round(request.anchor.y + ((end.y - request.anchor.y) / length) * (request.clearance + 2)),
            x2: round(end.x),
            y2: round(end.y),
          }
        : null;
    placed.push({
      id: request.id,
      box: { x: round(chosen.x), y: round(chosen.y), width: round(chosen.width), height: round(chosen.height) },
      lines,
      leader,
    });
  }
  return placed;
}
