/**
 * /downloads/<id>.csv: the facts each diagram shows, as a table, built from the same data as the
 * diagram. Each diagram's folder has a csv.ts; this route finds them by the registry's ids, so a
 * new diagram needs no change here (and the build fails, naming it, if its csv.ts is missing).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DIAGRAMS } from '../../diagrams/registry.ts';
import { toCsv, type CsvRow } from '../../lib/csv.ts';

const modules = import.meta.glob<{ csvRows: () => Promise<CsvRow[]> }>('../../diagrams/*/csv.ts');

function csvModule(id: string) {
  const load = modules[`../../diagrams/${id}/csv.ts`];
  if (!load) throw new Error(`The diagram "${id}" has no src/diagrams/${id}/csv.ts.`);
  return load;
}

export const getStaticPaths = (() => DIAGRAMS.map((diagram) => ({ params: { id: diagram.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { csvRows } = await csvModule(String(params.id))();
  return new Response(toCsv(await csvRows()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
