/**
 * Injects each registered diagram's embed page, /embed/<id>/, from its folder's Embed.astro: one
 * route per diagram (so each embed loads only its own diagram's CSS and scripts), and none to
 * write by hand. The build stops, naming the diagram, when a folder has no Embed.astro.
 * A folder with a client-data.json.ts also gets /data/<id>.json: data its script fetches when the
 * reader first reaches for the diagram, rather than carrying it in the page.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DIAGRAMS } from '../../diagrams/registry.ts';

export default function diagramRoutes(): AstroIntegration {
  return {
    name: 'golden-dome:diagram-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const diagram of DIAGRAMS) {
          const entrypoint = fileURLToPath(new URL(`../../diagrams/${diagram.id}/Embed.astro`, import.meta.url));
          if (!existsSync(entrypoint))
            throw new Error(`The diagram "${diagram.id}" has no src/diagrams/${diagram.id}/Embed.astro for its embed page.`);
          injectRoute({ pattern: `/embed/${diagram.id}`, entrypoint, prerender: true });
          const clientData = fileURLToPath(new URL(`../../diagrams/${diagram.id}/client-data.json.ts`, import.meta.url));
          if (existsSync(clientData)) injectRoute({ pattern: `/data/${diagram.id}.json`, entrypoint: clientData, prerender: true });
        }
      },
    },
  };
}
