/** /teach/cartridges/<id>.imscc: one diagram's embed page and the passages it shows, as a cartridge of its own. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DIAGRAMS } from '../../../diagrams/registry.ts';
import { diagramCartridgeBytes } from '../../../data/cartridge.ts';

export const getStaticPaths = (() => DIAGRAMS.map((diagram) => ({ params: { id: diagram.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await diagramCartridgeBytes(DIAGRAMS, String(params.id)), { headers: { 'content-type': 'application/vnd.ims.imsccv1p1' } });
