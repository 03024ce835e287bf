/**
 * The styles a parsed page's CSS gives each element, for drawing the site's diagrams as plain SVG
 * that a rasterizer without CSS support (resvg) can draw (src/lib/previews/plain-svg.ts): as on a
 * static, light screen as wide as the embed's widest frame, scripting on, nothing hovered or
 * focused. Libraries do the work:
 *
 * - juice (Automattic's CSS inliner) runs the cascade: it matches every rule (cheerio's
 *   selector engine), orders the declarations by specificity, source order and `!important`,
 *   writes the winners into each element's `style` attribute and resolves `var()` from the
 *   element and its ancestors; rules with `:hover`, `:focus`, `:active` are left out, and so are
 *   selectors it cannot match (`:target`, `:popover-open`).
 * - postcss reads the style sheet first: rules under a media or container query are kept when
 *   the query holds at the given width (print, dark, reduced motion and no-script never do), and
 *   `light-dark()` becomes its light value (the csstools parser finds the call and its arguments).
 * - @csstools/css-color-parser computes `color-mix()` and writes colours in the `rgb()`/`rgba()`
 *   syntax SVG 1.1 readers know; @csstools/css-calc evaluates `calc()`.
 *
 * What is left here is the screen the picture is of (`queryHolds`) and the font size in pixels.
 * Not a browser: no layout, no `::before`/`::after`, no animations.
 */
import postcss, { type AtRule, type Root } from 'postcss';
import juice from 'juice';
import { load } from 'cheerio';
import { isTokenComma, tokenize } from '@csstools/css-tokenizer';
import {
  isFunctionNode,
  isTokenNode,
  isWhitespaceNode,
  parseCommaSeparatedListOfComponentValues,
  replaceComponentValues,
  stringify,
  type ComponentValue,
} from '@csstools/css-parser-algorithms';
import { calc } from '@csstools/css-calc';
import { color, serializeRGB } from '@csstools/css-color-parser';
import { isTag, type Document, type Element } from 'domhandler';

export interface PageStylesOptions {
  /** The width of the viewport and of query containers, in CSS pixels. */
  width: number;
}

/** Properties that inherit (the ones the diagrams use). */
export const INHERITED = new Set([
  'color',
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
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
  'paint-order',
]);

const ROOT_FONT_SIZE = 16;

/** Does one media or container feature hold on this screen? */
function featureHolds(feature: string, width: number): boolean {
  const f = feature.replace(/\s+/g, '').toLowerCase();
  const px = (value: string) => {
    const match = /^(-?[\d.]+)(px|rem|em)?$/.exec(value);
    if (!match) return Number.NaN;
    return Number(match[1]) * (match[2] === 'rem' || match[2] === 'em' ? ROOT_FONT_SIZE : 1);
  };
  let m: RegExpExecArray | null;
  if ((m = /^\((?:min-width:|width>=)(.+)\)$/.exec(f))) return width >= px(m[1]);
  if ((m = /^\((?:max-width:|width<=)(.+)\)$/.exec(f))) return width <= px(m[1]);
  if ((m = /^\(width>(.+)\)$/.exec(f))) return width > px(m[1]);
  if ((m = /^\(width<(.+)\)$/.exec(f))) return width < px(m[1]);
  if (f === 'screen' || f === 'all' || f === 'onlyscreen') return true;
  return f === '(scripting:enabled)' || f === '(prefers-reduced-motion:no-preference)' || f === '(prefers-color-scheme:light)';
}

/** A media query list (or a container condition) on this screen: any comma-separated query, all its `and` parts. */
export function queryHolds(prelude: string, width: number): boolean {
  return prelude.split(',').some((query) => {
    const trimmed = query.trim();
    if (/^not\s/i.test(trimmed)) return !queryHolds(trimmed.replace(/^not\s+/i, ''), width);
    return trimmed.split(/\s+and\s+/i).every((part) => featureHolds(part, width));
  });
}

/** A CSS value with each function call `replace` answers for replaced (csstools' parser, so nesting and strings are right). */
function replaceCalls(value: string, replace: (name: string, call: ComponentValue) => ComponentValue | ComponentValue[] | void): string {
  if (!value.includes('(')) return value;
  const list = parseCommaSeparatedListOfComponentValues(tokenize({ css: value }));
  return stringify(
    replaceComponentValues(list, (node) => (isFunctionNode(node) ? replace(node.getName().toLowerCase(), node) : undefined)),
  ).trim();
}

/** `light-dark(a, b)` → a: the light theme, as the cards are drawn. */
export function lightValue(value: string): string {
  if (!/light-dark\(/i.test(value)) return value;
  return replaceCalls(value, (name, call) => {
    if (name !== 'light-dark' || !isFunctionNode(call)) return;
    const comma = call.value.findIndex((node) => isTokenNode(node) && isTokenComma(node.value));
    const light = comma < 0 ? call.value : call.value.slice(0, comma);
    const first = light.findIndex((node) => !isWhitespaceNode(node));
    return first < 0 ? undefined : light.slice(first);
  });
}

/** `color-mix()` computed, and `rgb(r g b / a)` or `#rrggbbaa` as `rgba(r, g, b, a)`; other values as they are. */
export function normaliseColour(value: string): string {
  const text = value.trim();
  if (/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(text) || /^[a-z]+$/i.test(text) || /^url\(/i.test(text)) return text;
  const list = parseCommaSeparatedListOfComponentValues(tokenize({ css: text }));
  const whole = list.length === 1 ? list[0].filter((node) => !isWhitespaceNode(node)) : [];
  const parsed = whole.length === 1 ? color(whole[0]) : false;
  if (parsed) return serializeRGB(parsed).toString();
  return replaceCalls(text, (name, call) => {
    if (name !== 'color-mix') return;
    const mixed = color(call);
    return mixed ? serializeRGB(mixed) : undefined;
  });
}

/** Is the text one colour (`#8a94a3`, `rgb(…)`, `transparent`)? */
export function isColour(text: string): boolean {
  const list = parseCommaSeparatedListOfComponentValues(tokenize({ css: text.trim() }));
  const whole = list.length === 1 ? list[0].filter((node) => !isWhitespaceNode(node)) : [];
  return whole.length === 1 && color(whole[0]) !== false;
}

/** A font size in pixels from a CSS value, relative to the parent's; NaN when it cannot be known. */
export function fontSizePx(value: string, parentPx: number): number {
  const match = /^(-?[\d.]+)(px|rem|em|%|pt)?$/.exec(value.trim());
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  const unit = match[2] ?? 'px';
  const scale = { px: 1, rem: ROOT_FONT_SIZE, em: parentPx, '%': parentPx / 100, pt: 4 / 3 }[unit] ?? Number.NaN;
  return n * scale;
}

/**
 * The style sheet for this screen: media and container queries that hold unwrapped, the others
 * dropped (as `@supports` and `@layer` blocks are unwrapped), `light-dark()` resolved.
 */
export function sheetForScreen(css: string, width: number): Root {
  const root = postcss.parse(css);
  const blocks: AtRule[] = [];
  root.walkAtRules((rule) => {
    if (rule.nodes) blocks.push(rule);
  });
  // Innermost first (the walk lists a block before the blocks inside it).
  for (const rule of blocks.reverse()) {
    const name = rule.name.toLowerCase();
    // A container query may name its container first: `@container layered (min-width: …)`.
    const prelude = name === 'container' ? rule.params.replace(/^[a-z-]+\s+(?=\()/i, '') : rule.params;
    if (name === 'media' || name === 'container') {
      if (queryHolds(prelude, width)) rule.replaceWith(rule.nodes!);
      else rule.remove();
    } else if (name === 'supports' || name === 'layer') rule.replaceWith(rule.nodes!);
  }
  root.walkDecls((declaration) => {
    declaration.value = lightValue(declaration.value);
  });
  return root;
}

/** Custom properties the sheet sets on `:root` (the site's theme tokens), light values, in source order. */
export function rootTokens(sheet: Root): Map<string, string> {
  const tokens = new Map<string, string>();
  sheet.walkRules(':root', (rule) => rule.walkDecls(/^--/, (declaration) => void tokens.set(declaration.prop, declaration.value)));
  return tokens;
}

export class PageStyles {
  readonly width: number;
  /** The sheet as drawn: queries for this screen resolved, light values. */
  readonly sheet: Root;
  private readonly ownCache = new WeakMap<Element, Map<string, string>>();
  private readonly fontSizeCache = new WeakMap<Element, number>();

  /** Inlines the page's CSS into `document` (each element's `style` attribute), which it changes in place. */
  constructor(document: Document, css: string, options: PageStylesOptions) {
    this.width = options.width;
    this.sheet = sheetForScreen(css, options.width);
    juice.inlineDocument(load(document), this.sheet.toString(), {
      resolveCSSVariables: true,
      inlinePseudoElements: false,
      applyWidthAttributes: false,
      applyHeightAttributes: false,
      applyAttributesTableElements: false,
    });
  }

  /**
   * The element's own declarations as juice inlined them, `color-mix()` and `calc()` computed; a
   * declaration whose `var()` could not be resolved is left out, as a browser treats it
   * (invalid at computed-value time), and so are `inherit` and `unset`.
   */
  ownStyle(element: Element): ReadonlyMap<string, string> {
    const cached = this.ownCache.get(element);
    if (cached) return cached;
    const result = new Map<string, string>();
    const style = element.attribs?.style;
    if (style) {
      postcss.parse(style).walkDecls((declaration) => {
        let value = declaration.value.trim();
        if (/var\(/i.test(value) || value === 'inherit' || value === 'unset') return;
        if (/color-mix\(/i.test(value)) value = normaliseColour(value);
        if (/calc\(/i.test(value)) value = calc(value);
        result.set(declaration.prop.toLowerCase(), value);
      });
    }
    this.ownCache.set(element, result);
    return result;
  }

  private parentElement(element: Element): Element | null {
    return element.parent && isTag(element.parent) ? element.parent : null;
  }

  /** A property's value on the element, inherited from its ancestors where the property inherits. */
  value(element: Element, property: string): string | undefined {
    for (let current: Element | null = element; current; current = this.parentElement(current)) {
      const own = this.ownStyle(current).get(property);
      if (own !== undefined) return own;
      if (!INHERITED.has(property)) return undefined;
    }
    return undefined;
  }

  /** The element's font size in pixels (16 at the root, as in browsers). */
  fontSize(element: Element): number {
    const cached = this.fontSizeCache.get(element);
    if (cached !== undefined) return cached;
    const parent = this.parentElement(element);
    const parentPx = parent ? this.fontSize(parent) : ROOT_FONT_SIZE;
    const own = this.ownStyle(element).get('font-size') ?? element.attribs?.['font-size'];
    const px = own === undefined ? parentPx : fontSizePx(own, parentPx);
    const result = Number.isFinite(px) ? px : parentPx;
    this.fontSizeCache.set(element, result);
    return result;
  }
}
