import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bothLayoutsLimitPageHtml, bundleD3Page, d3PageHtml, limitPageHtml, paintOnlySvg } from './build.ts';
import { peerData } from './scene-data.ts';
import { layeredDiagramSchema } from '../../../src/lib/schema/layered-diagram.ts';
import { LAYOUTS, buildLayeredScene } from '../../../src/diagrams/layers/scene.ts';

const data = peerData('.');
const content = layeredDiagramSchema.parse(parse(readFileSync('content/diagrams/layered-defense.yaml', 'utf8')));

describe('the peer pages’ data', () => {
  it('is the scene the site renders, for both layouts, without the marker samples the site’s views leave out too', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const { pathSamples, ...scene } = buildLayeredScene(content, layout);
      expect(pathSamples).toBeDefined();
      expect(data.scenes[layout]).toEqual(scene);
    }
    expect(data.wideMinWidth).toBe(LAYOUTS.wide.minWidth);
  });

  it('has one element per mark, in the marks’ order, with a reason for every fade the content gives', () => {
    expect(data.elements.map((element) => element.id)).toEqual(content.marks.map((mark) => mark.element));
    for (const fade of content.fades) {
      expect(data.elements.find((element) => element.id === fade.element)?.fades[fade.threat], fade.element).toBe(fade.reason);
    }
    expect(data.elements.every((element) => element.title && element.summary)).toBe(true);
  });
});

describe('the D3 page', () => {
  it('bundles into one minified classic script with the data in it', async () => {
    const script = await bundleD3Page(data);
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    expect(script).not.toContain('PEER_DATA');
    expect(script.split('\n').length).toBeLessThan(5);
    for (const mark of data.scenes.wide.marks) expect(script).toContain(`"${mark.element}"`);
    expect(script).toContain(data.scenes.narrow.earth);
  });

  it('has a shell that loads the script without blocking and escapes the title', () => {
    const html = d3PageHtml('Layers <& more>');
    expect(html).toContain('<script src="/d3/app.js" defer></script>');
    expect(html).toContain('<h1>Layers &lt;&amp; more&gt;</h1>');
    expect(html).toContain('<figure id="diagram"></figure>');
  });
});

describe('paintOnlySvg', () => {
  const drawn =
    '<svg viewBox="0 0 400 430" role="group" aria-labelledby="t"><title id="t">Layers</title>' +
    '<g class="threat"><path class="threat-path" data-threat="ballistic" d="M0,0L1,1"></path><path class="threat-path" data-threat="cruise" d="M2,2" display="none"></path></g>' +
    '<g class="mark layer-terminal faded" data-element="x" tabindex="0" role="button" aria-label="1. X"><rect class="hit" x="1" y="2" width="3" height="4"></rect><path class="flyout" d="M1,1" display="none"></path><text font-size="17"><tspan x="5" y="6">1</tspan></text></g>' +
    '</svg>';
  const svg = paintOnlySvg(drawn);

  it('keeps what paints, with SVG’s attribute case', () => {
    expect(svg).toContain('viewBox="0 0 400 430"');
    expect(svg).toContain('<path class="threat-path" d="M0,0L1,1"');
    expect(svg).toContain('<g class="mark layer-terminal">');
    expect(svg).toContain('<tspan x="5" y="6">1</tspan>');
  });

  it('drops hidden paths, hit areas, interaction attributes and state classes, and names the picture an image', () => {
    expect(svg).not.toContain('display="none"');
    expect(svg).not.toContain('class="hit"');
    expect(svg).not.toMatch(/tabindex|data-element|data-threat|aria-label=|role="button"|faded/);
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="t"');
  });

  it('refuses markup that is not one SVG element', () => {
    expect(() => paintOnlySvg('<div></div>')).toThrow('one <svg> element');
    expect(() => paintOnlySvg('<svg></svg><svg></svg>')).toThrow('one <svg> element');
  });

  it('makes a limit page of the SVG and the paint CSS, without any script', () => {
    const page = limitPageHtml('Layers', svg);
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<style>:root{color-scheme:light dark;');
    expect(page).toContain(svg);
    expect(page).not.toContain('<script');
  });

  it('makes a both-layouts limit page: the narrow SVG shown by default, the wide one from the breakpoint, no script', () => {
    const wide = svg.replace('viewBox="0 0 400 430"', 'viewBox="0 0 1200 640"');
    const page = bothLayoutsLimitPageHtml('Layers', svg, wide, 880);
    expect(page).toContain(`<div class="narrow">${svg}</div><div class="wide">${wide}</div>`);
    expect(page).toContain(
      'body{container-type:inline-size}.wide{display:none}@container (width>=880px){.wide{display:block}.narrow{display:none}}',
    );
    expect(page).toContain('<style>:root{color-scheme:light dark;');
    expect(page).not.toContain('<script');
  });
});
