import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9-]+$/);

/** Who must act, or by when, in our words, with the order's words that say it (checked at build). */
const fromTheOrder = z
  .object({
    text: z.string().min(1),
    passage: id,
    quote: z.string().min(1),
  })
  .strict();

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

/**
 * What is publicly known about a requirement's delivery: dated, sourced reports, or none, with
 * the date we last searched (then the page says "nothing public found").
 */
export const deliverySchema = z
  .object({
    /** When we last searched for public information on this requirement. */
    searched: isoDate,
    known: z
      .array(
        z
          .object({
            date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
            /** What was reported, in neutral words. */
            text: z.string().min(1),
            /** Id in content/sources/sources.yaml. */
            source: id,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/** One requirement of the order (content/matrix/requirements.yaml). */
export const requirementSchema = z.object({
  /** The paragraph that states the requirement. */
  passage: id,
  /** What it requires, in a line. */
  does: z.string().min(1).max(140),
  who: fromTheOrder,
  when: z.union([
    fromTheOrder.extend({ kind: z.enum(['sixty-days', 'after-architecture']) }).strict(),
    z.object({ text: z.string().min(1), kind: z.literal('none') }).strict(),
  ]),
  delivery: deliverySchema,
});

/** What a section of the order does (content/matrix/sections.yaml), for "the order at a glance". */
export const sectionSchema = z.object({
  section: z.string().regex(/^\d+$/),
  /** The paragraph that opens the section. */
  passage: id,
  name: z.string().min(1),
  does: z.string().min(1).max(220),
});

export type Requirement = z.infer<typeof requirementSchema>;
export type SectionSummary = z.infer<typeof sectionSchema>;
