import { LAYERS, type Layer } from './vocabulary.ts';

/** Items grouped by their layer, in the order of LAYERS (along a missile's flight), empty layers left out. */
export function groupByLayer<T extends { data: { layer: Layer } }>(items: readonly T[]): { layer: Layer; items: T[] }[] {
  return LAYERS.map((layer) => ({ layer, items: items.filter((item) => item.data.layer === layer) })).filter(
    (group) => group.items.length > 0,
  );
}
