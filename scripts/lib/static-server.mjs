/**
 * The static file server the tests use: serves the built site (dist/) the way a static host does,
 * optionally under a base path, gzipped. scripts/serve-static.mjs runs it from the command line;
 * tests that need a second origin, a host without CORS, or pages with a test probe create their
 * own in the test process.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import sirv from 'sirv';
import compression from 'compression';

/**
 * @typedef {object} StaticOptions
 * @property {string} [dir] the folder to serve (default dist)
 * @property {string} [base] the base path the site lives under (default /)
 * @property {boolean} [cors] send `Access-Control-Allow-Origin: *` on every file, as GitHub Pages
 *   does (default true). Embed pages run in sandboxed frames (an opaque "null" origin), where
 *   module scripts are fetched with CORS, so islands inside an embed hydrate only with it;
 *   `cors: false` is a plain host that sends none.
 * @property {(html: string) => string} [transformHtml] rewrites every HTML page before it is sent
 *   (the engine tests add their error probe with it)
 */

/**
 * The request handler: serves `dir` under `base`, and answers 404 with the build's 404.html (or a small page).
 * @param {StaticOptions} [options]
 * @returns {import('node:http').RequestListener}
 */
export function staticHandler({ dir = 'dist', base = '/', cors = true, transformHtml } = {}) {
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
    const page = transformHtml && htmlFile(dir, request.url);
    if (page) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(cors ? { 'access-control-allow-origin': '*' } : {}) });
      response.end(transformHtml(readFileSync(page, 'utf8')));
      return;
    }
    // The site's own 404 page where the build has one, as static hosts serve 404.html.
    serve(request, response, () => {
      const notFound = join(dir, '404.html');
      const body = existsSync(notFound) ? readFileSync(notFound, 'utf8') : '<!doctype html><title>Not found</title><p>Not found</p>';
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(transformHtml ? transformHtml(body) : body);
    });
  };
  return (request, response) => compress(request, response, () => handle(request, response));
}

/**
 * The HTML file a site path resolves to, as sirv resolves it (`/a/` → a/index.html, `/a` → a.html
 * or a/index.html), or null when it is not a page.
 * @param {string} dir
 * @param {string} url
 */
function htmlFile(dir, url) {
  let path;
  try {
    // The URL parser resolves dot segments, and normalize() those that were percent-encoded.
    path = normalize(decodeURIComponent(new URL(url, 'http://x').pathname));
  } catch {
    return null;
  }
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
  return (
    candidates
      .map((candidate) => join(dir, candidate))
      .find((file) => file.endsWith('.html') && existsSync(file) && statSync(file).isFile()) ?? null
  );
}

/**
 * An http.Server (not yet listening) that serves `dir` under `base`.
 * @param {StaticOptions} [options]
 */
export function createStaticServer(options) {
  return createServer(staticHandler(options));
}
