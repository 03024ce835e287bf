/**
 * What the 404 page can offer from the address a reader mistyped: the words of its path, to start
 * a search with ("/elements/space-intercepters/" → "space intercepters"). Pure, so it is tested
 * without a browser; src/pages/404.astro runs it on `location.pathname` once scripts start.
 */

/** Path segments that name a section rather than a topic, left out of the search. */
const SECTION_WORDS = new Set(['elements', 'embed', 'explore', 'es', 'index', 'html', 'oembed', 'downloads', 'data']);

/** Words to search for, from a path (after the site's base path); '' when there are none. */
export function searchWordsFromPath(path: string, base = '/'): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  const withoutBase = decoded.startsWith(base) ? decoded.slice(base.length) : decoded;
  return withoutBase
    .split(/[/\-_.+\s]+/)
    .map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word.length > 1 && !SECTION_WORDS.has(word))
    .slice(0, 6)
    .join(' ')
    .slice(0, 80);
}
