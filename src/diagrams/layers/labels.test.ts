import { describe, expect, it } from 'vitest';
import { boxesOverlap, candidateBox, estimateTextWidth, labelSize, nearestPointOnBox, placeLabels, type Box } from './labels.ts';

describe('boxesOverlap', () => {
  const a: Box = { x: 0, y: 0, width: 10, height: 10 };
  it.each([
    [{ x: 5, y: 5, width: 10, height: 10 }, 0, true],
    [{ x: 10, y: 0, width: 10, height: 10 }, 0, false],
    [{ x: 12, y: 0, width: 10, height: 10 }, 3, true],
    [{ x: 0, y: 20, width: 5, height: 5 }, 0, false],
    [{ x: 2, y: 2, width: 2, height: 2 }, 0, true],
  ])('%j with gap %i: %s', (b, gap, expected) => {
    expect(boxesOverlap(a, b, gap)).toBe(expected);
    expect(boxesOverlap(b, a, gap)).toBe(expected);
  });
});

describe('sizes and candidates', () => {
  it('estimates text width from the character count', () => {
    expect(estimateTextWidth('abcd', 10)).toBe(24);
    expect(labelSize(['ab', 'abcd'], 10)).toEqual({ width: 30, height: 30 });
  });

  it.each([
    ['e', { x: 110, y: 45, width: 20, height: 10 }],
    ['w', { x: 70, y: 45, width: 20, height: 10 }],
    ['n', { x: 90, y: 30, width: 20, height: 10 }],
    ['s', { x: 90, y: 60, width: 20, height: 10 }],
  ] as const)('puts a %s candidate %j', (direction, expected) => {
    expect(candidateBox({ x: 100, y: 50 }, { width: 20, height: 10 }, direction, 10)).toEqual(expected);
  });

  it('finds the nearest point of a box', () => {
    expect(nearestPointOnBox({ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 5 })).toEqual({ x: 10, y: 5 });
    expect(nearestPointOnBox({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5 })).toEqual({ x: 5, y: 5 });
  });
});

describe('placeLabels', () => {
  const request = (id: string, x: number, y: number, prefer: ('e' | 'w' | 'n' | 's')[] = []) => ({
    id,
    anchor: { x, y },
    lines: [id],
    fontSize: 10,
    clearance: 5,
    prefer,
  });

  it('uses the first preferred side that is free', () => {
    const [label] = placeLabels([request('alpha', 100, 100, ['w'])], { obstacles: [] });
    expect(label.box.x + label.box.width).toBeLessThanOrEqual(100 - 5);
    expect(label.leader).toBeNull();
  });

  it('moves a label away from an obstacle, and never overlaps labels placed before it', () => {
    const obstacles = [{ x: 100, y: 80, width: 100, height: 40 }];
    const placed = placeLabels([request('alpha', 100, 100, ['e']), request('beta', 100, 100, ['e']), request('gamma', 100, 100, ['e'])], {
      obstacles,
    });
    for (const label of placed) expect(obstacles.some((o) => boxesOverlap(label.box, o))).toBe(false);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i].box, placed[j].box)).toBe(false);
  });

  it('draws a leader line when the label sits away from its mark', () => {
    const blocker = { x: 60, y: 60, width: 80, height: 80 };
    const [label] = placeLabels([request('alpha', 100, 100)], { obstacles: [blocker] });
    expect(label.leader).not.toBeNull();
    expect(boxesOverlap(label.box, blocker)).toBe(false);
  });

  it('respects the allowed area', () => {
    const [label] = placeLabels([request('alpha', 100, 100)], { obstacles: [], allowed: (box) => box.y > 120 });
    expect(label.box.y).toBeGreaterThan(120);
  });

  it('throws, naming the label, when nothing fits', () => {
    expect(() => placeLabels([request('crowded', 100, 100)], { obstacles: [], allowed: () => false })).toThrow(
      'No room for the label "crowded" (crowded)',
    );
  });

  it('is deterministic', () => {
    const requests = [request('a', 50, 50), request('b', 60, 50), request('c', 55, 60)];
    expect(placeLabels(requests, { obstacles: [] })).toEqual(placeLabels(requests, { obstacles: [] }));
  });
});
