import { describe, expect, it } from 'vitest';
import { placeTooltip } from './view.ts';

describe('placeTooltip', () => {
  const frame = { width: 1000, height: 500 };
  const size = { width: 300, height: 100 };

  /** A mark whose glyph is centred at x and whose glyph and label span top..bottom. */
  const mark = (x: number, top: number, bottom = top + 40) => ({ x, top, bottom });

  it('centres the tooltip on a mark in the open, on the side asked for, 6 px beyond its glyph and label', () => {
    expect(placeTooltip(mark(500, 280), size, frame, 'above')).toEqual({ left: 350, top: 174, side: 'above' });
    expect(placeTooltip(mark(500, 280), size, frame, 'below')).toEqual({ left: 350, top: 326, side: 'below' });
  });

  it('moves it in from the left and right edges, so no part leaves the picture (issue 29: a mark at 5 % of the width)', () => {
    expect(placeTooltip(mark(50, 280), size, frame, 'above').left).toBe(4);
    expect(placeTooltip(mark(990, 280), size, frame, 'above').left).toBe(1000 - 4 - 300);
  });

  it('turns to the other side where the one asked for has no room, still clear of the mark', () => {
    expect(placeTooltip(mark(500, 40), size, frame, 'above')).toEqual({ left: 350, top: 86, side: 'below' });
    // A battery on the ground with its label above it: the tooltip goes above the label, not over it.
    expect(placeTooltip(mark(500, 380, 440), size, frame, 'below')).toEqual({ left: 350, top: 274, side: 'above' });
  });

  it('stays on the side asked for, moved in from the edge, where neither side has room', () => {
    const tall = { width: 300, height: 300 };
    expect(placeTooltip(mark(500, 230), tall, frame, 'below')).toEqual({ left: 350, top: 500 - 4 - 300, side: 'below' });
    expect(placeTooltip(mark(500, 230), tall, frame, 'above')).toEqual({ left: 350, top: 4, side: 'above' });
  });

  it('starts a tooltip wider or taller than the picture at its margin', () => {
    expect(placeTooltip(mark(100, 80), { width: 1200, height: 600 }, frame, 'above')).toEqual({ left: 4, top: 4, side: 'above' });
  });

  it('keeps every tooltip that fits inside the picture, wherever the mark is', () => {
    for (let x = 0; x <= frame.width; x += 25)
      for (let y = 0; y <= frame.height; y += 25)
        for (const prefer of ['above', 'below'] as const) {
          const { left, top } = placeTooltip(mark(x, y - 20), size, frame, prefer);
          expect(left, `${x},${y}`).toBeGreaterThanOrEqual(4);
          expect(top, `${x},${y}`).toBeGreaterThanOrEqual(4);
          expect(left + size.width, `${x},${y}`).toBeLessThanOrEqual(frame.width - 4);
          expect(top + size.height, `${x},${y}`).toBeLessThanOrEqual(frame.height - 4);
        }
  });
});
