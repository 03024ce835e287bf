import { describe, expect, it } from 'vitest';
import { eventChange, latestEventDate, mergeChanges } from './changes.ts';
import type { Change } from './schema/changes.ts';
import type { HistoryEvent } from './schema/history.ts';

const written = (id: string, date: string): Change => ({ id, date, title: id, summary: 's', pages: ['/'] });
const event = (id: string, date: string, added?: string): HistoryEvent => ({
  id,
  date,
  title: `T ${id}`,
  text: `Text ${id}.`,
  source: 's',
  also: [],
  added,
});

describe('eventChange', () => {
  it('announces an event on the day it was added, linking its place on the timeline', () => {
    expect(eventChange({ ...event('shield', '2025-12-02', '2026-12-07'), added: '2026-12-07', date: '2025-12-02' })).toEqual({
      id: 'event-shield',
      date: '2026-12-07',
      title: 'On the timeline: T shield',
      summary: 'December 2, 2025. Text shield.',
      pages: ['/timeline/#event-shield'],
    });
  });
});

describe('mergeChanges', () => {
  it('puts a day’s written entries first, then its added events newest first, and leaves events without `added` out', () => {
    const merged = mergeChanges(
      [written('round-2', '2026-12-07'), written('round-1', '2026-12-02'), written('launch', '2026-11-22')],
      [
        event('old', '2025-05-20'),
        event('a', '2025-06-11', '2026-12-07'),
        event('b', '2026-06-24', '2026-12-07'),
        event('c', '2025-07-01', '2026-12-03'),
      ],
    );
    expect(merged.map((change) => change.id)).toEqual(['round-2', 'event-b', 'event-a', 'event-c', 'round-1', 'launch']);
  });
});

describe('latestEventDate', () => {
  it('takes the newest date, full or partial, and skips computed events', () => {
    expect(latestEventDate([{ date: '2026-04' }, { date: '2026-06-24' }, { date: undefined }, { date: '2025' }])).toBe('2026-06-24');
    expect(latestEventDate([])).toBeNull();
  });
});
