/**
 * A server-rendered SVG of the site, as plain SVG: every style the site's CSS gives it written
 * onto its elements as presentation attributes (fill, stroke, font-size, ...), custom properties
 * and light-dark() resolved to the light theme, hidden elements left out, links turned into
 * groups, classes and ARIA dropped. A rasterizer that knows no CSS (resvg) then draws it the way
 * a browser does. Pure; the styles come from src/lib/previews/page-styles.ts.
 */
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { fontSizePx, INHERITED, normaliseColour, type PageStyles } from './page-styles.ts';
import { escapeHtml } from '../escape-html.ts';

/** A picture in its own coordinates: `body` draws inside the box 0 0 `width` `height`. */
export interface SvgPicture {
  width: number;
  height: number;
  body: string;
}

/** CSS properties that SVG also takes as presentation attributes, and that the diagrams use. */
const PRESENTATION = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'text-decoration',
  'letter-spacing',
  'visibility',
  'paint-order',
  'color',
  'stop-color',
  'stop-opacity',
] as const;

const COLOUR_PROPERTIES = new Set(['fill', 'stroke', 'color', 'stop-color']);

/** Elements that draw nothing in a still picture, or that a plain rasterizer cannot draw. */
const DROPPED = new Set(['title', 'desc', 'script', 'style', 'foreignobject', 'metadata']);

/** Attributes that only matter to a browser: classes, ARIA, data, focus, events. */
const isBrowserOnlyAttribute = (name: string) =>
  name === 'class' ||
  name === 'style' ||
  name === 'role' ||
  name === 'tabindex' ||
  name === 'focusable' ||
  name === 'hidden' ||
  name.startsWith('aria-') ||
  name.startsWith('data-') ||
  name.startsWith('on');

/** The box an SVG draws in: its viewBox, else its width and height attributes. */
export function viewBoxOf(svg: Element): { x: number; y: number; width: number; height: number } | null {
  const numbers = (svg.attribs.viewBox ?? svg.attribs.viewbox ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  if (numbers.length === 4 && numbers.every(Number.isFinite) && numbers[2] > 0 && numbers[3] > 0) {
    return { x: numbers[0], y: numbers[1], width: numbers[2], height: numbers[3] };
  }
  const width = Number(svg.attribs.width);
  const height = Number(svg.attribs.height);
  return width > 0 && height > 0 ? { x: 0, y: 0, width, height } : null;
}

function presentation(element: Element, styles: PageStyles, values: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const property of PRESENTATION) {
    const value = values.get(property);
    if (value === undefined) continue;
    if (property === 'font-size') {
      out.set(property, String(Math.round(styles.fontSize(element) * 100) / 100));
    } else {
      out.set(property, COLOUR_PROPERTIES.has(property) ? normaliseColour(value) : value);
    }
  }
  return out;
}

function attributes(element: Element, styles: PageStyles): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(element.attribs)) {
    if (isBrowserOnlyAttribute(name)) continue;
    if (element.name === 'a' && (name === 'href' || name === 'xlink:href' || name === 'target' || name === 'rel')) continue;
    out.set(name, name === 'font-size' ? String(fontSizePx(value, styles.fontSize(element))) : value);
  }
  for (const [name, value] of presentation(element, styles, styles.ownStyle(element))) out.set(name, value);
  return out;
}

function isHidden(element: Element, styles: PageStyles): boolean {
  return styles.ownStyle(element).get('display') === 'none' || element.attribs.display === 'none' || 'hidden' in element.attribs;
}

function serialiseChildren(nodes: readonly ChildNode[], styles: PageStyles): string {
  return nodes.map((node) => serialise(node, styles)).join('');
}

function serialise(node: ChildNode, styles: PageStyles): string {
  if (isText(node)) return escapeHtml(node.data);
  if (!isTag(node)) return '';
  const name = node.name.toLowerCase();
  if (DROPPED.has(name) || isHidden(node, styles)) return '';
  // A link is a group to a picture (resvg draws <a> too, but a group says what it is here).
  const tag = name === 'a' ? 'g' : node.name;
  const attrs = [...attributes(node, styles)].map(([key, value]) => ` ${key}="${escapeHtml(value)}"`).join('');
  const inner = serialiseChildren(node.children, styles);
  return inner ? `<${tag}${attrs}>${inner}</${tag}>` : `<${tag}${attrs}/>`;
}

/**
 * The SVG element as a plain picture. What it inherits from the page around it (the text colour,
 * the font size, a fill set on an ancestor) goes onto a wrapping group, so the picture draws
 * alone the way it draws in the page. An SVG sized by the page's layout (no viewBox; its marks
 * placed in percent) takes the `size` it is to be drawn at. Throws, naming the element, when it
 * has no size.
 */
export function plainSvg(svg: Element, styles: PageStyles, size?: { width: number; height: number }): SvgPicture {
  const box = size ? { x: 0, y: 0, ...size } : viewBoxOf(svg);
  if (!box) throw new Error(`plainSvg: <svg class="${svg.attribs.class ?? ''}"> has neither a viewBox nor a width and height.`);
  if (isHidden(svg, styles)) throw new Error(`plainSvg: <svg class="${svg.attribs.class ?? ''}"> is hidden in the page.`);
  const inherited = new Map<string, string>();
  for (const property of INHERITED) {
    if (property === 'font-family') continue; // the picture has one font, set where it is drawn
    const value = styles.value(svg, property);
    if (value !== undefined) inherited.set(property, value);
  }
  inherited.set('font-size', String(styles.fontSize(svg)));
  const outer = presentation(svg, styles, inherited);
  const own = attributes(svg, styles);
  for (const name of ['viewBox', 'viewbox', 'width', 'height', 'x', 'y', 'xmlns', 'preserveAspectRatio']) own.delete(name);
  const groupAttributes = [...new Map([...outer, ...own])].map(([key, value]) => ` ${key}="${escapeHtml(value)}"`).join('');
  const translate = box.x !== 0 || box.y !== 0 ? ` transform="translate(${-box.x} ${-box.y})"` : '';
  return {
    width: box.width,
    height: box.height,
    body: `<g${groupAttributes}${translate}>${serialiseChildren(svg.children, styles)}</g>`,
  };
}
