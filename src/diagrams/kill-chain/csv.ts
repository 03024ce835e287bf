/** /downloads/kill-chain.csv: each fuel's phases with their sources, then each layer's windows, assumed ones marked. */
import { getKillChainData, getKillChainInputs } from './data.ts';
import { getSourcesById } from '../../data/site.ts';
import type { CsvRow } from '../../lib/csv.ts';

export async function csvRows(): Promise<CsvRow[]> {
  const { chains } = await getKillChainInputs();
  const data = await getKillChainData();
  const sources = await getSourcesById();
  return [
    ['fuel', 'phase', 'start_s', 'end_s', 'duration_s', 'source', 'source_says'],
    ...chains.flatMap((chain) =>
      chain.phases.map((span) => [
        chain.label,
        span.phase,
        span.start,
        span.end,
        span.end - span.start,
        sources.get(span.source)!.publisher,
        span.sourceText,
      ]),
    ),
    [],
    ['fuel', 'layer', 'window', 'start_s', 'end_s', 'assumed'],
    ...chains.flatMap((chain) =>
      chain.rows.flatMap((row) => row.segments.map((s) => [chain.label, row.title, s.kind, s.start, s.end, s.assumed ? 'yes' : 'no'])),
    ),
    [],
    ['assumption', 'seconds'],
    ['detection', data.detectSeconds],
    ['decision and launch', data.decisionSeconds],
  ];
}
