/**
 * A static file server for the tests: serves the built site (dist/) the way a static host does,
 * optionally under a base path (`--base /golden-dome/`). Used instead of `astro preview` so the
 * tests never collide with a preview a developer has running, and so tests can serve the site
 * under a base path or on a second origin.
 *   node scripts/serve-static.mjs [--dir dist] [--port 4322] [--base /]
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import compression from 'compression';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4322' },
    base: { type: 'string', default: '/' },
  },
});
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
// Like GitHub Pages, allow any origin to load the files: embed pages run in sandboxed frames
// (an opaque "null" origin), where module scripts are fetched with CORS (see docs/DEPLOY.md).
// No ETags: a 304 answer would come without the CORS header and break a sandboxed frame's scripts.
const serve = sirv(values.dir, {
  dev: true,
  etag: false,
  extensions: ['html'],
  setHeaders: (response) => response.setHeader('Access-Control-Allow-Origin', '*'),
});

// gzip, as every static host does, so that page weights and Lighthouse see real transfer sizes.
const compress = compression();

const server = createServer((request, response) => compress(request, response, () => handle(request, response)));

function handle(request, response) {
  const url = request.url ?? '/';
  if (!url.startsWith(base) && `${url}/` !== base) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  request.url = `/${url.slice(base.length)}`;
  serve(request, response, () => {
    response.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title><p>Not found</p>');
  });
}
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`serving ${values.dir} at http://127.0.0.1:${values.port}${base}`);
});
