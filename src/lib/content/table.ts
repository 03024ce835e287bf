/**
 * Every content collection, declared once: its file (or folder), its shape, its schema.
 * src/content.config.ts maps each row onto Astro's file() and glob() loaders; the content check
 * (src/node/content.ts, for the build and `npm run check:citations`) and the tests read the same
 * rows through the same parsing (parseContentFile below). A new content file is one row here.
 *
 * Shapes: `list`, a YAML list of entries, each known by its `id` (or, without one, its position),
 * with its `position` in the file added so that pages can keep the file's order; `record`, a YAML
 * mapping, one entry named after the collection; `mdx`, a folder of MDX files, one entry per file
 * (its frontmatter), known by the file's name; `order`, the order's text (src/lib/order.ts).
 */
import { z } from 'astro/zod';
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { parseOrderText } from '../order.ts';
import type { CitationProblem } from './citations.ts';
import type { ReferenceKind } from '../schema/fields.ts';
import { paragraphSchema } from '../schema/order.ts';
import { elementSchema } from '../schema/element.ts';
import { sourceSchema } from '../schema/source.ts';
import { layeredDiagramSchema } from '../schema/layered-diagram.ts';
import { killChainSchema } from '../schema/kill-chain.ts';
import { explorerSchema } from '../schema/explorer.ts';
import { historyEventSchema } from '../schema/history.ts';
import { tourSchema } from '../schema/tour.ts';
import { termSchema } from '../schema/glossary.ts';
import { claimSchema, reportingDocumentSchema } from '../schema/reporting.ts';
import { costEstimateSchema, positionSchema } from '../schema/debate.ts';
import { changeSchema, checkedSchema, searchRecordSchema } from '../schema/changes.ts';
import { requirementSchema, sectionSchema } from '../schema/matrix.ts';
import { crosswalkSchema } from '../schema/crosswalk.ts';
import { lessonKitSchema } from '../schema/teach.ts';

/** A list entry's schema with its `position` in the file (safeExtend keeps the schema's refinements and strictness). */
type Positioned<S extends z.ZodObject> = z.ZodType<z.output<S> & { position: number }, z.input<S> & { position: number }>;
const list = <S extends z.ZodObject>(path: string, schema: S) =>
  ({ path, shape: 'list', schema: (schema as z.ZodObject).safeExtend({ position: z.number().int() }) as unknown as Positioned<S> }) as const;
const record = <S extends z.ZodType>(path: string, schema: S) => ({ path, shape: 'record', schema }) as const;

export const CONTENT = {
  order: { path: 'content/order/eo-14186.txt', shape: 'order', schema: paragraphSchema },
  elements: { path: 'content/elements', shape: 'mdx', schema: elementSchema },
  sources: list('content/sources/sources.yaml', sourceSchema),
  layeredDiagram: record('content/diagrams/layered-defense.yaml', layeredDiagramSchema),
  killChain: record('content/diagrams/kill-chain.yaml', killChainSchema),
  spaceInterceptors: record('content/diagrams/space-interceptors.yaml', explorerSchema),
  crosswalk: record('content/diagrams/crosswalk.yaml', crosswalkSchema),
  history: list('content/history/events.yaml', historyEventSchema),
  tour: record('content/tour/steps.yaml', tourSchema),
  glossary: list('content/glossary/terms.yaml', termSchema),
  reportingDocuments: list('content/reporting/documents.yaml', reportingDocumentSchema),
  claims: list('content/reporting/claims.yaml', claimSchema),
  positions: list('content/debate/positions.yaml', positionSchema),
  costs: list('content/debate/costs.yaml', costEstimateSchema),
  changes: list('content/changes/changes.yaml', changeSchema),
  searchRecord: record('content/history/searched.yaml', searchRecordSchema),
  requirements: list('content/matrix/requirements.yaml', requirementSchema),
  sections: list('content/matrix/sections.yaml', sectionSchema),
  lessonKit: record('content/teach/lesson-kit.yaml', lessonKitSchema),
  checked: record('content/checked.yaml', checkedSchema),
} as const;

export type CollectionName = keyof typeof CONTENT;
export type CollectionData<K extends CollectionName> = z.output<(typeof CONTENT)[K]['schema']>;

/** Where the ids each kind of reference may name come from: a collection, or the diagram registry. */
export const REFERENCE_TARGETS: Record<ReferenceKind, CollectionName | 'src/diagrams/registry.ts'> = {
  source: 'sources',
  passage: 'order',
  element: 'elements',
  diagram: 'src/diagrams/registry.ts',
  term: 'glossary',
  position: 'positions',
  document: 'reportingDocuments',
  event: 'history',
};

export type Path = readonly (string | number)[];

/** One entry as the file gives it, before its schema: what Astro's loader is handed. */
export interface RawEntry {
  id: string;
  /** The position in a list (none for a record, an MDX file or the order). */
  index?: number;
  raw: unknown;
}

export interface ParsedFile {
  entries: RawEntry[];
  /** Why the file could not be read as its shape (then it has no entries): one problem, with its line. */
  problems: CitationProblem[];
  /** The line of the node at `path` (entries first for a list), or of its nearest parent that exists. */
  lineOf: (path: Path) => number | undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A YAML text as a document, or the problem that names the line and column where the parser found it is not YAML. */
function readYaml(text: string, file: string, lineOffset = 0): { doc?: Document; problem?: CitationProblem } {
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (!error) return { doc };
  const [{ line, col } = { line: 1, col: 1 }] = error.linePos ?? [];
  const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { problem: { file, line: line + lineOffset, field: '', message: `not valid YAML (column ${col}): ${reason}` } };
}

/** The line of a field's key (`cites:`, whose list starts on the next line), or of a list item. */
function lineFinder(doc: Document | undefined, text: string, lineOffset: number) {
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length + lineOffset;
  return (path: Path): number | undefined => {
    for (let at = path.length; doc && at > 0; at--) {
      const [parent, key] = [doc.getIn(path.slice(0, at - 1), true) ?? doc.contents, path[at - 1]];
      const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
      const node = (pair ? pair.key : doc.getIn(path.slice(0, at), true)) as { range?: [number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
}

/** An MDX file's frontmatter (the YAML between the first two `---` lines). */
function frontmatterOf(text: string): string | null {
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? null;
}

/**
 * One file of a collection as its entries: the same for Astro's loader (src/content.config.ts) and
 * for the content check. `file` is the path the problems name (one MDX file of a folder).
 */
export function parseContentFile(name: CollectionName, text: string, file: string): ParsedFile {
  const { shape } = CONTENT[name];
  const fail = (problem: CitationProblem): ParsedFile => ({ entries: [], problems: [problem], lineOf: () => undefined });
  if (shape === 'order') {
    try {
      return { entries: parseOrderText(text).map((paragraph) => ({ id: paragraph.id, raw: paragraph })), problems: [], lineOf: () => undefined };
    } catch (error) {
      return fail({ file, field: '', message: (error as Error).message });
    }
  }
  const yamlText = shape === 'mdx' ? frontmatterOf(text) : text;
  if (yamlText === null) return fail({ file, line: 1, field: '', message: 'no frontmatter: the file must start with a --- block' });
  const offset = shape === 'mdx' ? 1 : 0;
  const { doc, problem } = readYaml(yamlText, file, offset);
  if (problem) return fail(problem);
  const data: unknown = doc!.toJS();
  const lineOf = lineFinder(doc, yamlText, offset);
  if (shape === 'mdx') return { entries: [{ id: file.replace(/^.*\/|\.mdx$/g, ''), raw: data }], problems: [], lineOf };
  if (shape === 'record') {
    if (!isObject(data)) return fail({ file, line: 1, field: '', message: 'expected a mapping of fields (name: value)' });
    return { entries: [{ id: name, raw: data }], problems: [], lineOf };
  }
  if (!Array.isArray(data)) return fail({ file, line: 1, field: '', message: 'expected a list of entries (each starting with "- ")' });
  // An entry whose schema has no `id` is known by its position; one whose schema has an `id` must give it.
  const ownsId = 'id' in (CONTENT[name].schema as unknown as z.ZodObject).shape;
  const entries = data.map((item, index) => {
    const id = isObject(item) && typeof item.id === 'string' ? item.id : String(index);
    return { id, index, raw: isObject(item) ? { ...item, ...(ownsId ? {} : { id }), position: index } : item };
  });
  return { entries, problems: [], lineOf };
}

/** What Astro's file() loader gets from a file: entries with an id (a list), or one entry by name (a record). */
export function loaderEntries(name: CollectionName, text: string, file: string): unknown {
  const parsed = parseContentFile(name, text, file);
  if (parsed.problems.length > 0) throw new Error(`${file}: ${parsed.problems[0].message}`);
  const raw = parsed.entries.map((entry) => entry.raw);
  return CONTENT[name].shape === 'record' ? { [name]: raw[0] } : raw;
}
