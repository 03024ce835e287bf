/**
 * What a built page costs to load: the JavaScript it runs (scripts it names, island components
 * and renderers, and every module they import, each counted once) and its total transfer, gzip
 * sizes. Islands that hydrate on the reader's first interaction (`client:interaction`) are
 * counted twice over: in `js` and `total`, everything the page can load; in `jsAtLoad` and
 * `totalAtLoad`, only what loads before anyone touches it. Reads dist/ only; used by
 * `npm run bench` and by the budget test.
 */
import { deferredScriptUrls } from '../../src/build/html-tidy.ts';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/**
 * Script URLs a page's HTML asks for: module scripts (in the markup, or imported after the first
 * paint by the loader that src/build/html-tidy.ts writes: they still load at once, unasked), and
 * Astro islands' component and renderer. With `atLoad`, only those loaded before any interaction:
 * islands with `client="interaction"` are left out, unless another island that hydrates earlier
 * needs the same file.
 */
export function scriptUrls(html: string, { atLoad = false } = {}): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) urls.add(match[1]);
  for (const url of deferredScriptUrls(html)) urls.add(url);
  for (const [island] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    if (atLoad && /\bclient="interaction"/.test(island)) continue;
    for (const match of island.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g))
      if (match[1]) urls.add(match[1]);
  }
  return [...urls];
}

/** Relative module specifiers a JavaScript file imports statically: they load with it. */
export function importedSpecifiers(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) found.add(match[1]);
  return [...found];
}

/**
 * Modules a JavaScript file imports dynamically (`import("./x.js")`, with quotes or backticks), and
 * the dependencies Vite lists for them (`__vite__mapDeps`: paths from the site's root, like
 * "_astro/x.js", returned with a leading slash). They load only when the code runs the import:
 * for the layered diagram's loader, on the reader's first interaction.
 */
export function dynamicSpecifiers(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) found.add(match[1]);
  const deps = /__vite__mapDeps=[^\n]*?\[((?:"[^"]*",?)*)\]/.exec(code);
  if (deps) for (const match of deps[1].matchAll(/"([^"]+)"/g)) found.add(`/${match[1]}`);
  return [...found];
}

export interface PageWeight {
  page: string;
  /** gzip bytes of the HTML. */
  html: number;
  /** gzip bytes of every JavaScript file the page loads, each once, dynamic imports included. */
  js: number;
  /** The same, before any interaction: without islands that hydrate on interaction, and without dynamic imports. */
  jsAtLoad: number;
  /** gzip bytes of the CSS it links. */
  css: number;
  /** gzip bytes of the islands' props files (data-props-src), fetched when they hydrate. */
  islandData: number;
  /** html + js + css + islandData. */
  total: number;
  /** html + jsAtLoad + css: what a reader who never touches the page downloads. */
  totalAtLoad: number;
  jsFiles: string[];
}

/** Map a site URL (with the base path) to a file in dist/. */
function fileFor(dist: string, base: string, url: string): string {
  const path = url.split(/[?#]/)[0];
  const withoutBase = path.startsWith(base) ? path.slice(base.length - 1) : path;
  return join(dist, withoutBase);
}

/** Weigh one page of the build (`page` is a site path like `/layers/`, or a file like `/404.html`). */
export function weighPage(dist: string, page: string, base = '/'): PageWeight {
  const htmlFile = page.endsWith('.html') ? fileFor(dist, base, page) : join(fileFor(dist, base, page), 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const inline = inlineScripts.trim() ? gzipSize(inlineScripts) : 0;
  const all = moduleClosure(
    dist,
    base,
    scriptUrls(html).map((url) => fileFor(dist, base, url)),
    { dynamic: true },
  );
  const atLoad = moduleClosure(
    dist,
    base,
    scriptUrls(html, { atLoad: true }).map((url) => fileFor(dist, base, url)),
    { dynamic: false },
  );
  const weigh = (files: Set<string>) => [...files].reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0) + inline;
  const cssUrls = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const css = cssUrls.reduce((sum, url) => {
    const file = fileFor(dist, base, url);
    return sum + (existsSync(file) ? gzipSize(readFileSync(file)) : 0);
  }, 0);
  const dataUrls = new Set([...html.matchAll(/\bdata-(?:props-)?src="([^"]+)"/g)].map((m) => m[1]));
  const islandData = [...dataUrls].reduce((sum, url) => sum + gzipSize(readFileSync(fileFor(dist, base, url))), 0);
  const htmlSize = gzipSize(html);
  const js = weigh(all);
  const jsAtLoad = weigh(atLoad);
  return {
    page,
    html: htmlSize,
    js,
    jsAtLoad,
    css,
    islandData,
    total: htmlSize + js + css + islandData,
    totalAtLoad: htmlSize + jsAtLoad + css,
    jsFiles: [...all].map((file) => file.slice(dist.length)),
  };
}

/**
 * The files that some entry files import, with the entries themselves (existing files only):
 * static imports always, dynamic ones (and Vite's lists of their dependencies) with `dynamic`.
 */
function moduleClosure(dist: string, base: string, entries: string[], { dynamic }: { dynamic: boolean }): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = normalize(queue.shift()!);
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const specifiers = dynamic ? [...importedSpecifiers(code), ...dynamicSpecifiers(code)] : importedSpecifiers(code);
    for (const specifier of specifiers) {
      queue.push(specifier.startsWith('/') ? fileFor(dist, base, `${base}${specifier.slice(1)}`) : join(dirname(file), specifier));
    }
  }
  return seen;
}
