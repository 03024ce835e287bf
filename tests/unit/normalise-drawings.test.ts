import { describe, expect, it } from 'vitest';
import { normaliseDrawings } from '../diagrams/normalise.ts';

describe('normaliseDrawings (the diagram snapshots’ normaliser)', () => {
  it('writes each SVG one element per line, under where it sits, without what changes between builds', () => {
    const html = `<figure id="figure-x" class="x svelte-1abc2de" data-astro-cid-9xyz><p>Caption, not drawn</p>
      <div class="layout svelte-1abc2de"><!--[--><svg viewBox="0 0 100.25 50" class="svelte-1abc2de"><style>.a{}</style><g class="marks svelte-1abc2de astro-Q2W3E4R5"><path d="M0.123456,1.98765L3,4" class="svelte-1abc2de"></path><text x="1.04"><tspan>A &amp; </tspan><tspan>B</tspan></text><text>
  C
  D </text></g><script>x()</script></svg><!--]--></div></figure>`;
    expect(normaliseDrawings(html, 'figure-x')).toBe(
      [
        '<!-- 1 of 1, in figure#figure-x.x … div.layout -->',
        '<svg viewBox="0 0 100.3 50">',
        '  <g class="marks">',
        '    <path d="M0.1,2L3,4"></path>',
        '    <text x="1">',
        '      <tspan>A &amp; </tspan>',
        '      <tspan>B</tspan>',
        '    </text>',
        '    <text>C D</text>',
        '  </g>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('keeps every top-level SVG in document order, and an SVG inside another as part of it', () => {
    const html = '<div class="a"><svg id="one"><svg id="inner"></svg></svg></div><div id="b"><svg id="two"></svg></div>';
    expect(normaliseDrawings(html)).toBe(
      [
        '<!-- 1 of 2, in div.a -->',
        '<svg id="one">',
        '  <svg id="inner"></svg>',
        '</svg>',
        '<!-- 2 of 2, in div#b -->',
        '<svg id="two"></svg>',
        '',
      ].join('\n'),
    );
  });

  it('leaves addresses unrounded and replaces a very long value by its length and a hash, so changes still show', () => {
    const long = `M${'1.5,2.5L'.repeat(600)}0,0`;
    const first = normaliseDrawings(`<svg><a href="?v=1.25"><path d="${long}"></path></a></svg>`);
    expect(first).toContain('<a href="?v=1.25">');
    expect(first).toMatch(/<path d="\[\d+ characters, sha256 [0-9a-f]{12}\]"><\/path>/);
    expect(normaliseDrawings(`<svg><a href="?v=1.25"><path d="${long.replace('1.5', '1.7')}"></path></a></svg>`)).not.toBe(first);
  });

  it('fails naming the anchor when it is missing, and when there is nothing drawn', () => {
    expect(() => normaliseDrawings('<div id="figure-y"><svg></svg></div>', 'figure-x')).toThrow('No element with id="figure-x"');
    expect(() => normaliseDrawings('<div id="figure-x"><p>Text only</p></div>', 'figure-x')).toThrow(
      'No SVG in the rendered markup under #figure-x',
    );
  });
});
