import { describe, expect, it } from 'vitest';
import { buildMatrix } from './model.ts';
import { crosswalkList, layoutCrosswalk, NODE_WIDTH } from '../crosswalk/model.ts';
import { compareValues, rowMatches, sortOrder } from './table-enhance.ts';
import { REQUIRED_PASSAGES } from '../../lib/content/citations.ts';
import { readCollection } from '../../node/content.ts';
import { quoteAppearsIn } from '../../lib/order.ts';

const requirements = readCollection('.', 'requirements').map((entry) => entry.data);
const order = readCollection('.', 'order').map((entry) => entry.data);
const text = new Map(order.map((p) => [p.id, p.text]));
const elements = readCollection('.', 'elements').map((entry) => entry.data);

describe('the requirements matrix', () => {
  it('has one row per requirement of the order, in order', () => {
    expect(requirements.map((row) => row.passage)).toEqual([...REQUIRED_PASSAGES]);
  });

  it('takes every owner and deadline from the order text of the passage or the paragraph above it', () => {
    for (const row of requirements) {
      expect(quoteAppearsIn(row.who.quote, text.get(row.who.passage)!), `${row.passage} who`).toBe(true);
      expect([row.passage, order.find((p) => p.id === row.passage)!.parent, 'sec-2', 'sec-3', 'sec-4']).toContain(row.who.passage);
      if (row.when.kind !== 'none') expect(quoteAppearsIn(row.when.quote, text.get(row.when.passage)!), `${row.passage} when`).toBe(true);
    }
  });

  it.each([
    ['sec-2-a', 'The United States (a policy)', 'none'],
    ['sec-3-a-iii', 'Secretary of Defense', 'sixty-days'],
    ['sec-3-c', 'Secretary of Defense, jointly with the Director of the Office of Management and Budget (OMB)', 'sixty-days'],
    [
      'sec-3-d-ii',
      'Secretary of Defense, in cooperation with United States Strategic Command (STRATCOM) and United States Northern Command (NORTHCOM)',
      'sixty-days',
    ],
    ['sec-4-b', 'Secretary of Defense (directs a review)', 'after-architecture'],
  ])('%s: %s, deadline %s', (passage, who, kind) => {
    const row = requirements.find((r) => r.passage === passage)!;
    expect(row.who.text).toBe(who);
    expect(row.when.kind).toBe(kind);
  });

  it('fills phases and threats from the elements that cite each passage', () => {
    const rows = buildMatrix(
      requirements,
      elements,
      order.map((p) => p.id),
    );
    const sbi = rows.find((row) => row.passage === 'sec-3-a-iii')!;
    expect(sbi.elements.map((e) => e.id)).toContain('space-based-interceptors');
    expect(sbi.phaseCounts.boost).toBeGreaterThan(0);
    expect(sbi.phaseCounts.terminal).toBe(0);
    for (const row of rows) {
      expect(row.elements.length, row.passage).toBeGreaterThan(0);
      const citing = elements.filter((e) => e.cites.some((c) => c.passage === row.passage));
      expect(row.threatCounts.ballistic).toBe(citing.filter((e) => e.threats.includes('ballistic')).length);
    }
    expect(rows.map((row) => row.deadlineRank)).toEqual(
      requirements.map((row) => ({ 'sixty-days': 0, 'after-architecture': 1, none: 2 })[row.when.kind]),
    );
  });
});

describe('table sorting and filtering', () => {
  it.each([
    ['2', '10', -8],
    ['a', 'b', -1],
    ['Sec. 3(a)(ii)', 'Sec. 3(a)(iii)', -1],
  ])('compareValues(%s, %s) has the sign of %i', (a, b, sign) => {
    expect(Math.sign(compareValues(a, b))).toBe(Math.sign(sign));
  });

  it('sorts both ways and keeps ties in place', () => {
    expect(sortOrder(['3', '1', '2', '1'], 'ascending')).toEqual([1, 3, 2, 0]);
    expect(sortOrder(['3', '1', '2', '1'], 'descending')).toEqual([0, 2, 1, 3]);
  });

  it('filters by words and by required non-zero counts', () => {
    expect(rowMatches('Plans for a custody layer', 'custody plans', {}, [])).toBe(true);
    expect(rowMatches('Plans for a custody layer', 'interceptor', {}, [])).toBe(false);
    expect(rowMatches('x', '', { phaseBoost: 2, threatCruise: 0 }, ['phaseBoost'])).toBe(true);
    expect(rowMatches('x', '', { phaseBoost: 2, threatCruise: 0 }, ['phaseBoost', 'threatCruise'])).toBe(false);
  });
});

describe('the crosswalk', () => {
  const [{ data }] = readCollection('.', 'crosswalk');

  it('maps three taxonomies, each with a source and an official status', () => {
    expect(data.taxonomies.map((t) => t.id)).toEqual(['phases', 'slides', 'cbo']);
    expect(data.taxonomies.map((t) => t.layers.length)).toEqual([3, 4, 4]);
    expect(data.taxonomies.find((t) => t.id === 'slides')!.status).toBe('reported');
    expect(data.taxonomies.find((t) => t.id === 'cbo')!.layers.map((l) => l.label)).toEqual([
      'Space-based',
      'Wide-area upper',
      'Wide-area lower',
      'Surface regional-sector',
    ]);
  });

  it('links every layer to at least one other, with a reason', () => {
    for (const taxonomy of crosswalkList(data)) {
      for (const layer of taxonomy.layers) {
        expect(layer.links.length, layer.key).toBeGreaterThan(0);
        for (const link of layer.links) expect(link.why.length).toBeGreaterThan(20);
      }
    }
  });

  it('lays out columns left to right and draws a curve per link', () => {
    const layout = layoutCrosswalk(data, 900);
    expect(layout.columns.map((c) => c.x)).toEqual([0, Math.round((900 - NODE_WIDTH) / 2), 900 - NODE_WIDTH]);
    expect(layout.links).toHaveLength(data.links.length);
    for (const link of layout.links) expect(link.path).toMatch(/^M[\d.]+,[\d.]+C/);
  });

  it('refuses a link to an unknown layer, naming it', () => {
    expect(() => layoutCrosswalk({ ...data, links: [{ from: 'phases:boost', to: 'cbo:lasers', why: 'no' }] })).toThrow('cbo:lasers');
  });
});
