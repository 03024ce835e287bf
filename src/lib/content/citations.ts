/**
 * What every content check reports, and how: a problem names the file, the entry (a list's index
 * and id), the field and what is wrong, and the build prints it as one line (formatProblems). Also
 * the passages of the order that elements must explain, and which elements cite which passage.
 */
import type { ElementData } from '../schema/element.ts';

export interface CitationProblem {
  /** Path of the file at fault, relative to the project root. */
  file: string;
  /** The line in that file, where it is known. */
  line?: number;
  /** A list's entry: `[3] order-signed` (its index, and its id when it has one). */
  entry?: string;
  /** The field: `cites[1].quote`; relative to `entry` when there is one; empty for the whole file. */
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

/** One line per problem: `file:line: [index] id: field: message`, leaving out the parts it does not have. */
export function formatProblem(problem: CitationProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return [where, problem.entry, problem.field, problem.message].filter(Boolean).join(': ');
}

export function formatProblems(problems: readonly CitationProblem[]): string {
  return problems.map(formatProblem).join('\n');
}
