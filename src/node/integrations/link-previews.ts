/**
 * After the build, draw the link-preview cards (1200×630 PNG, for Open Graph and Twitter cards):
 * dist/og/<id>.png for each diagram in the registry and dist/og/site.png for every other page.
 * Each diagram's folder has a preview.ts whose function draws the diagram as plain SVG from its
 * built embed page (src/lib/previews/preview-drawing.ts); src/lib/previews/link-preview.ts puts it on a card with
 * its title and credit; resvg (a Rust SVG renderer, as an npm package with a prebuilt binary)
 * rasterizes it with a font shipped from npm. No browser runs at build time.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { selectOne } from 'css-select';
import type { Element } from 'domhandler';
import { Resvg } from '@resvg/resvg-js';
import { DIAGRAMS } from '../../diagrams/registry.ts';
import type { DiagramInfo } from '../../lib/diagram-types.ts';
import { PageStyles, rootTokens } from '../../lib/previews/page-styles.ts';
import {
  CARD_FONT,
  CARD_HEIGHT,
  CARD_WIDTH,
  figureCard,
  paletteFrom,
  previewImagePath,
  siteCard,
} from '../../lib/previews/link-preview.ts';
import type { DiagramPreview, MeasureText, RenderedFigure } from '../../lib/previews/preview-drawing.ts';
import type { SvgPicture } from '../../lib/previews/plain-svg.ts';
import { readEmbedPage } from '../embed-page.ts';
import { createMeasure, previewFontFiles } from '../preview-font.ts';

const DIAGRAMS_DIR = new URL('../../diagrams/', import.meta.url);

/** A diagram folder's preview function (src/diagrams/<id>/preview.ts exports `preview`). */
async function previewFunction(id: string): Promise<DiagramPreview> {
  const file = new URL(`${id}/preview.ts`, DIAGRAMS_DIR);
  let module: { preview?: DiagramPreview };
  try {
    module = await import(file.href);
  } catch (error) {
    throw new Error(`The diagram "${id}" needs src/diagrams/${id}/preview.ts for its link preview (${(error as Error).message}).`, {
      cause: error,
    });
  }
  if (typeof module.preview !== 'function') throw new Error(`src/diagrams/${id}/preview.ts exports no \`preview\` function.`);
  return module.preview;
}

export interface PreviewCard {
  /** Path under the build's output folder: og/<id>.png. */
  path: string;
  svg: string;
}

/**
 * The cards as SVG, from the built embed pages. `site` is the site's absolute URL with its base
 * path. Each diagram is drawn as on a screen as wide as its embed's widest frame.
 */
export async function previewCards(root: string, site: string, measure: MeasureText): Promise<PreviewCard[]> {
  const basePath = new URL(site).pathname;
  const drawn: { diagram: DiagramInfo; picture: SvgPicture; palette: ReturnType<typeof paletteFrom> }[] = [];
  for (const diagram of DIAGRAMS) {
    const { html, css } = readEmbedPage(root, basePath, diagram.id);
    // Attribute names keep their case: SVG's are camelCase (viewBox, patternUnits).
    const document = parseDocument(html, { lowerCaseAttributeNames: false });
    const main = selectOne<Element, Element>('main', document.children as Element[]);
    if (!main) throw new Error(`The embed page of "${diagram.id}" has no <main>.`);
    const styles = new PageStyles(document, css, { width: diagram.embed.width });
    const figure: RenderedFigure = { id: diagram.id, root: main, styles, measure };
    const picture = (await previewFunction(diagram.id))(figure);
    drawn.push({ diagram, picture, palette: paletteFrom(rootTokens(styles.sheet)) });
  }
  const pageUrl = (path: string) => new URL(path.replace(/^\//, ''), site).href;
  const cards = drawn.map(({ diagram, picture, palette }) => ({
    path: previewImagePath(diagram.id),
    svg: figureCard({ figure: diagram.figure, title: diagram.title, picture, address: pageUrl(diagram.page), palette, measure }),
  }));
  const [first] = drawn;
  cards.push({ path: previewImagePath(), svg: siteCard({ picture: first.picture, address: site, palette: first.palette, measure }) });
  return cards;
}

/** A card's SVG as a 1200×630 PNG, drawn with the shipped font only. */
export function rasterize(svg: string, fontFiles: string[]): Buffer {
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: CARD_FONT, sansSerifFamily: CARD_FONT },
  }).render();
  if (rendered.width !== CARD_WIDTH || rendered.height !== CARD_HEIGHT) {
    throw new Error(`A link-preview card drew at ${rendered.width}×${rendered.height}, not ${CARD_WIDTH}×${CARD_HEIGHT}.`);
  }
  return rendered.asPng();
}

export default function linkPreviews(): AstroIntegration {
  let site = 'http://localhost:4321/';
  return {
    name: 'golden-dome:link-previews',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.base, config.site ?? site).href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const fontFiles = previewFontFiles();
        const cards = await previewCards(root, site, createMeasure());
        let bytes = 0;
        for (const card of cards) {
          const png = rasterize(card.svg, fontFiles);
          const file = join(root, card.path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, png);
          bytes += png.length;
        }
        logger.info(
          `wrote ${cards.length} link-preview cards (${Math.round(bytes / 1024)} KB) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
