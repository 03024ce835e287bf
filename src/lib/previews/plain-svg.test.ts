import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { selectOne } from 'css-select';
import type { Element } from 'domhandler';
import { normaliseColour, PageStyles } from './page-styles.ts';
import { plainSvg, viewBoxOf } from './plain-svg.ts';

function svgIn(html: string, css: string, selector = 'svg') {
  const document = parseDocument(html, { lowerCaseAttributeNames: false });
  const svg = selectOne<Element, Element>(selector, document.children as Element[]);
  if (!svg) throw new Error('no svg');
  return { svg, cascade: new PageStyles(document, css, { width: 1200 }) };
}

describe('plainSvg', () => {
  const css = `:root { --text: light-dark(#1b1f24, #e8eaed); --air: light-dark(rgb(86 180 233 / 0.16), #000) }
    body { color: var(--text); font-size: 17px }
    .diagram { fill: var(--text) }
    .air { fill: var(--air) }
    .threat { stroke: #c0392b; stroke-width: 3.5; display: none }
    .layered[data-threat='ballistic'] .path-ballistic { display: inline }
    .label { font-weight: 600; font-size: 0.85rem }`;
  const html = `<html><body><div class="layered" data-threat="ballistic"><svg class="diagram" viewBox="0 0 300 100" role="group" aria-labelledby="t">
      <title id="t">A title</title>
      <path class="air" d="M0 0H10"/>
      <path class="threat path-ballistic" d="M0 0L300 100"/>
      <path class="threat path-cruise" d="M0 50H300"/>
      <a href="/elements/x/" class="mark" tabindex="0" data-element="x"><text class="label" x="5" y="20">Label</text></a>
    </svg></div></body></html>`;

  it('writes the CSS as presentation attributes and keeps the geometry', () => {
    const { svg, cascade } = svgIn(html, css);
    const picture = plainSvg(svg, cascade);
    expect(picture).toMatchObject({ width: 300, height: 100 });
    expect(picture.body).toContain('<path d="M0 0H10" fill="rgba(86, 180, 233, 0.16)"/>');
    expect(picture.body).toContain('<path d="M0 0L300 100" stroke="#c0392b" stroke-width="3.5"/>');
    expect(picture.body).toContain('<text x="5" y="20" font-size="13.6" font-weight="600">Label</text>');
  });

  it('leaves out what the page hides, titles and browser-only attributes; links become groups', () => {
    const { svg, cascade } = svgIn(html, css);
    const { body } = plainSvg(svg, cascade);
    expect(body).not.toContain('M0 50H300');
    expect(body).not.toMatch(/class=|role=|aria-|data-|tabindex|href|<title|<a[ >]/);
    expect(body).toContain('<g><text');
  });

  it('carries what the SVG inherits from the page onto a wrapping group', () => {
    const { svg, cascade } = svgIn(html, css);
    const { body } = plainSvg(svg, cascade);
    expect(body).toMatch(/^<g [^>]*fill="#1b1f24"/);
    expect(body).toMatch(/^<g [^>]*color="#1b1f24"/);
    expect(body).toMatch(/^<g [^>]*font-size="17"/);
  });

  it('moves a viewBox that does not start at 0 0', () => {
    const { svg, cascade } = svgIn('<svg viewBox="-10 -20 100 50"><rect width="1" height="1"/></svg>', '');
    expect(plainSvg(svg, cascade).body).toContain('transform="translate(10 20)"');
  });

  it('takes a size for an SVG laid out by the page, and fails clearly without one', () => {
    const { svg, cascade } = svgIn('<svg class="track"><rect x="10%" width="50%"/></svg>', '');
    expect(plainSvg(svg, cascade, { width: 800, height: 30 })).toMatchObject({ width: 800, height: 30 });
    expect(() => plainSvg(svg, cascade)).toThrow('<svg class="track"> has neither a viewBox nor a width and height');
  });

  it('refuses an SVG the page hides', () => {
    const { svg, cascade } = svgIn('<svg class="x" viewBox="0 0 1 1"></svg>', '.x { display: none }');
    expect(() => plainSvg(svg, cascade)).toThrow('is hidden in the page');
  });
});

describe('colours and boxes', () => {
  it('rewrites CSS colour syntax that SVG 1.1 readers do not know', () => {
    expect(normaliseColour('rgb(86 180 233 / 16%)')).toBe('rgba(86, 180, 233, 0.16)');
    expect(normaliseColour('#0b57a480')).toBe('rgba(11, 87, 164, 0.502)');
    expect(normaliseColour('#0b57a4')).toBe('#0b57a4');
  });

  it('reads a viewBox, else width and height, else nothing', () => {
    const box = (attributes: string) => viewBoxOf(svgIn(`<svg ${attributes}></svg>`, '').svg);
    expect(box('viewBox="0 0 20 10"')).toEqual({ x: 0, y: 0, width: 20, height: 10 });
    expect(box('width="20" height="10"')).toEqual({ x: 0, y: 0, width: 20, height: 10 });
    expect(box('viewBox="0 0 0 10"')).toBeNull();
  });
});
