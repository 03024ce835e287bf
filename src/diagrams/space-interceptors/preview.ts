/**
 * Link preview: the explorable's default scenario as the page shows it, less the inputs: the
 * globe (the land drawn at build and the interceptors over it, two SVGs stacked as on the page),
 * the answer (the number of interceptors needed, SbiResult's) largest, the model's other outputs
 * (SbiExplanation's list), and the chart of how that number changes, its SVG as drawn.
 */
import type { Element } from 'domhandler';
import { plainSvg } from '../../lib/previews/plain-svg.ts';
import {
  colourOf,
  find,
  findAll,
  fitText,
  place,
  queryAll,
  svgText,
  textOf,
  type DiagramPreview,
} from '../../lib/previews/preview-drawing.ts';

const WIDTH = 1100;
const HEIGHT = 420;
const GLOBE = 410;
const RIGHT = GLOBE + 40;
const LINE = 26;

/** An output's value without its note in brackets ("110 s (boost minus latency)" → "110 s"). */
function valueText(dd: Element): string {
  return queryAll(dd, '.how')
    .map(textOf)
    .reduce((value, note) => value.replace(note, ''), textOf(dd))
    .trim();
}

export const preview: DiagramPreview = (figure) => {
  const { styles, measure } = figure;
  const parts: string[] = [];
  for (const layer of findAll(figure, 'figure.globe .stack svg')) {
    parts.push(place(plainSvg(layer, styles), { x: 0, y: (HEIGHT - GLOBE) / 2, width: GLOBE, height: GLOBE }));
  }
  const outputs = find(figure, 'dl.outputs');
  const names = findAll(figure, 'dt', outputs);
  const values = findAll(figure, 'dd', outputs);
  if (names.length !== values.length) throw new Error(`Link preview of "${figure.id}": the outputs list pairs no value with a name.`);
  const text = colourOf(figure, outputs, 'color', '#000');
  const muted = colourOf(figure, find(figure, '.how', outputs), 'color', text);
  // The answer, largest: the number of interceptors needed, and its label.
  const result = find(figure, '.result');
  parts.push(
    svgText(RIGHT, 30, textOf(find(figure, 'label', result)).trim(), { size: 24, weight: 600, fill: text }),
    svgText(RIGHT, 92, textOf(find(figure, 'output', result)).trim(), { size: 64, weight: 700, fill: text }),
  );
  const answer = names.length;
  // The other outputs, two to a line.
  const columnWidth = (WIDTH - RIGHT) / 2;
  names.slice(0, answer).forEach((name, index) => {
    const x = RIGHT + (index % 2) * columnWidth;
    const y = 128 + Math.floor(index / 2) * LINE;
    // The value whole; the name shortened if the two do not fit.
    const value = `: ${valueText(values[index])}`;
    const line = fitText(textOf(name), columnWidth - 16 - measure(value, 17, 400), 17, 400, measure) + value;
    parts.push(svgText(x, y, line, { size: 17, fill: muted }));
  });
  const chartTop = 128 + Math.ceil(answer / 2) * LINE - 6;
  parts.push(
    place(plainSvg(find(figure, '.chart svg'), styles), { x: RIGHT, y: chartTop, width: WIDTH - RIGHT, height: HEIGHT - chartTop }),
  );
  return { width: WIDTH, height: HEIGHT, body: parts.join('') };
};
