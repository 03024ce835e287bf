import { describe, expect, it } from 'vitest';
import { LIGHTHOUSE_BUDGET_TEXT, lighthouseMisses, type LighthouseRow } from '../../scripts/lib/lighthouse-budget.ts';

const perfect: LighthouseRow = { page: '/', performance: 100, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 1060, cls: 0 };

describe('lighthouseMisses', () => {
  it('finds nothing when every page meets the budget', () => {
    expect(lighthouseMisses([perfect, { ...perfect, page: '/order/' }])).toEqual([]);
  });

  it('names the page and the measure for each miss', () => {
    expect(lighthouseMisses([{ ...perfect, page: '/layers/', performance: 99, seo: 92 }])).toEqual([
      '/layers/: performance 99',
      '/layers/: seo 92',
    ]);
  });

  it('holds LCP strictly under 1.5 s and CLS at 0', () => {
    expect(lighthouseMisses([{ ...perfect, lcpMs: 1499 }])).toEqual([]);
    expect(lighthouseMisses([{ ...perfect, lcpMs: 1500, cls: 0.001 }])).toEqual(['/: LCP 1500 ms', '/: CLS 0.001']);
  });

  it('states the budget the issue set, in words', () => {
    expect(LIGHTHOUSE_BUDGET_TEXT).toBe('every score 100, LCP under 1.5 s, CLS 0');
  });
});
