/** /downloads/crosswalk.csv: every link between two layer names, with the reason for it. */
import { getCrosswalk } from './data.ts';
import type { CsvRow } from '../../lib/csv.ts';

export async function csvRows(): Promise<CsvRow[]> {
  const crosswalk = await getCrosswalk();
  const label = new Map(crosswalk.taxonomies.flatMap((t) => t.layers.map((l) => [`${t.id}:${l.id}`, `${l.label} (${t.name})`])));
  return [['from', 'to', 'why'], ...crosswalk.links.map((link) => [label.get(link.from)!, label.get(link.to)!, link.why])];
}
