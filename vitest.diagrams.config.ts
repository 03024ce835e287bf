import { getViteConfig } from 'astro/config';

/**
 * The diagram snapshots (src/diagrams/snapshots.test.ts): Astro components rendered with the
 * Container API need Astro's Vite plugins (its compiler, the Svelte integration), which
 * getViteConfig adds from astro.config.mjs.
 */
export default getViteConfig({
  test: {
    name: 'diagrams',
    include: ['src/diagrams/snapshots.test.ts', 'src/diagrams/figures.test.ts'],
    testTimeout: 60_000,
  },
});
