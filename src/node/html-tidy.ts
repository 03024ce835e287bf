/**
 * What the build's pages are tidied with after Astro has written them (integrations/html-tidy.ts):
 *   - the one <style> Astro places in <body> moves to <head>, where HTML allows it (the Nu Html
 *     Checker rejects it in the body);
 *   - Svelte's hydration markers (`<!--[-->`, `<!--]-->` …) go from markup that nothing hydrates:
 *     they matter only inside an island, and a diagram drawn once and enhanced by plain DOM code
 *     (the layered diagram) would otherwise carry hundreds of them;
 *   - on every page, embeds included, the module scripts start after the first paint: one small
 *     inline module imports them once the first paint is presented (deferModuleScripts, below);
 *   - each page's Content Security Policy keeps only the hashes of its own inline scripts and
 *     styles: Astro lists every hash of the whole site on every page (37 on an embed that uses 2).
 */
import { createHash } from 'node:crypto';

const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

/** The page with Astro's island style moved from the body to the end of the head. */
export function moveIslandStyle(html: string): string {
  const match = ISLAND_STYLE.exec(html);
  const head = html.indexOf('</head>');
  if (!match || head === -1 || match.index < head) return html;
  const without = html.slice(0, match.index) + html.slice(match.index + match[0].length);
  return without.replace('</head>', `${match[0]}</head>`);
}

/** Svelte 5's hydration markers: `<!--[-->`, `<!--[0-->`, `<!--[-1-->`, `<!--]-->`, `<!---->`. */
const HYDRATION_MARKER = /<!--(?:\[-?\d*|\]|)-->/g;
const ISLAND_TAG = /<(\/?)astro-island\b[^>]*>/g;

/** The page without Svelte's hydration markers outside islands (inside them, hydration needs them). */
export function stripHydrationMarkers(html: string): string {
  let result = '';
  let depth = 0;
  let from = 0;
  for (const match of html.matchAll(ISLAND_TAG)) {
    const segment = html.slice(from, match.index);
    result += depth === 0 ? segment.replace(HYDRATION_MARKER, '') : segment;
    result += match[0];
    depth = Math.max(0, depth + (match[1] ? -1 : 1));
    from = match.index + match[0].length;
  }
  const rest = html.slice(from);
  return result + (depth === 0 ? rest.replace(HYDRATION_MARKER, '') : rest);
}

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/** The page with a Content Security Policy that lists only the hashes of the inline scripts and styles it has. */
export function pruneCspHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const inline = [
    ...[...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]),
    ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]),
  ];
  const used = new Set(inline.map(sha256));
  const policy = meta[2].replace(/\s*'(sha(?:256|384|512)-[^']+)'/g, (source, hash: string) => (used.has(hash) ? source : ''));
  return html.replace(CSP_META, `$1${policy}$3`);
}

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/** The attribute that marks the loader deferModuleScripts writes; `data-scripts="ready"` on <html> once its imports have run. */
export const DEFERRED_SCRIPTS_ATTRIBUTE = 'data-deferred-scripts';

/**
 * The loader's code: the scripts' imports, once the browser reports the page's first paint as
 * presented (the first largest-contentful-paint entry, or first-contentful-paint where LCP is not
 * reported, as in WebKit); at once in a hidden tab, where nothing paints; after 2 s whatever happens
 * (an engine without paint timing; `d` keeps it to one start). Why the paint entry and not the next
 * animation frame: a frame's callbacks run before its paint is presented, and under load the
 * presentation came up to ~100 ms later, after the imports had started, so Lighthouse counted
 * them against the page's LCP (docs/BENCH.md).
 */
export function deferredScriptsLoader(urls: readonly string[]): string {
  const imports = `Promise.all(${JSON.stringify(urls)}.map(u=>import(u)))`;
  const P = 'PerformanceObserver';
  return (
    `let d=0;const s=()=>{d++||${imports}.finally(()=>document.documentElement.dataset.scripts="ready")};` +
    `document.visibilityState=="hidden"?s():(setTimeout(s,2e3),new ${P}((l,o)=>{o.disconnect();setTimeout(s)})` +
    `.observe({type:${P}.supportedEntryTypes.includes("largest-contentful-paint")?"largest-contentful-paint":"paint",buffered:!0}))`
  );
}

/** The scripts a page's deferred-scripts loader imports (none if it has no loader): for page weights. */
export function deferredScriptUrls(html: string): string[] {
  const loader = new RegExp(`<script type="module" ${DEFERRED_SCRIPTS_ATTRIBUTE}>([^<]*)</script>`).exec(html);
  if (!loader) return [];
  // The loader is deferredScriptsLoader(urls): its text before the list is the same for any list.
  const [before] = deferredScriptsLoader([]).split('[]');
  const list = loader[1].slice(before.length, loader[1].indexOf('].map(') + 1);
  return JSON.parse(list) as string[];
}

/**
 * The page with its module scripts started after the first paint, by one inline module script
 * (allowed by its hash, added to the page's policy) that imports them once the first paint is
 * presented (deferredScriptsLoader). Why: the scripts only enhance what the server drew (menus, popovers, copy buttons, the
 * figure tools, the layered diagram's loader), the page works without them, and a module script in
 * the markup is fetched while the page still parses and lays out. Lighthouse's simulated LCP counts
 * every request that starts before the first paint (a chain of imports one round trip each): on
 * /layers/ 1,160 ms with them in the markup, 820 ms without (docs/BENCH.md). What the scripts
 * reveal is shown by CSS from the first paint (`[data-needs-js]` in components.css), so nothing moves
 * when they arrive. Imports run in parallel, as the module scripts did; none of them depends on
 * another having run first.
 */
export function deferModuleScripts(html: string): string {
  const urls = [...html.matchAll(MODULE_SCRIPT)].map((match) => match[1]);
  const meta = CSP_META.exec(html);
  if (urls.length === 0 || !meta || !html.includes('</body>')) return html;
  const loader = deferredScriptsLoader(urls);
  const policy = meta[2].replace(/script-src ([^;]*)/, (directive) => `${directive} '${sha256(loader)}'`);
  if (policy === meta[2])
    throw new Error("deferModuleScripts: the page's Content Security Policy has no script-src to allow the loader by its hash");
  const withoutScripts = html.replace(MODULE_SCRIPT, '').replace(CSP_META, `$1${policy}$3`);
  const end = withoutScripts.lastIndexOf('</body>');
  return `${withoutScripts.slice(0, end)}<script type="module" ${DEFERRED_SCRIPTS_ATTRIBUTE}>${loader}</script>${withoutScripts.slice(end)}`;
}

/**
 * Every tidying step, in order (the CSP last: it hashes the inline code as it will be served).
 * Embeds defer their one script too: their loader only listens for the reader's first
 * interaction, and fetched after the first paint it is no longer a request Lighthouse counts
 * against LCP, nor a byte before the load event (docs/BENCH.md).
 */
export function tidyPage(html: string): string {
  const tidied = stripHydrationMarkers(moveIslandStyle(html));
  return pruneCspHashes(deferModuleScripts(tidied));
}
