/**
 * "Last checked against its sources": a page is as current as the oldest check of the content it
 * shows. Pure; the dates come from content/checked.yaml (src/data/checked.ts).
 */

/**
 * The oldest check date among `files` (paths relative to content/; a path ending in "/" stands for
 * every file under that folder). Throws, naming the page's request, when a path matches nothing:
 * a page must not claim a check that is not recorded.
 */
export function lastChecked(dates: Readonly<Record<string, string>>, files: readonly string[]): string | null {
  if (files.length === 0) return null;
  let oldest: string | null = null;
  for (const file of files) {
    const matching = file.endsWith('/') ? Object.keys(dates).filter((path) => path.startsWith(file)) : file in dates ? [file] : [];
    if (matching.length === 0) throw new Error(`content/checked.yaml has no date for "${file}"`);
    for (const path of matching) if (oldest === null || dates[path] < oldest) oldest = dates[path];
  }
  return oldest;
}
