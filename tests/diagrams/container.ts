/**
 * Astro's Container API set up as the build renders the diagrams: the Svelte renderer for their
 * islands, and the site's own client directive (src/directives/interaction.ts), whose script is
 * not what these tests look at. For the tests of the diagrams' project (vitest.diagrams.config.ts).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/svelte/container-renderer';
import { loadRenderers } from 'astro:container';
import type { SSRManifest } from 'astro';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

export type { AstroComponentFactory };

export async function diagramContainer(): Promise<AstroContainer> {
  return AstroContainer.create({
    renderers: await loadRenderers([getContainerRenderer()]),
    manifest: {
      clientDirectives: new Map([['interaction', '/* src/directives/interaction.ts, not under test */']]),
    } as unknown as SSRManifest,
  });
}
