import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import LayeredDiagram from './components/LayeredDiagram.svelte';
import { DEFAULT_VIEW } from './view.ts';
import { buildLayeredScene } from './scene.ts';
import { buildLayeredModel } from './model.ts';
import { DIAGRAM_THREATS } from '../../lib/vocabulary.ts';
import { readCollection } from '../../node/content.ts';

const [{ data }] = readCollection('.', 'layeredDiagram');
const elements = readCollection('.', 'elements').map((entry) => entry.data);
const sources = new Map(readCollection('.', 'sources').map(({ data: source }) => [source.id, source]));
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
