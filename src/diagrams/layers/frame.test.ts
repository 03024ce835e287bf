import { describe, expect, it } from 'vitest';
import { arcPath, bandPath, createFrame } from './frame.ts';
import { round } from '../../lib/numbers.ts';

const size = { width: 1000, height: 500, earthRadius: 2000, skyDepth: 400, groundMargin: 80, sideMargin: 10 };
const frame = createFrame(size);

describe('createFrame', () => {
  it('puts the middle of the ground at the ground line, centred', () => {
    expect(frame.project({ range: 0.5, height: 0 })).toEqual({ x: 500, y: 420 });
  });

  it('puts height 1 at the middle of the frame skyDepth above the ground', () => {
    const top = frame.project({ range: 0.5, height: 1 });
    expect(top.x).toBeCloseTo(500);
    expect(top.y).toBeCloseTo(20);
  });

  it('is symmetric about the middle', () => {
    for (const [range, height] of [
      [0, 0],
      [0.2, 0.5],
      [0.1, 1],
    ]) {
      const left = frame.project({ range, height });
      const right = frame.project({ range: 1 - range, height });
      expect(left.x + right.x).toBeCloseTo(1000);
      expect(left.y).toBeCloseTo(right.y);
    }
  });

  it('fits the top corners inside the side margins (the widest part of the frame)', () => {
    expect(frame.project({ range: 0, height: 1 }).x).toBeCloseTo(10);
    expect(frame.project({ range: 1, height: 1 }).x).toBeCloseTo(990);
  });

  it('curves: the ground is lower at the edges than in the middle', () => {
    expect(frame.project({ range: 0, height: 0 }).y).toBeGreaterThan(420);
  });

  it.each([
    [0.5, 0, 2000],
    [0.5, 1, 2400],
    [0.25, 0.5, 2200],
  ])('keeps points at radius earthRadius + height × skyDepth (range %f, height %f)', (range, height, radius) => {
    const p = frame.project({ range, height });
    expect(Math.hypot(p.x - frame.centre.x, p.y - frame.centre.y)).toBeCloseTo(radius);
  });

  it.each([[{ ...size, sideMargin: 500 }], [{ ...size, earthRadius: 100, skyDepth: 100 }]])('rejects impossible sizes', (bad) => {
    expect(() => createFrame(bad)).toThrow(RangeError);
  });
});

describe('paths', () => {
  it('draws an arc from range 0 to 1 with the SVG arc command', () => {
    const start = frame.project({ range: 0, height: 0.5 });
    expect(arcPath(frame, 0.5)).toBe(`M${round(start.x)},${round(start.y)}A2200,2200 0 0 1 ${round(1000 - start.x)},${round(start.y)}`);
  });

  it('closes a band with two arcs and two radial lines', () => {
    const d = bandPath(frame, 0.2, 0.4, 0, 1);
    expect(d.match(/A/g)).toHaveLength(2);
    expect(d.endsWith('Z')).toBe(true);
  });
});
