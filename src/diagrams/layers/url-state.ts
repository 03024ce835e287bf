/**
 * The layered diagram's state in the URL query: `?element=<id>&threat=<ballistic|hypersonic|cruise>`.
 * A shared link opens the same view. Anything unknown or malformed falls back to the default view
 * and produces a short note for the reader; parsing never throws.
 */
import { DIAGRAM_THREATS, type DiagramThreat } from '../../lib/schema/vocabulary.ts';

export interface LayeredState {
  /** The selected element's id, or null when nothing is selected. */
  element: string | null;
  threat: DiagramThreat;
}

export const DEFAULT_LAYERED_STATE: LayeredState = { element: null, threat: 'ballistic' };

/** Show at most this many characters of a bad value in a note (it is shown as text, never as HTML). */
const NOTE_VALUE_MAX = 40;

function quoteValue(value: string): string {
  // Control characters are dropped: they have no business in a note.
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, '');
  return `“${clean.length > NOTE_VALUE_MAX ? `${clean.slice(0, NOTE_VALUE_MAX)}…` : clean}”`;
}

/**
 * Read the state from a query string (`location.search`, with or without `?`), or from a
 * `#threat-<id>` hash left by the no-JavaScript links. Unknown values give notes and defaults.
 */
export function parseLayeredState(search: string, elementIds: ReadonlySet<string>, hash = ''): { state: LayeredState; notes: string[] } {
  const notes: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    params = new URLSearchParams();
  }
  const state: LayeredState = { ...DEFAULT_LAYERED_STATE };

  const hashThreat = /^#threat-([a-z]+)$/.exec(hash)?.[1];
  const threat = params.get('threat') ?? hashThreat ?? null;
  if (threat !== null && threat !== '') {
    if ((DIAGRAM_THREATS as readonly string[]).includes(threat)) state.threat = threat as DiagramThreat;
    else notes.push(`Unknown threat ${quoteValue(threat)}: showing the ballistic missile view.`);
  }

  const element = params.get('element');
  if (element !== null && element !== '') {
    if (elementIds.has(element)) state.element = element;
    else notes.push(`Unknown element ${quoteValue(element)}: showing the whole diagram with nothing selected.`);
  }
  return { state, notes };
}

/**
 * The query string for a state, keeping any other parameters of `current` (an embed's `theme`,
 * say). The default state gives an empty query.
 */
export function serializeLayeredState(state: LayeredState, current = ''): string {
  const params = new URLSearchParams(current.startsWith('?') ? current.slice(1) : current);
  params.delete('element');
  params.delete('threat');
  if (state.element) params.set('element', state.element);
  if (state.threat !== DEFAULT_LAYERED_STATE.threat) params.set('threat', state.threat);
  const query = params.toString();
  return query ? `?${query}` : '';
}
