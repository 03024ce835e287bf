/**
 * Content collections. All content lives in /content (not src/content), loaded with the content
 * layer's glob() and file() loaders and validated by the schemas in src/lib/schema/.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { elementSchema } from './lib/schema/element.ts';
import { sourceSchema } from './lib/schema/source.ts';
import { parseOrderText } from './lib/order.ts';
import { CONTENT_PATHS } from './lib/content-paths.ts';
import { layeredDiagramSchema } from './lib/schema/layered-diagram.ts';
import { killChainSchema } from './lib/schema/kill-chain.ts';
import { historyEventSchema } from './lib/schema/history.ts';
import { tourSchema } from './lib/schema/tour.ts';
import { termSchema } from './lib/schema/glossary.ts';
import { claimSchema, reportingDocumentSchema } from './lib/schema/reporting.ts';
import { costEstimateSchema, positionSchema } from './lib/schema/debate.ts';
import { changeSchema, searchRecordSchema } from './lib/schema/changes.ts';
import { explorerSchema } from './lib/schema/explorer.ts';
import { requirementSchema, sectionSchema } from './lib/schema/matrix.ts';
import { crosswalkSchema } from './lib/schema/crosswalk.ts';
import { lessonKitSchema } from './lib/schema/teach.ts';

/** Every paragraph of the order, parsed from the official text file (one source of truth). */
const order = defineCollection({
  loader: file(CONTENT_PATHS.orderText, { parser: (text) => parseOrderText(text).map((paragraph) => ({ ...paragraph })) }),
  schema: z.object({
    id: z.string(),
    label: z.string(),
    text: z.string(),
    parent: z.string().nullable(),
    position: z.number(),
  }),
});

const elements = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `./${CONTENT_PATHS.elements}` }),
  schema: elementSchema,
});

const sources = defineCollection({
  loader: file(CONTENT_PATHS.sources, { parser: (text) => parseYaml(text) }),
  schema: sourceSchema,
});

/** The layered defense diagram's data (one record). */
const layeredDiagram = defineCollection({
  loader: file(CONTENT_PATHS.layeredDiagram, { parser: (text) => [parseYaml(text)] }),
  schema: layeredDiagramSchema,
});

/** The kill-chain timeline's durations and their sources (one record). */
const killChain = defineCollection({
  loader: file(CONTENT_PATHS.killChain, { parser: (text) => [parseYaml(text)] }),
  schema: killChainSchema,
});

/** The space-interceptor explorable's published reference points (one record). */
const spaceInterceptors = defineCollection({
  loader: file(CONTENT_PATHS.spaceInterceptors, { parser: (text) => [parseYaml(text)] }),
  schema: explorerSchema,
});

/** Dated events of the order's history. */
const history = defineCollection({
  loader: file(CONTENT_PATHS.history, { parser: (text) => parseYaml(text) }),
  schema: historyEventSchema,
});

/** The guided tour: its steps, summary and self-check (one record). */
const tour = defineCollection({
  loader: file(CONTENT_PATHS.tour, { parser: (text) => [{ id: 'tour', ...parseYaml(text) }] }),
  schema: tourSchema.extend({ id: z.string() }),
});

const glossary = defineCollection({
  loader: file(CONTENT_PATHS.glossary, { parser: (text) => parseYaml(text) }),
  schema: termSchema,
});

/** Reporting documents (their texts stay in content/reporting/texts/ and are only quoted briefly). */
const reportingDocuments = defineCollection({
  loader: file(CONTENT_PATHS.documents, { parser: (text) => parseYaml(text) }),
  schema: reportingDocumentSchema,
});

const claims = defineCollection({
  loader: file(CONTENT_PATHS.claims, { parser: (text) => parseYaml(text) }),
  schema: claimSchema,
});

const positions = defineCollection({
  loader: file(CONTENT_PATHS.positions, { parser: (text) => parseYaml(text) }),
  schema: positionSchema,
});

/** Published cost estimates, each with what it covers and its source. */
const costs = defineCollection({
  loader: file(CONTENT_PATHS.costs, { parser: (text) => parseYaml(text) }),
  schema: costEstimateSchema,
});

/** Dated content changes for /changes/ and the Atom feed, newest first. */
const changes = defineCollection({
  // `position` keeps the file's order (newest first) for entries of the same date.
  loader: file(CONTENT_PATHS.changes, {
    parser: (text) => (parseYaml(text) as object[]).map((entry, position) => ({ ...entry, position })),
  }),
  schema: changeSchema.extend({ position: z.number() }),
});

/** How current the record is: when developments were last searched for (one record). */
const searchRecord = defineCollection({
  loader: file(CONTENT_PATHS.searchRecord, { parser: (text) => [{ id: 'search-record', ...parseYaml(text) }] }),
  schema: searchRecordSchema.extend({ id: z.string() }),
});

/** Requirements of the order, in order (one record holding the list). */
const requirements = defineCollection({
  loader: file(CONTENT_PATHS.requirements, { parser: (text) => [{ id: 'requirements', rows: parseYaml(text) }] }),
  schema: z.object({ id: z.string(), rows: z.array(requirementSchema) }),
});

const sections = defineCollection({
  loader: file(CONTENT_PATHS.sections, {
    parser: (text) => (parseYaml(text) as { section: string }[]).map((row) => ({ id: `section-${row.section}`, ...row })),
  }),
  schema: sectionSchema.extend({ id: z.string() }),
});

const crosswalk = defineCollection({
  loader: file(CONTENT_PATHS.crosswalk, { parser: (text) => [parseYaml(text)] }),
  schema: crosswalkSchema,
});

/** The lesson kit for /teach/ (one record). */
const lessonKit = defineCollection({
  loader: file(CONTENT_PATHS.lessonKit, { parser: (text) => [{ id: 'lesson-kit', ...parseYaml(text) }] }),
  schema: lessonKitSchema.extend({ id: z.string() }),
});

export const collections = {
  lessonKit,
  order,
  elements,
  sources,
  layeredDiagram,
  killChain,
  history,
  tour,
  glossary,
  reportingDocuments,
  claims,
  positions,
  costs,
  changes,
  searchRecord,
  spaceInterceptors,
  requirements,
  sections,
  crosswalk,
};
