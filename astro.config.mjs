// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import citationCheck from './src/build/integrations/citation-check.ts';
import rehypeGlossary from './src/build/integrations/rehype-glossary.ts';
import pagefindIndex from './src/build/integrations/pagefind-index.ts';
import diagramExports from './src/build/integrations/diagram-exports.ts';
import linkPreviews from './src/build/integrations/link-previews.ts';
import staticHeaders from './src/build/integrations/static-headers.ts';
import htmlTidy from './src/build/integrations/html-tidy.ts';
import hydrateOnInteraction from './src/build/integrations/hydrate-on-interaction.ts';
import diagramRoutes from './src/build/integrations/diagram-routes.ts';
import islandProps from './src/build/integrations/island-props.ts';
import leanPreloadHelper from './src/build/integrations/lean-preload-helper.ts';
import offline from './src/build/integrations/offline.ts';

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
  compressHTML: true,
  integrations: [
    citationCheck(),
    hydrateOnInteraction(),
    leanPreloadHelper(),
    diagramRoutes(),
    svelte(),
    mdx(),
    // Embed pages are for frames, not for search engines (they also say noindex).
    sitemap({ filter: (page) => !page.includes('/embed/') }),
    htmlTidy(),
    // Before the exports and headers, which read the pages as they are served.
    islandProps(),
    pagefindIndex(),
    diagramExports(),
    linkPreviews(),
    staticHeaders(),
    // Last: the classroom pack zips the finished site, then the service worker precaches it.
    offline(),
  ],
  markdown: {
    // The unified (remark/rehype) processor, for one plugin: link the first use of each glossary
    // term in element pages to its definition. MDX extends this Markdown configuration.
    processor: unified({ rehypePlugins: [[rehypeGlossary, { glossaryFile: 'content/glossary/terms.yaml', base }]] }),
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // A Content Security Policy on every page (a <meta> element with hashes of Astro's own scripts
  // and styles): nothing loads from another origin, no inline script or style runs unless hashed,
  // and style attributes are refused (the diagrams place marks with SVG attributes instead; a
  // test fails on any style attribute in the build). Framing is controlled by _headers
  // (frame-ancestors does not work in a <meta> policy).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
        "frame-src 'self'",
      ],
      // Pagefind's search runs WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // The search page imports Pagefind's runtime from a URL at run time. Vite's preload helper
    // for dynamic imports breaks in scripts Astro inlines into the page, so scripts stay files
    // (assetsInlineLimit: 0), which a strict Content Security Policy prefers anyway.
    // Vite's own preload helper for dynamic imports is replaced by a lean one (the
    // lean-preload-helper integration above).
    build: { assetsInlineLimit: 0 },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // A component's script is named "X.astro_astro_type_script_index_0_lang": the part after
              // the component's name says nothing to a reader and costs every page that lists its
              // scripts (docs/BENCH.md), so its file is "X.[hash].js".
              entryFileNames: (chunk) => `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '')}.[hash].js`,
            },
          },
        },
      },
    },
  },
  // Stylesheets go into each page's <head>: no render-blocking request before the first paint
  // (the site's CSS is small: 4 to 6 KB of gzip per page). Astro hashes them for the CSP.
  build: { inlineStylesheets: 'always' },
});
