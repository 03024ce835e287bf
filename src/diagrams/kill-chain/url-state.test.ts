import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { queryOf, withState } from '../../lib/url-state.ts';
import { fuelUrlState, killChainUrlState, KILL_CHAIN_PARAMS } from './url-state.ts';
import { DIAGRAM_THREATS } from '../../lib/vocabulary.ts';

const fuels = [
  { id: 'solid', label: 'Solid-fuel ICBM' },
  { id: 'liquid', label: 'Liquid-fuel ICBM' },
];
const ids = new Set(['space-based-interceptors', 'hbtss-sensor-layer']);
const codec = killChainUrlState(ids, fuels);

describe('fuelUrlState', () => {
  it.each([
    ['', 'solid', []],
    ['?fuel=liquid', 'liquid', []],
    ['?fuel=', 'solid', []],
    ['?fuel=nuclear', 'solid', ['Unknown fuel “nuclear”: showing the solid-fuel icbm.']],
  ])('%s → %s', (search, fuel, notes) => {
    expect(fuelUrlState(fuels).parse(queryOf(search))).toEqual({ state: fuel, notes });
  });

  it('writes nothing for the default fuel', () => {
    expect(withState(fuelUrlState(fuels), 'solid')).toBe('');
    expect(withState(fuelUrlState(fuels), 'liquid')).toBe('?fuel=liquid');
  });
});

describe('killChainUrlState', () => {
  it("owns the layered diagram's parameters and the fuel", () => {
    expect([...codec.params].sort()).toEqual([...KILL_CHAIN_PARAMS].sort());
    expect([...KILL_CHAIN_PARAMS].sort()).toEqual(['element', 'fuel', 'threat']);
  });

  it('round-trips every view (property)', () => {
    const view = fc.tuple(
      fc.record({ element: fc.constantFrom(null, ...ids), threat: fc.constantFrom(...DIAGRAM_THREATS) }),
      fc.constantFrom('solid', 'liquid'),
    );
    fc.assert(
      fc.property(view, (state) => {
        expect(codec.parse(queryOf(withState(codec, state))).state).toEqual(state);
      }),
    );
  });

  it('falls back to the default view for any query, never throwing (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('fuel', 'threat', 'element', 'other'), fc.string()), (raw) => {
        const { state } = codec.parse(new URLSearchParams(raw));
        expect(['solid', 'liquid']).toContain(state[1]);
        expect(DIAGRAM_THREATS).toContain(state[0].threat);
        expect(state[0].element === null || ids.has(state[0].element)).toBe(true);
      }),
    );
  });
});
