/**
 * Builds the bench's two peer pages into a folder of their own (bench-results/peers/ by default),
 * served beside dist/ by a second static server so no path can collide with the site:
 *   - /d3/: the plain client-rendered D3 page (d3-page.ts bundled, tree-shaken and minified by
 *     esbuild, the diagram's data in the script), in an HTML shell with its CSS inline;
 *   - /limit/: the least HTML+CSS that paints the same SVG: the SVG the D3 page draws at the
 *     bench's viewport, saved from Chromium once, with only the CSS that paints it, no script;
 *   - /limit-wide/ and /limit-both/, weighed but not timed: the wide layout's limit page, and both
 *     layouts in one page, switched by width (what painting the right one at any width takes).
 * See docs/BENCH.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parseDocument } from 'htmlparser2';
import { render } from 'dom-serializer';
import type { Element, ChildNode } from 'domhandler';
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { peerData, type PeerData } from './scene-data.ts';
import { PAGE_CSS, PAINT_CSS } from './style.ts';
import { escapeHtml } from '../../../src/lib/escape-html.ts';

export const D3_PAGE_PATH = '/d3/';
export const LIMIT_PAGE_PATH = '/limit/';
/** The limit page in the wide layout (what a desktop screen paints): weighed, not timed. */
export const WIDE_LIMIT_PAGE_PATH = '/limit-wide/';
/** The limit page with both layouts, each at the widths where it is drawn: weighed, not timed. */
export const BOTH_LAYOUTS_LIMIT_PAGE_PATH = '/limit-both/';
/** Where the D3 page's script is served; an absolute path, so scripts/lib/page-weight.ts finds it. */
const D3_SCRIPT = '/d3/app.js';

/** The D3 page's HTML: the heading, an empty figure that the script fills, and the panel for the selection. */
export function d3PageHtml(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} (plain D3 page)</title>
<style>${PAINT_CSS}\n${PAGE_CSS}</style>
<script src="${D3_SCRIPT}" defer></script>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<figure id="diagram"></figure>
<div id="detail" aria-live="polite"></div>
</main>
</body>
</html>
`;
}

/** Write one peer page's index.html under `outDir`. */
export function writePage(outDir: string, pagePath: string, html: string): void {
  mkdirSync(join(outDir, pagePath), { recursive: true });
  writeFileSync(join(outDir, pagePath, 'index.html'), html);
}

/** Bundle d3-page.ts with the data in it: minified, tree-shaken, one classic deferred script. */
export async function bundleD3Page(data: PeerData): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'd3-page.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    define: { PEER_DATA: JSON.stringify(data) },
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

export interface BuiltPeers {
  data: PeerData;
  /** Bytes of the D3 page's script, before gzip. */
  scriptBytes: number;
}

/** Write the D3 page (the limit page needs a browser: buildLimitPage). */
export async function buildD3Page(outDir: string, root = '.'): Promise<BuiltPeers> {
  const data = peerData(root);
  const script = await bundleD3Page(data);
  mkdirSync(join(outDir, 'd3'), { recursive: true });
  writeFileSync(join(outDir, 'd3', 'index.html'), d3PageHtml(data.title));
  writeFileSync(join(outDir, D3_SCRIPT), script);
  return { data, scriptBytes: Buffer.byteLength(script) };
}

/** Attributes that only the D3 page's interaction needs. */
const INTERACTION_ATTRIBUTES = ['tabindex', 'data-element', 'data-threat', 'aria-label'];

/**
 * The SVG markup the D3 page drew, reduced to what paints: hidden paths (display="none") and
 * transparent hit areas removed, the marks' interaction attributes and state classes dropped, and
 * the picture named as an image by its title. Throws if the markup is not one <svg> element.
 */
export function paintOnlySvg(svgMarkup: string): string {
  const document = parseDocument(svgMarkup.trim(), { lowerCaseAttributeNames: false, lowerCaseTags: false, recognizeSelfClosing: true });
  const root = document.children.find((node): node is Element => node.type === 'tag');
  if (!root || root.name !== 'svg' || document.children.filter((node) => node.type === 'tag').length !== 1)
    throw new Error('paintOnlySvg expects the markup of one <svg> element.');
  const classes = (element: Element) => (element.attribs.class ?? '').split(/\s+/).filter(Boolean);
  const visit = (element: Element) => {
    element.children = element.children.filter(
      (child: ChildNode) =>
        child.type !== 'tag' || ((child as Element).attribs.display !== 'none' && !classes(child as Element).includes('hit')),
    );
    for (const name of INTERACTION_ATTRIBUTES) delete element.attribs[name];
    if (element.attribs.role === 'button') delete element.attribs.role;
    if (element.attribs.class !== undefined) {
      const kept = classes(element).filter((name) => name !== 'faded' && name !== 'selected');
      if (kept.length > 0) element.attribs.class = kept.join(' ');
      else delete element.attribs.class;
    }
    for (const child of element.children) if (child.type === 'tag') visit(child as Element);
  };
  visit(root);
  root.attribs.role = 'img';
  return render(root, { encodeEntities: 'utf8' });
}

/** The limit page: a title, the paint CSS, the SVG; nothing else. */
export function limitPageHtml(title: string, svg: string, css = PAINT_CSS): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} (HTML+CSS limit)</title><style>${css}</style>${svg}\n`;
}

/**
 * The limit page with both layouts: each SVG in a wrapper that a container query on the body shows
 * at the widths where the D3 page draws that layout (the body's width from `wideMinWidth`, as the
 * D3 page measures its figure). This is the least a page needs to paint the right layout at any
 * width with no script and no layout shift, which is what our embed does with its two layouts.
 */
export function bothLayoutsLimitPageHtml(title: string, narrowSvg: string, wideSvg: string, wideMinWidth: number): string {
  const css = `${PAINT_CSS}\nbody{container-type:inline-size}.wide{display:none}@container (width>=${wideMinWidth}px){.wide{display:block}.narrow{display:none}}`;
  return limitPageHtml(title, `<div class="narrow">${narrowSvg}</div><div class="wide">${wideSvg}</div>`, css);
}

/**
 * Render the D3 page once in Chromium with the given screen (unthrottled), wait for every mark,
 * and save its SVG as a limit page at `pagePath` (LIMIT_PAGE_PATH with the bench's viewport).
 * Returns the SVG as saved (paintOnlySvg's).
 */
export async function buildLimitPage(
  browser: Browser,
  d3PageUrl: string,
  outDir: string,
  data: PeerData,
  screen: BrowserContextOptions,
  pagePath = LIMIT_PAGE_PATH,
): Promise<string> {
  const context = await browser.newContext(screen);
  try {
    const tab = await context.newPage();
    await tab.goto(d3PageUrl);
    const marks = data.scenes.wide.marks.length;
    await tab.waitForFunction((count) => document.querySelectorAll('#diagram svg .mark').length === count, marks);
    const svg = await tab.locator('#diagram svg').evaluate((element) => element.outerHTML);
    const paintOnly = paintOnlySvg(svg);
    writePage(outDir, pagePath, limitPageHtml(data.title, paintOnly));
    return paintOnly;
  } finally {
    await context.close();
  }
}
