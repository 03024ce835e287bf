/**
 * The content check, pure: the collections of src/lib/content/table.ts as their files gave them
 * in, every problem out, each naming file, entry, field and line. What it checks of every
 * collection alike: the schema; ids used once in a list, and an MDX file's id equal to its name;
 * every reference (a field typed `sourceId`, `passageId`, …: src/lib/schema/fields.ts) naming an
 * id that exists; every quote of the order word for word. Then the rules that only one file has,
 * each run once the collections it reads are valid (RULES below, and the diagrams' own rules that
 * the caller passes in). The files are read by src/node/content.ts.
 */
import { quoteAppearsIn, labelFor } from '../order.ts';
import { CONTENT, REFERENCE_TARGETS, type CollectionData, type CollectionName, type ParsedFile, type Path } from './table.ts';
import { walkFields } from './walk.ts';
import { formatPath, type CitationProblem } from './citations.ts';
import { checkCosts, checkPositions } from './debate-check.ts';
import { checkClaims, checkDocuments } from './reporting-check.ts';
import { missingCheckDates } from './checked.ts';
import type { ReferenceKind } from '../schema/fields.ts';

/** A collection's files, parsed (one per MDX file of a folder; none when the file does not exist). */
export type ContentFiles = Record<CollectionName, { file: string; parsed: ParsedFile }[]>;

/** Each collection's data once every entry is valid: a list's entries, a record's one value. */
export type ValidContent = {
  [K in CollectionName]: (typeof CONTENT)[K]['shape'] extends 'record' ? CollectionData<K> : CollectionData<K>[];
};

export interface ContentRule {
  /** The collections it reads: it runs only when each exists and every entry passed its schema. */
  needs: readonly CollectionName[];
  check: (content: ValidContent) => CitationProblem[];
}

export interface CheckInputs {
  /** The ids in src/diagrams/registry.ts (the lesson kit's activities name them). */
  diagramIds: readonly string[];
  /** Each reporting document's text, by document id (content/reporting/texts/). */
  documentTexts: ReadonlyMap<string, string>;
  /** Every content file, relative to content/ (what content/checked.yaml must date). */
  contentFiles: readonly string[];
  /** YYYY-MM-DD: no check date may be later. */
  today: string;
  /** Rules that belong to a diagram's folder (the layered diagram's). */
  rules?: readonly ContentRule[];
}

const WHAT: Record<ReferenceKind, string> = {
  source: 'source',
  passage: 'passage',
  element: 'element',
  diagram: 'diagram',
  term: 'glossary term',
  position: 'position',
  document: 'reporting document',
  event: 'history event',
};

const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((entry) => [entry.id, entry]));

/** The rules only one file has (the debate's and the reporting check's are in their own modules). */
const RULES = (inputs: CheckInputs): ContentRule[] => [
  { needs: ['positions', 'sources'], check: (c) => checkPositions(CONTENT.positions.path, c.positions, byId(c.sources)) },
  { needs: ['costs', 'sources'], check: (c) => checkCosts(CONTENT.costs.path, c.costs, byId(c.sources)) },
  { needs: ['claims'], check: (c) => checkClaims(CONTENT.claims.path, c.claims, inputs.documentTexts) },
  { needs: ['reportingDocuments'], check: (c) => checkDocuments(CONTENT.reportingDocuments.path, c.reportingDocuments, inputs.documentTexts) },
  { needs: ['lessonKit', 'positions', 'sources'], check: (c) => checkLessonKitSides(c.lessonKit, byId(c.positions), byId(c.sources)) },
  { needs: ['lessonKit'], check: (c) => checkLessonKitStandards(c.lessonKit) },
  { needs: ['lessonKit'], check: (c) => checkLessonParts(c.lessonKit) },
  {
    needs: ['lessonKit'],
    check: ({ lessonKit }) =>
      inputs.diagramIds
        .filter((id) => !lessonKit.activities.some((activity) => activity.diagram === id))
        .map((id) => ({
          file: CONTENT.lessonKit.path,
          field: 'activities',
          message: `no activity for the diagram "${id}" (src/diagrams/registry.ts): every diagram has one, with its steps and a question`,
        })),
  },
  { needs: ['crosswalk'], check: (c) => checkCrosswalkLinks(c.crosswalk) },
  {
    needs: ['changes'],
    check: ({ changes }) =>
      changes.flatMap((change, index) =>
        index > 0 && change.date > changes[index - 1].date
          ? [{ file: CONTENT.changes.path, field: `[${index}].date`, message: 'changes are listed newest first' }]
          : [],
      ),
  },
  { needs: ['checked'], check: (c) => missingCheckDates(CONTENT.checked.path, c.checked, inputs.contentFiles, inputs.today) },
];

/** The 50-minute lesson's parts name an activity and a question the kit has. */
function checkLessonParts(kit: ValidContent['lessonKit']): CitationProblem[] {
  const file = CONTENT.lessonKit.path;
  const activities = new Set(kit.activities.map((activity) => activity.diagram));
  const questions = new Set(kit.questions.map((question) => question.id));
  return kit.lesson.segments.flatMap((part, index) => [
    ...(part.activity && !activities.has(part.activity)
      ? [{ file, field: `lesson.segments[${index}].activity`, message: `no activity for the diagram "${part.activity}" in activities` }]
      : []),
    ...(part.question && !questions.has(part.question)
      ? [{ file, field: `lesson.segments[${index}].question`, message: `unknown question id "${part.question}" (not in questions)` }]
      : []),
  ]);
}

/** A side's arguments are positions of that side; the analysts' findings cite analysts. */
function checkLessonKitSides(
  kit: ValidContent['lessonKit'],
  positions: ReadonlyMap<string, ValidContent['positions'][number]>,
  sources: ReadonlyMap<string, ValidContent['sources'][number]>,
): CitationProblem[] {
  const file = CONTENT.lessonKit.path;
  return kit.questions.flatMap((question, index) => [
    ...(['supporters', 'critics'] as const).flatMap((side) =>
      question[side].flatMap((id, i) => {
        const stance = side === 'supporters' ? 'supports' : 'critical';
        const position = positions.get(id);
        if (!position || position.stance === stance) return [];
        const message = `the position "${id}" has stance "${position.stance}", not "${stance}": it cannot argue for the ${side}`;
        return [{ file, field: `questions[${index}].${side}[${i}]`, message }];
      }),
    ),
    ...question.analysis.flatMap((finding, i) =>
      sources.get(finding.source)?.analyst === false
        ? [
            {
              file,
              field: `questions[${index}].analysis[${i}].source`,
              message: `"${finding.source}" is not a nonpartisan analyst (marked analyst in sources.yaml): put its argument on a side, as a position`,
            },
          ]
        : [],
    ),
  ]);
}

/** Activities and questions name standards the kit lists, and every standard it lists is used. */
function checkLessonKitStandards(kit: ValidContent['lessonKit']): CitationProblem[] {
  const file = CONTENT.lessonKit.path;
  const listed = new Set(kit.standards.map((standard) => standard.id));
  const aligned = [
    ...kit.activities.map((activity, index) => ({ at: `activities[${index}]`, ids: activity.standards })),
    ...kit.questions.map((question, index) => ({ at: `questions[${index}]`, ids: question.standards })),
  ];
  const used = new Set(aligned.flatMap(({ ids }) => ids));
  return [
    ...aligned.flatMap(({ at, ids }) =>
      ids.flatMap((id, i) => (listed.has(id) ? [] : [{ file, field: `${at}.standards[${i}]`, message: `unknown standard id "${id}" (not in standards)` }])),
    ),
    ...kit.standards.flatMap((standard, index) =>
      used.has(standard.id) ? [] : [{ file, field: `standards[${index}]`, message: `the standard "${standard.id}" is aligned with no activity or question` }],
    ),
  ];
}

/** Each link joins two layers the crosswalk's taxonomies name (`taxonomy:layer`). */
function checkCrosswalkLinks(crosswalk: ValidContent['crosswalk']): CitationProblem[] {
  const layers = new Set(crosswalk.taxonomies.flatMap((taxonomy) => taxonomy.layers.map((layer) => `${taxonomy.id}:${layer.id}`)));
  return crosswalk.links.flatMap((link, index) =>
    (['from', 'to'] as const)
      .filter((end) => !layers.has(link[end]))
      .map((end) => ({ file: CONTENT.crosswalk.path, field: `links[${index}].${end}`, message: `unknown layer "${link[end]}"` })),
  );
}

/** "[3] order-signed" for a list's entry with an id of its own, "[3]" for one without. */
const entryLabel = (index: number, id: string) => (id === String(index) ? `[${index}]` : `[${index}] ${id}`);

/** `questions[0].supporters[1]` as a path. */
const parsePath = (field: string): Path => [...field.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) => (m[1] ? Number(m[1]) : m[0]));

export interface ValidatedEntry {
  file: string;
  id: string;
  index?: number;
  data: unknown;
}

/** A collection's entries that pass its schema, and the problems of the others (and of its files). */
export function validateCollection(name: CollectionName, files: ContentFiles[CollectionName]) {
  const { schema, shape } = CONTENT[name];
  const entries: ValidatedEntry[] = [];
  const problems: CitationProblem[] = [];
  // An id used twice is reported, but leaves the data well-typed: the file's own rules still run.
  const duplicates: CitationProblem[] = [];
  for (const { file, parsed } of files) {
    problems.push(...parsed.problems);
    const seen = new Set<string>();
    for (const entry of parsed.entries) {
      const result = schema.safeParse(entry.raw);
      const at = entry.index === undefined ? [] : [entry.index];
      for (const issue of result.error?.issues ?? []) problems.push({ file, field: formatPath([...at, ...issue.path]), message: issue.message });
      if (result.success) entries.push({ file, id: entry.id, index: entry.index, data: result.data });
      const ownId = (result.data as { id?: string } | undefined)?.id;
      if (shape === 'mdx' && ownId !== undefined && ownId !== entry.id)
        problems.push({ file, field: 'id', message: `the id "${ownId}" must equal the file name "${entry.id}"` });
      if (entry.index !== undefined && entry.id !== String(entry.index)) {
        if (seen.has(entry.id)) duplicates.push({ file, field: `[${entry.index}].id`, message: `the id "${entry.id}" is used twice` });
        seen.add(entry.id);
      }
    }
  }
  const valid = files.length > 0 && problems.length === 0;
  return { entries, problems: [...problems, ...duplicates], valid };
}

export function checkContentFiles(files: ContentFiles, inputs: CheckInputs): CitationProblem[] {
  const names = Object.keys(CONTENT) as CollectionName[];
  const problems: CitationProblem[] = [];
  const valid = new Map<CollectionName, unknown[]>();
  const entries = new Map<CollectionName, ValidatedEntry[]>();
  for (const name of names) {
    const collection = validateCollection(name, files[name]);
    problems.push(...collection.problems);
    entries.set(name, collection.entries);
    if (collection.valid) valid.set(name, collection.entries.map((entry) => entry.data));
  }

  // References and quotes of the order, wherever a schema declares them. A reference into a file
  // that could not be read is not checked: that file's own problem says what to mend first.
  const known = (kind: ReferenceKind): ReadonlySet<string> | undefined => {
    const target = REFERENCE_TARGETS[kind];
    if (target === 'src/diagrams/registry.ts') return new Set(inputs.diagramIds);
    const readable = files[target].length > 0 && files[target].every(({ parsed }) => parsed.problems.length === 0);
    return readable ? new Set(files[target].flatMap(({ parsed }) => parsed.entries.map((entry) => entry.id))) : undefined;
  };
  const ids = new Map(Object.keys(WHAT).map((kind) => [kind, known(kind as ReferenceKind)]));
  const paragraphs = new Map((entries.get('order') ?? []).map((entry) => [entry.id, entry.data as { text: string }]));
  for (const name of names) {
    for (const entry of entries.get(name)!) {
      walkFields(CONTENT[name].schema, entry.data, (meta, value, path) => {
        const field = formatPath(path);
        if ('reference' in meta) {
          const where = REFERENCE_TARGETS[meta.reference];
          if (ids.get(meta.reference)?.has(String(value)) === false)
            problems.push({
              file: entry.file,
              field,
              message: `unknown ${WHAT[meta.reference]} id "${String(value)}": not in ${where === 'src/diagrams/registry.ts' ? where : CONTENT[where].path}`,
            });
          return;
        }
        const { passage, quote } = value as { passage: string; quote: string };
        const paragraph = paragraphs.get(passage);
        if (paragraph && !quoteAppearsIn(quote, paragraph.text)) {
          const shown = quote.length > 200 ? `${quote.slice(0, 199)}…` : quote;
          problems.push({ file: entry.file, field: `${field}.quote`, message: `the quote "${shown}" is not word for word in ${labelFor(passage)} (${passage})` });
        }
      }, entry.index === undefined ? [] : [entry.index]);
    }
  }

  const content = Object.fromEntries(
    [...valid].map(([name, data]) => [name, CONTENT[name].shape === 'record' ? data[0] : data]),
  ) as ValidContent;
  for (const rule of [...RULES(inputs), ...(inputs.rules ?? [])])
    if (rule.needs.every((name) => valid.has(name))) problems.push(...rule.check(content));
  if (!valid.has('checked') && files.checked.length === 0 && files.changes.length > 0)
    problems.push({ file: CONTENT.checked.path, field: '', message: 'missing: every content file needs the date it was last checked against its sources' });

  // Every problem as the editor will look for it: the entry of a list by index and id, the line;
  // file by file, top to bottom (a problem of the whole file first).
  const located = problems.map((problem) => {
    const name = names.find((candidate) => files[candidate].some(({ file }) => file === problem.file));
    const source = name && files[name].find(({ file }) => file === problem.file)!;
    const path = parsePath(problem.field);
    const line = problem.line ?? source?.parsed.lineOf([problem.field]) ?? source?.parsed.lineOf(path);
    const entry = typeof path[0] === 'number' && name && CONTENT[name].shape === 'list' ? source?.parsed.entries[path[0]] : undefined;
    if (!entry) return line ? { ...problem, line } : problem;
    const rest = problem.field.replace(/^\[\d+\]\.?/, '');
    return { ...problem, ...(line ? { line } : {}), entry: entryLabel(entry.index!, entry.id), field: rest };
  });
  const fileOrder = [...new Set(located.map((problem) => problem.file))];
  const rank = (problem: CitationProblem) => fileOrder.indexOf(problem.file) * 1e6 + (problem.line ?? 0);
  return located.sort((a, b) => rank(a) - rank(b));
}
