// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import citationCheck from './src/integrations/citation-check.ts';

/**
 * Deployment settings come from the environment so one build can serve any host:
 *   SITE_URL   the public origin, e.g. https://example.org (used for the sitemap, canonical and
 *              embed links); defaults to the local preview address.
 *   BASE_PATH  the path the site is served under, e.g. /golden-dome/ (default /).
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [citationCheck(), svelte(), mdx(), sitemap()],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
