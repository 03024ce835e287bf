/**
 * The CSS cascade over a parsed page, without a browser: which declarations of a style sheet
 * apply to an element, in what order, with custom properties inherited and `var()`,
 * `light-dark()` and simple `calc()` resolved. Built for one job, drawing the site's diagrams as
 * plain SVG that a rasterizer without CSS support can draw (src/lib/previews/plain-svg.ts): a static,
 * light, wide screen with scripting on, nothing hovered or focused. Pure: css-tree parses the
 * CSS, css-what the selectors (for specificity), css-select matches them against a domhandler
 * tree (htmlparser2's).
 *
 * Not a browser engine: no layout, no `::before`/`::after`, no animations. Rules under a media
 * or container query apply when the query holds for the given width (print, dark, reduced motion
 * and no-script queries never do); selectors the matcher does not know are left out.
 */
import { parse as parseCss, generate, type Atrule, type CssNode, type Declaration, type Rule } from 'css-tree';
import { compile } from 'css-select';
import { parse as parseSelector, type Selector } from 'css-what';
import { isTag, type Element } from 'domhandler';

export interface CascadeOptions {
  /** The width of the viewport and of query containers, in CSS pixels. */
  width: number;
}

interface StyleRule {
  matches: (element: Element) => boolean;
  /** What an element needs to be a candidate at all: a class, an id or a tag of the selector's last compound. */
  key: string;
  specificity: number;
  order: number;
  declarations: { property: string; value: string; important: boolean }[];
}

/** States a still picture never shows: matching them is always false (so `:not(:hover)` holds). */
const NEVER = ['hover', 'focus', 'focus-visible', 'focus-within', 'active', 'target', 'visited', 'popover-open', 'open', 'modal'];
const SELECT_OPTIONS = { xmlMode: false, pseudos: Object.fromEntries(NEVER.map((name) => [name, () => false])) };

/** Properties that inherit (the ones the diagrams use; custom properties always do). */
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

/** Specificity as one number (ids × 10⁶ + classes × 10³ + types), enough for real style sheets. */
function specificityOf(selector: Selector[]): number {
  let total = 0;
  for (const token of selector) {
    if (token.type === 'attribute') total += token.name === 'id' && token.action === 'equals' ? 1_000_000 : 1_000;
    else if (token.type === 'tag' || token.type === 'pseudo-element') total += 1;
    else if (token.type === 'pseudo') {
      if (token.name === 'where') continue;
      if (Array.isArray(token.data)) total += Math.max(0, ...token.data.map(specificityOf));
      else total += 1_000;
    }
  }
  return total;
}

const hasPseudoElement = (selector: Selector[]): boolean =>
  selector.some(
    (token) =>
      token.type === 'pseudo-element' || (token.type === 'pseudo' && Array.isArray(token.data) && token.data.some(hasPseudoElement)),
  );

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
  if (f === '(scripting:enabled)' || f === '(prefers-reduced-motion:no-preference)' || f === '(prefers-color-scheme:light)') return true;
  return false;
}

/** A media query list (or a container condition) on this screen: any comma-separated query, all its `and` parts. */
export function queryHolds(prelude: string, width: number): boolean {
  return prelude.split(',').some((query) => {
    const trimmed = query.trim();
    if (/^not\s/i.test(trimmed)) return !queryHolds(trimmed.replace(/^not\s+/i, ''), width);
    return trimmed.split(/\s+and\s+/i).every((part) => featureHolds(part, width));
  });
}

/** Split at top-level commas: `a, f(b, c), d` → three parts. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/** Replace each `name(...)` call in `value` (innermost last) by what `replace` returns for its argument text. */
function replaceCalls(value: string, name: string, replace: (args: string) => string | null): string | null {
  const pattern = new RegExp(`${name}\\(`, 'i');
  let out = value;
  for (let guard = 0; guard < 100; guard++) {
    const match = pattern.exec(out);
    if (!match) return out;
    const open = match.index + match[0].length - 1;
    let depth = 0;
    let close = -1;
    for (let i = open; i < out.length; i++) {
      if (out[i] === '(') depth++;
      else if (out[i] === ')' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0) return null;
    const replacement = replace(out.slice(open + 1, close));
    if (replacement === null) return null;
    out = out.slice(0, match.index) + replacement + out.slice(close + 1);
  }
  return null;
}

/** `var(--x, fallback)` from the element's custom properties; null when one is missing without a fallback. */
export function substituteVars(value: string, custom: ReadonlyMap<string, string>): string | null {
  return replaceCalls(value, 'var', (args) => {
    const [name, ...fallback] = splitTopLevel(args);
    const found = custom.get(name);
    if (found !== undefined) return found;
    return fallback.length > 0 ? substituteVars(fallback.join(', '), custom) : null;
  });
}

/** `light-dark(a, b)` → a (or b for the dark scheme). */
export function pickScheme(value: string, scheme: 'light' | 'dark' = 'light'): string | null {
  return replaceCalls(value, 'light-dark', (args) => {
    const [light, dark] = splitTopLevel(args);
    return (scheme === 'light' ? light : dark) ?? null;
  });
}

/**
 * `calc()` of plain numbers or of one unit (px), evaluated: `calc(1 - 0.7 * 0)` → `0.3`. Anything
 * else (mixed units, percentages) is returned unchanged, for the caller to drop or keep.
 */
export function evaluateCalc(value: string): string {
  return (
    replaceCalls(value, 'calc', (args) => {
      const units = new Set([...args.matchAll(/[\d.]([a-z%]+)/gi)].map((m) => m[1].toLowerCase()));
      if (units.size > 1 || (units.size === 1 && !units.has('px'))) return `calc(${args})`;
      const unit = units.size === 1 ? 'px' : '';
      const tokens = args.replace(/px/gi, '').match(/\d*\.?\d+(?:e-?\d+)?|[-+*/()]/gi) ?? [];
      let pos = 0;
      const expression = (): number => {
        let left = term();
        while (tokens[pos] === '+' || tokens[pos] === '-') left = tokens[pos++] === '+' ? left + term() : left - term();
        return left;
      };
      const term = (): number => {
        let left = factor();
        while (tokens[pos] === '*' || tokens[pos] === '/') left = tokens[pos++] === '*' ? left * factor() : left / factor();
        return left;
      };
      const factor = (): number => {
        const token = tokens[pos++];
        if (token === '(') {
          const inner = expression();
          pos++;
          return inner;
        }
        if (token === '-') return -factor();
        return Number(token);
      };
      const result = expression();
      return Number.isFinite(result) && pos === tokens.length ? `${Math.round(result * 1e4) / 1e4}${unit}` : `calc(${args})`;
    }) ?? value
  );
}

/** A colour as [r, g, b, a] (0–255, alpha 0–1), from the forms the site's CSS uses; null for anything else. */
export function parseColour(value: string): [number, number, number, number] | null {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return [0, 0, 0, 0];
  const hex = /^#([0-9a-f]{3,8})$/.exec(text);
  if (hex) {
    const digits = hex[1].length <= 4 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    if (digits.length !== 6 && digits.length !== 8) return null;
    const [r, g, b, a = 255] = (digits.match(/../g) ?? []).map((pair) => parseInt(pair, 16));
    return [r, g, b, a / 255];
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(text);
  if (fn) {
    const parts = fn[1].split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3) return null;
    const channel = (part: string) => (part.endsWith('%') ? (Number(part.slice(0, -1)) / 100) * 255 : Number(part));
    const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? Number(parts[3].slice(0, -1)) / 100 : Number(parts[3]);
    const result: [number, number, number, number] = [channel(parts[0]), channel(parts[1]), channel(parts[2]), alpha];
    return result.every(Number.isFinite) ? result : null;
  }
  return null;
}

/**
 * `color-mix(in srgb, A p%, B q%)` as an rgba() colour, mixed as CSS Color 5 says (premultiplied
 * alpha, percentages normalised): mixing with `transparent` gives A at p% opacity.
 */
export function mixColours(value: string): string | null {
  return replaceCalls(value, 'color-mix', (args) => {
    const [space, first, second] = splitTopLevel(args);
    if (!/^in\s+srgb$/i.test(space ?? '') || !first || !second) return null;
    const part = (text: string) => {
      const match = /^(.*?)(?:\s+([\d.]+)%)?$/.exec(text.trim())!;
      return { colour: parseColour(match[1]), share: match[2] === undefined ? null : Number(match[2]) / 100 };
    };
    const a = part(first);
    const b = part(second);
    if (!a.colour || !b.colour) return null;
    const pa = a.share ?? (b.share === null ? 0.5 : 1 - b.share);
    const pb = b.share ?? 1 - pa;
    const total = pa + pb;
    const [wa, wb] = [pa / total, pb / total];
    const alpha = a.colour[3] * wa + b.colour[3] * wb;
    const channel = (i: number) =>
      alpha === 0 ? 0 : Math.round((a.colour![i] * a.colour![3] * wa + b.colour![i] * b.colour![3] * wb) / alpha);
    return `rgba(${channel(0)}, ${channel(1)}, ${channel(2)}, ${Math.round(alpha * 1000) / 1000})`;
  });
}

/** A font size in pixels from a CSS value, relative to the parent's; NaN when it cannot be known. */
export function fontSizePx(value: string, parentPx: number): number {
  const match = /^(-?[\d.]+)(px|rem|em|%|pt)?$/.exec(value.trim());
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  switch (match[2]) {
    case 'rem':
      return n * ROOT_FONT_SIZE;
    case 'em':
      return n * parentPx;
    case '%':
      return (n / 100) * parentPx;
    case 'pt':
      return (n * 4) / 3;
    default:
      return n;
  }
}

/**
 * The bucket a selector's rule goes in: a class, id or tag its subject (last compound) requires,
 * so an element is tested only against rules that could match it. `*` for the rest.
 */
function ruleKey(selector: Selector[]): string {
  let start = selector.length;
  while (start > 0 && !['child', 'descendant', 'adjacent', 'sibling', 'parent', 'column-combinator'].includes(selector[start - 1].type))
    start--;
  const subject = selector.slice(start);
  for (const token of subject) if (token.type === 'attribute' && token.name === 'id' && token.action === 'equals') return `#${token.value}`;
  for (const token of subject)
    if (token.type === 'attribute' && token.name === 'class' && token.action === 'element') return `.${token.value}`;
  for (const token of subject) if (token.type === 'tag') return token.name.toLowerCase();
  return '*';
}

function elementKeys(element: Element): string[] {
  const keys = ['*', element.name.toLowerCase()];
  if (element.attribs.id) keys.push(`#${element.attribs.id}`);
  for (const name of (element.attribs.class ?? '').split(/\s+/)) if (name) keys.push(`.${name}`);
  return keys;
}

export class Cascade {
  readonly width: number;
  private readonly rules: StyleRule[] = [];
  private readonly buckets = new Map<string, StyleRule[]>();
  private readonly declaredCache = new WeakMap<Element, Map<string, string>>();
  private readonly customCache = new WeakMap<Element, Map<string, string>>();
  private readonly ownCache = new WeakMap<Element, Map<string, string>>();
  private readonly fontSizeCache = new WeakMap<Element, number>();

  constructor(css: string, options: CascadeOptions) {
    this.width = options.width;
    const sheet = parseCss(css, { parseValue: false, parseRulePrelude: false, parseAtrulePrelude: false });
    this.collect(sheet);
  }

  private collect(node: CssNode): void {
    if (node.type === 'StyleSheet' || node.type === 'Block') {
      node.children.forEach((child) => this.collect(child));
    } else if (node.type === 'Atrule') {
      this.collectAtrule(node);
    } else if (node.type === 'Rule') {
      this.collectRule(node);
    }
  }

  private collectAtrule(node: Atrule): void {
    if (!node.block) return;
    const name = node.name.toLowerCase();
    const prelude = node.prelude ? generate(node.prelude) : '';
    if (name === 'media' && queryHolds(prelude, this.width)) this.collect(node.block);
    // A container query's prelude may name the container first; the diagrams' do not.
    else if (name === 'container' && queryHolds(prelude.replace(/^[a-z-]+\s+(?=\()/i, ''), this.width)) this.collect(node.block);
    else if (name === 'supports' || name === 'layer') this.collect(node.block);
  }

  private collectRule(node: Rule): void {
    const declarations: StyleRule['declarations'] = [];
    node.block.children.forEach((child) => {
      if (child.type !== 'Declaration') return;
      const declaration = child as Declaration;
      declarations.push({
        property: declaration.property.startsWith('--') ? declaration.property : declaration.property.toLowerCase(),
        value: generate(declaration.value).trim(),
        important: declaration.important !== false,
      });
    });
    if (declarations.length === 0) return;
    let selectors: Selector[][];
    try {
      selectors = parseSelector(generate(node.prelude));
    } catch {
      return;
    }
    for (const selector of selectors) {
      if (hasPseudoElement(selector)) continue;
      let test: (element: Element) => boolean;
      try {
        test = compile<Element, Element>([selector], SELECT_OPTIONS);
      } catch {
        continue; // a pseudo-class the matcher does not know: the rule is left out
      }
      const rule = { matches: test, key: ruleKey(selector), specificity: specificityOf(selector), order: this.rules.length, declarations };
      this.rules.push(rule);
      this.buckets.set(rule.key, [...(this.buckets.get(rule.key) ?? []), rule]);
    }
  }

  /** The element's cascaded (specified) declarations, custom properties included, values as written. */
  declared(element: Element): ReadonlyMap<string, string> {
    const cached = this.declaredCache.get(element);
    if (cached) return cached;
    const candidates = new Set(elementKeys(element).flatMap((key) => this.buckets.get(key) ?? []));
    const matched = [...candidates].filter((rule) => rule.matches(element));
    const entries = matched.flatMap((rule) =>
      rule.declarations.map((declaration) => ({ ...declaration, specificity: rule.specificity, order: rule.order })),
    );
    entries.sort((a, b) => Number(a.important) - Number(b.important) || a.specificity - b.specificity || a.order - b.order);
    const result = new Map<string, string>();
    for (const entry of entries) result.set(entry.property, entry.value);
    // style="" (the site's pages have none; the Content Security Policy forbids them) wins over rules.
    for (const part of (element.attribs?.style ?? '').split(';')) {
      const colon = part.indexOf(':');
      if (colon > 0) result.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
    }
    this.declaredCache.set(element, result);
    return result;
  }

  private parentElement(element: Element): Element | null {
    return element.parent && isTag(element.parent) ? element.parent : null;
  }

  /** Custom properties in force on the element: inherited, overridden by its own, each resolved. */
  customProperties(element: Element): ReadonlyMap<string, string> {
    const cached = this.customCache.get(element);
    if (cached) return cached;
    const parent = this.parentElement(element);
    const inherited = parent ? this.customProperties(parent) : new Map<string, string>();
    const own = [...this.declared(element)].filter(([property]) => property.startsWith('--'));
    // Most elements set none: they share their parent's set (the maps are never changed once made).
    if (own.length === 0) {
      this.customCache.set(element, inherited as Map<string, string>);
      return inherited;
    }
    const result = new Map(inherited);
    // Own custom properties may refer to each other: resolve against the inherited set plus the raw own values.
    const raw = new Map([...result, ...own]);
    for (const [property, value] of own) {
      const resolved = resolveValue(value, raw, 8);
      if (resolved === null) result.delete(property);
      else result.set(property, resolved);
    }
    this.customCache.set(element, result);
    return result;
  }

  /**
   * The element's own declarations (no custom properties) with var(), light-dark() and calc()
   * resolved; a declaration whose var() cannot be resolved is left out, as a browser would
   * treat it (invalid at computed-value time).
   */
  ownStyle(element: Element): ReadonlyMap<string, string> {
    const cached = this.ownCache.get(element);
    if (cached) return cached;
    const custom = this.customProperties(element);
    const result = new Map<string, string>();
    for (const [property, value] of this.declared(element)) {
      if (property.startsWith('--')) continue;
      const resolved = resolveValue(value, custom, 1);
      if (resolved !== null && resolved !== 'inherit' && resolved !== 'unset') result.set(property, resolved);
    }
    this.ownCache.set(element, result);
    return result;
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

/** var() (repeatedly, for custom properties that refer to others), then light-dark() and calc(). */
function resolveValue(value: string, custom: ReadonlyMap<string, string>, depth: number): string | null {
  if (!value.includes('(')) return value;
  let current: string | null = value;
  for (let i = 0; i < depth && current !== null && /var\(/i.test(current); i++) current = substituteVars(current, custom);
  if (current === null || /var\(/i.test(current)) return null;
  const schemed = /light-dark\(/i.test(current) ? pickScheme(current) : current;
  const mixed = schemed === null ? null : /color-mix\(/i.test(schemed) ? mixColours(schemed) : schemed;
  return mixed === null ? null : /calc\(/i.test(mixed) ? evaluateCalc(mixed) : mixed;
}
