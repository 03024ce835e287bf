/**
 * The Spanish translations in translations/es/ (docs/TRANSLATION.md) are not wired into the site
 * yet; until they are, this holds their shape to the English they were made from, so that none
 * drifts out of step unnoticed: every key names an entry the English file has, every entry with
 * prose has its translation, and every order paragraph is translated. The tour and the lesson kit
 * are held field by field: every prose field translated, nothing else, lists the same length.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseOrderText } from '../../src/lib/order.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const frontmatter = (text: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]) as Record<string, unknown>;

/** A YAML list in its translation's form: a mapping with each entry under its id, or its 0-based position. */
const keyedEntries = (entries: unknown[]): Record<string, unknown> =>
  Object.fromEntries(entries.map((entry, index) => [(entry as { id?: unknown }).id ?? String(index), entry]));

/** List files translated as mappings keyed by id (or position), and whether every entry must be there. */
const LISTS = [
  ['glossary/terms.yaml', true],
  ['history/events.yaml', true],
  ['changes/changes.yaml', true],
  ['matrix/requirements.yaml', true],
  ['matrix/sections.yaml', true],
  ['debate/positions.yaml', true],
  ['debate/costs.yaml', true],
  ['reporting/claims.yaml', true],
  ['reporting/documents.yaml', true],
  // Only the entries with a note or a title of our own have anything to translate.
  ['sources/sources.yaml', false],
] as const;

/**
 * Record files whose top-level lists are translated as mappings keyed by id (or position), and the
 * paths of their prose fields ('*': any key or position). Until prose is registered in the content
 * schemas (docs/TRANSLATION.md, step 2 of the plan), the paths are listed here.
 */
const RECORDS = [
  [
    'tour/steps.yaml',
    [
      'steps.*.title',
      'steps.*.text',
      'steps.*.cites.*.quote',
      'summary.*',
      'selfCheck.*.question',
      'selfCheck.*.options.*.text',
      'selfCheck.*.options.*.why',
      'selfCheck.*.cite.quote',
    ],
  ],
  [
    'teach/lesson-kit.yaml',
    [
      'objectives.*.text',
      'standards.*.statement',
      'standards.*.how',
      'activities.*.title',
      'activities.*.steps.*',
      'activities.*.question',
      'lesson.title',
      'lesson.segments.*.title',
      'lesson.segments.*.teacher',
      'lesson.segments.*.tasks.*.prompt',
      'lesson.segments.*.tasks.*.answer',
      'lesson.segments.*.tasks.*.cite.quote',
      'questions.*.question',
      'questions.*.analysis.*.text',
      'quiz.*.question',
      'quiz.*.options.*',
      'quiz.*.explanation',
    ],
  ],
] as const;

/** Every leaf of a parsed YAML tree by its dotted path (list items by position), and every list's length. */
function flatten(value: unknown, path = '', leaves = new Map<string, unknown>(), lists = new Map<string, number>()) {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (Array.isArray(value)) {
    lists.set(path, value.length);
    value.forEach((item, index) => flatten(item, at(String(index)), leaves, lists));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flatten(item, at(key), leaves, lists);
  } else leaves.set(path, value);
  return { leaves, lists };
}

const matchesPattern = (path: string, pattern: string) => {
  const [parts, wanted] = [path.split('.'), pattern.split('.')];
  return parts.length === wanted.length && wanted.every((part, index) => part === '*' || part === parts[index]);
};

/**
 * How a translation of a record file departs from its English: `unexpected`, the fields it has that
 * are not English prose (under a key the English lacks, a field to leave out, an empty text);
 * `missing`, the English prose it lacks; `lengths`, lists whose length differs from the English
 * list at the same place.
 */
function compareRecord(english: Record<string, unknown>, spanish: unknown, prosePaths: readonly string[]) {
  const translationForm = Object.fromEntries(
    Object.entries(english).map(([key, value]) => [key, Array.isArray(value) ? keyedEntries(value) : value]),
  );
  const source = flatten(translationForm);
  const target = flatten(spanish);
  const proseSet = new Set(
    [...source.leaves]
      .filter(([path, value]) => typeof value === 'string' && prosePaths.some((pattern) => matchesPattern(path, pattern)))
      .map(([path]) => path),
  );
  const translated = (path: string) => {
    const value = target.leaves.get(path);
    return typeof value === 'string' && value.trim() !== '';
  };
  // A list compared: every one in the translation, and every English list that holds prose.
  const listPaths = new Set([
    ...target.lists.keys(),
    ...[...source.lists.keys()].filter((list) => [...proseSet].some((path) => path.startsWith(`${list}.`))),
  ]);
  return {
    unexpected: [...target.leaves.keys()].filter((path) => !proseSet.has(path) || !translated(path)),
    missing: [...proseSet].filter((path) => !translated(path)),
    lengths: [...listPaths]
      .filter((path) => source.lists.get(path) !== target.lists.get(path))
      .map((path) => `${path}: ${target.lists.get(path) ?? 'none'} for ${source.lists.get(path) ?? 'none'}`),
  };
}

describe('translations/es follows the English content', () => {
  for (const [file, complete] of LISTS) {
    test(`${file}: keyed by the English entries${complete ? ', all of them' : ''}`, () => {
      const english = parse(read(`content/${file}`)) as { id?: string }[];
      const keys = Object.keys(keyedEntries(english));
      const spanish = Object.keys(parse(read(`translations/es/${file}`)) as object);
      expect(
        spanish.filter((key) => !keys.includes(key)),
        `${file}: keys the English file lacks`,
      ).toEqual([]);
      if (complete)
        expect(
          keys.filter((key) => !spanish.includes(key)),
          `${file}: entries not translated`,
        ).toEqual([]);
    });
  }

  for (const [file, prosePaths] of RECORDS) {
    test(`${file}: every prose field translated, under the English keys, lists the same length`, () => {
      const problems = compareRecord(parse(read(`content/${file}`)), parse(read(`translations/es/${file}`)), prosePaths);
      expect.soft(problems.unexpected, `${file}: keys the English lacks, or fields that are not prose`).toEqual([]);
      expect.soft(problems.missing, `${file}: prose not translated`).toEqual([]);
      expect.soft(problems.lengths, `${file}: lists of another length (Spanish for English)`).toEqual([]);
    });
  }

  test('the record comparison names an unknown key, a left-out field, untranslated prose and a short list', () => {
    const english = {
      steps: [
        {
          id: 'a',
          title: 'A',
          cites: [
            { passage: 'sec-1', quote: 'Q1' },
            { passage: 'sec-2', quote: 'Q2' },
          ],
        },
        { id: 'b', title: 'B', cites: [{ passage: 'sec-3', quote: 'Q3' }] },
      ],
      summary: ['One', 'Two'],
    };
    const paths = ['steps.*.title', 'steps.*.cites.*.quote', 'summary.*'];
    const good = {
      steps: { a: { title: 'Á', cites: [{ quote: 'C1' }, { quote: 'C2' }] }, b: { title: 'Bé', cites: [{ quote: 'C3' }] } },
      summary: { 0: 'Uno', 1: 'Dos' },
    };
    expect(compareRecord(english, good, paths)).toEqual({ unexpected: [], missing: [], lengths: [] });
    const broken = {
      steps: { a: { title: 'Á', cites: [{ quote: 'C1', passage: 'sec-1' }] }, c: { title: 'Ce' } },
      summary: { 0: 'Uno', 1: '' },
    };
    expect(compareRecord(english, broken, paths)).toEqual({
      unexpected: ['steps.a.cites.0.passage', 'steps.c.title', 'summary.1'],
      missing: ['steps.a.cites.1.quote', 'steps.b.title', 'steps.b.cites.0.quote', 'summary.1'],
      lengths: ['steps.a.cites: 1 for 2', 'steps.b.cites: none for 1'],
    });
  });

  test('every paragraph of the order has our translation', () => {
    const ids = parseOrderText(read('content/order/eo-14186.txt')).map((paragraph) => paragraph.id);
    expect(Object.keys(parse(read('translations/es/order.yaml')) as object).sort()).toEqual([...ids].sort());
  });

  const elements = readdirSync('content/elements').filter((name) => name.endsWith('.mdx'));
  test.each(elements)('elements/%s: a title, a summary and one translation per cite, context and program', (name) => {
    const english = frontmatter(read(`content/elements/${name}`));
    const spanish = frontmatter(read(`translations/es/elements/${name}`));
    expect(typeof spanish.title).toBe('string');
    expect(typeof spanish.summary).toBe('string');
    for (const list of ['cites', 'context', 'programs'] as const) {
      expect((spanish[list] as unknown[] | undefined)?.length ?? 0, `${name}: ${list}`).toBe(
        (english[list] as unknown[] | undefined)?.length ?? 0,
      );
    }
  });
});
