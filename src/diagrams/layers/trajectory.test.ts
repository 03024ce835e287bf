import { describe, expect, it } from 'vitest';
import svgpath from 'svgpath';
import { HEIGHT_PROFILES, PATH_TOLERANCE, pointOnPath, trajectoryPath, trajectoryPoints } from './trajectory.ts';
import type { Point } from './frame.ts';
import { DIAGRAM_THREATS } from '../../lib/vocabulary.ts';
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
    for (const d of paths) expect(d).toMatch(/^M[\d.]+ [\d.]+c/);
  });

  // The wide layout's frame (1200 units wide, drawn at up to about 1200 px).
  const wideFrame = () => createFrame({ width: 1200, height: 640, earthRadius: 2600, skyDepth: 500, groundMargin: 96, sideMargin: 8 });

  /** The drawn path, made absolute and sampled densely along its cubic segments. */
  const drawn = (d: string): Point[] => {
    const points: Point[] = [];
    let from: Point = { x: 0, y: 0 };
    svgpath(d)
      .abs()
      .iterate((segment) => {
        const [command, ...numbers] = segment as [string, ...number[]];
        if (command === 'M') {
          from = { x: numbers[0], y: numbers[1] };
          points.push(from);
          return;
        }
        expect(command, 'only cubic segments after the start').toBe('C');
        const [x1, y1, x2, y2, x, y] = numbers;
        for (let step = 1; step <= 32; step++) {
          const t = step / 32;
          const u = 1 - t;
          points.push({
            x: u * u * u * from.x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x,
            y: u * u * u * from.y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y,
          });
        }
        from = { x, y };
      });
    return points;
  };
  const distanceToSegment = (p: Point, a: Point, b: Point) => {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
    return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
  };
  /** The farthest any point of the exact profile is from the drawn curve. */
  const worstDistance = (d: string, exact: Point[]) => {
    const curve = drawn(d);
    return Math.max(...exact.map((p) => Math.min(...curve.slice(1).map((b, i) => distanceToSegment(p, curve[i], b)))));
  };

  it(`follows every profile to within PATH_TOLERANCE (${PATH_TOLERANCE} units, a seventh of the 3.5-unit stroke), rounding included`, () => {
    const frame = wideFrame();
    for (const threat of DIAGRAM_THREATS) {
      const exact = trajectoryPoints(threat, ends, 1200).map((point) => frame.project(point));
      // The fit's tolerance, plus half of the 0.1-unit rounding in each direction.
      expect(worstDistance(trajectoryPath(frame, threat, ends), exact), threat).toBeLessThan(PATH_TOLERANCE + 0.08);
    }
  });

  it('writes coordinates to one decimal', () => {
    const frame = wideFrame();
    for (const threat of DIAGRAM_THREATS) expect(trajectoryPath(frame, threat, ends)).not.toMatch(/\.\d\d/);
  });

  it('starts at the launch site and ends on the target, and a looser tolerance needs fewer segments', () => {
    const frame = wideFrame();
    for (const threat of DIAGRAM_THREATS) {
      const curve = drawn(trajectoryPath(frame, threat, ends));
      const launch = frame.project(pointOnPath(threat, ends, ends.launch));
      const target = frame.project(pointOnPath(threat, ends, ends.target));
      expect(Math.hypot(curve[0].x - launch.x, curve[0].y - launch.y)).toBeLessThan(0.08);
      expect(Math.hypot(curve.at(-1)!.x - target.x, curve.at(-1)!.y - target.y)).toBeLessThan(0.08);
    }
    const segments = (tolerance: number) => (trajectoryPath(frame, 'hypersonic', ends, tolerance).match(/[\d.]+/g)!.length - 2) / 6;
    expect(segments(0.1)).toBeGreaterThan(segments(0.5));
    expect(segments(0.5)).toBeGreaterThan(segments(2));
  });
});
