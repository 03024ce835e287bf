/**
 * Keeps a diagram's state and the address bar in step, for any diagram's codec
 * (src/lib/url-state.ts): read the view a link asks for, write the view the reader chooses, and
 * follow Back and Forward. A selection is a new history entry (`push`), so Back steps through
 * them; continuous input (a slider) replaces the entry (`replace`). Browser only.
 */
import { queryOf, withState, type UrlStateCodec } from '../url-state.ts';

/** The state the page's address asks for, and notes on anything that could not be used. */
export function readUrlState<S>(codec: UrlStateCodec<S>): { state: S; notes: string[] } {
  return codec.parse(queryOf(window.location.search), window.location.hash);
}

/** Put `state` in the address, keeping the parameters the codec does not own. */
export function writeUrlState<S>(codec: UrlStateCodec<S>, state: S, mode: 'push' | 'replace'): void {
  const query = withState(codec, state, window.location.search);
  if (query === window.location.search || (query === '' && window.location.search === '?')) return;
  try {
    window.history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', `${window.location.pathname}${query}`);
  } catch {
    // A sandboxed frame may refuse history changes; the view still changes.
  }
}

/** Call `apply` with the state of the address whenever Back or Forward changes it; returns the undo. */
export function followHistory<S>(codec: UrlStateCodec<S>, apply: (state: S, notes: string[]) => void): () => void {
  const listener = () => {
    const { state, notes } = readUrlState(codec);
    apply(state, notes);
  };
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}
