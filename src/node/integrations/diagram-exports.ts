/**
 * After the build, write a self-contained SVG of each diagram's default view to
 * dist/downloads/<id>.svg, for the download links and the static-image embed snippet. It reuses
 * what the build already made: the markup of the diagram's embed page and the site's CSS,
 * composed by the same function the browser uses for the view on screen (src/lib/svg-export.ts).
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { render } from 'dom-serializer';
import { DIAGRAMS } from '../../diagrams/registry.ts';
import { standaloneSvg } from '../../lib/svg-export.ts';
import { permalink } from '../../lib/embed-code.ts';
import { readEmbedPage } from '../embed-page.ts';

/** The inner markup of <main id="embed">, less the embed's own title and credit (the SVG has its own). */
export function embedBody(html: string): string {
  const match = /<main[^>]*id="embed"[^>]*>([\s\S]*?)<\/main>/.exec(html);
  if (!match) throw new Error('The embed page has no <main id="embed">.');
  return match[1]
    .replace(/<h1 class="embed-title[\s\S]*?<\/h1>/, '')
    .replace(/<p class="credit[\s\S]*?<\/p>\s*$/, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<noscript[\s\S]*?<\/noscript>/g, '');
}

/**
 * HTML to well-formed XHTML, as a foreignObject needs: tags closed, attribute case kept (SVG's
 * viewBox), and inline <svg> elements given their namespace, which HTML implies and XML does not.
 */
export function toXhtml(html: string): string {
  const document = parseDocument(html, { lowerCaseAttributeNames: false, lowerCaseTags: false, recognizeSelfClosing: true });
  return render(document, { xmlMode: true, encodeEntities: 'utf8', selfClosingTags: true }).replace(
    /<svg(?![^>]*\sxmlns=)/g,
    '<svg xmlns="http://www.w3.org/2000/svg"',
  );
}

export default function diagramExports(): AstroIntegration {
  let site = 'http://localhost:4321/';
  return {
    name: 'golden-dome:diagram-exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.base, config.site ?? site).href;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        mkdirSync(join(root, 'downloads'), { recursive: true });
        for (const diagram of DIAGRAMS) {
          const { html, css } = readEmbedPage(root, new URL(site).pathname, diagram.id);
          const svg = standaloneSvg({
            xhtml: toXhtml(embedBody(html)),
            css,
            width: diagram.embed.width,
            height: diagram.embed.exportHeight,
            figure: diagram.figure,
            title: diagram.title,
            alt: diagram.alt,
            permalink: permalink(site, diagram, new URLSearchParams()),
          });
          writeFileSync(join(root, 'downloads', `${diagram.id}.svg`), svg);
        }
        logger.info(`wrote ${DIAGRAMS.length} standalone SVG downloads`);
      },
    },
  };
}
