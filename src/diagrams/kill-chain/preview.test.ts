import { describe, expect, it } from 'vitest';
import { preview } from './preview.ts';
import { renderedFigure, textsOf } from '../../../tests/svg/preview-fixture.ts';

const css = `.bars { display: none }
  .chain:has(input[value='solid']:checked) .bars-solid, .chain:has(input[value='liquid']:checked) .bars-liquid { display: block }
  .phase-boost { --phase: #f0c0a0 } .phase-midcourse { --phase: #a0f0c0 } .phase { fill: var(--phase) }
  .segment-engage { --segment: #b34700 } .segment { fill: var(--segment) } .track { background: #eee; border: 1px solid #888 }
  .row-label { color: #0b57a4 } .tick { fill: #555 } .hatch-line { fill: #555 } .swatch { background: var(--segment) }`;

const bars = (fuel: string, label: string) => `
  <div class="bars bars-${fuel}">
    <ul class="phase-keys"><li class="phase-key phase-boost"><button>Boost: 2 min</button></li><li class="phase-key phase-midcourse"><button>Midcourse: 20 min</button></li></ul>
    <div class="axis-row phase-row"><span class="row-label">Flight phases</span><svg class="track"><rect class="phase phase-boost" x="0%" width="10%" y="0" height="100%"/><rect class="phase phase-midcourse" x="10%" width="90%" y="0" height="100%"/></svg></div>
    <div class="axis-row layer-row"><a class="row-label" href="/x/">${label}</a><div class="track"><svg class="track-marks"><rect class="segment segment-decide assumed" x="0%" width="4%" y="16%" height="68%"/><rect class="segment segment-engage" x="4%" width="8%" y="16%" height="68%"/></svg></div></div>
    <div class="axis-row tick-row"><span class="row-label"></span><svg class="ticks"><text class="tick" x="0%" text-anchor="start">0 s</text><text class="tick" x="50%" text-anchor="middle">10 min</text><text class="tick" x="97%" text-anchor="middle">20 min</text><text class="tick" x="100%" text-anchor="end">23 min 20 s</text></svg></div>
  </div>`;

const page = (checked: 'solid' | 'liquid') => `
  <div class="chain"><input type="radio" value="solid"${checked === 'solid' ? ' checked' : ''}><input type="radio" value="liquid"${checked === 'liquid' ? ' checked' : ''}>
  <svg class="hatch-defs"><defs><pattern id="kill-chain-hatch" width="7" height="7"><rect class="hatch-line" width="3" height="7"/></pattern></defs></svg>
  ${bars('solid', 'Space-based interceptors')}${bars('liquid', 'Liquid-fuel row')}</div>
  <ul class="legend"><li><span class="swatch segment-decide assumed"></span> Decide and launch</li><li><span class="swatch segment-engage"></span> Window to engage</li></ul>`;

describe('the kill chain’s link preview', () => {
  it('draws the checked fuel’s bars: the phase key, each row’s label and track, the axis and the legend', () => {
    const picture = preview(renderedFigure('kill-chain', page('solid'), css));
    const texts = textsOf(picture.body);
    expect(texts).toContain('Boost: 2 min');
    expect(texts).toContain('Flight phases');
    expect(texts).toContain('Space-based interceptors');
    expect(texts).not.toContain('Liquid-fuel row');
    expect(texts).toContain('Window to engage');
    // The track's own rects, in percent, in the colours the CSS gives them; the assumed one hatched.
    expect(picture.body).toContain('<rect x="4%" width="8%" y="16%" height="68%" fill="#b34700"/>');
    expect(picture.body).toContain('<pattern id="kill-chain-hatch"');
    expect(picture.body).toContain('fill="#f0c0a0"');
  });

  it('follows the checked fuel', () => {
    const texts = textsOf(preview(renderedFigure('kill-chain', page('liquid'), css)).body);
    expect(texts).toContain('Liquid-fuel row');
    expect(texts).not.toContain('Space-based interceptors');
  });

  it('drops a tick label that would run into the last one, and keeps the others', () => {
    const texts = textsOf(preview(renderedFigure('kill-chain', page('solid'), css)).body);
    expect(texts).toEqual(expect.arrayContaining(['0 s', '10 min', '23 min 20 s']));
    expect(texts).not.toContain('20 min');
  });

  it('fails naming the diagram when no fuel’s bars show', () => {
    expect(() => preview(renderedFigure('kill-chain', page('solid').replace(/ checked/, ''), css))).toThrow(
      'Link preview of "kill-chain": no fuel\'s bars are shown by default.',
    );
  });
});
