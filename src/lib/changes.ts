/**
 * "What's new" (/changes/ and the Atom feed /changes.xml) from two kinds of content: the entries
 * written in content/changes/changes.yaml, and one entry per history event that carries an
 * `added` date (content/history/events.yaml), so a new event is announced with its own dated
 * entry without a second copy of its text. Pure: the data layer (src/data/changes.ts) passes both.
 */
import { formatLongDate } from './dates.ts';
import type { Change } from './schema/changes.ts';
import type { HistoryEvent } from './schema/history.ts';

/** The feed id of an event's entry: stable as long as the event's id is (never change either). */
export const eventChangeId = (eventId: string) => `event-${eventId}`;

/** The entry that announces one added event: its date is the day it was added, not the event's. */
export function eventChange(event: HistoryEvent & { added: string; date: string }): Change {
  return {
    id: eventChangeId(event.id),
    date: event.added,
    title: `On the timeline: ${event.title}`,
    summary: `${formatLongDate(event.date)}. ${event.text}`,
    pages: [`/timeline/#event-${event.id}`],
  };
}

/**
 * Every change, newest first. On one day the written entries come first (they say what a round of
 * work did), then the events added that day, the most recent event first.
 */
export function mergeChanges(written: readonly Change[], events: readonly HistoryEvent[]): Change[] {
  const added = events
    .filter((event): event is HistoryEvent & { added: string; date: string } => Boolean(event.added && event.date))
    .sort((a, b) => b.date.localeCompare(a.date))
    .map(eventChange);
  // The written file is newest first already (the content check holds it); sort keeps each list's order.
  const ranked = [
    ...written.map((change, index) => ({ change, group: 0, index })),
    ...added.map((change, index) => ({ change, group: 1, index })),
  ];
  ranked.sort((a, b) => b.change.date.localeCompare(a.change.date) || a.group - b.group || a.index - b.index);
  return ranked.map(({ change }) => change);
}

/** The newest event date in the record (a full or partial date), for "developments searched through". */
export function latestEventDate(events: readonly Pick<HistoryEvent, 'date'>[]): string | null {
  return events.reduce<string | null>((latest, event) => (event.date && (!latest || event.date > latest) ? event.date : latest), null);
}
