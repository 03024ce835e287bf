import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, formatRange, formatShare } from './format-number.ts';

describe('formatNumber', () => {
  it.each([
    [2086.4, '2,086'],
    [2087, '2,087'],
    [1_234_567.8, '1,234,568'],
    [358.24, '358'],
    [110, '110'],
    [4, '4'],
    [4.049, '4.05'],
    [12.345, '12.3'],
    [0.5, '0.5'],
    [0.00047912, '0.000479'],
    [0, '0'],
    [-0, '0'],
    [-0.0001, '−0.0001'],
    [-90, '−90'],
    [1e21, '1,000,000,000,000,000,000,000'],
  ])('%s → %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('takes the significant digits asked for, and never rounds the whole part away', () => {
    expect(formatNumber(2086.4, 1)).toBe('2,086');
    expect(formatNumber(0.00047912, 1)).toBe('0.0005');
    expect(formatNumber(3.14159, 6)).toBe('3.14159');
  });

  it('says what a non-finite value is in words', () => {
    expect(formatNumber(Infinity)).toBe('infinite');
    expect(formatNumber(-Infinity)).toBe('−infinite');
    expect(formatNumber(Number.NaN)).toBe('not a number');
  });

  it('never writes exponent notation or a hyphen for minus, whatever the number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 1, max: 21 }), (value, digits) => {
        const text = formatNumber(value, digits);
        expect(text).not.toMatch(/e|E|-/);
        expect(text).toMatch(/^−?[\d,]+(\.\d+)?$/);
      }),
    );
  });
});

describe('formatShare', () => {
  it.each([
    [0.00047912, '0.048%'],
    [0.5, '50%'],
    [1, '100%'],
    [0, '0%'],
    [0.123456, '12%'],
    [0.0000012, '0.00012%'],
    [1e-9, 'under 0.0001%'],
    [Number.MIN_VALUE, 'under 0.0001%'],
  ])('%s → %s', (value, expected) => {
    expect(formatShare(value)).toBe(expected);
  });

  it('never writes exponent notation for a share', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (fraction) => {
        expect(formatShare(fraction)).toMatch(/^(under )?\d+(\.\d+)?%$/);
      }),
    );
  });
});

describe('formatRange', () => {
  it('writes a range in words, with a true minus sign', () => {
    expect(formatRange(-90, 90)).toBe('−90 to 90');
    expect(formatRange(0.5, 12)).toBe('0.5 to 12');
    expect(formatRange(150, 2000)).toBe('150 to 2,000');
  });
});
