/**
 * Cost estimates in words: figures in billions of dollars as "$175 billion" or "$1.2 trillion",
 * ranges, and one sentence spanning every estimate a page lists. Pure.
 */
import type { CostEstimate } from './schema/debate.ts';

/** "$175 billion", "$1.2 trillion", "$3.6 trillion" from billions of dollars. */
export function formatBillions(billions: number): string {
  if (billions >= 1000) return `$${Number((billions / 1000).toPrecision(3))} trillion`;
  return `$${Number(billions.toPrecision(3))} billion`;
}

/** "$161 billion to $542 billion", or one figure. */
export function formatCostRange(estimate: Pick<CostEstimate, 'low' | 'high'>): string {
  return estimate.high === undefined ? formatBillions(estimate.low) : `${formatBillions(estimate.low)} to ${formatBillions(estimate.high)}`;
}

/**
 * One sentence that spans every estimate the page lists, from the lowest figure to the highest,
 * naming who gave each end, so that no summary drops a figure the page shows.
 */
export function costSummary(costs: readonly CostEstimate[], describe: (estimate: CostEstimate) => string): string {
  if (costs.length === 0) return 'No published cost estimates were found.';
  const lowest = costs.reduce((a, b) => (b.low < a.low ? b : a));
  const highest = costs.reduce((a, b) => ((b.high ?? b.low) > (a.high ?? a.low) ? b : a));
  return (
    `The ${costs.length} published estimates listed here run from ${formatBillions(lowest.low)} (${describe(lowest)}) ` +
    `to ${formatBillions(highest.high ?? highest.low)} (${describe(highest)}); they price different systems over different periods.`
  );
}
