/**
 * The content folder read from disk, collection by collection as src/lib/content/table.ts declares
 * it (Node only). For the content check, which runs before Astro loads anything (the citation-check
 * integration, `npm run check:citations`), and for tests, on any folder: tests point it at copies
 * with one file broken. A file that does not exist gives no entries and no problem (a fixture holds
 * only what its test needs); the build's real content has them all (content/checked.yaml dates each).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, parseContentFile, type CollectionData, type CollectionName } from '../lib/content/table.ts';
import { checkContentFiles, validateCollection, type ContentFiles } from '../lib/content/check.ts';
import { formatProblems, type CitationProblem } from '../lib/content/citations.ts';
import { DIAGRAMS } from '../diagrams/registry.ts';
import { checkLayeredDiagram } from '../diagrams/layers/model.ts';

function readFiles(root: string, name: CollectionName): ContentFiles[CollectionName] {
  const { path, shape } = CONTENT[name];
  if (!existsSync(join(root, path))) return [];
  const files =
    shape === 'mdx'
      ? readdirSync(join(root, path))
          .filter((file) => file.endsWith('.mdx'))
          .sort()
          .map((file) => `${path}/${file}`)
      : [path];
  return files.map((file) => ({ file, parsed: parseContentFile(name, readFileSync(join(root, file), 'utf8'), file) }));
}

export function readContentFiles(root: string): ContentFiles {
  return Object.fromEntries(Object.keys(CONTENT).map((name) => [name, readFiles(root, name as CollectionName)])) as ContentFiles;
}

/**
 * A collection's entries, as Astro's getCollection gives them (`{ id, data }`, in file order),
 * validated by its schema; broken content throws, one line per problem.
 */
export function readCollection<K extends CollectionName>(root: string, name: K): { id: string; data: CollectionData<K> }[] {
  const { entries, problems } = validateCollection(name, readFiles(root, name));
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return entries.map(({ id, data }) => ({ id, data: data as CollectionData<K> }));
}

/** Every content file, relative to content/ (what content/checked.yaml must date). */
export function listContentFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, 'content', dir), { withFileTypes: true }).flatMap((entry) => {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return path === 'reporting/texts' ? [] : walk(path);
      return /\.(ya?ml|mdx|txt|json)$/.test(entry.name) && path !== 'checked.yaml' ? [path] : [];
    });
  return walk('').sort();
}

/**
 * Every content check on the content under `root`. `today` (YYYY-MM-DD) bounds the checked dates;
 * `files` are the collections' files as read from `root` (tests pass them with one file edited).
 */
export function checkContent(
  root: string,
  today = new Date().toISOString().slice(0, 10),
  files = readContentFiles(root),
): CitationProblem[] {
  const documentTexts = new Map(
    files.reportingDocuments.flatMap(({ parsed }) =>
      parsed.entries.flatMap(({ id, raw }) => {
        const path = join(root, 'content/reporting', String((raw as { file?: unknown }).file));
        return existsSync(path) ? [[id, readFileSync(path, 'utf8')] as const] : [];
      }),
    ),
  );
  return checkContentFiles(files, {
    diagramIds: DIAGRAMS.map((diagram) => diagram.id),
    documentTexts,
    contentFiles: existsSync(join(root, 'content')) ? listContentFiles(root) : [],
    today,
    rules: [
      {
        needs: ['layeredDiagram', 'elements'],
        check: (content) => checkLayeredDiagram(CONTENT.layeredDiagram.path, content.layeredDiagram, content.elements),
      },
    ],
  });
}
