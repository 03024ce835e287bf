/**
 * Link previews: the 1200×630 card a chat app or social site shows for a link (Open Graph
 * `og:image`, Twitter's `summary_large_image`), as SVG for the build to rasterize
 * (src/node/integrations/link-previews.ts). One card per diagram (its title, the diagram as
 * drawn, the credit and the page's address) and one for the site. Chat apps show the card about
 * 500 px wide, so no text on it is smaller than 20 px (8 px there) except inside the diagram,
 * which is drawn as on the page. Pure.
 */
import { LICENCE, SITE_NAME } from '../embed-code.ts';
import { fitText, place, svgText, wrapText, type MeasureText, type SvgPicture } from './preview-drawing.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The font every card is drawn in, shipped with the build (see src/node/preview-font.ts). */
export const CARD_FONT = 'Inter';

/** Where a page's card lives, relative to the site's base: a diagram's, or the site's. */
export function previewImagePath(diagramId?: string): string {
  return `og/${diagramId ?? 'site'}.png`;
}

type Figure = { figure: number; title: string; alt: string };

/** The words a reader who cannot see a diagram's card gets (og:image:alt). */
export function diagramImageAlt(diagram: Figure): string {
  return `Figure ${diagram.figure}. ${diagram.title}. ${diagram.alt} Credit: ${SITE_NAME}, ${LICENCE.name}.`;
}

/** The words for the site's card, which shows the first figure beside the site's name. */
export function siteImageAlt(first: Figure): string {
  return `${SITE_NAME}: ${SITE_TAGLINE} Beside it, Figure ${first.figure}: ${first.title}.`;
}

/** The line under the site's name on its card. */
export const SITE_TAGLINE = "What Executive Order 14186 asks for, part by part, with every part linked to the order's own words.";

/** The site's light theme, read from its CSS custom properties, so the cards match the pages. */
export interface CardPalette {
  bg: string;
  raised: string;
  text: string;
  muted: string;
  accent: string;
  border: string;
}

export function paletteFrom(custom: ReadonlyMap<string, string>): CardPalette {
  const get = (name: string) => {
    const value = custom.get(name);
    if (!value) throw new Error(`Link previews: the site's CSS defines no ${name} on :root.`);
    return value;
  };
  return {
    bg: get('--bg'),
    raised: get('--bg-raised'),
    text: get('--text'),
    muted: get('--text-muted'),
    accent: get('--accent'),
    border: get('--border'),
  };
}

const MARGIN = 48;
const FOOTER_HEIGHT = 72;

/** The page's address as people write it: host and path, no scheme. */
export function displayAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`.replace(/\/$/, '/');
}

function frame(palette: CardPalette, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${CARD_FONT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${palette.bg}"/>`,
    body,
    `</svg>`,
  ].join('\n');
}

/** The credit band along the bottom: site name and licence on the left, the page's address on the right. */
function footer(palette: CardPalette, address: string, measure: MeasureText): string {
  const top = CARD_HEIGHT - FOOTER_HEIGHT;
  const baseline = top + 45;
  const name = `${SITE_NAME}`;
  const nameWidth = measure(name, 26, 700);
  const licence = `·  ${LICENCE.name}`;
  const left = MARGIN + nameWidth + 10 + measure(licence, 22, 400) + 32;
  const shownAddress = fitText(displayAddress(address), CARD_WIDTH - MARGIN - left, 22, 400, measure);
  return [
    `<rect x="0" y="${top}" width="${CARD_WIDTH}" height="${FOOTER_HEIGHT}" fill="${palette.raised}"/>`,
    `<rect x="0" y="${top}" width="${CARD_WIDTH}" height="4" fill="${palette.accent}"/>`,
    svgText(MARGIN, baseline, name, { size: 26, weight: 700, fill: palette.text }),
    svgText(MARGIN + nameWidth + 10, baseline, licence, { size: 22, fill: palette.muted }),
    svgText(CARD_WIDTH - MARGIN, baseline, shownAddress, { size: 22, fill: palette.muted, anchor: 'end' }),
  ].join('\n');
}

export interface FigureCardInput {
  figure: number;
  title: string;
  picture: SvgPicture;
  /** The diagram's page (absolute URL), printed in the footer. */
  address: string;
  palette: CardPalette;
  measure: MeasureText;
}

/**
 * A diagram's card: "Figure N" and the title at the top (the title shrinks to one line down to
 * 32 px, else wraps to two), the diagram fitted below, the credit band at the bottom.
 */
export function figureCard(input: FigureCardInput): string {
  const { palette, measure } = input;
  const width = CARD_WIDTH - 2 * MARGIN;
  let size = 40;
  while (size > 32 && measure(input.title, size, 700) > width) size -= 2;
  const lines = wrapText(input.title, width, size, 700, measure, 2);
  const kickerBaseline = 50;
  const titleBaselines = lines.map((_, index) => kickerBaseline + 6 + size + index * size * 1.15);
  const pictureTop = titleBaselines.at(-1)! + 22;
  const pictureBottom = CARD_HEIGHT - FOOTER_HEIGHT - 20;
  return frame(
    palette,
    [
      svgText(MARGIN, kickerBaseline, `Figure ${input.figure}`, { size: 22, weight: 700, fill: palette.accent }),
      ...lines.map((line, index) => svgText(MARGIN, titleBaselines[index], line, { size, weight: 700, fill: palette.text })),
      place(input.picture, { x: MARGIN, y: pictureTop, width, height: pictureBottom - pictureTop }),
      footer(palette, input.address, measure),
    ].join('\n'),
  );
}

export interface SiteCardInput {
  /** A picture for the right half (the first figure's). */
  picture: SvgPicture;
  /** The site's home page (absolute URL). */
  address: string;
  palette: CardPalette;
  measure: MeasureText;
}

/** The site's card: its name and what it is on the left, the first figure on the right, the credit band below. */
export function siteCard(input: SiteCardInput): string {
  const { palette, measure } = input;
  const columnWidth = 470;
  const nameLines = wrapText(SITE_NAME, columnWidth, 60, 700, measure, 2);
  const taglineLines = wrapText(SITE_TAGLINE, columnWidth, 30, 400, measure, 5);
  const nameTop = 120;
  const taglineTop = nameTop + nameLines.length * 68 + 28;
  const pictureLeft = MARGIN + columnWidth + 32;
  return frame(
    palette,
    [
      `<rect x="${MARGIN}" y="${nameTop - 78}" width="80" height="8" fill="${palette.accent}"/>`,
      ...nameLines.map((line, index) => svgText(MARGIN, nameTop + index * 68, line, { size: 60, weight: 700, fill: palette.text })),
      ...taglineLines.map((line, index) => svgText(MARGIN, taglineTop + index * 40, line, { size: 30, fill: palette.muted })),
      place(input.picture, { x: pictureLeft, y: 40, width: CARD_WIDTH - MARGIN - pictureLeft, height: CARD_HEIGHT - FOOTER_HEIGHT - 60 }),
      footer(palette, input.address, measure),
    ].join('\n'),
  );
}

/** For tests and messages: the card's text, as a reader of the SVG would find it. */
export function cardText(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<'));
}
