/**
 * The Lighthouse budget, as a pure check over the bench's rows: every category score 100,
 * LCP under 1.5 s, CLS 0. The bench prints what misses it; it does not fail, because these are
 * times and vary from run to run (the byte budgets, which do not, fail tests/e2e/quality.spec.ts).
 */
export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
}

export const LIGHTHOUSE_BUDGET = { score: 100, lcpMsUnder: 1500, cls: 0 } as const;

/** The budget in words, for the bench's report. */
export const LIGHTHOUSE_BUDGET_TEXT = `every score ${LIGHTHOUSE_BUDGET.score}, LCP under ${LIGHTHOUSE_BUDGET.lcpMsUnder / 1000} s, CLS ${LIGHTHOUSE_BUDGET.cls}`;

/** One line per page and measure that misses the budget, e.g. "/layers/: performance 98". */
export function lighthouseMisses(rows: readonly LighthouseRow[]): string[] {
  const misses: string[] = [];
  for (const row of rows) {
    for (const category of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
      if (row[category] < LIGHTHOUSE_BUDGET.score) misses.push(`${row.page}: ${category} ${row[category]}`);
    }
    if (row.lcpMs >= LIGHTHOUSE_BUDGET.lcpMsUnder) misses.push(`${row.page}: LCP ${row.lcpMs} ms`);
    if (row.cls > LIGHTHOUSE_BUDGET.cls) misses.push(`${row.page}: CLS ${row.cls}`);
  }
  return misses;
}
