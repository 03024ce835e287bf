/**
 * Citation integrity: every element's quotes must appear word for word (white space folded) in
 * the passage they cite, every passage and source id must exist, and every element must cite
 * something. Pure: callers pass in the parsed order and the raw frontmatter of each file, and get
 * back a list of problems, each naming the file, the field and the quote.
 *
 * Used by the build (src/node/integrations/citation-check.ts), by `npm run check:citations`, and by
 * tests with fixtures. The schema is the same one content.config.ts uses, so the two cannot drift.
 */
import { elementSchema, type ElementData } from '../schema/element.ts';
import { labelFor, quoteAppearsIn, type OrderParagraph } from '../order.ts';

/** An element file as read from disk: its path (for messages) and its parsed frontmatter. */
export interface ElementFile {
  file: string;
  frontmatter: unknown;
}

export interface CitationProblem {
  /** Path of the file at fault, relative to the project root. */
  file: string;
  /** The frontmatter field, e.g. `cites[1].quote`. */
  field: string;
  /** What is wrong, in a sentence. */
  message: string;
}

/**
 * Paragraphs that carry a requirement or a policy of the order: each must be explained by at least
 * one element (tests/unit/coverage.test.ts). Keep in sync with the requirements matrix.
 */
export const REQUIRED_PASSAGES = [
  'sec-2-a',
  'sec-2-b',
  'sec-2-c',
  'sec-3-a-i',
  'sec-3-a-ii',
  'sec-3-a-iii',
  'sec-3-a-iv',
  'sec-3-a-v',
  'sec-3-a-vi',
  'sec-3-a-vii',
  'sec-3-a-viii',
  'sec-3-b',
  'sec-3-c',
  'sec-3-d-i',
  'sec-3-d-ii',
  'sec-4-a',
  'sec-4-b',
  'sec-4-c',
] as const;

function fileStem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');
}

function shorten(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Check a list of citations: each passage must exist and each quote must be in it word for word.
 * `field` names where the list sits in its file (`cites`, `steps[2].cites`).
 */
export function checkCites(
  file: string,
  field: string,
  cites: readonly { passage: string; quote: string }[],
  byId: ReadonlyMap<string, OrderParagraph>,
): CitationProblem[] {
  const problems: CitationProblem[] = [];
  cites.forEach((cite, index) => {
    const paragraph = byId.get(cite.passage);
    if (!paragraph) {
      problems.push({
        file,
        field: `${field}[${index}].passage`,
        message: `unknown passage id "${cite.passage}" (for the quote "${shorten(cite.quote)}")`,
      });
    } else if (!quoteAppearsIn(cite.quote, paragraph.text)) {
      problems.push({
        file,
        field: `${field}[${index}].quote`,
        message: `the quote "${shorten(cite.quote)}" is not word for word in ${labelFor(cite.passage)} (${cite.passage})`,
      });
    }
  });
  return problems;
}

/** Check every element file against the order and the list of known source ids. */
export function checkElements(
  files: readonly ElementFile[],
  paragraphs: readonly OrderParagraph[],
  sourceIds: ReadonlySet<string>,
): CitationProblem[] {
  const problems: CitationProblem[] = [];
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  const parsed: { file: string; data: ElementData }[] = [];

  for (const { file, frontmatter } of files) {
    const result = elementSchema.safeParse(frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, field: formatPath(issue.path) || '(frontmatter)', message: issue.message });
      }
      continue;
    }
    const data = result.data;
    parsed.push({ file, data });
    if (data.id !== fileStem(file)) {
      problems.push({ file, field: 'id', message: `the id "${data.id}" must equal the file name "${fileStem(file)}"` });
    }
    problems.push(...checkCites(file, 'cites', data.cites, byId));
    for (const [field, entries] of [
      ['context', data.context],
      ['programs', data.programs],
    ] as const) {
      entries.forEach((entry, index) => {
        if (!sourceIds.has(entry.source)) {
          problems.push({ file, field: `${field}[${index}].source`, message: `unknown source id "${entry.source}"` });
        }
      });
    }
  }

  const ids = new Set(parsed.map(({ data }) => data.id));
  for (const { file, data } of parsed) {
    data.related.forEach((related, index) => {
      if (!ids.has(related)) {
        problems.push({ file, field: `related[${index}]`, message: `unknown element id "${related}"` });
      }
    });
  }
  return problems;
}

/** Passages from `required` that no element cites. */
export function uncitedPassages(
  elements: readonly Pick<ElementData, 'cites'>[],
  required: readonly string[] = REQUIRED_PASSAGES,
): string[] {
  const cited = new Set(elements.flatMap((element) => element.cites.map((cite) => cite.passage)));
  return required.filter((id) => !cited.has(id));
}

/** Map each passage id to the ids of the elements that cite it, in element order. */
export function elementsByPassage<T extends Pick<ElementData, 'id' | 'cites'>>(elements: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const element of elements) {
    for (const passage of new Set(element.cites.map((cite) => cite.passage))) {
      map.set(passage, [...(map.get(passage) ?? []), element]);
    }
  }
  return map;
}

/** A Zod issue path as a field name: `cites[1].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** One line per problem: `file: field: message`. */
export function formatProblems(problems: readonly CitationProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
