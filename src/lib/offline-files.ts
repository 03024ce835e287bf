/** Where the offline copy's files are, as paths under the site's base: shared by the build (src/build/offline.ts), the pages and the tests. */

/** The service worker, at the root of the site so that its scope is the whole site. */
export const WORKER_FILE = 'sw.js';
/** The classroom pack: one zip of the built site. */
export const PACK_FILE = 'downloads/golden-dome-classroom.zip';
/** The folder the pack unzips to. */
export const PACK_FOLDER = 'golden-dome-classroom';
