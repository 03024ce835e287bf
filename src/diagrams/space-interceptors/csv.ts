/** /downloads/space-interceptors.csv: the default scenario's inputs and every number the model gives for it. */
import { getScenarios } from './data.ts';
import { computeSbi, SBI_FIELDS, SBI_INPUTS } from './model.ts';
import type { CsvRow } from '../../lib/csv.ts';

export async function csvRows(): Promise<CsvRow[]> {
  const { defaults } = await getScenarios();
  const result = computeSbi(defaults);
  return [
    ['input', 'parameter', 'value', 'unit'],
    ...SBI_FIELDS.map((field) => [SBI_INPUTS[field].label, SBI_INPUTS[field].param, defaults[field], SBI_INPUTS[field].unit]),
    [],
    ['output', 'value'],
    ['time available (s)', result.timeAvailableS],
    ['kill-vehicle reach (km)', Math.round(result.reachKm)],
    ['reach along the ground (km)', Math.round(result.groundReachKm)],
    ['share within reach', result.inReachFraction],
    ['absentee ratio', result.absenteeRatio],
    ['interceptors needed', result.interceptorsNeeded],
  ];
}
