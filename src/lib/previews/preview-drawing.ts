/**
 * What a diagram's link-preview function (src/diagrams/<id>/preview.ts) works with, and the few
 * drawing helpers they share. A preview function gets the diagram's embed page as the build
 * rendered it (parsed, with the site's CSS cascade) and returns a plain-SVG picture of the
 * diagram as drawn: SVG diagrams reuse their own SVG with its styles inlined
 * (src/lib/previews/plain-svg.ts); HTML diagrams are redrawn as SVG from the same geometry and text the
 * page shows, in the colours the CSS gives them. Pure.
 */
import { selectAll, selectOne } from 'css-select';
import { textContent } from 'domutils';
import type { Element } from 'domhandler';
import { isColour, normaliseColour, type PageStyles } from './page-styles.ts';
import type { SvgPicture } from './plain-svg.ts';
import { escapeHtml } from '../escape-html.ts';
import { round } from '../numbers.ts';

export type { SvgPicture } from './plain-svg.ts';

/** Width in pixels of a line of text in the preview font. */
export type MeasureText = (text: string, size: number, weight?: number) => number;

export interface RenderedFigure {
  /** The diagram's id, for messages. */
  id: string;
  /** The embed page's <main>, which holds the diagram as the build rendered it. */
  root: Element;
  /** The page's CSS over the page's elements. */
  styles: PageStyles;
  measure: MeasureText;
}

/** A diagram's preview: its picture as drawn, in its own coordinates. */
export type DiagramPreview = (figure: RenderedFigure) => SvgPicture;

/** The first element matching the selector; throws naming the diagram and the selector when there is none. */
export function find(figure: Pick<RenderedFigure, 'id' | 'root'>, selector: string, within: Element = figure.root): Element {
  const found = selectOne<Element, Element>(selector, within);
  if (!found) throw new Error(`Link preview of "${figure.id}": nothing matches "${selector}" in its embed page.`);
  return found;
}

/** Every element matching the selector; throws when there is none (an empty preview is a broken one). */
export function findAll(figure: Pick<RenderedFigure, 'id' | 'root'>, selector: string, within: Element = figure.root): Element[] {
  const found = selectAll<Element, Element>(selector, within);
  if (found.length === 0) throw new Error(`Link preview of "${figure.id}": nothing matches "${selector}" in its embed page.`);
  return found;
}

/** Every element matching the selector, perhaps none. */
export function queryAll(within: Element, selector: string): Element[] {
  return selectAll<Element, Element>(selector, within);
}

/** An element's text as a reader sees it: white space folded. */
export function textOf(element: Element): string {
  return textContent(element).replace(/\s+/g, ' ').trim();
}

/** The first colour in a shorthand value (`1px solid #8a94a3` → `#8a94a3`). */
function colourIn(value: string): string | undefined {
  const tokens = value.match(/#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|\btransparent\b/gi) ?? [];
  return tokens.find(isColour);
}

/**
 * A colour the CSS gives an element (fill, color, background-color, border-color), ready for
 * an SVG attribute; background and border colours are also found in their shorthands.
 */
export function colourOf(figure: Pick<RenderedFigure, 'styles'>, element: Element, property: string, fallback: string): string {
  const shorthand = { 'background-color': 'background', 'border-color': 'border' }[property];
  const value = figure.styles.value(element, property) ?? (shorthand ? figure.styles.value(element, shorthand) : undefined);
  const colour = value === undefined ? undefined : shorthand ? colourIn(value) : value;
  return colour && colour !== 'inherit' ? normaliseColour(colour) : fallback;
}

export interface TextOptions {
  size: number;
  weight?: number;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
  italic?: boolean;
  baseline?: 'alphabetic' | 'middle' | 'hanging';
}

/** One line of SVG text, escaped. */
export function svgText(x: number, y: number, content: string, options: TextOptions): string {
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${options.size}"`,
    options.weight && options.weight !== 400 ? `font-weight="${options.weight}"` : '',
    `fill="${options.fill}"`,
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
    options.italic ? 'font-style="italic"' : '',
    options.baseline && options.baseline !== 'alphabetic'
      ? `dominant-baseline="${options.baseline === 'middle' ? 'central' : 'hanging'}"`
      : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeHtml(content)}</text>`;
}

/** The text, shortened with an ellipsis at a word boundary where it can be, to fit `width`. */
export function fitText(text: string, width: number, size: number, weight: number, measure: MeasureText): string {
  if (measure(text, size, weight) <= width) return text;
  const words = text.split(' ');
  for (let count = words.length - 1; count > 0; count--) {
    const candidate = `${words
      .slice(0, count)
      .join(' ')
      .replace(/[,;:.]$/, '')}…`;
    if (measure(candidate, size, weight) <= width) return candidate;
  }
  for (let length = text.length - 1; length > 0; length--) {
    const candidate = `${text.slice(0, length)}…`;
    if (measure(candidate, size, weight) <= width) return candidate;
  }
  return '…';
}

/**
 * The text in lines no wider than `width`, at most `maxLines` (the last shortened with an
 * ellipsis if the text goes on).
 */
export function wrapText(text: string, width: number, size: number, weight: number, measure: MeasureText, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i];
    if (measure(candidate, size, weight) <= width || !line) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitText(`${line} ${words.slice(i).join(' ')}`, width, size, weight, measure));
      return lines;
    }
    lines.push(line);
    line = words[i];
  }
  if (line) lines.push(fitText(line, width, size, weight, measure));
  return lines;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The picture scaled to fit the box (never enlarged past `maxScale`), centred in it. */
export function place(picture: SvgPicture, box: Box, maxScale = Number.POSITIVE_INFINITY): string {
  const scale = Math.min(box.width / picture.width, box.height / picture.height, maxScale);
  const width = picture.width * scale;
  const height = picture.height * scale;
  const x = box.x + (box.width - width) / 2;
  const y = box.y + (box.height - height) / 2;
  return `<svg x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(picture.width)} ${round(picture.height)}" overflow="hidden">${picture.body}</svg>`;
}
