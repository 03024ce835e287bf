/**
 * Decisions for the `client:interaction` directive (src/directives/interaction.ts), kept pure so
 * that they can be tested without a browser.
 */

/** Events that show a reader reaching for an island: pointing at it, touching it, focusing in it, a key. */
export const INTERACTION_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

/** The directive's value: the URL parameters that choose a view (a diagram's `params` in src/diagrams/registry.ts). */
export function viewParams(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * Whether the page's query asks for a view other than the server-rendered default, so the
 * island must hydrate at once to show it. Any of the parameters counts, even with a bad value:
 * the island then falls back to the default, as it would have.
 */
export function asksForView(search: string, params: readonly string[]): boolean {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return false;
  }
  return params.some((param) => query.has(param));
}
