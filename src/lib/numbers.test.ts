import { describe, expect, it } from 'vitest';
import { round } from './numbers.ts';

describe('round', () => {
  it.each([
    [1.234, 1.23],
    [1.235, 1.24],
    [-0.004, -0],
    [11 * 0.35, 3.85],
    [11 * 0.55, 6.05],
  ])('round(%f) = %f', (value, expected) => {
    expect(round(value)).toBe(expected);
  });
});
