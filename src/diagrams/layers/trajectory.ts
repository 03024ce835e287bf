/**
 * The shape of a threat's path on the layered defense diagram, in diagram coordinates
 * (src/lib/diagram/frame.ts). Schematic, not ballistics: each shape shows the feature a student
 * needs to see, as the sources describe it:
 *   ballistic  — a high arc through space (MDA: boost, a long midcourse, a short terminal phase);
 *   hypersonic — a rocket boost, then a long, low glide that can manoeuvre (CRS IF11623);
 *   cruise     — low and flat, close to the Earth's surface (CBO 2021).
 */
import { line, curveCatmullRom } from 'd3-shape';
import type { Frame, FramePoint } from './frame.ts';
import type { DiagramThreat } from '../../lib/schema/vocabulary.ts';

/** Where the path starts and ends along the ground (range 0..1). */
export interface PathEnds {
  launch: number;
  target: number;
}

/** Hermite smoothstep: 0 below a, 1 above b, smooth in between. */
function smoothstep(a: number, b: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
}

/** Height of each path at progress t ∈ [0, 1] from launch to target. */
export const HEIGHT_PROFILES: Record<DiagramThreat, (t: number) => number> = {
  // A symmetric arc whose top reaches above the low orbits.
  ballistic: (t) => 0.74 * Math.sin(Math.PI * t) ** 0.85,
  // Climb on the rocket, pull down into a glide with gentle skips, then dive onto the target.
  hypersonic: (t) => {
    const boost = 0.3 * Math.sin(Math.PI * Math.min(t / 0.24, 1) * 0.5) ** 1.2;
    const glide = 0.1 - 0.025 * t + 0.012 * Math.sin(t * Math.PI * 6);
    const intoGlide = smoothstep(0.1, 0.26, t);
    const dive = 1 - smoothstep(0.86, 1, t);
    return ((1 - intoGlide) * boost + intoGlide * glide) * dive;
  },
  // Up to a low cruising height at once, flat, then down.
  cruise: (t) => 0.04 * smoothstep(0, 0.05, t) * (1 - smoothstep(0.95, 1, t)),
};

/** The point of a threat's path above `range` (clamped to the path's ends). */
export function pointOnPath(threat: DiagramThreat, ends: PathEnds, range: number): FramePoint {
  const t = Math.min(1, Math.max(0, (range - ends.launch) / (ends.target - ends.launch)));
  return { range: ends.launch + (ends.target - ends.launch) * t, height: Math.max(0, HEIGHT_PROFILES[threat](t)) };
}

/** The point of a threat's path at progress t ∈ [0, 1] from launch to target. */
function pathPointAt(threat: DiagramThreat, ends: PathEnds, t: number): FramePoint {
  return { range: ends.launch + (ends.target - ends.launch) * t, height: Math.max(0, HEIGHT_PROFILES[threat](t)) };
}

/** Sample a path as diagram points, evenly from launch to target. */
export function trajectoryPoints(threat: DiagramThreat, ends: PathEnds, samples = 48): FramePoint[] {
  return Array.from({ length: samples + 1 }, (_, index) => pathPointAt(threat, ends, index / samples));
}

/**
 * The fewest points, in the frame, that follow a threat's path to within `tolerance` user units:
 * the path is split in eight, and each piece in half again while its middle strays from the
 * straight line between its ends by more than the tolerance. Sharp turns (the launch, the
 * hypersonic glide's skips, the dive onto the target) get many points, smooth stretches few.
 */
export function pathVertices(frame: Frame, threat: DiagramThreat, ends: PathEnds, tolerance: number): { x: number; y: number }[] {
  const at = (t: number) => frame.project(pathPointAt(threat, ends, t));
  const vertices = [at(0)];
  const refine = (t0: number, t1: number, depth: number) => {
    const a = at(t0);
    const b = at(t1);
    const middle = at((t0 + t1) / 2);
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const offLine = Math.abs((b.x - a.x) * (a.y - middle.y) - (a.x - middle.x) * (b.y - a.y)) / length;
    if (depth < 10 && (offLine > tolerance || depth < 3)) {
      refine(t0, (t0 + t1) / 2, depth + 1);
      refine((t0 + t1) / 2, t1, depth + 1);
    } else {
      vertices.push(b);
    }
  };
  refine(0, 1, 0);
  return vertices;
}

/**
 * How far (user units) the points of the drawn path may let it stray from the exact profile
 * before a Catmull-Rom curve smooths it: a unit test checks the curve stays inside the drawn
 * stroke. A finer tolerance only adds bytes to every page that draws the diagram.
 */
export const PATH_TOLERANCE = 0.5;

/** The SVG path of a threat in a frame: projected points joined by a smooth curve, to 0.1 user unit. */
export function trajectoryPath(frame: Frame, threat: DiagramThreat, ends: PathEnds): string {
  const points = pathVertices(frame, threat, ends, PATH_TOLERANCE);
  const path = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y)
    .digits(1)
    .curve(curveCatmullRom)(points);
  return path ?? '';
}
