/**
 * The static file server the tests use: serves the built site (dist/) the way a static host does,
 * optionally under a base path, gzipped. scripts/serve-static.mjs runs it from the command line;
 * tests that need a second origin, or a host without CORS, create their own in the test process.
 */
import { createServer } from 'node:http';
import sirv from 'sirv';
import compression from 'compression';

/**
 * An http.Server (not yet listening) that serves `dir` under `base`.
 * `cors`: send `Access-Control-Allow-Origin: *` on every file, as GitHub Pages does. Embed pages
 * run in sandboxed frames (an opaque "null" origin), where module scripts are fetched with CORS,
 * so islands inside an embed hydrate only with it; `cors: false` is a plain host that sends none.
 * @param {{ dir?: string, base?: string, cors?: boolean }} [options]
 */
export function createStaticServer({ dir = 'dist', base = '/', cors = true } = {}) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // No ETags: a 304 answer would come without the CORS header and break a sandboxed frame's scripts.
  const serve = sirv(dir, {
    dev: true,
    etag: false,
    extensions: ['html'],
    setHeaders: cors ? (response) => response.setHeader('Access-Control-Allow-Origin', '*') : undefined,
  });
  // gzip, as every static host does, so that page weights and Lighthouse see real transfer sizes.
  const compress = compression();
  /** @type {import('node:http').RequestListener} */
  const handle = (request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(prefix) && `${url}/` !== prefix) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    request.url = `/${url.slice(prefix.length)}`;
    serve(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title><p>Not found</p>');
    });
  };
  return createServer((request, response) => compress(request, response, () => handle(request, response)));
}
