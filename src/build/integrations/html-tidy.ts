/** After the build, tidies every page (see ../html-tidy.ts). */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sep } from 'node:path';
import { htmlFiles } from '../site-files.ts';
import { tidyPage } from '../html-tidy.ts';

export default function htmlTidy(): AstroIntegration {
  return {
    name: 'golden-dome:html-tidy',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const embeds = `${root.endsWith(sep) ? root : root + sep}embed${sep}`;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const tidy = tidyPage(html, { deferScripts: !file.startsWith(embeds) });
          if (tidy !== html) writeFileSync(file, tidy);
        }
      },
    },
  };
}
