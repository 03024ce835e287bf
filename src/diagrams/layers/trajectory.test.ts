import { describe, expect, it } from 'vitest';
import { HEIGHT_PROFILES, pointOnPath, trajectoryPath, trajectoryPoints } from './trajectory.ts';
import { DIAGRAM_THREATS } from '../../lib/schema/vocabulary.ts';
import { createFrame } from './frame.ts';

const ends = { launch: 0.1, target: 0.9 };
const peak = (threat: (typeof DIAGRAM_THREATS)[number]) => Math.max(...trajectoryPoints(threat, ends, 200).map((p) => p.height));

describe('trajectory shapes', () => {
  it.each(DIAGRAM_THREATS)('%s starts at the launch site and ends at the target, on the ground', (threat) => {
    const points = trajectoryPoints(threat, ends);
    expect(points[0]).toEqual({ range: 0.1, height: 0 });
    expect(points.at(-1)!.range).toBeCloseTo(0.9);
    expect(points.at(-1)!.height).toBeCloseTo(0, 5);
    expect(points.every((p) => p.height >= 0 && p.height <= 1)).toBe(true);
  });

  it('orders the peaks: ballistic high, hypersonic lower, cruise lowest', () => {
    expect(peak('ballistic')).toBeGreaterThan(0.6);
    expect(peak('hypersonic')).toBeLessThan(peak('ballistic') / 2);
    expect(peak('cruise')).toBeLessThan(0.06);
  });

  it('gives the ballistic arc its top in the middle', () => {
    expect(HEIGHT_PROFILES.ballistic(0.5)).toBeCloseTo(peak('ballistic'), 2);
  });

  it('gives the hypersonic path a long low glide after its boost', () => {
    const glide = [0.35, 0.5, 0.65, 0.8].map((t) => HEIGHT_PROFILES.hypersonic(t));
    expect(Math.max(...glide)).toBeLessThan(0.13);
    expect(Math.min(...glide)).toBeGreaterThan(0.05);
    expect(HEIGHT_PROFILES.hypersonic(0.15)).toBeGreaterThan(Math.max(...glide));
  });

  it('keeps the cruise path flat for most of the flight', () => {
    const cruise = [0.1, 0.3, 0.5, 0.7, 0.9].map((t) => HEIGHT_PROFILES.cruise(t));
    expect(new Set(cruise.map((h) => h.toFixed(4))).size).toBe(1);
  });

  it.each([
    [0.5, 0.5],
    [0, 0.1],
    [1, 0.9],
  ])('pointOnPath clamps range %f to the path (→ %f)', (range, expected) => {
    expect(pointOnPath('ballistic', ends, range).range).toBeCloseTo(expected);
  });

  it('draws different SVG paths for different threats', () => {
    const frame = createFrame({ width: 400, height: 300, earthRadius: 800, skyDepth: 200, groundMargin: 40, sideMargin: 5 });
    const paths = DIAGRAM_THREATS.map((threat) => trajectoryPath(frame, threat, ends));
    expect(new Set(paths).size).toBe(3);
    for (const d of paths) expect(d).toMatch(/^M[\d.]+,[\d.]+C/);
  });
});
