/**
 * The layered diagram's state in the URL query: `?element=<id>&threat=<ballistic|hypersonic|cruise>`.
 * A shared link opens the same view. Anything unknown or malformed falls back to the default view
 * and produces a short note for the reader; parsing never throws. (The contract every diagram's
 * codec follows: src/lib/url-state.ts.)
 */
import { DIAGRAM_THREATS, type DiagramThreat } from '../../lib/vocabulary.ts';
import { quoteValue, type UrlStateCodec } from '../../lib/url-state.ts';

export interface LayeredState {
  /** The selected element's id, or null when nothing is selected. */
  element: string | null;
  threat: DiagramThreat;
}

export const DEFAULT_LAYERED_STATE: LayeredState = { element: null, threat: 'ballistic' };

export { LAYERS_PARAMS } from './params.ts';
import { LAYERS_PARAMS } from './params.ts';

/**
 * The codec for a diagram whose elements are `elementIds`. The threat can also come from a
 * `#threat-<id>` fragment, left by the no-JavaScript threat links; the query wins.
 */
export function layersUrlState(elementIds: ReadonlySet<string>): UrlStateCodec<LayeredState> {
  return {
    params: LAYERS_PARAMS,
    defaults: DEFAULT_LAYERED_STATE,
    parse(query, hash = '') {
      const notes: string[] = [];
      const state: LayeredState = { ...DEFAULT_LAYERED_STATE };
      const hashThreat = /^#threat-([a-z]+)$/.exec(hash)?.[1];
      const threat = query.get('threat') ?? hashThreat ?? null;
      if (threat !== null && threat !== '') {
        if ((DIAGRAM_THREATS as readonly string[]).includes(threat)) state.threat = threat as DiagramThreat;
        else notes.push(`Unknown threat ${quoteValue(threat)}: showing the ballistic missile view.`);
      }
      const element = query.get('element');
      if (element !== null && element !== '') {
        if (elementIds.has(element)) state.element = element;
        else notes.push(`Unknown element ${quoteValue(element)}: showing the whole diagram with nothing selected.`);
      }
      return { state, notes };
    },
    serialize(state) {
      const params = new URLSearchParams();
      if (state.element) params.set('element', state.element);
      if (state.threat !== DEFAULT_LAYERED_STATE.threat) params.set('threat', state.threat);
      return params;
    },
  };
}
