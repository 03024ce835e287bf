/** Writes dist/_headers after the build, from the list of pages built (see src/lib/static-headers.ts). */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../../lib/static-headers.ts';

export default function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'golden-dome:static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const paths = pages.map((page) => `/${page.pathname}`.replace(/\/+$/, '/').replace(/^\/+/, '/'));
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(paths, base));
        logger.info(`wrote _headers for ${paths.length} pages`);
      },
    },
  };
}
