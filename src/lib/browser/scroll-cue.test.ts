import { describe, expect, it } from 'vitest';
import { overflowEdges } from './scroll-cue.ts';

describe('overflowEdges', () => {
  it('names no edge when everything fits, or a pixel of rounding is all that is over', () => {
    expect(overflowEdges(0, 1000, 1000)).toEqual([]);
    expect(overflowEdges(0, 1000, 1001)).toEqual([]);
  });

  it('names the edges with content beyond them, as the reader scrolls', () => {
    expect(overflowEdges(0, 1216, 1493)).toEqual(['end']);
    expect(overflowEdges(100, 1216, 1493)).toEqual(['start', 'end']);
    expect(overflowEdges(277, 1216, 1493)).toEqual(['start']);
    expect(overflowEdges(276.5, 1216, 1493)).toEqual(['start']);
  });

  it('reads a right-to-left scroller (negative scrollLeft) the same way', () => {
    expect(overflowEdges(-100, 1216, 1493)).toEqual(['start', 'end']);
  });
});
