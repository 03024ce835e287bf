/**
 * The fields content schemas share: ids, dates as precise as the source says, references to other
 * content, and quotes of the order. A reference is typed by what it names (`sourceId`, not a bare
 * string) and registered in `contentFields` with its kind, as is every quote of the order, so one
 * walker (src/lib/content/walk.ts) finds them in every collection, whatever the schema's shape, and
 * the content check reports each unknown id and each quote that is not word for word.
 */
import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: a new schema each call, so each reference kind registers its own. */
const slug = () => z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens');

/** An entry's own id (an anchor, a URL part): stable, never renamed. */
export const id = slug();

/** What a reference names; src/lib/content/table.ts says which collection (or the registry) holds each. */
export const REFERENCE_KINDS = ['source', 'passage', 'element', 'diagram', 'term', 'position', 'document', 'event'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export type FieldMeta = { reference: ReferenceKind } | { quote: 'order' };
export const contentFields = z.registry<FieldMeta>();

const reference = (kind: ReferenceKind) => slug().register(contentFields, { reference: kind });
/** Id of an entry in content/sources/sources.yaml. */
export const sourceId = reference('source');
/** Paragraph id of the order (`sec-3-a-iii`). */
export const passageId = reference('passage');
/** Id of an architecture element (content/elements/<id>.mdx). */
export const elementId = reference('element');
/** Id of a diagram in src/diagrams/registry.ts. */
export const diagramId = reference('diagram');
/** Id of a glossary term (content/glossary/terms.yaml). */
export const termId = reference('term');
/** Id of a debate position (content/debate/positions.yaml). */
export const positionId = reference('position');
/** Id of a reporting document (content/reporting/documents.yaml). */
export const documentId = reference('document');
/** Id of a history event (content/history/events.yaml). */
export const eventId = reference('event');

/** Marks an object `{ passage, quote, … }` as a quote of the order: `quote` must be word for word in `passage`. */
export function orderQuote<T extends z.ZodObject>(schema: T): T {
  (schema as z.ZodObject).register(contentFields, { quote: 'order' });
  return schema;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether a date of the DATE form names a real month and day (no 2025-13, no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return true; // the pattern's own message says what is wrong
  const [, year, month, day] = match.map(Number);
  if (match[2] && (month < 1 || month > 12)) return false;
  return !match[3] || (day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
}

const calendarDate = (pattern: RegExp, form: string) =>
  z
    .string()
    .regex(pattern, `dates are ${form}`)
    .refine(isCalendarDate, { error: (issue) => `"${String(issue.input)}" is not a date on the calendar` });

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source, and a real date. */
export const partialDate = calendarDate(DATE, 'YYYY, YYYY-MM or YYYY-MM-DD');
/** `YYYY-MM-DD`, a real date. */
export const fullDate = calendarDate(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
