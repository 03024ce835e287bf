import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardText,
  diagramImageAlt,
  displayAddress,
  figureCard,
  paletteFrom,
  previewImagePath,
  siteCard,
  siteImageAlt,
} from './link-preview.ts';
import { find, fitText, place, wrapText, type MeasureText } from './preview-drawing.ts';

/** Every character half the font size wide: enough to test fitting without a font. */
const measure: MeasureText = (text, size) => text.length * size * 0.5;
const palette = { bg: '#fdfdfb', raised: '#f1f3f5', text: '#1b1f24', muted: '#4a5360', accent: '#0b57a4', border: '#8a94a3' };
const picture = { width: 600, height: 300, body: '<rect width="600" height="300" fill="red"/>' };

describe('fitting text', () => {
  it('shortens at a word boundary with an ellipsis, and leaves text that fits alone', () => {
    expect(fitText('one two three', 130, 20, 400, measure)).toBe('one two three');
    expect(fitText('one two three four', 90, 20, 400, measure)).toBe('one two…');
    expect(fitText('abc', 100, 20, 400, measure)).toBe('abc');
    expect(fitText('abcdefghijkl', 50, 20, 400, measure)).toBe('abcd…');
  });

  it('wraps to lines no wider than asked, the last shortened when the text goes on', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 100, 20, 400, measure, 2);
    expect(lines).toEqual(['the quick', 'brown fox…']);
    for (const line of lines) expect(measure(line, 20)).toBeLessThanOrEqual(100);
    expect(wrapText('short', 100, 20, 400, measure, 2)).toEqual(['short']);
  });

  it('places a picture scaled to fit its box, centred', () => {
    expect(place(picture, { x: 0, y: 0, width: 300, height: 300 })).toMatch(
      /^<svg x="0" y="75" width="300" height="150" viewBox="0 0 600 300"/,
    );
    expect(place(picture, { x: 10, y: 10, width: 1200, height: 300 }, 1)).toMatch(/^<svg x="310" y="10" width="600" height="300"/);
  });

  it('finds elements or says which selector found nothing in which diagram', () => {
    const root = parseDocument('<main><svg class="a"></svg></main>').children[0] as Element;
    expect(find({ id: 'demo', root }, 'svg.a').name).toBe('svg');
    expect(() => find({ id: 'demo', root }, '.missing')).toThrow('Link preview of "demo": nothing matches ".missing"');
  });
});

describe('cards', () => {
  it('draws a diagram card 1200×630 with the figure number, title, picture, credit, licence and address', () => {
    const svg = figureCard({
      figure: 3,
      title: 'History of the order',
      picture,
      address: 'https://example.org/gd/timeline/',
      palette,
      measure,
    });
    expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 1200 630" font-family="Inter"`);
    expect(cardText(svg)).toEqual([
      'Figure 3',
      'History of the order',
      'Golden Dome, Explained',
      '·  CC BY 4.0',
      'example.org/gd/timeline/',
    ]);
    expect(svg).toContain('fill="red"');
  });

  it('wraps a long title to two lines that fit, shrinking it first', () => {
    const title = 'A title long enough that even at the smallest size it needs two lines to fit on the card';
    const svg = figureCard({ figure: 1, title, picture, address: 'https://example.org/', palette, measure });
    const [, ...rest] = cardText(svg);
    const titleLines = rest.slice(0, 2);
    expect(titleLines.join(' ')).toBe(title);
    for (const line of titleLines) expect(measure(line, 32)).toBeLessThanOrEqual(CARD_WIDTH - 96);
  });

  it('draws the site card with the name, tagline and the first figure', () => {
    const svg = siteCard({ picture, address: 'https://example.org/', palette, measure });
    const text = cardText(svg).join(' ');
    expect(text).toContain('Golden Dome');
    expect(text).toContain('Executive Order 14186');
    expect(svg).toContain('fill="red"');
  });

  it('names where cards live, and what they show in words', () => {
    expect(previewImagePath('layers')).toBe('og/layers.png');
    expect(previewImagePath()).toBe('og/site.png');
    const diagram = { figure: 2, title: 'How much time', alt: 'A time axis.' };
    expect(diagramImageAlt(diagram)).toBe('Figure 2. How much time. A time axis. Credit: Golden Dome, Explained, CC BY 4.0.');
    expect(siteImageAlt(diagram)).toContain('Figure 2: How much time');
    expect(displayAddress('https://example.org/gd/layers/')).toBe('example.org/gd/layers/');
  });

  it("takes its colours from the site's custom properties and names a missing one", () => {
    const custom = new Map(
      Object.entries({
        '--bg': '#fff',
        '--bg-raised': '#eee',
        '--text': '#000',
        '--text-muted': '#333',
        '--accent': '#00f',
        '--border': '#999',
      }),
    );
    expect(paletteFrom(custom).accent).toBe('#00f');
    custom.delete('--accent');
    expect(() => paletteFrom(custom)).toThrow('defines no --accent');
  });
});
