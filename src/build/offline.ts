/**
 * The offline copy and the classroom pack, written into dist/ after everything else.
 *
 * - `writeServiceWorker()`: Workbox's generateSW writes /sw.js with a precache manifest of what a
 *   classroom needs (every page and embed, the scripts, the downloads, the cartridges, Pagefind's
 *   index and wasm), each file with a hash of its content, so a deploy that changes a file gives a
 *   new worker, which installs beside the old one and waits until the reader chooses to reload
 *   (src/lib/browser/offline.ts). A library rather than our own: precache versioning, cleanup of
 *   old caches and the waiting/activation dance are where hand-written workers go wrong.
 * - `writeClassroomPack()`: one zip of the built site (fflate), for a USB stick.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { generateSW } from 'workbox-build';

import { PACK_FILE, PACK_FOLDER, WORKER_FILE } from '../lib/offline-files.ts';

/**
 * Left out of the precache: link-preview cards (for social sites, never shown on a page), the
 * host-side `_headers`, Pagefind's own UIs (the site has its own search page), and the pack,
 * which is the site again.
 */
export const PRECACHE_IGNORES = ['og/**', '_headers', 'pagefind/pagefind-*ui*', PACK_FILE, WORKER_FILE];

export interface WorkerReport {
  count: number;
  size: number;
  warnings: string[];
}

/** Write dist/sw.js for a site served under `base` ("/" or "/golden-dome/"). */
export async function writeServiceWorker(dist: string, base: string): Promise<WorkerReport> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*'],
    globIgnores: PRECACHE_IGNORES,
    swDest: join(dist, WORKER_FILE),
    modifyURLPrefix: { '': prefix },
    // /layers/ is /layers/index.html; an embed's ?theme=dark or a view's ?threat= is the same file.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // The first visit's page comes under the worker at once; a new deploy's worker waits for the reader.
    clientsClaim: true,
    skipWaiting: false,
    // One file, same origin: nothing for the CSP to allow beyond 'self'.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  return { count, size, warnings };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/** What the pack says about itself, at its root. */
export function packReadme(base: string): string {
  return `Golden Dome, Explained: the classroom pack
==========================================

The whole site, for a classroom without a connection. Site content CC BY 4.0; the code MIT.

Serve it (recommended: every page, the search and the diagrams' tools work):
  cd ${PACK_FOLDER} && python3 -m http.server 8000
then open http://localhost:8000${base}
(any static server works; serve this folder as the site's root${base === '/' ? '' : `, under ${base}`}).

Opened from disk (file://), each page's text and figures show, styled, but links between pages,
search and the interactive parts do not work: browsers run no module scripts from file:// and the
site's links start at the server's root.

The course cartridge for a learning platform: teach/golden-dome.imscc.
`;
}

/**
 * Zip the built site (everything but the pack itself and the link-preview cards) into
 * dist/downloads/golden-dome-classroom.zip, in a fixed order with a fixed date on every entry.
 */
export function writeClassroomPack(dist: string, base: string, modified: Date): { files: number; bytes: number } {
  const entries: Zippable = {};
  const options = { mtime: modified, level: 6 as const };
  entries[`${PACK_FOLDER}/README.txt`] = [new TextEncoder().encode(packReadme(base)), options];
  for (const path of filesUnder(dist)) {
    if (path === PACK_FILE || path.startsWith('og/')) continue;
    entries[`${PACK_FOLDER}/${path}`] = [readFileSync(join(dist, path)), options];
  }
  const zip = zipSync(entries);
  writeFileSync(join(dist, PACK_FILE), zip);
  return { files: Object.keys(entries).length, bytes: zip.length };
}
