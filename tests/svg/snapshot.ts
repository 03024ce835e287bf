/**
 * SVG snapshot testing, after observablehq/plot's test/plot-snapshot.js: markup is normalised
 * (numbers rounded to one decimal, Svelte's hashed class names and hydration comments removed)
 * and compared with tests/svg/snapshots/<name>.svg. A missing snapshot is written; a different
 * one fails and writes <name>-changed.svg beside it, to compare and, if right, to rename.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'tests/svg/snapshots';

export function normaliseSvg(markup: string): string {
  return markup
    .replace(/<!--[^>]*-->/g, '')
    .replace(/\s*svelte-[a-z0-9]+/g, '')
    .replace(/ class=""/g, '')
    .replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10))
    .replace(/></g, '>\n<')
    .trim();
}

/** Compare `markup` with the stored snapshot; returns a message when they differ, else null. */
export function compareSnapshot(name: string, markup: string): string | null {
  mkdirSync(DIR, { recursive: true });
  const expectedPath = join(DIR, `${name}.svg`);
  const changedPath = join(DIR, `${name}-changed.svg`);
  const actual = `${normaliseSvg(markup)}\n`;
  if (!existsSync(expectedPath)) {
    writeFileSync(expectedPath, actual);
    return null;
  }
  if (readFileSync(expectedPath, 'utf8') === actual) {
    rmSync(changedPath, { force: true });
    return null;
  }
  writeFileSync(changedPath, actual);
  return `${expectedPath} differs from the render; see ${changedPath}`;
}
