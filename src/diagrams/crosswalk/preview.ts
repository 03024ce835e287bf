/**
 * Link preview: the crosswalk as drawn: the three column heads (an HTML row above the SVG on the
 * page, set here as text in the same places: left, centre, right) and the SVG of boxes and links,
 * styles inlined.
 */
import { plainSvg } from '../../lib/previews/plain-svg.ts';
import { colourOf, find, findAll, place, svgText, textOf, wrapText, type DiagramPreview } from '../../lib/previews/preview-drawing.ts';

const NAME = 20;
const STATUS = 17;

export const preview: DiagramPreview = (figure) => {
  const { styles, measure } = figure;
  const drawing = plainSvg(find(figure, 'svg.crosswalk-svg'), styles);
  const width = drawing.width;
  const heads = findAll(figure, '.columns-head > div');
  const column = width / heads.length;
  // Each head as the page wraps it: the name in bold, its status below, two lines at most each.
  const blocks = heads.map((head) => {
    const status = find(figure, '.status', head);
    return {
      name: wrapText(textOf(find(figure, 'strong', head)), column - 12, NAME, 700, measure, 2),
      status: wrapText(textOf(status), column - 12, STATUS, 400, measure, 2),
      colour: colourOf(figure, head, 'color', '#000'),
      statusColour: colourOf(figure, status, 'color', '#000'),
      italic: styles.value(status, 'font-style') === 'italic',
    };
  });
  const nameLines = Math.max(...blocks.map((block) => block.name.length));
  const statusLines = Math.max(...blocks.map((block) => block.status.length));
  const head = nameLines * 24 + statusLines * 21 + 16;
  const parts = blocks.flatMap((block, index) => {
    const anchor = index === 0 ? 'start' : index === heads.length - 1 ? 'end' : 'middle';
    const x = index === 0 ? 0 : index === heads.length - 1 ? width : width / 2;
    return [
      ...block.name.map((line, row) => svgText(x, 20 + row * 24, line, { size: NAME, weight: 700, fill: block.colour, anchor })),
      ...block.status.map((line, row) =>
        svgText(x, 20 + nameLines * 24 + row * 21, line, { size: STATUS, fill: block.statusColour, anchor, italic: block.italic }),
      ),
    ];
  });
  parts.push(place(drawing, { x: 0, y: head, width, height: drawing.height }));
  return { width, height: head + drawing.height, body: parts.join('') };
};
