/**
 * Link preview: the overview strip as drawn (its SVG, styles inlined), and below it the first
 * events of the dated list as the page shows them, a card each (date, title; a solid edge for a
 * primary source, a dashed one for a secondary), with the number of events that follow.
 */
import { plainSvg } from '../../lib/previews/plain-svg.ts';
import { colourOf, find, findAll, place, svgText, textOf, wrapText, type DiagramPreview } from '../../lib/previews/preview-drawing.ts';

const WIDTH = 1100;
const COLUMNS = 3;
const GAP = 18;
const CARD_HEIGHT = 104;
const ROWS = 2;

export const preview: DiagramPreview = (figure) => {
  const { styles, measure } = figure;
  const strip = plainSvg(find(figure, 'svg.strip'), styles);
  const stripHeight = (strip.height * WIDTH) / strip.width;
  const parts = [place(strip, { x: 0, y: 0, width: WIDTH, height: stripHeight })];
  const events = findAll(figure, 'li.event');
  const top = stripHeight + 20;
  const cardWidth = (WIDTH - GAP * (COLUMNS - 1)) / COLUMNS;
  const shown = events.slice(0, COLUMNS * ROWS);
  shown.forEach((event, index) => {
    const x = (index % COLUMNS) * (cardWidth + GAP);
    const y = top + Math.floor(index / COLUMNS) * (CARD_HEIGHT + GAP);
    const secondary = event.attribs.class.includes('standing-secondary');
    const edge = colourOf(figure, event, 'border-color', '#000');
    const text = colourOf(figure, find(figure, '.event-title', event), 'color', '#000');
    const muted = colourOf(figure, find(figure, '.when', event), 'color', text);
    const lines = wrapText(textOf(find(figure, '.event-title', event)), cardWidth - 28, 20, 700, measure, 2);
    parts.push(
      `<rect x="${x + 1}" y="${y + 1}" width="${cardWidth - 2}" height="${CARD_HEIGHT - 2}" rx="6" fill="${colourOf(figure, event, 'background-color', 'none')}" stroke="${edge}" stroke-width="2"${secondary ? ' stroke-dasharray="7 4"' : ''}/>`,
      svgText(x + 14, y + 28, textOf(find(figure, '.when', event)), { size: 18, weight: 600, fill: muted }),
      ...lines.map((line, row) => svgText(x + 14, y + 56 + row * 25, line, { size: 20, weight: 700, fill: text })),
    );
  });
  const bottom = top + ROWS * (CARD_HEIGHT + GAP);
  const rest = events.length - shown.length;
  if (rest > 0) {
    const last = textOf(find(figure, '.when', events.at(-1)!));
    parts.push(
      svgText(WIDTH, bottom + 8, `… and ${rest} more events, to ${last}`, {
        size: 20,
        weight: 600,
        fill: colourOf(figure, events[0], 'color', '#000'),
        anchor: 'end',
      }),
    );
  }
  return { width: WIDTH, height: bottom + (rest > 0 ? 16 : 0), body: parts.join('') };
};
