/** /data/land-110m.json: the land outline for the explorable's globe (a static file at build). */
import type { APIRoute } from 'astro';
import { getLand } from '../../diagrams/space-interceptors/land.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(getLand()), { headers: { 'content-type': 'application/json' } });
