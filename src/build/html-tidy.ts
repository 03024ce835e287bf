/**
 * What the build's pages are tidied with after Astro has written them (integrations/html-tidy.ts):
 *   - the one <style> Astro places in <body> moves to <head>, where HTML allows it (the Nu Html
 *     Checker rejects it in the body);
 *   - Svelte's hydration markers (`<!--[-->`, `<!--]-->` …) go from markup that nothing hydrates:
 *     they matter only inside an island, and a diagram drawn once and enhanced by plain DOM code
 *     (the layered diagram) would otherwise carry hundreds of them;
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

/** Every tidying step, in order (the CSP last: it hashes the inline code as it will be served). */
export function tidyPage(html: string): string {
  return pruneCspHashes(stripHydrationMarkers(moveIslandStyle(html)));
}
