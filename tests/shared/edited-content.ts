/**
 * The content check's report for a copy of the real content with one YAML file edited: how unit
 * tests show that a broken file fails the build's first step, naming the file and the field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { checkContent } from '../../src/build/content-files.ts';
import { formatProblems } from '../../src/lib/citations.ts';

/**
 * The report's lines that name `file` (e.g. `content/tour/steps.yaml`), after `edit` has changed
 * its parsed YAML in a temporary copy of `content/` (removed before this returns).
 */
export function problemsAfterEdit<T>(file: string, edit: (data: T) => void): string[] {
  const root = mkdtempSync(join(tmpdir(), 'gd-edit-'));
  try {
    cpSync('content', join(root, 'content'), { recursive: true });
    const data = parse(readFileSync(file, 'utf8')) as T;
    edit(data);
    writeFileSync(join(root, file), stringify(data));
    return formatProblems(checkContent(root, '2026-12-07'))
      .split('\n')
      .filter((line) => line.startsWith(`${file}:`));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
