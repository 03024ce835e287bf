/**
 * A diagram's embed page as the build wrote it (dist/embed/<id>/index.html) and the CSS it
 * loads, for what the build makes from it after the fact: the standalone SVG downloads
 * (integrations/diagram-exports.ts) and the link-preview cards (integrations/link-previews.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbedPage {
  html: string;
  /** The page's style sheets (linked files, then <style> elements), in the order the page loads them. */
  css: string;
}

/**
 * @param root the build's output folder
 * @param basePath the site's base path ("/" or "/golden-dome/"), which the page's links start with
 */
export function readEmbedPage(root: string, basePath: string, diagramId: string): EmbedPage {
  const pagePath = join(root, 'embed', diagramId, 'index.html');
  if (!existsSync(pagePath)) throw new Error(`No embed page for the diagram "${diagramId}" (${pagePath}).`);
  const html = readFileSync(pagePath, 'utf8');
  const linked = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map((m) => join(root, m[1].startsWith(basePath) ? m[1].slice(basePath.length) : m[1]))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'));
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  return { html, css: [...linked, ...inline].join('\n') };
}
