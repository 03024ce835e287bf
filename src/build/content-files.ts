/**
 * Reads the content folder from disk for the build-time checks (Node only; never imported by
 * pages). Astro's content layer reads the same files for the pages; this module exists so the
 * citation check can run before Astro starts, on any folder (tests point it at fixtures).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { parseOrderText, type OrderParagraph } from '../lib/order.ts';
import { checkCites, checkElements, formatPath, type CitationProblem, type ElementFile } from '../lib/citations.ts';
import { tourSchema } from '../lib/schema/tour.ts';
import { claimSchema, reportingDocumentSchema } from '../lib/schema/reporting.ts';
import { costEstimateSchema, positionSchema, type Position } from '../lib/schema/debate.ts';
import { sourceSchema, type Source } from '../lib/schema/source.ts';
import { changeSchema, checkedSchema, searchRecordSchema } from '../lib/schema/changes.ts';
import { historyEventSchema } from '../lib/schema/history.ts';
import { killChainSchema } from '../lib/schema/kill-chain.ts';
import { explorerSchema } from '../lib/schema/explorer.ts';
import { termSchema } from '../lib/schema/glossary.ts';
import { requirementSchema, sectionSchema } from '../lib/schema/matrix.ts';
import { crosswalkSchema } from '../lib/schema/crosswalk.ts';
import { lessonKitSchema, type LessonKit } from '../lib/schema/teach.ts';
import { DIAGRAMS } from '../diagrams/registry.ts';
import { CONTENT_PATHS } from '../lib/content-paths.ts';
import { checkClaims, checkDocuments, checkGlossary } from '../lib/reporting-check.ts';
import { checkCosts, checkPositions, checkSources } from '../lib/debate-check.ts';
import { elementSchema, type ElementData } from '../lib/schema/element.ts';
import { layeredDiagramSchema } from '../lib/schema/layered-diagram.ts';
import { checkLayeredDiagram } from '../diagrams/layers/model.ts';

export { CONTENT_PATHS } from '../lib/content-paths.ts';

/**
 * Read a YAML file and validate it with a schema. A missing file gives no data and no problems
 * (fixture folders hold only what a test needs); a schema error gives problems naming the file.
 */
function readValidated<T>(root: string, file: string, schema: z.ZodType<T>): { data: T | null; problems: CitationProblem[] } {
  const path = join(root, file);
  if (!existsSync(path)) return { data: null, problems: [] };
  const parsed = schema.safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (parsed.success) return { data: parsed.data, problems: [] };
  return {
    data: null,
    problems: parsed.error.issues.map((issue) => ({ file, field: formatPath(issue.path) || '(file)', message: issue.message })),
  };
}

/** The YAML frontmatter of a Markdown/MDX file; throws with the file name when it is malformed. */
export function readFrontmatter(path: string, displayPath = path): unknown {
  const text = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${displayPath}: no frontmatter (the file must start with a --- block)`);
  try {
    return parseYaml(match[1]);
  } catch (error) {
    throw new Error(`${displayPath}: the frontmatter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
}

export function readOrder(root: string): OrderParagraph[] {
  return parseOrderText(readFileSync(join(root, CONTENT_PATHS.orderText), 'utf8'));
}

export function readSourceIds(root: string): Set<string> {
  const path = join(root, CONTENT_PATHS.sources);
  if (!existsSync(path)) return new Set();
  const list = parseYaml(readFileSync(path, 'utf8')) as { id?: unknown }[] | null;
  return new Set((list ?? []).map((entry) => String(entry.id)));
}

/** The sources, validated: problems name the file and the entry's field. */
export function readSources(root: string): { sources: Map<string, Source>; problems: CitationProblem[] } {
  const file = CONTENT_PATHS.sources;
  const path = join(root, file);
  if (!existsSync(path)) return { sources: new Map(), problems: [] };
  const list = (parseYaml(readFileSync(path, 'utf8')) ?? []) as unknown[];
  const sources = new Map<string, Source>();
  const problems: CitationProblem[] = [];
  list.forEach((entry, index) => {
    const parsed = sourceSchema.safeParse(entry);
    if (parsed.success) sources.set(parsed.data.id, parsed.data);
    else
      problems.push(
        ...parsed.error.issues.map((issue) => ({
          file,
          field: `[${index}]${formatPath(issue.path) ? `.${formatPath(issue.path)}` : ''}`,
          message: issue.message,
        })),
      );
  });
  problems.push(...checkSources(file, [...sources.values()]));
  return { sources, problems };
}

export function readElementFiles(root: string): ElementFile[] {
  const dir = join(root, CONTENT_PATHS.elements);
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const file = relative(root, path);
      return { file, frontmatter: readFrontmatter(path, file) };
    });
}

/** Check a diagram's data file against its schema and the elements, when the file exists. */
function checkDiagramFile(
  root: string,
  elements: readonly ElementData[],
  sourceIds: ReadonlySet<string>,
  passageIds: ReadonlySet<string>,
): CitationProblem[] {
  const file = CONTENT_PATHS.layeredDiagram;
  const { data, problems } = readValidated(root, file, layeredDiagramSchema);
  return data ? checkLayeredDiagram(file, data, elements, sourceIds, passageIds) : problems;
}

/** The guided tour: its schema, its quotes of the order (steps and self-check), its sources and the elements it emphasises. */
function checkTourFile(
  root: string,
  order: readonly OrderParagraph[],
  sourceIds: ReadonlySet<string>,
  elementIds: ReadonlySet<string>,
): CitationProblem[] {
  const file = CONTENT_PATHS.tour;
  const { data, problems } = readValidated(root, file, tourSchema);
  if (!data) return problems;
  const byId = new Map(order.map((p) => [p.id, p]));
  return [
    ...data.steps.flatMap((step, index) => [
      ...checkCites(file, `steps[${index}].cites`, step.cites, byId),
      ...step.sources
        .filter((id) => !sourceIds.has(id))
        .map((id) => ({ file, field: `steps[${index}].sources`, message: `unknown source id "${id}"` })),
      ...step.view.emphasise
        .filter((id) => !elementIds.has(id))
        .map((id) => ({ file, field: `steps[${index}].view.emphasise`, message: `unknown element id "${id}"` })),
    ]),
    ...data.selfCheck.flatMap((question, index) =>
      checkCites(file, `selfCheck[${index}]`, [question.cite], byId).map((problem) => ({
        ...problem,
        field: problem.field.replace(`selfCheck[${index}][0]`, `selfCheck[${index}].cite`),
      })),
    ),
  ];
}

/** Reporting claims and the glossary, checked against the documents, the order and the sources. */
function checkReportingFiles(root: string, order: readonly OrderParagraph[], sourceIds: ReadonlySet<string>): CitationProblem[] {
  const documents = readValidated(root, CONTENT_PATHS.documents, z.array(reportingDocumentSchema));
  const texts = new Map<string, string>();
  for (const document of documents.data ?? []) {
    const path = join(root, 'content/reporting', document.file);
    if (existsSync(path)) texts.set(document.id, readFileSync(path, 'utf8'));
  }
  const context = { paragraphs: new Map(order.map((p) => [p.id, p])), sourceIds, documents: texts };
  const claims = readValidated(root, CONTENT_PATHS.claims, z.array(claimSchema));
  const glossary = readValidated(root, CONTENT_PATHS.glossary, z.array(termSchema));
  return [
    ...documents.problems,
    ...(documents.data ? checkDocuments(CONTENT_PATHS.documents, documents.data, texts) : []),
    ...claims.problems,
    ...(claims.data ? checkClaims(CONTENT_PATHS.claims, claims.data, context) : []),
    ...glossary.problems,
    ...(glossary.data ? checkGlossary(CONTENT_PATHS.glossary, glossary.data, context) : []),
  ];
}

/** The debate: positions (named, dated, sourced, balanced) and cost estimates. */
function checkDebateFiles(root: string, sources: ReadonlyMap<string, Source>): { positions: Position[]; problems: CitationProblem[] } {
  const positions = readValidated(root, CONTENT_PATHS.positions, z.array(positionSchema));
  const costs = readValidated(root, CONTENT_PATHS.costs, z.array(costEstimateSchema));
  return {
    positions: positions.data ?? [],
    problems: [
      ...positions.problems,
      ...(positions.data ? checkPositions(CONTENT_PATHS.positions, positions.data, sources) : []),
      ...costs.problems,
      ...(costs.data ? checkCosts(CONTENT_PATHS.costs, costs.data, sources) : []),
    ],
  };
}

/** The requirements matrix (who and when, quoted from the order), the section summaries and the crosswalk. */
function checkMatrixFiles(root: string, order: readonly OrderParagraph[], sourceIds: ReadonlySet<string>): CitationProblem[] {
  const byId = new Map(order.map((p) => [p.id, p]));
  const requirements = readValidated(root, CONTENT_PATHS.requirements, z.array(requirementSchema));
  const sections = readValidated(root, CONTENT_PATHS.sections, z.array(sectionSchema));
  const crosswalk = readValidated(root, CONTENT_PATHS.crosswalk, crosswalkSchema);
  const unknownPassage = (file: string, field: string, passage: string) =>
    byId.has(passage) ? [] : [{ file, field, message: `unknown passage id "${passage}"` }];
  const problems = [...requirements.problems, ...sections.problems, ...crosswalk.problems];
  (requirements.data ?? []).forEach((row, index) => {
    const file = CONTENT_PATHS.requirements;
    problems.push(...unknownPassage(file, `[${index}].passage`, row.passage));
    problems.push(
      ...checkCites(file, `[${index}].who`, [row.who], byId).map((problem) => ({
        ...problem,
        field: problem.field.replace('who[0]', 'who'),
      })),
    );
    row.delivery.known.forEach((report, i) => {
      if (!sourceIds.has(report.source))
        problems.push({ file, field: `[${index}].delivery.known[${i}].source`, message: `unknown source id "${report.source}"` });
    });
    if (row.when.kind !== 'none') {
      problems.push(
        ...checkCites(file, `[${index}].when`, [row.when], byId).map((problem) => ({
          ...problem,
          field: problem.field.replace('when[0]', 'when'),
        })),
      );
    }
  });
  (sections.data ?? []).forEach((section, index) =>
    problems.push(...unknownPassage(CONTENT_PATHS.sections, `[${index}].passage`, section.passage)),
  );
  if (crosswalk.data) {
    const file = CONTENT_PATHS.crosswalk;
    const layers = new Set(crosswalk.data.taxonomies.flatMap((taxonomy) => taxonomy.layers.map((layer) => `${taxonomy.id}:${layer.id}`)));
    crosswalk.data.taxonomies.forEach((taxonomy, index) => {
      if (!sourceIds.has(taxonomy.source))
        problems.push({ file, field: `taxonomies[${index}].source`, message: `unknown source id "${taxonomy.source}"` });
    });
    crosswalk.data.links.forEach((link, index) => {
      for (const end of ['from', 'to'] as const) {
        if (!layers.has(link[end])) problems.push({ file, field: `links[${index}].${end}`, message: `unknown layer "${link[end]}"` });
      }
    });
  }
  return problems;
}

/** The 50-minute lesson: its parts name activities and questions of the kit, and its answers quote the order word for word. */
function checkLesson(file: string, kit: LessonKit, byId: ReadonlyMap<string, OrderParagraph>): CitationProblem[] {
  const activities = new Set(kit.activities.map((activity) => activity.diagram));
  const questions = new Set(kit.questions.map((question) => question.id));
  return kit.lesson.segments.flatMap((part, index) => {
    const field = `lesson.segments[${index}]`;
    const problems: CitationProblem[] = [];
    if (part.activity && !activities.has(part.activity))
      problems.push({ file, field: `${field}.activity`, message: `no activity for the diagram "${part.activity}" in activities` });
    if (part.question && !questions.has(part.question))
      problems.push({ file, field: `${field}.question`, message: `unknown question id "${part.question}" (not in questions)` });
    part.tasks.forEach((task, i) => {
      if (task.cite)
        problems.push(
          ...checkCites(file, `${field}.tasks[${i}]`, [task.cite], byId).map((problem) => ({
            ...problem,
            field: problem.field.replace(`tasks[${i}][0]`, `tasks[${i}].cite`),
          })),
        );
    });
    return problems;
  });
}

/**
 * The lesson kit: every source, passage, diagram and position it names must exist; a side's
 * arguments are positions of that side; analysts' findings cite analysts.
 */
function checkLessonKit(
  root: string,
  order: readonly OrderParagraph[],
  sources: ReadonlyMap<string, Source>,
  positions: readonly Position[],
): CitationProblem[] {
  const file = CONTENT_PATHS.lessonKit;
  const { data, problems } = readValidated(root, file, lessonKitSchema);
  if (!data) return problems;
  const passages = new Set(order.map((p) => p.id));
  const diagrams = new Set(DIAGRAMS.map((d) => d.id));
  const positionsById = new Map(positions.map((position) => [position.id, position]));
  const standards = new Set(data.standards.map((s) => s.id));
  const used = new Set<string>();
  const checkStandards = (ids: readonly string[], field: string) =>
    ids.forEach((sid, i) => {
      used.add(sid);
      if (!standards.has(sid))
        problems.push({ file, field: `${field}.standards[${i}]`, message: `unknown standard id "${sid}" (not in standards)` });
    });
  data.activities.forEach((activity, index) => {
    if (!diagrams.has(activity.diagram))
      problems.push({ file, field: `activities[${index}].diagram`, message: `unknown diagram id "${activity.diagram}"` });
    activity.passages.forEach((passage, i) => {
      if (!passages.has(passage))
        problems.push({ file, field: `activities[${index}].passages[${i}]`, message: `unknown passage id "${passage}"` });
    });
    checkStandards(activity.standards, `activities[${index}]`);
  });
  data.questions.forEach((question, index) => checkStandards(question.standards, `questions[${index}]`));
  problems.push(...checkLesson(file, data, new Map(order.map((p) => [p.id, p]))));
  data.standards.forEach((s, index) => {
    if (!used.has(s.id))
      problems.push({ file, field: `standards[${index}]`, message: `the standard "${s.id}" is aligned with no activity or question` });
  });
  data.questions.forEach((question, index) => {
    for (const [side, stance] of [
      ['supporters', 'supports'],
      ['critics', 'critical'],
    ] as const) {
      question[side].forEach((id, i) => {
        const position = positionsById.get(id);
        const field = `questions[${index}].${side}[${i}]`;
        if (!position) problems.push({ file, field, message: `unknown position id "${id}" (content/debate/positions.yaml)` });
        else if (position.stance !== stance)
          problems.push({
            file,
            field,
            message: `the position "${id}" has stance "${position.stance}", not "${stance}": it cannot argue for the ${side}`,
          });
      });
    }
    question.analysis.forEach((finding, i) => {
      const field = `questions[${index}].analysis[${i}].source`;
      const source = sources.get(finding.source);
      if (!source) problems.push({ file, field, message: `unknown source id "${finding.source}"` });
      else if (!source.analyst)
        problems.push({
          file,
          field,
          message: `"${finding.source}" is not a nonpartisan analyst (marked analyst in sources.yaml): put its argument on a side, as a position`,
        });
    });
  });
  data.quiz.forEach((item, index) => {
    if (item.source && !sources.has(item.source))
      problems.push({ file, field: `quiz[${index}].source`, message: `unknown source id "${item.source}"` });
    if (item.passage && !passages.has(item.passage))
      problems.push({ file, field: `quiz[${index}].passage`, message: `unknown passage id "${item.passage}"` });
  });
  return problems;
}

/**
 * The history, the kill chain and the explorable: every source and passage they name must exist.
 * (Without this, a missing source would only show as an error while a page renders.)
 */
function checkTimelineFiles(root: string, order: readonly OrderParagraph[], sourceIds: ReadonlySet<string>): CitationProblem[] {
  const passages = new Set(order.map((p) => p.id));
  const unknownSource = (file: string, field: string, id: string | undefined) =>
    id === undefined || sourceIds.has(id) ? [] : [{ file, field, message: `unknown source id "${id}"` }];
  const history = readValidated(root, CONTENT_PATHS.history, z.array(historyEventSchema));
  const killChain = readValidated(root, CONTENT_PATHS.killChain, killChainSchema);
  const explorer = readValidated(root, CONTENT_PATHS.spaceInterceptors, explorerSchema);
  const problems = [...history.problems, ...killChain.problems, ...explorer.problems];
  (history.data ?? []).forEach((event, index) => {
    const file = CONTENT_PATHS.history;
    problems.push(...unknownSource(file, `[${index}].source`, event.source));
    event.also.forEach((id, i) => problems.push(...unknownSource(file, `[${index}].also[${i}]`, id)));
    if (event.passage && !passages.has(event.passage))
      problems.push({ file, field: `[${index}].passage`, message: `unknown passage id "${event.passage}"` });
  });
  if (killChain.data) {
    const file = CONTENT_PATHS.killChain;
    const data = killChain.data;
    data.fuels.forEach((fuel, index) => problems.push(...unknownSource(file, `fuels[${index}].source`, fuel.source)));
    problems.push(
      ...unknownSource(file, 'midcourse.source', data.midcourse.source),
      ...unknownSource(file, 'terminal.source', data.terminal.source),
    );
    problems.push(
      ...unknownSource(file, 'flightNote.source', data.flightNote.source),
      ...unknownSource(file, 'boostNote.source', data.boostNote.source),
    );
    data.otherThreats.forEach((other, index) => problems.push(...unknownSource(file, `otherThreats[${index}].source`, other.source)));
  }
  (explorer.data?.references ?? []).forEach((reference, index) => {
    const file = CONTENT_PATHS.spaceInterceptors;
    problems.push(
      ...unknownSource(file, `references[${index}].source`, reference.source),
      ...unknownSource(file, `references[${index}].via`, reference.via),
    );
  });
  return problems;
}

/** content/changes/changes.yaml: valid entries, unique ids, newest first. */
function checkChanges(root: string): CitationProblem[] {
  const file = CONTENT_PATHS.changes;
  const { data, problems } = readValidated(root, file, z.array(changeSchema));
  const seen = new Set<string>();
  (data ?? []).forEach((change, index) => {
    if (seen.has(change.id)) problems.push({ file, field: `[${index}].id`, message: `the id "${change.id}" is used twice` });
    seen.add(change.id);
    if (index > 0 && change.date > data![index - 1].date)
      problems.push({ file, field: `[${index}].date`, message: 'changes are listed newest first' });
  });
  return problems;
}

/** Every content file, relative to content/ (what content/checked.yaml must date). */
export function listContentFiles(root: string): string[] {
  const base = join(root, 'content');
  const walk = (dir: string): string[] =>
    readdirSync(join(base, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return path === 'reporting/texts' ? [] : walk(path);
      return /\.(ya?ml|mdx|txt|json)$/.test(entry.name) && path !== 'checked.yaml' ? [path] : [];
    });
  return walk('').sort();
}

/** content/checked.yaml dates every content file, names only files that exist, and holds no future date. */
function checkCheckedDates(root: string, today: string): CitationProblem[] {
  const file = CONTENT_PATHS.checked;
  const { data, problems } = readValidated(root, file, checkedSchema);
  if (!data)
    return existsSync(join(root, file))
      ? problems
      : [{ file, field: '(file)', message: 'missing: every content file needs the date it was last checked against its sources' }];
  const files = listContentFiles(root);
  for (const path of files)
    if (!(path in data)) problems.push({ file, field: path, message: 'no date: say when this file was last checked against its sources' });
  for (const [path, date] of Object.entries(data)) {
    if (!files.includes(path)) problems.push({ file, field: path, message: 'no such content file' });
    else if (date > today) problems.push({ file, field: path, message: `the date ${date} is in the future` });
  }
  return problems;
}

/** Run every citation check on the content under `root`. `today` (YYYY-MM-DD) bounds the checked dates. */
export function checkContent(root: string, today = new Date().toISOString().slice(0, 10)): CitationProblem[] {
  const files = readElementFiles(root);
  const order = readOrder(root);
  const { sources, problems: sourceProblems } = readSources(root);
  const sourceIds = new Set(sources.keys());
  const problems = [...sourceProblems, ...checkElements(files, order, sourceIds)];
  const elements = files.flatMap((file) => {
    const parsed = elementSchema.safeParse(file.frontmatter);
    return parsed.success ? [parsed.data] : [];
  });
  // Diagram checks need valid elements; report element problems first so the list stays readable.
  if (problems.length === 0) {
    const debate = checkDebateFiles(root, sources);
    problems.push(...checkDiagramFile(root, elements, sourceIds, new Set(order.map((p) => p.id))));
    problems.push(...checkTourFile(root, order, sourceIds, new Set(elements.map((element) => element.id))));
    problems.push(...checkReportingFiles(root, order, sourceIds));
    problems.push(...debate.problems);
    problems.push(...checkMatrixFiles(root, order, sourceIds));
    problems.push(...checkTimelineFiles(root, order, sourceIds));
    problems.push(...checkLessonKit(root, order, sources, debate.positions));
    if (existsSync(join(root, CONTENT_PATHS.changes))) problems.push(...checkChanges(root));
    problems.push(...readValidated(root, CONTENT_PATHS.searchRecord, searchRecordSchema).problems);
    if (existsSync(join(root, 'content/checked.yaml')) || existsSync(join(root, CONTENT_PATHS.changes)))
      problems.push(...checkCheckedDates(root, today));
  }
  return problems;
}
