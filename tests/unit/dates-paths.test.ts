import { describe, expect, it } from 'vitest';
import { addDays, formatLongDate } from '../../src/lib/dates.ts';
import { elementPath, orderPath, withBase } from '../../src/lib/paths.ts';
import { isCurrent } from '../../src/lib/navigation.ts';

describe('addDays', () => {
  it.each([
    ['2025-01-27', 60, '2025-03-28'],
    ['2024-01-27', 60, '2024-03-27'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-28', 0, '2025-03-28'],
  ])('%s + %i days = %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2025-03-28', 'March 28, 2025'],
    ['2025-05', 'May 2025'],
    ['1983', '1983'],
  ])('%s → %s', (iso, expected) => {
    expect(formatLongDate(iso)).toBe(expected);
  });
});

describe('withBase', () => {
  it.each([
    ['/', '/order/', '/order/'],
    ['/golden-dome/', '/order/#sec-1', '/golden-dome/order/#sec-1'],
    ['/golden-dome', 'elements/x/', '/golden-dome/elements/x/'],
  ])('withBase(%s, %s) = %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });

  it('builds the routes of the URL contract', () => {
    expect(orderPath()).toBe('/order/');
    expect(orderPath('sec-3-a-iii')).toBe('/order/#sec-3-a-iii');
    expect(elementPath('space-based-interceptors')).toBe('/elements/space-based-interceptors/');
  });
});

describe('isCurrent', () => {
  it.each([
    ['/elements/', '/elements/space-based-interceptors/', true],
    ['/elements/', '/elements', true],
    ['/order/', '/elements/', false],
    ['/', '/', true],
    ['/', '/order/', false],
  ])('%s is current at %s: %s', (item, here, expected) => {
    expect(isCurrent(item, here)).toBe(expected);
  });
});
