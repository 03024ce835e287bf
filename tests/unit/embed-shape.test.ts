import { describe, expect, it } from 'vitest';
import { fitEmbedShape, frameBoxStyle, frameHeight, raisedLine, type Measurement } from '../../src/lib/embed-shape.ts';

// Content that is tall when narrow, then steps down when a side panel fits beside the diagram.
const measured: Measurement[] = [
  [320, 1870],
  [375, 1762],
  [480, 1627],
  [600, 1707],
  [768, 1816],
  [900, 1909],
  [1000, 1355],
  [1100, 1408],
  [1300, 950],
];

describe('raisedLine', () => {
  it('is at or above every point, by the margin at the tightest', () => {
    const line = raisedLine(measured, 24);
    const gaps = measured.map(([w, h]) => line.ratio * w + line.extra - h);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(24);
    expect(Math.min(...gaps)).toBeLessThan(25);
  });

  it('is flat for a single width', () => {
    expect(raisedLine([[600, 1000]], 10)).toEqual({ ratio: 0, extra: 1010 });
  });
});

describe('fitEmbedShape', () => {
  const shape = fitEmbedShape(measured, 1300);

  it('never leaves a measured width without room for its content', () => {
    for (const [width, height] of measured) {
      expect(frameHeight(shape.lines, width, shape.width)).toBeGreaterThanOrEqual(height);
      expect(frameHeight([shape.fallback], width, shape.width)).toBeGreaterThanOrEqual(height);
    }
  });

  it('leaves no more blank with two lines than with the fallback alone', () => {
    const blank = (lines: typeof shape.lines) => measured.reduce((sum, [w, h]) => sum + frameHeight(lines, w, 1300) - h, 0);
    expect(blank(shape.lines)).toBeLessThanOrEqual(blank([shape.fallback]));
  });

  it('fits content that shrinks steadily with a line that runs through it', () => {
    const steady = fitEmbedShape(
      [
        [400, 2000],
        [800, 1600],
        [1200, 1200],
      ],
      1200,
      0,
    );
    expect(steady.lines).toHaveLength(1);
    expect(steady.fallback).toEqual({ ratio: -1, extra: 2400 });
  });

  it('stops growing at its own width', () => {
    expect(frameHeight(shape.lines, 2000, 1300)).toBe(frameHeight(shape.lines, 1300, 1300));
  });

  it('refuses to fit nothing', () => {
    expect(() => fitEmbedShape([], 900)).toThrow(/no measurements/);
  });
});

describe('frameBoxStyle', () => {
  it('gives a plain fallback before the max() of the lines', () => {
    const style = frameBoxStyle({
      width: 900,
      lines: [
        { ratio: -1.5, extra: 3000 },
        { ratio: -0.2, extra: 2000 },
      ],
      fallback: { ratio: -1, extra: 3100 },
    });
    expect(style).toBe(
      'position:relative;height:0;padding-bottom:calc(-100% + 3100px);padding-bottom:max(calc(-150% + 3000px),calc(-20% + 2000px));',
    );
  });

  it('needs no max() for one line', () => {
    expect(frameBoxStyle({ width: 900, lines: [{ ratio: 0.5, extra: 300 }], fallback: { ratio: 0.5, extra: 300 } })).toBe(
      'position:relative;height:0;padding-bottom:calc(50% + 300px);',
    );
  });
});
