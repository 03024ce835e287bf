/**
 * Every `src/…` path that the docs and the code's comments quote exists: a file moved or renamed
 * leaves no comment pointing to where it was (issue 28 found three that did).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What is read: the docs, the README, and the source, scripts and tests (snapshots left out). */
const ROOTS = [
  'README.md',
  'docs',
  'src',
  'scripts',
  'tests',
  'astro.config.mjs',
  'eslint.config.js',
  'playwright.config.ts',
  'vitest.config.ts',
];
const TEXT = /\.(md|ts|js|mjs|astro|svelte|css)$/;

/**
 * Paths quoted on purpose that do not exist: the files tests/unit/layering.test.ts writes for a
 * moment to see the lint rules fire, and "src/content", named to say that content is not there.
 */
const NOT_FILES = [/\/layering-case\.ts$/, /^src\/content$/];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (TEXT.test(path)) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && TEXT.test(entry.name) && !entry.parentPath.includes('__snapshots__'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The `src/…` paths in a text: from "src/" to the last letter, digit or underscore of the path, so a
 * full stop after it is not part of it; a path that goes on with a placeholder (`src/diagrams/<id>/`,
 * `src/pages/embed/[id]`) or a wildcard names no one file and is left out.
 */
export function quotedSrcPaths(text: string): { path: string; line: number }[] {
  const found: { path: string; line: number }[] = [];
  text.split('\n').forEach((content, index) => {
    for (const match of content.matchAll(/(?<![\w./-])src\/[\w./-]*\w(?![\w./-]*(?:<\w+>|\[\w+\]|\*|\$\{))/g)) {
      found.push({ path: match[0], line: index + 1 });
    }
  });
  return found;
}

describe('quotedSrcPaths', () => {
  it('finds paths in prose and code, without the full stop after them', () => {
    expect(quotedSrcPaths('See src/lib/paths.ts.\n(<code>src/node/content.ts</code>) and src/lib/browser/')).toEqual([
      { path: 'src/lib/paths.ts', line: 1 },
      { path: 'src/node/content.ts', line: 2 },
      { path: 'src/lib/browser', line: 2 },
    ]);
  });

  it('leaves out paths with a placeholder or a wildcard, and words that only end in src/', () => {
    expect(
      quotedSrcPaths(
        'src/diagrams/<id>/info.ts, src/pages/downloads/[id].csv.ts, src/lib/**/*.ts, `src/diagrams/${id}/`, ./src/x, mysrc/y',
      ),
    ).toEqual([]);
  });
});

describe('every src/ path quoted in the docs and comments', () => {
  const missing = ROOTS.flatMap(filesUnder).flatMap((file) =>
    quotedSrcPaths(readFileSync(file, 'utf8'))
      .filter(({ path }) => !existsSync(path) && !NOT_FILES.some((pattern) => pattern.test(path)))
      .map(({ path, line }) => `${file}:${line}: ${path}`),
  );

  it('exists', () => {
    expect(missing, 'these name a file or folder that is not there: fix the path, or the text').toEqual([]);
  });
});

describe('docs/ARCHITECTURE.md', () => {
  it('stays a map one can read at a sitting: under 180 lines', () => {
    const lines = readFileSync('docs/ARCHITECTURE.md', 'utf8').trimEnd().split('\n').length;
    expect(lines, 'docs/ARCHITECTURE.md: say it shorter, or move detail to the doc of its part').toBeLessThan(180);
  });
});
