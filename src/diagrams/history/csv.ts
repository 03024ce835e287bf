/** /downloads/history.csv: every event with its date, whether the date is computed, and its sources. */
import { getHistory } from './data.ts';
import { getSourcesById } from '../../data/site.ts';
import { labelFor } from '../../lib/order.ts';
import type { CsvRow } from '../../lib/csv.ts';

export async function csvRows(): Promise<CsvRow[]> {
  const events = await getHistory();
  const sources = await getSourcesById();
  const cite = (id: string) => `${sources.get(id)!.publisher}: ${sources.get(id)!.title}`;
  return [
    ['date', 'event', 'text', 'computed', 'sources', 'order_passage'],
    ...events.map((e) => [
      e.date,
      e.title,
      e.text,
      e.derived ? 'yes' : 'no',
      [e.source, ...e.also]
        .filter((id): id is string => Boolean(id))
        .map(cite)
        .join('; ') || null,
      e.passage ? labelFor(e.passage) : null,
    ]),
  ];
}
