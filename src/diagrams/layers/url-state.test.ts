import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERED_STATE, layersUrlState } from './url-state.ts';
import { queryOf, withState } from '../../lib/url-state.ts';

const ids = new Set(['space-based-interceptors', 'hbtss-sensor-layer']);
const codec = layersUrlState(ids);
/** Read a state from a `location.search` and a fragment, as the page does. */
const parse = (search: string, hash = '') => codec.parse(queryOf(search), hash);
/** The query for a state over the current one, as the page writes it. */
const serialize = (state: Parameters<typeof codec.serialize>[0], current = '') => withState(codec, state, current);

describe('layersUrlState: parse', () => {
  it.each([
    ['', { element: null, threat: 'ballistic' }, []],
    ['?threat=cruise', { element: null, threat: 'cruise' }, []],
    ['threat=hypersonic&element=hbtss-sensor-layer', { element: 'hbtss-sensor-layer', threat: 'hypersonic' }, []],
    ['?element=space-based-interceptors', { element: 'space-based-interceptors', threat: 'ballistic' }, []],
    ['?threat=', { element: null, threat: 'ballistic' }, []],
    ['?threat=Cruise', { element: null, threat: 'ballistic' }, ['Unknown threat “Cruise”: showing the ballistic missile view.']],
    [
      '?element=nope&threat=laser',
      { element: null, threat: 'ballistic' },
      [
        'Unknown threat “laser”: showing the ballistic missile view.',
        'Unknown element “nope”: showing the whole diagram with nothing selected.',
      ],
    ],
    [
      '?element=%E2%80%AE%00x',
      { element: null, threat: 'ballistic' },
      ['Unknown element “\u202ex”: showing the whole diagram with nothing selected.'],
    ],
    ['?threat=%', { element: null, threat: 'ballistic' }, ['Unknown threat “%”: showing the ballistic missile view.']],
  ])('%s', (search, state, notes) => {
    expect(parse(search)).toEqual({ state, notes });
  });

  it('shortens a very long bad value in its note', () => {
    const { notes } = parse(`?element=${'a'.repeat(5000)}`);
    expect(notes[0]).toBe(`Unknown element “${'a'.repeat(40)}…”: showing the whole diagram with nothing selected.`);
  });

  it('reads the #threat-<id> anchor of the no-JavaScript links, the query winning', () => {
    expect(parse('', '#threat-cruise').state.threat).toBe('cruise');
    expect(parse('?threat=hypersonic', '#threat-cruise').state.threat).toBe('hypersonic');
    expect(parse('', '#sec-1').state.threat).toBe('ballistic');
  });

  it('never throws, whatever the input', () => {
    for (const search of ['?&&&', '?element', '?element[]=x', '?threat=ballistic&threat=cruise', '%%%', '?a=%zz']) {
      expect(() => parse(search)).not.toThrow();
    }
  });
});

describe('layersUrlState: serialize, keeping other parameters', () => {
  it.each([
    [DEFAULT_LAYERED_STATE, '', ''],
    [{ element: 'hbtss-sensor-layer', threat: 'ballistic' }, '', '?element=hbtss-sensor-layer'],
    [{ element: null, threat: 'cruise' }, '', '?threat=cruise'],
    [{ element: 'x', threat: 'hypersonic' }, '?theme=dark&element=old', '?theme=dark&element=x&threat=hypersonic'],
  ] as const)('%j over %s → %s', (state, current, expected) => {
    expect(serialize(state, current)).toBe(expected);
  });

  it('round-trips through parse', () => {
    const state = { element: 'space-based-interceptors', threat: 'hypersonic' } as const;
    expect(parse(serialize(state)).state).toEqual(state);
  });
});
