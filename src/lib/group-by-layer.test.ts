import { describe, expect, it } from 'vitest';
import { groupByLayer } from './group-by-layer.ts';
import { LAYERS } from './vocabulary.ts';

describe('groupByLayer', () => {
  it('groups in the order of the layers, keeps each group in the given order, and leaves out empty layers', () => {
    const [first, second] = LAYERS;
    const items = [
      { id: 'b', data: { layer: second } },
      { id: 'a', data: { layer: first } },
      { id: 'c', data: { layer: second } },
    ];
    expect(groupByLayer(items).map((group) => [group.layer, group.items.map((item) => item.id)])).toEqual([
      [first, ['a']],
      [second, ['b', 'c']],
    ]);
    expect(groupByLayer([])).toEqual([]);
  });
});
