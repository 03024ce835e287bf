/**
 * The content check's report for the real content with one YAML file edited: how unit tests show
 * that a broken file fails the build's first step, naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { checkContent, readContentFiles } from '../../src/node/content.ts';
import { CONTENT, parseContentFile, type CollectionName } from '../../src/lib/content/table.ts';
import { formatProblems } from '../../src/lib/content/citations.ts';

/**
 * The report's lines that name `file` (e.g. `content/tour/steps.yaml`), after `edit` has changed
 * its parsed YAML, as the build would read the edited text. Lines leave out the line number: the
 * edited text is laid out anew, so its numbers are not the file's.
 */
export function problemsAfterEdit<T>(file: string, edit: (data: T) => void): string[] {
  const real = readContentFiles('.');
  const name = (Object.keys(CONTENT) as CollectionName[]).find((candidate) => real[candidate].some((entry) => entry.file === file));
  if (!name) throw new Error(`${file} is in no collection of src/lib/content/table.ts`);
  const data = parse(readFileSync(file, 'utf8')) as T;
  edit(data);
  const files = {
    ...real,
    [name]: real[name].map((entry) => (entry.file === file ? { file, parsed: parseContentFile(name, stringify(data), file) } : entry)),
  };
  const problems = checkContent('.', '2026-12-07', files).map((problem) => ({ ...problem, line: undefined }));
  return formatProblems(problems)
    .split('\n')
    .filter((line) => line.startsWith(`${file}:`));
}
