import { describe, expect, it } from 'vitest';
import { asksForView, viewParams } from '../../src/lib/hydrate-on-interaction.ts';

describe('asksForView', () => {
  const params = ['element', 'threat'];
  it.each([
    ['', false],
    ['?theme=dark&title=0', false],
    ['?utm_source=lms', false],
    ['?threat=cruise', true],
    ['?theme=dark&element=hbtss-sensor-layer', true],
    ['?threat=%3Cscript%3E', true],
    ['?element', true],
  ])('%s → %s', (search, expected) => {
    expect(asksForView(search, params)).toBe(expected);
  });

  it('never asks for a view when the island reads no parameters', () => {
    expect(asksForView('?threat=cruise', [])).toBe(false);
  });
});

describe('viewParams', () => {
  it('keeps the strings of an array and ignores anything else', () => {
    expect(viewParams(['element', 3, null, 'threat'])).toEqual(['element', 'threat']);
    expect(viewParams(true)).toEqual([]);
    expect(viewParams(undefined)).toEqual([]);
    expect(viewParams('element')).toEqual([]);
  });
});
