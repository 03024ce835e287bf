/** After the build, moves interaction islands' props out of the pages into JSON files (see ../island-props.ts). */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../site-files.ts';
import { moveIslandProps } from '../island-props.ts';

/** Where the props files go, under dist/: beside Astro's hashed assets, which hosts cache for good. */
export const PROPS_FOLDER = '_astro/props';

export default function islandProps(): AstroIntegration {
  let base = '/';
  return {
    name: 'golden-dome:island-props',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const folder = join(root, PROPS_FOLDER);
        mkdirSync(folder, { recursive: true });
        const written = new Set<string>();
        for (const file of htmlFiles(root)) {
          const { html, files } = moveIslandProps(readFileSync(file, 'utf8'), `${base}${PROPS_FOLDER}/`, relative(root, file));
          if (files.size === 0) continue;
          writeFileSync(file, html);
          for (const [name, json] of files) {
            if (!written.has(name)) writeFileSync(join(folder, name), json);
            written.add(name);
          }
        }
        logger.info(`moved interaction islands' props to ${written.size} JSON files`);
      },
    },
  };
}
