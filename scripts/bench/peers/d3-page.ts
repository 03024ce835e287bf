/**
 * The bench's plain D3 page: the layered diagram drawn in the browser with d3-selection from the
 * site's own finished geometry (scene-data.ts), the way a competent hand-written D3 page would
 * draw it: one SVG per layout (wide, or narrow with numbered badges below the site's breakpoint),
 * the same marks, paths and labels, a threat switch that shows the threat's path and fades the
 * parts that cannot engage it, and a click (or Enter/Space) on a mark to show its title and
 * summary. Bundled and minified by esbuild (build.ts), which puts the data in the script as
 * PEER_DATA. Not part of the site: a peer to measure the site against (docs/BENCH.md).
 */
import { select, type BaseType, type Selection } from 'd3-selection';
import type { PeerData, PeerElement } from './scene-data.ts';
import type { LayeredScene, LayoutName, SceneMark } from '../../../src/diagrams/layers/scene.ts';

declare const PEER_DATA: PeerData;

const data = PEER_DATA;

let threat = data.threats[0].id;
let selected: string | null = null;
let layout: LayoutName | null = null;

const page = select<HTMLElement, unknown>('main');
const figure = select<HTMLElement, unknown>('#diagram');
const detail = select<HTMLElement, unknown>('#detail');

/** One glyph of a mark, centred on (x, y): each kind its own shape, so colour is never the only cue. */
function glyph<Datum, Parent extends BaseType, ParentDatum>(
  parent: Selection<SVGGElement, Datum, Parent, ParentDatum>,
  kind: string,
  x: number,
  y: number,
  r: number,
): void {
  const g = parent.append('g').attr('class', 'glyph').attr('transform', `translate(${x},${y})`);
  const rect = (cls: string, rx: number, ry: number, w: number, h: number) =>
    g.append('rect').attr('class', cls).attr('x', rx).attr('y', ry).attr('width', w).attr('height', h);
  const path = (cls: string, d: string) => g.append('path').attr('class', cls).attr('d', d);
  const circle = (cls: string, radius: number) => g.append('circle').attr('class', cls).attr('r', radius);
  switch (kind) {
    case 'satellite':
      rect('solid', -r * 0.35, -r * 0.35, r * 0.7, r * 0.7);
      rect('outline', -r, -r * 0.22, r * 0.55, r * 0.44);
      rect('outline', r * 0.45, -r * 0.22, r * 0.55, r * 0.44);
      break;
    case 'space-interceptor':
      path('solid', `M0,${-r}L${r * 0.85},${r * 0.75}L${-r * 0.85},${r * 0.75}Z`);
      break;
    case 'ground-interceptor':
      rect('solid', -r, r * 0.2, r * 2, r * 0.8);
      path('solid', `M${-r * 0.35},${r * 0.2}L0,${-r}L${r * 0.35},${r * 0.2}Z`);
      break;
    case 'strike':
      circle('outline', r * 0.75);
      path('stroke', `M${-r},0H${r}M0,${-r}V${r}`);
      break;
    case 'effect':
      path(
        'solid',
        `M${-r},${-r * 0.2}L${-r * 0.3},${-r * 0.8}L${r * 0.1},${-r * 0.1}L${r * 0.5},${-r * 0.7}L${r},0L${r * 0.3},${r * 0.7}L${-r * 0.1},${r * 0.05}L${-r * 0.5},${r * 0.6}Z`,
      );
      break;
    case 'defended':
      circle('outline', r);
      circle('solid', r * 0.45);
      break;
    default: // the launch site: a launcher on the ground
      path('stroke thick', `M${-r * 0.9},${r * 0.6}H${r * 0.9}M${-r * 0.2},${r * 0.6}L${r * 0.5},${-r}`);
  }
}

const elementFor = (mark: SceneMark): PeerElement => data.elements.find((element) => element.id === mark.element)!;

function draw(scene: LayeredScene): void {
  figure.selectAll('*').remove();
  const svg = figure
    .append('svg')
    .attr('viewBox', `0 0 ${scene.width} ${scene.height}`)
    .attr('role', 'group')
    .attr('aria-labelledby', 'diagram-title');
  svg.append('title').attr('id', 'diagram-title').text(data.title);
  const fontSize = scene.fontSize;

  const sky = svg.append('g').attr('class', 'sky').attr('aria-hidden', 'true');
  sky.append('path').attr('class', 'atmosphere').attr('d', scene.atmosphere);
  sky.append('path').attr('class', 'orbit').attr('d', scene.lowOrbit);
  sky.append('path').attr('class', 'orbit higher').attr('d', scene.higherOrbit);
  sky
    .selectAll(null)
    .data(scene.orbitLabels.flatMap((label) => label.lines))
    .join('text')
    .attr('x', (line) => line.x)
    .attr('y', (line) => line.y)
    .attr('font-size', fontSize)
    .text((line) => line.text);
  sky.append('path').attr('class', 'earth').attr('d', scene.earth);
  sky
    .append('text')
    .attr('class', 'scale-note')
    .attr('x', scene.notToScale.x)
    .attr('y', scene.notToScale.y)
    .attr('text-anchor', 'middle')
    .attr('font-size', fontSize)
    .text(scene.notToScale.text);

  const bands = svg.append('g').attr('class', 'bands').attr('aria-hidden', 'true');
  bands
    .selectAll(null)
    .data(scene.bands)
    .join('path')
    .attr('class', (_, index) => (index % 2 ? 'band odd' : 'band'))
    .attr('d', (band) => band.path);
  bands.selectAll(null).data(scene.dividers).join('path').attr('class', 'divider').attr('d', String);
  bands
    .selectAll(null)
    // The default view's lines: the ballistic missile's (the scene holds every threat's).
    .data(scene.bands.flatMap((band) => band.lines.filter((line) => line.threats.includes('ballistic'))))
    .join('text')
    .attr('class', (line) => (line.name ? 'title' : null))
    .attr('x', (line) => line.x)
    .attr('y', (line) => line.y)
    .attr('text-anchor', 'middle')
    .attr('font-size', fontSize)
    .text((line) => line.text);

  const threatGroup = svg.append('g').attr('class', 'threat').attr('aria-hidden', 'true');
  threatGroup
    .selectAll(null)
    .data(data.threats)
    .join('path')
    .attr('class', 'threat-path')
    .attr('data-threat', (t) => t.id)
    .attr('d', (t) => scene.paths[t.id]);
  glyph(
    threatGroup.append('g').attr('class', 'launch'),
    'launch',
    scene.launch.x,
    scene.launch.y - scene.markRadius * 0.6,
    scene.markRadius,
  );
  threatGroup
    .selectAll(null)
    .data(scene.launchLabel?.lines ?? [])
    .join('text')
    .attr('x', (line) => line.x)
    .attr('y', (line) => line.y)
    .attr('font-size', fontSize)
    .text((line) => line.text);

  const marks = svg
    .append('g')
    .selectAll<SVGGElement, SceneMark>('g')
    .data(scene.marks)
    .join('g')
    .attr('class', (mark) => `mark layer-${elementFor(mark).layer}`)
    .attr('data-element', (mark) => mark.element)
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', (mark) => (scene.layout === 'narrow' ? `${mark.number}. ${elementFor(mark).title}` : elementFor(mark).title))
    .on('click', (_, mark) => choose(mark.element))
    .on('keydown', (event: KeyboardEvent, mark) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      choose(mark.element);
    });
  marks.each(function (mark) {
    const g = select<SVGGElement, SceneMark>(this);
    const box = mark.label.box;
    g.append('rect').attr('class', 'hit').attr('x', box.x).attr('y', box.y).attr('width', box.width).attr('height', box.height);
    if (mark.flyout) g.append('path').attr('class', 'flyout').attr('d', mark.flyout);
    const leader = mark.label.leader;
    if (leader)
      g.append('line').attr('class', 'leader').attr('x1', leader.x1).attr('y1', leader.y1).attr('x2', leader.x2).attr('y2', leader.y2);
    for (const point of mark.glyphs) glyph(g, mark.kind, point.x, point.y, scene.markRadius);
    g.append('text')
      .attr('font-size', fontSize)
      .selectAll(null)
      .data(mark.label.lines)
      .join('tspan')
      .attr('x', (line) => line.x)
      .attr('y', (line) => line.y)
      .text((line, index) => (index < mark.label.lines.length - 1 ? `${line.text} ` : line.text));
  });

  if (scene.layout === 'narrow') {
    figure
      .append('ol')
      .attr('class', 'key')
      .attr('aria-label', 'Numbers on the diagram')
      .selectAll(null)
      .data(scene.marks)
      .join('li')
      .text((mark) => elementFor(mark).title);
  }
  update();
}

/** Show the current threat and selection: the threat's path, faded marks, fly-outs with the ballistic path only. */
function update(): void {
  figure.selectAll<SVGPathElement, { id: string }>('.threat-path').attr('display', (t) => (t.id === threat ? null : 'none'));
  figure
    .selectAll<SVGGElement, SceneMark>('.mark')
    .classed('faded', (mark) => Boolean(elementFor(mark).fades[threat]))
    .classed('selected', (mark) => mark.element === selected);
  figure.selectAll('.flyout').attr('display', threat === 'ballistic' ? null : 'none');
  page.selectAll<HTMLButtonElement, { id: string }>('.switch button').attr('aria-pressed', (t) => String(t.id === threat));
  const element = data.elements.find((candidate) => candidate.id === selected);
  detail.selectAll('*').remove();
  if (!element) {
    detail.append('p').text('Select a part of the diagram to see what it is.');
    return;
  }
  detail.append('h2').text(element.title);
  detail.append('p').text(element.summary);
  const fade = element.fades[threat];
  if (fade) detail.append('p').text(`Cannot engage this threat: ${fade}`);
}

function choose(id: string): void {
  selected = id;
  update();
}

page
  .insert('div', '#diagram')
  .attr('class', 'switch')
  .attr('role', 'group')
  .attr('aria-label', 'Threat')
  .selectAll(null)
  .data(data.threats)
  .join('button')
  .attr('type', 'button')
  .text((t) => t.label)
  .on('click', (_, t) => {
    threat = t.id;
    update();
  });

/** Draw the layout that fits the figure's width, and again only when that changes. */
function fit(): void {
  const wanted: LayoutName = (figure.node()?.clientWidth ?? 0) < data.wideMinWidth ? 'narrow' : 'wide';
  if (wanted === layout) return;
  layout = wanted;
  draw(data.scenes[wanted]);
}
fit();
new ResizeObserver(fit).observe(figure.node()!);
