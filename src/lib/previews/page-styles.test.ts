import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { selectOne } from 'css-select';
import type { Element } from 'domhandler';
import { isColour, lightValue, normaliseColour, PageStyles, queryHolds, rootTokens, sheetForScreen } from './page-styles.ts';

function page(html: string, css: string, width = 1200) {
  const document = parseDocument(html, { lowerCaseAttributeNames: false });
  const cascade = new PageStyles(document, css, { width });
  const $ = (selector: string) => {
    const found = selectOne<Element, Element>(selector, document.children as Element[]);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  };
  return { cascade, $ };
}

describe('the page styles (juice inlines the cascade)', () => {
  it('orders declarations by importance, then specificity, then source order', () => {
    const { cascade, $ } = page(
      '<div id="a" class="b"><p class="c d">x</p></div>',
      `.c { fill: red } p { fill: blue } .c.d { fill: green } .d { fill: orange }
       #a .c { stroke: black } .c { stroke: white !important } .d { opacity: 0.5 } .d { opacity: 0.25 }`,
    );
    const style = cascade.ownStyle($('p'));
    expect(style.get('fill')).toBe('green');
    expect(style.get('stroke')).toBe('white');
    expect(style.get('opacity')).toBe('0.25');
  });

  it('inherits custom properties and resolves var() where the property is used', () => {
    const { cascade, $ } = page(
      '<html><body><svg><g class="layer"><path class="solid"/></g><path class="solid"/></svg></body></html>',
      `:root { --c: light-dark(#b34700, #ff8f4d); --text: #111 } .layer { --mark: var(--c) } .solid { fill: var(--mark, var(--text)) }`,
    );
    expect(cascade.ownStyle($('g path')).get('fill')).toBe('#b34700');
    // Outside the layer, --mark is not set: the fallback applies.
    expect(cascade.ownStyle($('svg > path')).get('fill')).toBe('#111');
  });

  it('leaves out a declaration whose var() cannot be resolved, as a browser does', () => {
    const { cascade, $ } = page('<p class="x">x</p>', '.x { fill: var(--missing); stroke: red }');
    expect(cascade.ownStyle($('p')).has('fill')).toBe(false);
    expect(cascade.ownStyle($('p')).get('stroke')).toBe('red');
  });

  it('evaluates calc() with resolved custom properties (the faded marks)', () => {
    const { cascade, $ } = page(
      '<g class="mark"><path class="glyph"/></g>',
      '.mark { --faded: 1 } .glyph { opacity: calc(1 - 0.7 * var(--faded)) }',
    );
    expect(cascade.ownStyle($('path')).get('opacity')).toBe('0.3');
  });

  it('applies media and container queries for its width, and never print, dark or no-script ones', () => {
    const css = `p { fill: a } @media (width <= 40rem) { p { fill: narrow } } @media (min-width: 60rem) { p { stroke: wide } }
      @media print { p { opacity: 0 } } @media (prefers-color-scheme: dark) { p { color: white } } @media (scripting: none) { p { display: none } }
      @container (width <= 879px) { p { font-weight: 100 } }`;
    const wide = page('<p>x</p>', css, 1300);
    expect(Object.fromEntries(wide.cascade.ownStyle(wide.$('p')))).toEqual({ fill: 'a', stroke: 'wide' });
    const narrow = page('<p>x</p>', css, 500);
    expect(Object.fromEntries(narrow.cascade.ownStyle(narrow.$('p')))).toEqual({ fill: 'narrow', 'font-weight': '100' });
  });

  it('never applies hover, focus or :target rules (juice leaves them out, :not() of them too)', () => {
    const { cascade, $ } = page(
      '<a class="m">x</a>',
      '.m:hover { fill: red } .m:focus { stroke: blue } .m:target { opacity: 0 } .m { color: green }',
    );
    expect(Object.fromEntries(cascade.ownStyle($('a')))).toEqual({ color: 'green' });
  });

  it('skips selectors it cannot match, and pseudo-elements, without failing', () => {
    const { cascade, $ } = page('<p class="x">x</p>', '.x:unknown-state { fill: red } .x::before { fill: blue } .x { stroke: green }');
    expect(Object.fromEntries(cascade.ownStyle($('p')))).toEqual({ stroke: 'green' });
  });

  it('shows the element the :has() switch selects (the checked fuel)', () => {
    const { cascade, $ } = page(
      '<div class="chain"><input type="radio" value="solid" checked><input type="radio" value="liquid"><div class="bars bars-solid"></div><div class="bars bars-liquid"></div></div>',
      ".bars { display: none } .chain:has(input[value='solid']:checked) .bars-solid, .chain:has(input[value='liquid']:checked) .bars-liquid { display: block }",
    );
    expect(cascade.value($('.bars-solid'), 'display')).toBe('block');
    expect(cascade.value($('.bars-liquid'), 'display')).toBe('none');
  });

  it('inherits inherited properties and not the others; computes font sizes in pixels', () => {
    const { cascade, $ } = page(
      '<body><div class="x"><svg><text>t</text></svg></div></body>',
      'body { font-size: 1.0625rem; fill: red; opacity: 0.5 } .x { font-size: 1.5em }',
    );
    expect(cascade.value($('text'), 'fill')).toBe('red');
    expect(cascade.value($('text'), 'opacity')).toBeUndefined();
    expect(cascade.fontSize($('text'))).toBeCloseTo(25.5);
  });
});

describe('value functions', () => {
  it('picks the light side of light-dark(), colours with commas included, inside longer values too', () => {
    expect(lightValue('light-dark(rgb(1, 2, 3), #fff)')).toBe('rgb(1, 2, 3)');
    expect(lightValue('1px solid light-dark(#111, #eee)')).toBe('1px solid #111');
    expect(lightValue('red')).toBe('red');
  });

  it('computes color-mix() in sRGB (with transparent: the colour at that opacity) and writes colours as SVG 1.1 reads them', () => {
    expect(normaliseColour('color-mix(in srgb, #b34700 35%, transparent)')).toBe('rgba(179, 71, 0, 0.35)');
    expect(normaliseColour('rgb(86 180 233 / 0.16)')).toBe('rgba(86, 180, 233, 0.16)');
    expect(normaliseColour('#12345680')).toBe('rgba(18, 52, 86, 0.502)');
    expect(normaliseColour('#0b57a4')).toBe('#0b57a4');
    expect(normaliseColour('url(#hatch)')).toBe('url(#hatch)');
  });

  it('knows a colour from another value', () => {
    expect(isColour('#8a94a3')).toBe(true);
    expect(isColour('transparent')).toBe(true);
    expect(isColour('1px solid #8a94a3')).toBe(false);
  });

  it('keeps the rules of the queries that hold, innermost first, and reads the :root tokens in their light values', () => {
    const sheet = sheetForScreen(
      ':root { --bg: light-dark(#fff, #000) } @media screen { @container (min-width: 50rem) { p { fill: wide } } @media print { p { fill: paper } } }',
      1000,
    );
    expect(sheet.toString()).not.toContain('@');
    expect(sheet.toString()).toContain('fill: wide');
    expect(sheet.toString()).not.toContain('paper');
    expect(rootTokens(sheet).get('--bg')).toBe('#fff');
  });

  it('evaluates range and min/max media features', () => {
    expect(queryHolds('(width<=40rem)', 640)).toBe(true);
    expect(queryHolds('(width<=40rem)', 641)).toBe(false);
    expect(queryHolds('screen and (min-width: 600px)', 700)).toBe(true);
    expect(queryHolds('print, (max-width: 100px)', 700)).toBe(false);
    expect(queryHolds('not print', 700)).toBe(true);
  });
});
