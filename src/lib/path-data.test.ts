import { describe, expect, it } from 'vitest';
import svgpath from 'svgpath';
import { compactPathData } from './path-data.ts';

/** Every point a path visits, in absolute coordinates (svgpath's own walk over its segments). */
function absolutePoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  svgpath(d)
    .abs()
    .unshort()
    .iterate((segment) => {
      const command = segment[0];
      if (command === 'Z') return;
      if (command === 'H') points.push([Number(segment[1]), points.at(-1)![1]]);
      else if (command === 'V') points.push([points.at(-1)![0], Number(segment[1])]);
      else points.push([Number(segment.at(-2)), Number(segment.at(-1))]);
    });
  return points;
}

describe('compactPathData', () => {
  const outline =
    Array.from({ length: 400 }, (_, i) => {
      const angle = (i / 400) * 2 * Math.PI;
      return `${i === 0 ? 'M' : 'L'}${(180 + 150 * Math.cos(angle) + 0.0371 * i).toFixed(3)},${(180 + 150 * Math.sin(angle)).toFixed(3)}`;
    }).join('') + 'Z';

  it('writes relative commands and is shorter than the absolute path', () => {
    const compact = compactPathData(outline);
    expect(compact.startsWith('M')).toBe(true);
    expect(compact.slice(1)).not.toMatch(/[LMCHV]/);
    expect(compact.length).toBeLessThan(outline.length * 0.6);
  });

  it('keeps every point within half a unit of the last digit, to the end of a long path', () => {
    const before = absolutePoints(outline);
    const after = absolutePoints(compactPathData(outline));
    expect(after).toHaveLength(before.length);
    const worst = Math.max(...before.map(([x, y], i) => Math.max(Math.abs(x - after[i][0]), Math.abs(y - after[i][1]))));
    expect(worst).toBeLessThanOrEqual(0.05 + 1e-9);
  });

  it('rounds to the digits asked for', () => {
    expect(compactPathData('M10.123,20.456L30.789,40.111', 0)).toBe('M10 20l21 20');
    expect(compactPathData('M10.123,20.456L30.789,40.111', 2)).toBe('M10.12 20.46l20.67 19.65');
  });
});
