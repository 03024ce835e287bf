import { describe, expect, it } from 'vitest';
import { preview } from './preview.ts';
import { renderedFigure } from '../../../tests/svg/preview-fixture.ts';

const css = `.path { display: none; stroke: var(--text) } .layered[data-threat='ballistic'] .path-ballistic { display: inline }
  @container (max-width: 879px) { .layout-wide { display: none } }`;

describe('the layered diagram’s link preview', () => {
  it('is the wide layout as drawn in the default view, styles inlined', () => {
    const picture = preview(
      renderedFigure(
        'layers',
        `<div class="layered" data-threat="ballistic">
          <div class="layout layout-wide"><svg viewBox="0 0 1200 640"><path class="path path-ballistic" d="M1 1"/><path class="path path-cruise" d="M2 2"/></svg></div>
          <div class="layout layout-narrow"><svg viewBox="0 0 400 700"><path d="M3 3"/></svg></div>
        </div>`,
        css,
      ),
    );
    expect(picture).toMatchObject({ width: 1200, height: 640 });
    expect(picture.body).toContain('<path d="M1 1" stroke="#111"/>');
    expect(picture.body).not.toContain('M2 2');
    expect(picture.body).not.toContain('M3 3');
  });

  it('fails naming the diagram when the page has no wide layout', () => {
    expect(() => preview(renderedFigure('layers', '<svg viewBox="0 0 1 1"></svg>'))).toThrow(
      'Link preview of "layers": nothing matches ".layout-wide svg"',
    );
  });
});
