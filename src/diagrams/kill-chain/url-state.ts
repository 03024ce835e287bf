/**
 * The kill chain's state in the URL: the linked layered diagram's `?element=&threat=` and the
 * ICBM's `?fuel=`, so a shared link, an embed and a citation show the fuel the reader chose.
 * (The contract: src/lib/url-state.ts.)
 */
import { combineCodecs, quoteValue, type UrlStateCodec } from '../../lib/url-state.ts';
import { LAYERS_PARAMS, layersUrlState, type LayeredState } from '../layers/url-state.ts';

/** The parameters the kill chain reads and writes. */
export const KILL_CHAIN_PARAMS = [...LAYERS_PARAMS, 'fuel'] as const;

/** `?fuel=<id>` among `fuels` (the first is the default). */
export function fuelUrlState(fuels: readonly { id: string; label: string }[]): UrlStateCodec<string> {
  const [first] = fuels;
  return {
    params: ['fuel'],
    defaults: first.id,
    parse(query) {
      const fuel = query.get('fuel');
      if (fuel === null || fuel === '') return { state: first.id, notes: [] };
      if (fuels.some((candidate) => candidate.id === fuel)) return { state: fuel, notes: [] };
      return { state: first.id, notes: [`Unknown fuel ${quoteValue(fuel)}: showing the ${first.label.toLowerCase()}.`] };
    },
    serialize(fuel) {
      return new URLSearchParams(fuel === first.id ? [] : [['fuel', fuel]]);
    },
  };
}

export function killChainUrlState(
  elementIds: ReadonlySet<string>,
  fuels: readonly { id: string; label: string }[],
): UrlStateCodec<[LayeredState, string]> {
  return combineCodecs(layersUrlState(elementIds), fuelUrlState(fuels));
}
