/**
 * One contract for every diagram's state in the URL query. Each diagram declares a codec in its
 * folder (src/diagrams/<id>/url-state.ts): the parameters it owns, how to read a state from a
 * query (unknown or malformed values fall back to the default, with a short note; never throws)
 * and how to write one (defaults omitted). The registry lists a diagram's parameters from its
 * codec, the embed snippets and citations carry exactly those, and one browser helper
 * (src/lib/browser/url-sync.ts) keeps any codec in step with the address bar. Pure.
 */

export interface UrlStateCodec<S> {
  /** The query parameters this state reads and writes. */
  readonly params: readonly string[];
  /** The state of a page opened without parameters. */
  readonly defaults: S;
  /** Read a state; `hash` is the page's fragment, for views that no-JavaScript links select by anchor. */
  parse(query: URLSearchParams, hash?: string): { state: S; notes: string[] };
  /** The codec's parameters for a state: none for the default view. */
  serialize(state: S): URLSearchParams;
}

/** Show at most this many characters of a bad value in a note (shown as text, never as HTML). */
const NOTE_VALUE_MAX = 40;

/** A bad value, quoted for a note: control characters dropped, long values cut. */
export function quoteValue(value: string): string {
  // Control characters are dropped: they have no business in a note.
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, '');
  return `“${clean.length > NOTE_VALUE_MAX ? `${clean.slice(0, NOTE_VALUE_MAX)}…` : clean}”`;
}

/** Query parameters from a `location.search` (with or without `?`); a malformed one reads as empty. */
export function queryOf(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return new URLSearchParams();
  }
}

/**
 * The query string for `state`, keeping every parameter of `current` that the codec does not own
 * (an embed's `theme`, say). The default state adds nothing; an empty query gives ''.
 */
export function withState<S>(codec: UrlStateCodec<S>, state: S, current = ''): string {
  const params = queryOf(current);
  for (const param of codec.params) params.delete(param);
  for (const [key, value] of codec.serialize(state)) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Two codecs as one, over the pair of their states (a view that adds its own parameters to a diagram's). */
export function combineCodecs<A, B>(a: UrlStateCodec<A>, b: UrlStateCodec<B>): UrlStateCodec<[A, B]> {
  return {
    params: [...a.params, ...b.params],
    defaults: [a.defaults, b.defaults],
    parse(query, hash) {
      const first = a.parse(query, hash);
      const second = b.parse(query, hash);
      return { state: [first.state, second.state], notes: [...first.notes, ...second.notes] };
    },
    serialize([stateA, stateB]) {
      return new URLSearchParams([...a.serialize(stateA), ...b.serialize(stateB)]);
    },
  };
}
