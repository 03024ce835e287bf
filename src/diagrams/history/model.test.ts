import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { historyEventSchema } from '../../lib/schema/history.ts';
import { dateValue, resolveHistory } from './model.ts';
import { buildHistoryStrip } from './strip.ts';
import { readCollection } from '../../node/content.ts';

const events = (parse(readFileSync('content/history/events.yaml', 'utf8')) as unknown[]).map((raw) => historyEventSchema.parse(raw));
const resolved = resolveHistory(events);

describe('the history of the order', () => {
  it('computes the 60-day deadline from the signing date: March 28, 2025', () => {
    const deadline = resolved.find((event) => event.id === 'sixty-day-deadline')!;
    expect(deadline).toMatchObject({ date: '2025-03-28', derived: true, passage: 'sec-3' });
    expect(events.find((event) => event.id === 'sixty-day-deadline')!.date).toBeUndefined();
  });

  it('runs from SDI (1983) and the ABM Treaty withdrawal (2002) to the order and after', () => {
    expect(resolved[0]).toMatchObject({ id: 'sdi-1983', date: '1983-03-23' });
    expect(resolved.find((e) => e.id === 'abm-withdrawal-2002')?.passage).toBe('sec-1-p2');
    expect(resolved.find((e) => e.id === 'order-signed')?.date).toBe('2025-01-27');
    expect(resolved.find((e) => e.id === 'order-published')?.date).toBe('2025-02-03');
    expect(resolved.find((e) => e.id === 'renamed')?.date).toMatch(/^2025-02/);
    expect(resolved.find((e) => e.id === 'oval-office-2025')?.date).toBe('2025-05-20');
  });

  it('is in date order', () => {
    expect(resolved.map((e) => e.date)).toEqual([...resolved.map((e) => e.date)].sort());
  });

  it('cites an existing source or passage for every event', () => {
    const sources = new Set(readCollection('.', 'sources').map((entry) => entry.id));
    const passages = new Set(readCollection('.', 'order').map((entry) => entry.id));
    for (const event of resolved) {
      expect(event.source || event.passage, event.id).toBeTruthy();
      if (event.source) expect(sources.has(event.source), `${event.id}: ${event.source}`).toBe(true);
      for (const also of event.also) expect(sources.has(also), `${event.id}: ${also}`).toBe(true);
      if (event.passage) expect(passages.has(event.passage), `${event.id}: ${event.passage}`).toBe(true);
    }
  });

  it('refuses a computed date that depends on a partial date', () => {
    expect(() =>
      resolveHistory([
        { id: 'a', date: '2025', title: 'A', text: 't', source: 'x', also: [] },
        { id: 'b', computed: { from: 'a', days: 60 }, title: 'B', text: 't', passage: 'sec-3', also: [] },
      ]),
    ).toThrow('History event "b" is computed from "a", which needs a full date.');
  });

  it('rejects an event with neither date nor computed date, or with no citation (schema)', () => {
    expect(historyEventSchema.safeParse({ id: 'x', title: 'X', text: 't', source: 's' }).success).toBe(false);
    expect(historyEventSchema.safeParse({ id: 'x', date: '2025', title: 'X', text: 't' }).success).toBe(false);
  });

  it.each([
    ['2025', '2025-07-01'],
    ['2025-05', '2025-05-15'],
    ['2025-05-20', '2025-05-20'],
  ])('places the partial date %s at %s', (date, iso) => {
    expect(dateValue(date).toISOString().slice(0, 10)).toBe(iso);
  });
});

describe('buildHistoryStrip', () => {
  const strip = buildHistoryStrip(resolved, 900);

  it('splits the axis before and after the order, with every event placed once', () => {
    expect(strip.panels.map((p) => p.label)).toEqual(['Before the order', 'Since the order']);
    expect(strip.dots.map((d) => d.id).sort()).toEqual(resolved.map((e) => e.id).sort());
    for (const dot of strip.dots) expect(dot.x).toBeGreaterThanOrEqual(0);
  });

  it('lifts dots that would touch onto another row', () => {
    const rows = new Map<number, number[]>();
    for (const dot of strip.dots) rows.set(dot.row, [...(rows.get(dot.row) ?? []), dot.x]);
    for (const xs of rows.values()) {
      const sorted = [...xs].sort((a, b) => a - b);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(14);
    }
  });
});
