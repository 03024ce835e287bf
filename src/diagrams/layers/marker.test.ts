import { describe, expect, it } from 'vitest';
import { markerPaths, markerRadius, pointAlong } from './marker.ts';
import type { LayeredScene } from './scene.ts';

const samples = [
  { x: 0, y: 0 },
  { x: 10, y: 0 },
  { x: 10, y: 20 },
];

describe("the threat's marker", () => {
  it('is at the ends of the path at progress 0 and 1, and clamps beyond them', () => {
    expect(pointAlong(samples, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAlong(samples, 1)).toEqual({ x: 10, y: 20 });
    expect(pointAlong(samples, -3)).toEqual({ x: 0, y: 0 });
    expect(pointAlong(samples, 7)).toEqual({ x: 10, y: 20 });
  });

  it('moves linearly between samples', () => {
    expect(pointAlong(samples, 0.25)).toEqual({ x: 5, y: 0 });
    expect(pointAlong(samples, 0.75)).toEqual({ x: 10, y: 10 });
  });

  it('is a little smaller than a mark, and only goes where a scene kept its samples', () => {
    expect(markerRadius({ markRadius: 10 })).toBe(8);
    const withSamples = { layout: 'wide', markRadius: 11, pathSamples: { ballistic: samples, hypersonic: samples, cruise: samples } };
    const without = { layout: 'narrow', markRadius: 10 };
    const paths = markerPaths({ wide: withSamples, narrow: without } as unknown as Record<'wide' | 'narrow', LayeredScene>);
    expect(Object.keys(paths)).toEqual(['wide']);
    expect(paths.wide!.radius).toBeCloseTo(8.8);
  });
});
