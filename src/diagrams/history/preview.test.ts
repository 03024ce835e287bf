import { describe, expect, it } from 'vitest';
import { preview } from './preview.ts';
import { renderedFigure, textsOf } from '../../../tests/svg/preview-fixture.ts';

const css = `.dot { fill: #0b57a4 } .event { background: #f1f3f5 } .standing-primary-event { border: 2px solid #0b57a4 }
  .standing-secondary-event { border: 2px dashed #6b4fbb } .when { color: #555 }`;

const event = (n: number, standing: string) =>
  `<li class="event standing-${standing}-event"><p class="when"><time>Day ${n}</time></p><h3 class="event-title">Event ${n}</h3><p>Text.</p></li>`;

function figure(count: number) {
  const events = Array.from({ length: count }, (_, i) => event(i + 1, i % 2 ? 'secondary' : 'primary')).join('');
  return renderedFigure(
    'history',
    `<section class="history"><svg class="strip" viewBox="0 0 900 120"><circle cx="10" cy="78" r="6" class="dot"/></svg><ol class="events">${events}</ol></section>`,
    css,
  );
}

describe('the history’s link preview', () => {
  it('draws the strip as drawn, then the first six events, and says how many follow', () => {
    const picture = preview(figure(8));
    const texts = textsOf(picture.body);
    expect(picture.body).toContain('<circle cx="10" cy="78" r="6" fill="#0b57a4"/>');
    expect(texts).toContain('Event 6');
    expect(texts).not.toContain('Event 7');
    expect(texts.at(-1)).toBe('… and 2 more events, to Day 8');
  });

  it('gives primary sources a solid edge and secondary ones a dashed edge, in their colours', () => {
    const { body } = preview(figure(2));
    expect(body).toMatch(/stroke="#0b57a4" stroke-width="2"\/>/);
    expect(body).toMatch(/stroke="#6b4fbb" stroke-width="2" stroke-dasharray="7 4"\/>/);
    expect(textsOf(body).some((text) => text.includes('more events'))).toBe(false);
  });

  it('fails naming the diagram when the page has no events', () => {
    expect(() => preview(figure(0))).toThrow('Link preview of "history": nothing matches "li.event"');
  });
});
