import { z } from 'astro/zod';

import { fullDate, orderQuote, partialDate, passageId, sourceId } from './fields.ts';

/** Who must act, or by when, in our words, with the order's words that say it (checked at build). */
const fromTheOrder = z
  .object({
    text: z.string().min(1),
    passage: passageId,
    quote: z.string().min(1),
  })
  .strict();

/**
 * What is publicly known about a requirement's delivery: dated, sourced reports, or none, with
 * the date we last searched (then the page says "nothing public found").
 */
export const deliverySchema = z
  .object({
    /** When we last searched for public information on this requirement. */
    searched: fullDate,
    known: z
      .array(
        z
          .object({
            date: partialDate,
            /** What was reported, in neutral words. */
            text: z.string().min(1),
            source: sourceId,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/** One requirement of the order (content/matrix/requirements.yaml). */
export const requirementSchema = z.object({
  /** The paragraph that states the requirement. */
  passage: passageId,
  /** What it requires, in a line. */
  does: z.string().min(1).max(140),
  who: orderQuote(fromTheOrder),
  when: z.union([
    orderQuote(fromTheOrder.extend({ kind: z.enum(['sixty-days', 'after-architecture']) }).strict()),
    z.object({ text: z.string().min(1), kind: z.literal('none') }).strict(),
  ]),
  delivery: deliverySchema,
});

/** What a section of the order does (content/matrix/sections.yaml), for "the order at a glance". */
export const sectionSchema = z.object({
  section: z.string().regex(/^\d+$/),
  /** The paragraph that opens the section. */
  passage: passageId,
  name: z.string().min(1),
  does: z.string().min(1).max(220),
});

export type Requirement = z.infer<typeof requirementSchema>;
export type SectionSummary = z.infer<typeof sectionSchema>;
