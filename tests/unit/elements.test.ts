import { describe, expect, it } from 'vitest';
import { sortElements } from '../../src/lib/elements.ts';

const item = (id: string, layer: 'space-sensor' | 'terminal' | 'policy', sequence: number) => ({ data: { id, layer, sequence } });

describe('sortElements', () => {
  it('orders by layer first, then sequence, then id', () => {
    const sorted = sortElements([
      item('policy-goal', 'policy', 1),
      item('battery', 'terminal', 50),
      item('sensor-b', 'space-sensor', 20),
      item('sensor-a', 'space-sensor', 20),
      item('sensor-first', 'space-sensor', 10),
    ]);
    expect(sorted.map((x) => x.data.id)).toEqual(['sensor-first', 'sensor-a', 'sensor-b', 'battery', 'policy-goal']);
  });

  it('does not change its input', () => {
    const input = [item('b', 'policy', 2), item('a', 'policy', 1)];
    sortElements(input);
    expect(input.map((x) => x.data.id)).toEqual(['b', 'a']);
  });
});
