/** /downloads/matrix.csv: every requirement, who and by when, what is publicly known, and the elements that explain it. */
import { getMatrixRows } from './data.ts';
import { orderMeta } from '../../data/site.ts';
import { addDays } from '../../lib/dates.ts';
import { labelFor } from '../../lib/order.ts';
import { PHASES, THREATS } from '../../lib/vocabulary.ts';
import type { CsvRow } from '../../lib/csv.ts';

export async function csvRows(): Promise<CsvRow[]> {
  const rows = await getMatrixRows();
  const deadline = addDays(orderMeta.signed, 60);
  return [
    [
      'passage',
      'requires',
      'who',
      'by_when',
      'publicly_known',
      'searched',
      ...PHASES.map((p) => `elements_${p}`),
      ...THREATS.map((t) => `elements_${t}`),
      'explained_by',
    ],
    ...rows.map((r) => [
      labelFor(r.passage),
      r.does,
      r.who.text,
      r.when.kind === 'sixty-days' ? `${r.when.text} (by ${deadline})` : r.when.text,
      r.delivery.known.map((report) => `${report.date}: ${report.text}`).join(' | ') || 'nothing public found',
      r.delivery.searched,
      ...PHASES.map((p) => r.phaseCounts[p]),
      ...THREATS.map((t) => r.threatCounts[t]),
      r.elements.map((e) => e.title).join('; '),
    ]),
  ];
}
