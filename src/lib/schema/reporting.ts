import { z } from 'astro/zod';

import { documentId, id, partialDate, passageId, sourceId } from './fields.ts';

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

/**
 * Verdicts on what a document says the order says (the rubric is in docs/CONTENT.md):
 * `in-order`: everything the claim asserts is in the order's text, and any words given as the
 * order's are its words; `partly`: the core is in the text, but the claim adds or changes
 * something (emphasis, scope, actor, timing, a commitment) that the text does not say;
 * `not-in-order`: later events, commentary, interpretation or prediction the text does not
 * contain; `misstates`: the text says otherwise, or words given as the order's are not its words.
 */
export const ORDER_VERDICTS = ['in-order', 'partly', 'not-in-order', 'misstates'] as const;
/**
 * Verdicts on a document's quotation of a person, compared with a source we rely on:
 * `quote-matches`: the words match that source; `misquotes`: they differ in wording or meaning;
 * `unconfirmed`: no source we rely on reports the words.
 */
export const QUOTE_VERDICTS = ['quote-matches', 'misquotes', 'unconfirmed'] as const;
export const VERDICTS = [...ORDER_VERDICTS, ...QUOTE_VERDICTS] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Verdicts that make a document unreliable as a source: it misstates the order or misquotes a person. */
export const UNRELIABLE_VERDICTS: readonly Verdict[] = ['misstates', 'misquotes'];

/**
 * One statement a document makes (content/reporting/claims.yaml): about what the order says
 * (`about: order`, compared with the order's text), or a quotation of a person (`about: person`,
 * compared with a source we rely on).
 */
export const claimSchema = z
  .object({
    /** Anchor on /reporting/. */
    id,
    document: documentId,
    about: z.enum(['order', 'person']).default('order'),
    /** A short exact quote from the document (white space folded when checked). */
    quote: z.string().min(1).max(300),
    /** What the document says, in neutral words. */
    claim: z.string().min(1),
    verdict: z.enum(VERDICTS),
    /** The order's paragraphs that say it (in-order, partly) or say otherwise (misstates). */
    passages: z.array(passageId).default([]),
    /** A source that confirms or refutes it; for a quotation of a person, the source compared. */
    source: sourceId.optional(),
    /** For a quotation of a person: who is quoted. */
    speaker: z.string().min(1).optional(),
    /** For a quotation of a person: the words as the compared source reports them. */
    sourceWords: z.string().min(1).optional(),
    /** One or two neutral sentences comparing the texts. */
    explanation: z.string().min(1),
  })
  .strict()
  .refine((claim) => claim.about === 'person' || ORDER_VERDICTS.includes(claim.verdict as (typeof ORDER_VERDICTS)[number]), {
    message: `a claim about the order takes one of ${ORDER_VERDICTS.join(', ')}`,
    path: ['verdict'],
  })
  .refine((claim) => claim.about === 'order' || QUOTE_VERDICTS.includes(claim.verdict as (typeof QUOTE_VERDICTS)[number]), {
    message: `a quotation of a person takes one of ${QUOTE_VERDICTS.join(', ')}`,
    path: ['verdict'],
  })
  .refine((claim) => claim.about === 'order' || Boolean(claim.speaker), {
    message: 'a quotation of a person names the speaker',
    path: ['speaker'],
  })
  .refine((claim) => claim.about === 'order' || claim.verdict === 'unconfirmed' || Boolean(claim.source), {
    message: 'a quotation of a person that matches or misquotes names the source it is compared with',
    path: ['source'],
  })
  .refine((claim) => claim.about === 'order' || claim.verdict === 'unconfirmed' || claim.sourceWords, {
    message: 'give the words as the compared source reports them',
    path: ['sourceWords'],
  })
  .refine((claim) => !['in-order', 'partly', 'misstates'].includes(claim.verdict) || claim.passages.length > 0, {
    message: 'a claim that is in the order, partly in it, or misstates it, must name the passages',
    path: ['passages'],
  });

export type ReportingDocument = z.infer<typeof reportingDocumentSchema>;
export type Claim = z.infer<typeof claimSchema>;
