/**
 * Where the kill chain's playback goes next, as numbers: the moments a reduced-motion play jumps
 * between, and a step that stays inside the flight. Pure; the Playback class
 * (playback.svelte.ts) drives it with the browser's clock.
 */
import type { PhaseSpan } from './model.ts';

/** Launch, each phase's end, and every `every` seconds in between, in order, each once. */
export function keyMoments(phases: readonly Pick<PhaseSpan, 'end'>[], total: number, every = 300): number[] {
  const moments = [0, ...phases.map((phase) => phase.end)];
  for (let t = every; t < total; t += every) moments.push(t);
  return [...new Set(moments)].sort((a, b) => a - b);
}

/** The first moment after `position`, or null at the end. */
export function nextMoment(moments: readonly number[], position: number): number | null {
  return moments.find((moment) => moment > position) ?? null;
}

/** `position` moved by `delta`, kept within 0..max. */
export function stepWithin(position: number, delta: number, max: number): number {
  return Math.min(max, Math.max(0, position + delta));
}
