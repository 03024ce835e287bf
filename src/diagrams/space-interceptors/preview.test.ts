import { describe, expect, it } from 'vitest';
import { preview } from './preview.ts';
import { renderedFigure, textsOf } from '../../../tests/svg/preview-fixture.ts';

const css = `.how { color: #555 } .ocean { fill: #def } .sat { fill: #0068a3 } .line { fill: none; stroke: #0b57a4 }`;
const output = (name: string, value: string, how = '') =>
  `<dt>${name}</dt><dd>${value}${how ? ` <span class="how">${how}</span>` : ''}</dd>`;
const page = (
  outputs: string,
) => `<div class="result"><label for="sbi-required">Interceptors needed</label> <span class="for">for 1 missile</span>
  <output id="sbi-required">2,087</output></div><section class="explanation"><dl class="outputs">${outputs}</dl>
  <figure class="globe"><div class="stack"><svg class="globe-first-view" viewBox="0 0 360 360"><circle cx="180" cy="180" r="176" class="ocean"/></svg><svg viewBox="0 0 360 360"><circle cx="1" cy="2" r="1.8" class="sat"/></svg></div></figure></section>
  <div class="chart"><svg viewBox="0 0 520 300"><path d="M0 0L10 10" class="line"/></svg></div>`;

describe('the explorable’s link preview', () => {
  it('shows the number needed largest, the other outputs without their notes, the globe’s two layers and the chart', () => {
    const picture = preview(
      renderedFigure(
        'space-interceptors',
        page(output('Time to reach the missile', '110 s', '(boost minus latency)') + output('Absentee ratio', '2,086')),
        css,
      ),
    );
    const texts = textsOf(picture.body);
    expect(texts.slice(0, 2)).toEqual(['Interceptors needed', '2,087']);
    expect(texts).toContain('Time to reach the missile: 110 s');
    expect(picture.body).toContain('fill="#555">Time to reach the missile: 110 s</text>');
    expect(texts).toContain('Absentee ratio: 2,086');
    expect(texts.join(' ')).not.toContain('for 1 missile');
    expect(picture.body).toContain('<circle cx="180" cy="180" r="176" fill="#def"/>');
    expect(picture.body).toContain('<circle cx="1" cy="2" r="1.8" fill="#0068a3"/>');
    expect(picture.body).toContain('<path d="M0 0L10 10" fill="none" stroke="#0b57a4"/>');
  });

  it('fails naming the diagram when the outputs are not paired', () => {
    expect(() => preview(renderedFigure('space-interceptors', page('<dt>Alone</dt>')))).toThrow('Link preview of "space-interceptors"');
  });
});
