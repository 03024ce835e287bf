/**
 * "Last checked against its sources": a page is as current as the oldest check of the content it
 * shows. Pure; the dates come from content/checked.yaml (src/data/checked.ts).
 */
import type { CitationProblem } from './citations.ts';

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

/**
 * The rule of content/checked.yaml (`file`): it dates every content file (`files`, relative to
 * content/), names only files that exist, and holds no date after `today`.
 */
export function missingCheckDates(
  file: string,
  dates: Readonly<Record<string, string>>,
  files: readonly string[],
  today: string,
): CitationProblem[] {
  const undated = files.filter((path) => !(path in dates));
  return [
    ...undated.map((path) => ({ file, field: path, message: 'no date: say when this file was last checked against its sources' })),
    ...Object.entries(dates).flatMap(([path, date]) => {
      if (!files.includes(path)) return [{ file, field: path, message: 'no such content file' }];
      return date > today ? [{ file, field: path, message: `the date ${date} is in the future` }] : [];
    }),
  ];
}
