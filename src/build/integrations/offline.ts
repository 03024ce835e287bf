/**
 * After every other step of the build: the classroom pack first (so it holds the whole site),
 * then the service worker (so it precaches the final files; the pack is left out of it). Both
 * are src/build/offline.ts. The pack's entries carry the newest date in content/checked.yaml.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { writeClassroomPack, writeServiceWorker } from '../offline.ts';

/** The newest check date of the content, as a Date whose local fields are that day (zip stores local time). */
function contentDate(): Date {
  const dates = Object.values(parseYaml(readFileSync('content/checked.yaml', 'utf8')) as Record<string, string>).sort();
  const [year, month, day] = (dates.at(-1) ?? '2025-01-27').split('-').map(Number);
  return new Date(year, month - 1, day, 12);
}

export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'golden-dome:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pack = writeClassroomPack(dist, base, contentDate());
        logger.info(`wrote the classroom pack: ${pack.files} files, ${(pack.bytes / 1024).toFixed(0)} KB`);
        const worker = await writeServiceWorker(dist, base);
        for (const warning of worker.warnings) logger.warn(warning);
        logger.info(`wrote sw.js: ${worker.count} files precached, ${(worker.size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
