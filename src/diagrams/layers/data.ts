/**
 * Build-time inputs of the layered defense diagram: its model (facts) and both layouts' scenes
 * (geometry), from the content collections. Used by LayeredFigure.astro (full pages and the
 * home page's hero) and by the embed pages.
 */
import { getElements, getRecord, getSourcesById } from '../../data/site.ts';
import { buildLayeredModel, type LayeredModel } from './model.ts';
import { buildLayeredScene, type LayeredScene, type LayoutName } from './scene.ts';
import type { LayeredDiagramData } from '../../lib/schema/layered-diagram.ts';

export interface LayeredInputs {
  data: LayeredDiagramData;
  model: LayeredModel;
  scenes: Record<LayoutName, LayeredScene>;
}

let cached: Promise<LayeredInputs> | undefined;

/** Computed once per build and shared by every page that shows the diagram. */
export function getLayeredInputs(): Promise<LayeredInputs> {
  cached ??= (async () => {
    const data = await getRecord('layeredDiagram');
    const elements = (await getElements()).map((element) => element.data);
    const model = buildLayeredModel(data, elements, await getSourcesById());
    return { data, model, scenes: { wide: buildLayeredScene(data, 'wide'), narrow: buildLayeredScene(data, 'narrow') } };
  })();
  return cached;
}
