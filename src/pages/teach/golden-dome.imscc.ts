/** /teach/golden-dome.imscc: the lesson kit as an IMS Common Cartridge 1.1 (src/lib/cartridge/). */
import type { APIRoute } from 'astro';
import { courseCartridgeBytes } from '../../data/cartridge.ts';
import { DIAGRAMS } from '../../diagrams/registry.ts';

export const GET: APIRoute = async () =>
  new Response(await courseCartridgeBytes(DIAGRAMS), { headers: { 'content-type': 'application/vnd.ims.imsccv1p1' } });
