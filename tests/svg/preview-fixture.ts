/**
 * A rendered figure for testing a diagram's link-preview function (src/diagrams/<id>/preview.ts)
 * without a build: a small page in the shape the diagram's markup has, its CSS, and a measure
 * that makes every character half the font size wide.
 */
import { parseDocument } from 'htmlparser2';
import { selectOne } from 'css-select';
import type { Element } from 'domhandler';
import { PageStyles } from '../../src/lib/previews/page-styles.ts';
import type { MeasureText, RenderedFigure } from '../../src/lib/previews/preview-drawing.ts';

export const halfEm: MeasureText = (text, size) => text.length * size * 0.5;

export function renderedFigure(id: string, mainHtml: string, css = '', width = 1200): RenderedFigure {
  const document = parseDocument(`<html><body><main id="embed">${mainHtml}</main></body></html>`, { lowerCaseAttributeNames: false });
  const root = selectOne<Element, Element>('main', document.children as Element[]);
  if (!root) throw new Error('no main');
  return {
    id,
    root,
    styles: new PageStyles(document, `:root { --text: #111; --muted: #555 } body { color: var(--text) } ${css}`, { width }),
    measure: halfEm,
  };
}

/** The text of every <text> element in a picture's markup, in order. */
export function textsOf(markup: string): string[] {
  return [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
}
