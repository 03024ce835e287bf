import { describe, expect, it } from 'vitest';
import { HEIGHT_PROFILES, PATH_TOLERANCE, pathVertices, pointOnPath, trajectoryPath, trajectoryPoints } from './trajectory.ts';
import type { Point } from './frame.ts';
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

  it(`keeps every profile's shape from points  units apart from it: the drawn curve stays inside the path's stroke`, () => {
    // The wide layout's frame (1200 units wide, drawn at up to about 1200 px); the path's stroke is
    // 3.5 units wide (ThreatPaths), so a curve within half of that of the exact profile draws the same line.
    const frame = createFrame({ width: 1200, height: 640, earthRadius: 2600, skyDepth: 500, groundMargin: 96, sideMargin: 8 });
    const distanceToSegment = (p: Point, a: Point, b: Point) => {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
    };
    /** The drawn path ("M x,y C x1,y1,x2,y2,x,y …"), sampled densely along its cubic segments. */
    const drawn = (d: string): Point[] => {
      const numbers = d.match(/-?[\d.]+/g)!.map(Number);
      let from = { x: numbers[0], y: numbers[1] };
      const points = [from];
      for (let i = 2; i + 5 < numbers.length; i += 6) {
        const [x1, y1, x2, y2, x, y] = numbers.slice(i, i + 6);
        for (let step = 1; step <= 16; step++) {
          const t = step / 16;
          const u = 1 - t;
          points.push({
            x: u * u * u * from.x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x,
            y: u * u * u * from.y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y,
          });
        }
        from = { x, y };
      }
      return points;
    };
    for (const threat of DIAGRAM_THREATS) {
      const curve = drawn(trajectoryPath(frame, threat, ends));
      const exact = trajectoryPoints(threat, ends, 480).map((point) => frame.project(point));
      const worst = Math.max(...exact.map((p) => Math.min(...curve.slice(1).map((b, i) => distanceToSegment(p, curve[i], b)))));
      expect(worst, threat).toBeLessThan(3.5 / 2);
    }
  });

  it('writes coordinates to one decimal', () => {
    const frame = createFrame({ width: 1200, height: 640, earthRadius: 2600, skyDepth: 500, groundMargin: 96, sideMargin: 8 });
    for (const threat of DIAGRAM_THREATS) expect(trajectoryPath(frame, threat, ends)).not.toMatch(/\.\d\d/);
  });

  it('puts the path points from launch to target, more of them where the path turns sharply', () => {
    const frame = createFrame({ width: 1200, height: 640, earthRadius: 2600, skyDepth: 500, groundMargin: 96, sideMargin: 8 });
    for (const threat of DIAGRAM_THREATS) {
      const vertices = pathVertices(frame, threat, ends, PATH_TOLERANCE);
      expect(vertices[0]).toEqual(frame.project(pointOnPath(threat, ends, ends.launch)));
      expect(vertices.at(-1)).toEqual(frame.project(pointOnPath(threat, ends, ends.target)));
      expect(vertices.every((vertex, index) => index === 0 || vertex.x > vertices[index - 1].x)).toBe(true);
    }
    // A tighter tolerance needs more points; a looser one fewer.
    expect(pathVertices(frame, 'hypersonic', ends, 0.1).length).toBeGreaterThan(pathVertices(frame, 'hypersonic', ends, 2).length);
  });
});
