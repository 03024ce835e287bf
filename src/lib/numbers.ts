/** Round to two decimals: keeps SVG small and snapshots stable (0.01 user unit is far below a pixel). */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
