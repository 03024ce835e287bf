/**
 * The threat's moving marker (the kill chain and the tour move it along the path): where it is at
 * a given progress, and how big it is. Apart from scene.ts so that the browser code that moves it
 * (controller.ts, ThreatPaths.svelte) does not bundle what builds the scene at build time (the
 * curve fitting in trajectory.ts).
 */
import type { Point } from './frame.ts';
import { round } from '../../lib/numbers.ts';
import type { LayeredScene, LayoutName } from './scene.ts';
import type { DiagramThreat } from '../../lib/vocabulary.ts';

/** The point `progress` (0..1) of the way along sampled path points, interpolated linearly. */
export function pointAlong(samples: readonly Point[], progress: number): Point {
  const position = Math.min(Math.max(progress, 0), 1) * (samples.length - 1);
  const index = Math.min(Math.floor(position), samples.length - 2);
  const within = position - index;
  const a = samples[index];
  const b = samples[index + 1];
  return { x: round(a.x + (b.x - a.x) * within), y: round(a.y + (b.y - a.y) * within) };
}

/** The radius of the threat's marker, for a layout: a little smaller than a mark's glyph. */
export function markerRadius(scene: Pick<LayeredScene, 'markRadius'>): number {
  return scene.markRadius * 0.8;
}

/** Where the threat's marker can go in each layout (for the controller, in views that move it). */
export function markerPaths(
  scenes: Record<LayoutName, LayeredScene>,
): Partial<Record<LayoutName, { radius: number; samples: Record<DiagramThreat, Point[]> }>> {
  return Object.fromEntries(
    Object.values(scenes)
      .filter((scene) => scene.pathSamples)
      .map((scene) => [scene.layout, { radius: markerRadius(scene), samples: scene.pathSamples! }]),
  );
}
