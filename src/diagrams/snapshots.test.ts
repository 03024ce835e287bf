/**
 * Snapshots of every diagram in the registry as the server renders it: each folder's Figure.astro
 * through Astro's Container API (its Svelte islands by the Svelte renderer, as in the build), and
 * the views that URL parameters choose where the server can draw them, through svelte/server.
 * Files: src/diagrams/<id>/__snapshots__/<view>.html, normalised (tests/diagrams/normalise.ts).
 * After an intended change, `npx vitest run --project diagrams -u` rewrites them; read the diff.
 */
import type { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DIAGRAMS } from './registry.ts';
import { normaliseDrawings } from '../../tests/diagrams/normalise.ts';
import { diagramContainer, type AstroComponentFactory } from '../../tests/diagrams/container.ts';
import LayeredDiagram from './layers/components/LayeredDiagram.svelte';
import { DEFAULT_VIEW } from './layers/view.ts';
import { getLayeredInputs } from './layers/data.ts';
import { withoutMarker } from './layers/scene.ts';
import { DEFAULT_LAYERED_STATE } from './layers/url-state.ts';
import SbiExplorer from './space-interceptors/components/SbiExplorer.svelte';
import { getExplorerInputs } from './space-interceptors/data.ts';
import { DIAGRAM_THREATS } from '../lib/vocabulary.ts';
import { CONTENT } from '../lib/content/table.ts';
import { getCollection } from '../../tests/diagrams/astro-content.ts';

vi.mock('astro:content', () => import('../../tests/diagrams/astro-content.ts'));

const figures = import.meta.glob<{ default: AstroComponentFactory }>('./*/Figure.astro');

interface View {
  name: string;
  render: () => Promise<string>;
}

/**
 * Views other than the default that change the drawing and that the server can draw, by diagram.
 * Not here: the kill chain's fuels (both fuels' bars are in its default markup; CSS shows the
 * checked one) and its threat (its island owns that state); the diagrams without parameters.
 */
const VIEWS: Record<string, () => Promise<View[]>> = {
  layers: async () => {
    const { model, scenes } = await getLayeredInputs();
    return DIAGRAM_THREATS.filter((threat) => threat !== DEFAULT_LAYERED_STATE.threat).map((threat) => ({
      name: `threat-${threat}`,
      render: async () =>
        render(LayeredDiagram, { props: { model, scenes: withoutMarker(scenes), base: '/', view: { ...DEFAULT_VIEW, threat } } }).body,
    }));
  },
  // Each fuel's preset that differs from the default scenario (the first fuel's).
  'space-interceptors': async () => {
    const { presets, defaults, ...inputs } = await getExplorerInputs();
    return presets
      .filter((preset) => Object.entries(preset.values).some(([key, value]) => defaults[key as keyof typeof defaults] !== value))
      .map((preset) => ({
        name: `preset-${preset.id}`,
        render: async () => render(SbiExplorer, { props: { ...inputs, presets, defaults: { ...defaults, ...preset.values } } }).body,
      }));
  },
};

let container: AstroContainer;
beforeAll(async () => {
  container = await diagramContainer();
});

const views = new Map(await Promise.all(DIAGRAMS.map(async (diagram) => [diagram.id, (await VIEWS[diagram.id]?.()) ?? []] as const)));

describe.each(DIAGRAMS.map((diagram) => [diagram.id, diagram] as const))('the %s diagram, rendered on the server', (id, diagram) => {
  it('matches its snapshot in the default view (the figure under the registry anchor)', async () => {
    const load = figures[`./${id}/Figure.astro`];
    expect(load, `src/diagrams/${id}/Figure.astro`).toBeDefined();
    // On another page (no figure tools: their citations carry the day's date).
    const html = await container.renderToString((await load()).default, { props: { placement: 'excerpt' } });
    await expect(normaliseDrawings(html, diagram.anchor)).toMatchFileSnapshot(`./${id}/__snapshots__/default.html`);
  });

  for (const view of views.get(id)!) {
    it(`matches its snapshot in the ${view.name} view`, async () => {
      await expect(normaliseDrawings(await view.render())).toMatchFileSnapshot(`./${id}/__snapshots__/${view.name}.html`);
    });
  }
});

describe('the content they are drawn from (tests/diagrams/astro-content.ts, standing in for astro:content)', () => {
  it("is a collection's entries in file order, read by the table's reader, with its schema's defaults", async () => {
    const raw = parse(readFileSync(CONTENT.history.path, 'utf8')) as { id: string; also?: string[] }[];
    const entries = (await getCollection('history')) as { id: string; data: { also: string[]; position: number } }[];
    expect(entries.map((entry) => entry.id)).toEqual(raw.map((event) => event.id));
    expect(entries.map((entry) => entry.data.position)).toEqual(raw.map((_, index) => index));
    expect(raw.some((event) => event.also === undefined)).toBe(true);
    expect(entries.every((entry) => Array.isArray(entry.data.also))).toBe(true);
  });

  it('fails naming a collection that src/lib/content/table.ts does not declare', async () => {
    await expect(getCollection('no-such-collection')).rejects.toThrow('no collection "no-such-collection" in src/lib/content/table.ts');
  });
});
