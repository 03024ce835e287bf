/** /oembed/<id>.json: oEmbed 1.0 for each diagram, so WordPress-style hosts can embed by URL. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DIAGRAMS, diagramById } from '../../diagrams/registry.ts';
import { oembedFor } from '../../data/embeds.ts';

export const getStaticPaths = (() => DIAGRAMS.map((diagram) => ({ params: { id: diagram.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const diagram = diagramById(String(params.id))!;
  return new Response(JSON.stringify(oembedFor(diagram), null, 2), { headers: { 'content-type': 'application/json+oembed' } });
};
