import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9-]+$/);
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** A reporting or commentary document the site checks against the order (content/reporting/documents.yaml). */
export const reportingDocumentSchema = z.object({
  id,
  /** Path of the document's text, relative to content/reporting/ (never shown whole on the site). */
  file: z.string().regex(/^texts\/[\w.-]+\.txt$/),
  title: z.string().min(1),
  kind: z.enum(['news', 'commentary']),
  /** Publication date when known; null for undated documents (then dateNote says what is known). */
  date: partialDate.nullable(),
  dateNote: z.string().optional(),
  note: z.string().min(1),
});

export const VERDICTS = ['in-order', 'not-in-order', 'misstates'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One statement a document makes about the order, compared with the order's text (content/reporting/claims.yaml). */
export const claimSchema = z
  .object({
    /** Anchor on /reporting/. */
    id,
    /** Id in documents.yaml. */
    document: id,
    /** A short exact quote from the document (white space folded when checked). */
    quote: z.string().min(1).max(300),
    /** What the document says the order says, in neutral words. */
    claim: z.string().min(1),
    verdict: z.enum(VERDICTS),
    /** The order's paragraphs that say it (in-order) or say otherwise (misstates). */
    passages: z.array(id).default([]),
    /** A source that confirms or refutes it (id in content/sources/sources.yaml). */
    source: id.optional(),
    /** One or two neutral sentences comparing the texts. */
    explanation: z.string().min(1),
  })
  .refine((claim) => claim.verdict === 'not-in-order' || claim.passages.length > 0, {
    message: 'a claim that is in the order, or misstates it, must name the passages',
    path: ['passages'],
  });

export const STANCES = ['supports', 'accepts', 'mixed', 'cautious', 'critical'] as const;
export const POSITION_GROUPS = ['us-government', 'supporters', 'critics', 'cost-estimators', 'russia', 'china', 'allies'] as const;

/** Who argues what (content/debate/positions.yaml): a source id, or a reporting document with an exact quote. */
export const positionSchema = z
  .object({
    id,
    actor: z.string().min(1),
    group: z.enum(POSITION_GROUPS),
    stance: z.enum(STANCES),
    date: partialDate.nullable(),
    dateNote: z.string().optional(),
    summary: z.string().min(1),
    quote: z.string().optional(),
    source: id.optional(),
    document: id.optional(),
  })
  .refine((position) => Boolean(position.source) !== Boolean(position.document), { message: 'give exactly one of source or document' })
  .refine((position) => !position.document || Boolean(position.quote), { message: 'a position from a reporting document needs its exact quote', path: ['quote'] });

export type ReportingDocument = z.infer<typeof reportingDocumentSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Position = z.infer<typeof positionSchema>;
