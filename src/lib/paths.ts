/**
 * Links inside the site. The site may be served under a base path (BASE_PATH, e.g.
 * /golden-dome/), so every internal link goes through withBase(); never write "/order/" by hand
 * in a component.
 */

/** Join a base path ("/" or "/golden-dome/") and a site path ("/order/#sec-1"). */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

/** The route of the order, optionally at one paragraph. */
export const orderPath = (passage?: string): string => (passage ? `/order/#${passage}` : '/order/');

/** The route of an element's page. */
export const elementPath = (id: string): string => `/elements/${id}/`;
