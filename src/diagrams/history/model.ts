/**
 * The history timeline's events with their dates resolved: computed deadlines are counted from
 * the event they depend on (the 60-day deadline from the signing date), never typed in.
 */
import { addDays } from '../../lib/dates.ts';
import type { HistoryEvent } from '../../lib/schema/history.ts';

export interface ResolvedEvent extends Omit<HistoryEvent, 'date'> {
  /** The event's date, as precise as known (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  date: string;
  /** True when the date was computed (a deadline set by the order). */
  derived: boolean;
}

/** Resolve computed dates and sort by date (earliest first). Throws, naming the event, on a bad reference. */
export function resolveHistory(events: readonly HistoryEvent[]): ResolvedEvent[] {
  const byId = new Map(events.map((event) => [event.id, event]));
  const resolved = events.map((event): ResolvedEvent => {
    if (event.date) return { ...event, date: event.date, derived: false };
    const from = byId.get(event.computed!.from);
    if (!from?.date || !/^\d{4}-\d{2}-\d{2}$/.test(from.date)) {
      throw new Error(`History event "${event.id}" is computed from "${event.computed!.from}", which needs a full date.`);
    }
    return { ...event, date: addDays(from.date, event.computed!.days), derived: true };
  });
  return resolved.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** A sortable, plottable instant for a partial date: the middle of its year or month. */
export function dateValue(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return new Date(Date.UTC(year, 6, 1));
  if (!day) return new Date(Date.UTC(year, month - 1, 15));
  return new Date(Date.UTC(year, month - 1, day));
}
