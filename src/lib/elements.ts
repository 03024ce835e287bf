/** Ordering and grouping of architecture elements, shared by lists, pages and diagrams. */
import { LAYERS } from './vocabulary.ts';
import type { ElementData } from './schema/element.ts';

/**
 * Reading order: by layer in LAYERS order (the flight, then across the chain, then policy), then
 * by `sequence`, then by id so that the order is total. Returns a new array.
 */
export function sortElements<T extends { data: Pick<ElementData, 'layer' | 'sequence' | 'id'> }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      LAYERS.indexOf(a.data.layer) - LAYERS.indexOf(b.data.layer) ||
      a.data.sequence - b.data.sequence ||
      a.data.id.localeCompare(b.data.id),
  );
}
