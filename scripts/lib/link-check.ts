/**
 * Checks every internal link of a built site: each href and src that points into the site must
 * reach a file, and each #fragment must name an id on the target page. Reads dist/ only (no
 * server), so it is fast and exact. External links are listed, not fetched: this machine has no
 * internet, and the site promises no requests to other origins anyway.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from '../../src/node/site-files.ts';

export { htmlFiles };

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

/** The ids an HTML page defines (id="…" and name="…" on anchors). */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => match[1]));
}

/** Links and sources in a page, skipping those a script fills in (template placeholders). */
export function linksIn(html: string): string[] {
  const withoutScripts = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<template[\s\S]*?<\/template>/g, '');
  return [...withoutScripts.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1].replace(/&amp;/g, '&'));
}

/** Resolve a link from a page to a file in dist/ and its fragment; null for links outside the site. */
export function resolveLink(link: string, pageUrl: URL, origin: URL, base: string): { file: string; fragment: string } | null {
  if (/^(mailto:|tel:|data:|javascript:)/.test(link)) return null;
  const target = new URL(link, pageUrl);
  if (target.origin !== origin.origin) return null;
  if (!target.pathname.startsWith(base)) return { file: '', fragment: '' };
  let path = decodeURIComponent(target.pathname.slice(base.length - 1));
  if (path.endsWith('/')) path += 'index.html';
  return { file: path, fragment: decodeURIComponent(target.hash.slice(1)) };
}

/** Check the site in `dist`, served at `origin` + `base`. */
export function checkLinks(dist: string, base = '/', origin = 'http://site.invalid'): { checked: number; broken: BrokenLink[] } {
  const originUrl = new URL(origin);
  const pages = new Map<string, string>();
  for (const file of htmlFiles(dist)) pages.set(`/${relative(dist, file).split('\\').join('/')}`, readFileSync(file, 'utf8'));
  const ids = new Map([...pages].map(([file, html]) => [file, idsIn(html)]));
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const [file, html] of pages) {
    const pagePath = `${base.replace(/\/$/, '')}${file.replace(/index\.html$/, '')}`;
    const pageUrl = new URL(pagePath, originUrl);
    for (const link of linksIn(html)) {
      const target = resolveLink(link, pageUrl, originUrl, base);
      if (!target) continue;
      checked++;
      if (target.file === '') {
        broken.push({ page: file, link, reason: `outside the base path ${base}` });
        continue;
      }
      const path = join(dist, target.file);
      if (!existsSync(path) || statSync(path).isDirectory()) {
        broken.push({ page: file, link, reason: 'no such file' });
        continue;
      }
      if (target.fragment && target.file.endsWith('.html') && !ids.get(target.file)?.has(target.fragment)) {
        broken.push({ page: file, link, reason: `no element with id "${target.fragment}"` });
      }
    }
  }
  return { checked, broken };
}
