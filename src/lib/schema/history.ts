import { z } from 'astro/zod';

import { eventId, fullDate, id, partialDate, passageId, sourceId } from './fields.ts';

/**
 * One event on the history timeline (content/history/events.yaml). It has either a `date` or a
 * `computed` date (a deadline the order sets, counted from another event), and cites a source
 * id, a passage of the order, or both.
 */
export const historyEventSchema = z
  .object({
    id,
    /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source. */
    date: partialDate.optional(),
    /** A date counted from another event's full date: `{ from: order-signed, days: 60 }`. */
    computed: z.object({ from: eventId, days: z.number().int() }).optional(),
    title: z.string().min(1).max(90),
    /** One or two sentences; quotes in double quotes are the source's words. */
    text: z.string().min(1),
    source: sourceId.optional(),
    /** Further sources for other parts of the text, in the order the text uses them. */
    also: z.array(sourceId).default([]),
    /** Paragraph id of the order, for events the order records or sets. */
    passage: passageId.optional(),
    /**
     * The day the event was added to the site (YYYY-MM-DD): it then has its own entry in "What's
     * new" and the Atom feed (src/lib/changes.ts), so a new event is announced without a second
     * copy of its text in content/changes/changes.yaml.
     */
    added: fullDate.optional(),
  })
  .refine((event) => Boolean(event.date) !== Boolean(event.computed), { message: 'give exactly one of date or computed' })
  .refine((event) => Boolean(event.source || event.passage), { message: 'cite a source or a passage' });

export type HistoryEvent = z.infer<typeof historyEventSchema>;
