/** Registers the `client:interaction` directive (src/directives/interaction.ts) with Astro. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function hydrateOnInteraction(): AstroIntegration {
  return {
    name: 'golden-dome:hydrate-on-interaction',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        // A path, not a URL: Astro hands the entrypoint to esbuild as an import specifier.
        addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('../../directives/interaction.ts', import.meta.url)) });
      },
    },
  };
}
