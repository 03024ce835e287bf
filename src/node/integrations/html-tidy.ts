/** After the build, tidies every page (see ../html-tidy.ts). */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../site-files.ts';
import { tidyPage } from '../html-tidy.ts';

export default function htmlTidy(): AstroIntegration {
  return {
    name: 'golden-dome:html-tidy',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const tidy = tidyPage(html);
          if (tidy !== html) writeFileSync(file, tidy);
        }
      },
    },
  };
}
