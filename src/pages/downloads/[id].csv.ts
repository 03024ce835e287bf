/**
 * /downloads/<id>.csv: the facts each diagram shows, as a table. Built from the same data as the
 * diagram, so the two cannot differ.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { DIAGRAMS } from '../../diagrams/registry.ts';
import { toCsv } from '../../lib/csv.ts';
import { getLayeredInputs } from '../../diagrams/layers/data.ts';
import { getHistory, getKillChainInputs } from '../../diagrams/kill-chain/data.ts';
import { getElements, getOrder, getSourcesById } from '../../data/site.ts';
import { buildMatrix } from '../../diagrams/matrix/model.ts';
import { labelFor } from '../../lib/order.ts';
import { PHASES, THREATS } from '../../lib/schema/vocabulary.ts';
import { DIAGRAM_THREATS } from '../../lib/schema/vocabulary.ts';
import { computeSbi, DEFAULT_INPUTS, INPUT_IDS, SBI_INPUTS, type SbiInputs } from '../../diagrams/space-interceptors/model.ts';
import { addDays } from '../../lib/dates.ts';
import { orderMeta } from '../../data/site.ts';

export const getStaticPaths = (() => DIAGRAMS.filter((diagram) => diagram.csv).map((diagram) => ({ params: { id: diagram.id } }))) satisfies GetStaticPaths;

async function rowsFor(id: string): Promise<(string | number | null)[][]> {
  switch (id) {
    case 'layers': {
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
    case 'kill-chain': {
      const { chains } = await getKillChainInputs();
      const sources = await getSourcesById();
      return [
        ['fuel', 'phase', 'start_s', 'end_s', 'duration_s', 'source', 'source_says'],
        ...chains.flatMap((chain) => chain.phases.map((span) => [chain.label, span.phase, span.start, span.end, span.end - span.start, sources.get(span.source)!.publisher, span.sourceText])),
        [],
        ['fuel', 'layer', 'window', 'start_s', 'end_s', 'assumed'],
        ...chains.flatMap((chain) => chain.rows.flatMap((row) => row.segments.map((s) => [chain.label, row.title, s.kind, s.start, s.end, s.assumed ? 'yes' : 'no']))),
      ];
    }
    case 'history': {
      const events = await getHistory();
      const sources = await getSourcesById();
      return [
        ['date', 'event', 'text', 'computed', 'source', 'order_passage'],
        ...events.map((e) => [e.date, e.title, e.text, e.derived ? 'yes' : 'no', e.source ? `${sources.get(e.source)!.publisher}: ${sources.get(e.source)!.title}` : null, e.passage ? labelFor(e.passage) : null]),
      ];
    }
    case 'matrix': {
      const [requirements] = await getCollection('requirements');
      const order = await getOrder();
      const rows = buildMatrix(requirements.data.rows, (await getElements()).map((entry) => entry.data), order.map((p) => p.id));
      const deadline = addDays(orderMeta.signed, 60);
      return [
        ['passage', 'requires', 'who', 'by_when', ...PHASES.map((p) => `elements_${p}`), ...THREATS.map((t) => `elements_${t}`), 'explained_by'],
        ...rows.map((r) => [
          labelFor(r.passage),
          r.does,
          r.who.text,
          r.when.kind === 'sixty-days' ? `${r.when.text} (by ${deadline})` : r.when.text,
          ...PHASES.map((p) => r.phaseCounts[p]),
          ...THREATS.map((t) => r.threatCounts[t]),
          r.elements.map((e) => e.title).join('; '),
        ]),
      ];
    }
    case 'crosswalk': {
      const [crosswalk] = await getCollection('crosswalk');
      const label = new Map(crosswalk.data.taxonomies.flatMap((t) => t.layers.map((l) => [`${t.id}:${l.id}`, `${l.label} (${t.name})`])));
      return [['from', 'to', 'why'], ...crosswalk.data.links.map((link) => [label.get(link.from)!, label.get(link.to)!, link.why])];
    }
    case 'space-interceptors': {
      const result = computeSbi(DEFAULT_INPUTS);
      const fields = Object.keys(SBI_INPUTS) as (keyof SbiInputs)[];
      return [
        ['input', 'parameter', 'value', 'unit'],
        ...fields.map((field) => [SBI_INPUTS[field].label, INPUT_IDS[field], DEFAULT_INPUTS[field], SBI_INPUTS[field].unit]),
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
    default:
      throw new Error(`No CSV for the diagram "${id}".`);
  }
}

export const GET: APIRoute = async ({ params }) =>
  new Response(toCsv(await rowsFor(String(params.id))), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
