import { describe, expect, it } from 'vitest';
import { preview } from './preview.ts';
import { renderedFigure, textsOf } from '../../../tests/svg/preview-fixture.ts';

const css = `.status { color: #555 } .status-reported { font-style: italic } .link { fill: none; stroke: #0b57a4 } .link-highlight { display: none }
  .node rect { fill: #f1f3f5; stroke: #8a94a3 } .node.in-slides rect { stroke-dasharray: 6 4 } .node:hover rect { stroke: red }`;
const head = (name: string, status: string, kind: string) =>
  `<div><strong>${name}</strong><span class="status status-${kind}">${status}</span></div>`;

describe('the crosswalk’s link preview', () => {
  it('sets the three column heads above the drawing, the reported one in italics, and inlines the drawing’s styles', () => {
    const picture = preview(
      renderedFigure(
        'crosswalk',
        `<figure class="crosswalk"><div class="columns-head">${head('Flight phases', 'Official terms', 'official')}${head('Reported slides', 'Reported, not official', 'reported')}${head('CBO 2026', 'An official estimate', 'official')}</div>
        <svg class="crosswalk-svg" viewBox="0 0 900 300"><path d="M0 0C1 1 2 2 3 3" class="link"/><g class="node in-slides"><path d="M9 9" class="link-highlight"/><rect x="1" y="2" width="3" height="4"/><text>Space layer</text></g></svg></figure>`,
        css,
      ),
    );
    const texts = textsOf(picture.body);
    expect(texts.slice(0, 3)).toEqual(['Flight phases', 'Official terms', 'Reported slides']);
    expect(picture.body).toMatch(/<text [^>]*text-anchor="middle" font-style="italic">Reported, not official<\/text>/);
    expect(picture.body).toMatch(/<text [^>]*text-anchor="end">CBO 2026<\/text>/);
    expect(picture.body).toContain('<rect x="1" y="2" width="3" height="4" fill="#f1f3f5" stroke="#8a94a3" stroke-dasharray="6 4"/>');
    expect(picture.body).not.toContain('M9 9');
    expect(picture.width).toBe(900);
    expect(picture.height).toBeGreaterThan(300);
  });
});
