/** /data/layers.json (a route the diagram-routes integration injects): the layered diagram's client data (client-data.ts). */
import type { APIRoute } from 'astro';
import { getLayeredInputs } from './data.ts';
import { layeredClientData } from './client-data.ts';

export const GET: APIRoute = async () => {
  const { model } = await getLayeredInputs();
  return new Response(JSON.stringify(layeredClientData(model)), { headers: { 'content-type': 'application/json' } });
};
