/** /downloads/layers.csv: every part of the diagram, the phases it acts in, the threats it can engage, and the passages it cites. */
import { getLayeredInputs } from './data.ts';
import { DIAGRAM_THREATS, PHASES } from '../../lib/vocabulary.ts';
import type { CsvRow } from '../../lib/csv.ts';

export async function csvRows(): Promise<CsvRow[]> {
  const { model } = await getLayeredInputs();
  return [
    ['element', 'title', ...PHASES.map((p) => `acts_in_${p}`), ...DIAGRAM_THREATS.map((t) => `engages_${t}`), 'cites'],
    ...[...model.drawn, ...model.key].map((e) => [
      e.id,
      e.title,
      ...PHASES.map((p) => (e.phases.includes(p) ? 'yes' : 'no')),
      ...DIAGRAM_THREATS.map((t) => (e.fades[t] ? `no: ${e.fades[t]!.reason}` : e.threats.includes(t) ? 'yes' : 'not stated')),
      e.cites.map((c) => c.label).join('; '),
    ]),
  ];
}
