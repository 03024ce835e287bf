/**
 * A static file server for the tests: serves the built site (dist/) the way a static host does,
 * optionally under a base path (`--base /golden-dome/`). Used instead of `astro preview` so the
 * tests never collide with a preview a developer has running, and so tests can serve the site
 * under a base path or on a second origin. `--no-cors` leaves out the
 * `Access-Control-Allow-Origin` header, like a plain host (see scripts/lib/static-server.mjs).
 *   node scripts/serve-static.mjs [--dir dist] [--port 4322] [--base /] [--no-cors]
 */
import { parseArgs } from 'node:util';
import { createStaticServer } from './lib/static-server.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4322' },
    base: { type: 'string', default: '/' },
    'no-cors': { type: 'boolean', default: false },
  },
});
const server = createStaticServer({ dir: values.dir, base: values.base, cors: !values['no-cors'] });
server.listen(Number(values.port), '127.0.0.1', () => {
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
  console.log(`serving ${values.dir} at http://127.0.0.1:${values.port}${base}${values['no-cors'] ? ' (no CORS header)' : ''}`);
});
