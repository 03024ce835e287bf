/**
 * The shape of a threat's path on the layered defense diagram, in diagram coordinates
 * (src/diagrams/layers/frame.ts). Schematic, not ballistics: each shape shows the feature a student
 * needs to see, as the sources describe it:
 *   ballistic  — a high arc through space (MDA: boost, a long midcourse, a short terminal phase);
 *   hypersonic — a rocket boost, then a long, low glide that can manoeuvre (CRS IF11623);
 *   cruise     — low and flat, close to the Earth's surface (CBO 2021).
 */
import fitCurve from 'fit-curve';
import type { Frame, FramePoint } from './frame.ts';
import type { DiagramThreat } from '../../lib/vocabulary.ts';
import { compactPathData } from '../../lib/path-data.ts';

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

/** How many points of the exact profile the curve fit follows; far more than the curve needs. */
const FIT_SAMPLES = 400;

/**
 * How far (user units) the drawn path may stray from the exact profile. The path's stroke is 3.5
 * units wide (layered.css), so a quarter of that draws the same line at any size; a looser fit only
 * saves bytes the reader would see as a kink, a tighter one adds bytes to every page that draws
 * the diagram (both layouts are in the page, with three threats each).
 */
export const PATH_TOLERANCE = 0.5;

/**
 * The SVG path of a threat in a frame: the fewest cubic Bézier segments that follow the exact
 * profile to within `tolerance` (fit-curve, Schneider's algorithm from Graphics Gems, which
 * splits the curve where it turns sharply: the launch, the hypersonic glide's skips, the dive), in
 * relative coordinates to 0.1 user unit (svgpath rounds so the error does not add up along the path).
 * An interpolating curve through evenly spaced points needed about three times the bytes for the
 * same fidelity.
 */
export function trajectoryPath(frame: Frame, threat: DiagramThreat, ends: PathEnds, tolerance = PATH_TOLERANCE): string {
  const points = trajectoryPoints(threat, ends, FIT_SAMPLES).map((point) => {
    const { x, y } = frame.project(point);
    return [x, y] as [number, number];
  });
  const segments = fitCurve(points, tolerance ** 2);
  const [start] = segments[0];
  const absolute = `M${start[0]},${start[1]}${segments.map(([, c1, c2, end]) => `C${c1},${c2},${end}`).join('')}`;
  return compactPathData(absolute);
}
