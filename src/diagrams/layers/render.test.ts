import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { parse } from 'yaml';
import LayeredDiagram from './components/LayeredDiagram.svelte';
import { DEFAULT_VIEW } from './view.ts';
import { layeredDiagramSchema } from '../../lib/schema/layered-diagram.ts';
import { buildLayeredScene } from './scene.ts';
import { buildLayeredModel } from './model.ts';
import { DIAGRAM_THREATS } from '../../lib/vocabulary.ts';
import { elementSchema } from '../../lib/schema/element.ts';
import { sourceSchema } from '../../lib/schema/source.ts';
import { readElementFiles } from '../../node/content-files.ts';

const data = layeredDiagramSchema.parse(parse(readFileSync('content/diagrams/layered-defense.yaml', 'utf8')));
const elements = readElementFiles('.').map((file) => elementSchema.parse(file.frontmatter));
const sources = new Map(
  (parse(readFileSync('content/sources/sources.yaml', 'utf8')) as unknown[]).map((raw) => {
    const source = sourceSchema.parse(raw);
    return [source.id, source];
  }),
);
const model = buildLayeredModel(data, elements, sources);
const scenes = { wide: buildLayeredScene(data, 'wide'), narrow: buildLayeredScene(data, 'narrow') };

function renderView(threat: (typeof DIAGRAM_THREATS)[number]): string {
  return render(LayeredDiagram, { props: { model, scenes, base: '/', view: { ...DEFAULT_VIEW, threat } } }).body;
}

// Its snapshots, per threat, are in src/diagrams/snapshots.test.ts with every other diagram's.
describe('server render of the layered diagram', () => {
  it('renders every drawn element as a link to its page, in both layouts', () => {
    const html = renderView('ballistic');
    for (const element of model.drawn) {
      expect(html.match(new RegExp(`href="/elements/${element.id}/"[^>]*data-element="${element.id}"`, 'g'))?.length ?? 0, element.id).toBe(
        2,
      );
    }
  });

  it('marks the elements that fade for each threat, so CSS can fade them without JavaScript', () => {
    const html = renderView('ballistic');
    for (const fade of data.fades) {
      expect(html).toMatch(new RegExp(`class="[^"]*fades-${fade.threat}[^"]*"[^>]*data-element="${fade.element}"`));
    }
  });
});
