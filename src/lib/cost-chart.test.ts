import { describe, expect, it } from 'vitest';
import { costChart, costLabel, wrapWords, COST_CHART_LAYOUTS } from './cost-chart.ts';
import type { CostEstimate } from './schema/debate.ts';

const estimate = (id: string, low: number, high?: number, covers = 'A system, over 20 years.'): CostEstimate => ({
  id,
  estimator: `${id} estimator`,
  short: id.toUpperCase(),
  kind: 'analyst',
  date: '2026-05-12',
  low,
  high,
  dollars: '2026 dollars',
  covers,
  source: 's',
});
const ESTIMATES = [estimate('a', 175), estimate('b', 161, 542), estimate('c', 252, 3600), estimate('d', 1200)];

describe('wrapWords', () => {
  it.each([
    ['one two three four', 9, ['one two', 'three', 'four']],
    ['short', 40, ['short']],
    ['a verylongwordindeed b', 5, ['a', 'verylongwordindeed', 'b']],
    ['', 10, []],
  ])('%s at %i', (text, max, lines) => expect(wrapWords(text, max)).toEqual(lines));
});

describe('costLabel', () => {
  it('names who and when, and the system up to the first clause of what it covers', () => {
    expect(costLabel(estimate('cbo', 1200, undefined, 'A notional system of four layers, for 20 years.'))).toBe(
      'CBO, May 12, 2026: A notional system of four layers',
    );
  });
});

describe('costChart', () => {
  for (const layout of ['wide', 'narrow'] as const) {
    describe(layout, () => {
      const chart = costChart(ESTIMATES, layout);
      const { width } = COST_CHART_LAYOUTS[layout];

      it('draws a row per estimate, in the order given, without overlap', () => {
        expect(chart.rows.map((row) => row.id)).toEqual(['a', 'b', 'c', 'd']);
        for (let i = 1; i < chart.rows.length; i++) expect(chart.rows[i].top).toBeGreaterThan(chart.rows[i - 1].y);
        expect(chart.axis.y).toBeGreaterThan(chart.rows.at(-1)!.y);
        expect(chart.height).toBeGreaterThan(chart.axis.y);
      });

      it('puts a single figure as a point and a range as a bar, on one log axis', () => {
        const [a, b, c, d] = chart.rows;
        expect(a.point && a.x1 === a.x2).toBe(true);
        expect(b.point).toBe(false);
        expect(b.x2).toBeGreaterThan(b.x1);
        // Log scale: the same ratio is the same distance ($161B→$542B against $252B→$848B).
        expect(c.x2 - c.x1).toBeGreaterThan(b.x2 - b.x1);
        expect(d.x1).toBeGreaterThan(a.x1);
        for (const row of chart.rows) {
          expect(row.x1).toBeGreaterThanOrEqual(chart.axis.x1 - 0.01);
          expect(row.x2).toBeLessThanOrEqual(chart.axis.x2 + 0.01);
        }
      });

      it('keeps every value inside the picture, beside its bar or as the label’s last line', () => {
        for (const row of chart.rows) {
          const extent = row.value.length * 7;
          if (!row.valueAt) expect(row.lines.at(-1)).toBe(row.value);
          else if (row.valueAt.anchor === 'start') expect(row.valueAt.x + extent).toBeLessThanOrEqual(width);
          else expect(row.valueAt.x - extent).toBeGreaterThanOrEqual(0);
        }
      });

      it('labels the axis from $100B to beyond the highest figure, $1T among the ticks', () => {
        expect(chart.ticks[0].label).toBe('$100B');
        expect(chart.ticks.map((tick) => tick.label)).toContain('$1T');
        expect(chart.ticks.at(-1)!.x).toBeLessThanOrEqual(chart.axis.x2);
        // A tick label never runs out of the picture: the ends are anchored inward.
        for (const tick of chart.ticks) {
          const extent = tick.label.length * 7;
          const [left, right] =
            tick.anchor === 'start'
              ? [tick.x, tick.x + extent]
              : tick.anchor === 'end'
                ? [tick.x - extent, tick.x]
                : [tick.x - extent / 2, tick.x + extent / 2];
          expect(left).toBeGreaterThanOrEqual(0);
          expect(right).toBeLessThanOrEqual(width);
        }
        // Label lines fit the width at about 7.5 units a character.
        for (const row of chart.rows)
          for (const line of row.lines)
            expect(14 + line.length * 7.5, line).toBeLessThanOrEqual(layout === 'wide' ? COST_CHART_LAYOUTS.wide.labelWidth + 14 : width);
      });
    });
  }

  it('gives a wide range its value beside the bar on a wide screen, and in the label on a phone', () => {
    expect(costChart(ESTIMATES, 'wide').rows[1].valueAt).not.toBeNull();
    expect(costChart(ESTIMATES, 'narrow').rows[1].valueAt).toBeNull();
  });

  it('puts the narrow layout’s label above its bar, and the wide one’s beside it', () => {
    const narrow = costChart(ESTIMATES, 'narrow').rows[0];
    expect(narrow.y).toBeGreaterThan(narrow.top + narrow.lines.length * 17);
    const wide = costChart(ESTIMATES, 'wide').rows[0];
    expect(wide.x1).toBeGreaterThan(COST_CHART_LAYOUTS.wide.labelWidth);
  });
});
