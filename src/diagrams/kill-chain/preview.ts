/**
 * Link preview: the default fuel's bars as the page draws them. The bars are HTML rows, each with
 * an SVG track whose marks sit in percent of the axis (scene.ts); the preview draws each row's
 * label and reuses its track's SVG at a fixed width, with the phase key above and the legend
 * below, in the colours the page's CSS gives them.
 */
import { plainSvg } from '../../lib/previews/plain-svg.ts';
import { colourOf, find, findAll, fitText, place, svgText, textOf, type DiagramPreview } from '../../lib/previews/preview-drawing.ts';

const WIDTH = 1100;
const LABEL_WIDTH = 330;
const TRACK_X = LABEL_WIDTH + 20;
const TRACK_WIDTH = WIDTH - TRACK_X;
const ROW = 38;
const BAR = 28;
const TEXT = 20;
const TICK = 18;

export const preview: DiagramPreview = (figure) => {
  const { styles, measure } = figure;
  const bars = findAll(figure, '.bars').find((element) => styles.value(element, 'display') !== 'none');
  if (!bars) throw new Error(`Link preview of "${figure.id}": no fuel's bars are shown by default.`);
  const text = colourOf(figure, bars, 'color', '#000');
  const muted = colourOf(figure, find(figure, '.tick', bars), 'fill', text);
  const parts: string[] = [plainSvg(find(figure, '.hatch-defs'), styles, { width: 1, height: 1 }).body];
  let y = 0;

  // The phase key: a swatch in the phase's colour (the phase row's own rect) and its duration.
  let x = 0;
  for (const key of findAll(figure, '.phase-key', bars)) {
    const phase = [...key.attribs.class.split(/\s+/)].find((name) => name.startsWith('phase-') && name !== 'phase-key');
    const rect = phase ? find(figure, `.phase-row rect.${phase}`, bars) : null;
    const label = textOf(find(figure, 'button', key));
    parts.push(
      `<rect x="${x}" y="${y + 4}" width="22" height="22" rx="3" fill="${rect ? colourOf(figure, rect, 'fill', muted) : muted}" stroke="${muted}"/>`,
      svgText(x + 30, y + 22, label, { size: TEXT, weight: 700, fill: text }),
    );
    x += 30 + measure(label, TEXT, 700) + 32;
  }
  y += 44;

  // One row per layer (and the phases first): its label, then its track as drawn.
  for (const row of findAll(figure, '.axis-row:not(.tick-row)', bars)) {
    const label = textOf(find(figure, '.row-label', row));
    const track = find(figure, 'svg', row);
    const trackBox = find(figure, '.track', row);
    const height = row.attribs.class.includes('phase-row') ? BAR - 6 : BAR;
    parts.push(
      svgText(0, y + height / 2, fitText(label, LABEL_WIDTH, TEXT, 400, measure), {
        size: TEXT,
        fill: colourOf(figure, find(figure, '.row-label', row), 'color', text),
        baseline: 'middle',
      }),
      `<rect x="${TRACK_X}" y="${y}" width="${TRACK_WIDTH}" height="${height}" rx="3" fill="${colourOf(figure, trackBox, 'background-color', 'none')}" stroke="${colourOf(figure, trackBox, 'border-color', muted)}"/>`,
      place(plainSvg(track, styles, { width: TRACK_WIDTH, height }), { x: TRACK_X, y, width: TRACK_WIDTH, height }),
    );
    y += ROW;
  }

  // The axis: the ticks' labels at their places, less any that would run into the last (as on a narrow page).
  const ticks = findAll(figure, '.tick-row text', bars).map((tick) => {
    const anchor = (tick.attribs['text-anchor'] ?? 'middle') as 'start' | 'middle' | 'end';
    const label = textOf(tick);
    const width = measure(label, TICK, 400);
    const at = TRACK_X + (parseFloat(tick.attribs.x) / 100) * TRACK_WIDTH;
    const left = anchor === 'start' ? at : anchor === 'end' ? at - width : at - width / 2;
    return { label, anchor, at, left, right: left + width };
  });
  const last = ticks.at(-1)!;
  for (const tick of ticks.filter((candidate) => candidate === last || candidate.right + 12 < last.left)) {
    parts.push(svgText(tick.at, y + 16, tick.label, { size: TICK, fill: muted, anchor: tick.anchor }));
  }
  y += 44;

  // The legend, two to a line: each swatch drawn like the bars it stands for.
  const items = findAll(figure, '.legend li');
  const column = WIDTH / 2;
  items.forEach((item, index) => {
    const swatch = find(figure, '.swatch', item);
    const left = (index % 2) * column;
    const top = y + Math.floor(index / 2) * 34;
    const assumed = swatch.attribs.class.includes('assumed');
    const fill = assumed ? 'url(#kill-chain-hatch)' : colourOf(figure, swatch, 'background-color', muted);
    const opacity = styles.value(swatch, 'opacity');
    parts.push(
      `<rect x="${left}" y="${top}" width="28" height="20" rx="2" fill="${fill}"${opacity ? ` opacity="${opacity}"` : ''}${assumed ? ` stroke="${muted}" stroke-dasharray="3 2"` : ''}/>`,
      svgText(left + 38, top + 17, fitText(textOf(item), column - 56, 18, 400, measure), { size: 18, fill: text }),
    );
  });
  y += Math.ceil(items.length / 2) * 34;
  return { width: WIDTH, height: y, body: parts.join('') };
};
