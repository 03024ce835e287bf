/**
 * After the build, move the one <style> element Astro places in <body> (before the first island:
 * `astro-island,astro-slot,astro-static-slot{display:contents}`) into <head>, where HTML allows
 * it; the Nu Html Checker rejects it in the body (tests/e2e/validity.spec.ts).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../site-files.ts';

const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

/** The page with Astro's island style moved from the body to the end of the head. */
export function moveIslandStyle(html: string): string {
  const match = ISLAND_STYLE.exec(html);
  const head = html.indexOf('</head>');
  if (!match || head === -1 || match.index < head) return html;
  const without = html.slice(0, match.index) + html.slice(match.index + match[0].length);
  return without.replace('</head>', `${match[0]}</head>`);
}

export default function htmlTidy(): AstroIntegration {
  return {
    name: 'golden-dome:html-tidy',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const tidy = moveIslandStyle(html);
          if (tidy !== html) writeFileSync(file, tidy);
        }
      },
    },
  };
}
