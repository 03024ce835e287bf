/**
 * Link preview: the requirements table in miniature, every row as on the page: the passage, what
 * it requires (shortened to fit), and the phase and threat columns with their squares, each
 * square the page's own SVG (sized by the number of elements). The long text columns (who, by
 * when, what is known) are left out: at a card's size they would be unreadable.
 */
import { plainSvg } from '../../lib/previews/plain-svg.ts';
import {
  colourOf,
  find,
  findAll,
  fitText,
  place,
  svgText,
  textOf,
  wrapText,
  type DiagramPreview,
} from '../../lib/previews/preview-drawing.ts';

const WIDTH = 1100;
const PASSAGE = 140;
const WHAT = 270;
const HEAD = 46;
const ROW = 20.5;
const TEXT = 15;

export const preview: DiagramPreview = (figure) => {
  const { styles, measure } = figure;
  const table = find(figure, 'table.matrix');
  const headCells = findAll(figure, 'thead th', table);
  const markColumns = headCells.filter((cell) => cell.attribs.class?.split(/\s+/).includes('num'));
  const markLeft = PASSAGE + WHAT;
  const markWidth = (WIDTH - markLeft) / markColumns.length;
  const text = colourOf(figure, table, 'color', '#000');
  const border = colourOf(figure, find(figure, 'td', table), 'border-color', text);
  const link = colourOf(figure, find(figure, 'tbody th a', table), 'color', text);
  const rows = findAll(figure, 'tbody tr', table);
  const height = HEAD + rows.length * ROW;
  const parts: string[] = [
    `<rect x="0" y="0" width="${WIDTH}" height="${HEAD}" fill="${colourOf(figure, headCells[0], 'background-color', 'none')}"/>`,
  ];

  // Column heads: the two text columns, then each phase and threat, wrapped to two lines.
  const headText = (label: string, x: number, width: number, anchor: 'start' | 'middle') =>
    wrapText(label, width - 6, 14, 700, measure, 2).map((line, index, all) =>
      svgText(x, HEAD / 2 + (index - (all.length - 1) / 2) * 17, line, { size: 14, weight: 700, fill: text, anchor, baseline: 'middle' }),
    );
  parts.push(...headText(textOf(headCells[0]), 6, PASSAGE, 'start'), ...headText(textOf(headCells[1]), PASSAGE + 6, WHAT, 'start'));
  markColumns.forEach((cell, index) => parts.push(...headText(textOf(cell), markLeft + (index + 0.5) * markWidth, markWidth, 'middle')));

  rows.forEach((row, index) => {
    const y = HEAD + index * ROW;
    const cells = findAll(figure, 'td', row);
    const middle = y + ROW / 2;
    parts.push(
      `<line x1="0" x2="${WIDTH}" y1="${y}" y2="${y}" stroke="${border}" stroke-width="0.75"/>`,
      svgText(6, middle, textOf(find(figure, 'th', row)), { size: TEXT, weight: 600, fill: link, baseline: 'middle' }),
      svgText(PASSAGE + 6, middle, fitText(textOf(cells[0]), WHAT - 12, TEXT, 400, measure), {
        size: TEXT,
        fill: text,
        baseline: 'middle',
      }),
    );
    findAll(figure, 'td.num svg', row).forEach((mark, column) => {
      const square = plainSvg(mark, styles);
      parts.push(place(square, { x: markLeft + column * markWidth, y: y + (ROW - 18) / 2, width: markWidth, height: 18 }));
    });
  });
  parts.push(`<line x1="0" x2="${WIDTH}" y1="${height}" y2="${height}" stroke="${border}" stroke-width="0.75"/>`);
  return { width: WIDTH, height, body: parts.join('') };
};
