/**
 * Sharing without anyone's script: a link to Google Classroom's share page (it opens in a new tab;
 * no Google script is loaded, so no page of ours sends anything to Google), an e-mail, and the
 * address of the view on screen. Pure string functions for ShareLinks.astro and its script.
 */

export const CLASSROOM_SHARE = 'https://classroom.google.com/share';

/** Google Classroom's share page for an address (https://classroom.google.com/share?url=…&title=…). */
export function classroomShareUrl(url: string, title: string): string {
  return `${CLASSROOM_SHARE}?${new URLSearchParams({ url, title })}`;
}

/** A mailto: link with the title as subject and the address in the body (RFC 6068: %20 for spaces, not "+"). */
export function emailShareUrl(url: string, title: string): string {
  const encode = (text: string) => encodeURIComponent(text);
  return `mailto:?subject=${encode(title)}&body=${encode(`${title}\n${url}`)}`;
}

/**
 * The address of the view on screen: the page's public address with only the view's own
 * parameters from `search` (their values capped, as the embed code does), and the anchor.
 */
export function viewAddress(page: string, params: readonly string[], search: string, anchor = ''): string {
  const from = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of params) {
    const value = from.get(name);
    if (value !== null && value !== '' && value.length <= 100) kept.set(name, value);
  }
  const query = kept.toString();
  return `${page}${query ? `?${query}` : ''}${anchor ? `#${anchor}` : ''}`;
}
