import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9-]+$/);
/** An analyst's finding beside the two sides: our words, and the analyst's source (marked `analyst`). */
const finding = z.object({ text: z.string().min(1), source: id }).strict();

/**
 * A standard an activity or a discussion question aligns with, in the standard's own words:
 * `fit` says whether the kit does what it asks (`addresses`) or only gives practice towards it
 * (`supports`), and `how` says how (and, for `supports`, what is missing).
 */
const standard = z
  .object({
    id,
    framework: z.enum(['C3', 'NGSS']),
    code: z.string().min(1),
    statement: z.string().min(1),
    fit: z.enum(['addresses', 'supports']),
    how: z.string().min(1),
  })
  .strict();

/** The lesson kit (content/teach/lesson-kit.yaml): objectives, an activity per diagram, discussion and a quiz. */
export const lessonKitSchema = z.object({
  objectives: z.array(z.object({ text: z.string().min(1) }).strict()).min(3),
  standards: z.array(standard).default([]),
  activities: z
    .array(
      z
        .object({
          /** Id in src/diagrams/registry.ts. */
          diagram: id,
          title: z.string().min(1),
          minutes: z.number().int().positive(),
          /** Ids of the order's paragraphs the diagram shows (quoted on its page in the course cartridge). */
          passages: z.array(id).min(1),
          /** Ids in `standards`. */
          standards: z.array(id).default([]),
          steps: z.array(z.string().min(1)).min(2),
          question: z.string().min(1),
        })
        .strict(),
    )
    .min(1),
  /**
   * Discussion questions. Each side is a list of position ids (content/debate/positions.yaml), so
   * every argument has a named speaker, a date and a source; analysts' findings sit beside them.
   */
  questions: z
    .array(
      z
        .object({
          id,
          question: z.string().min(1),
          /** Ids in `standards`. */
          standards: z.array(id).default([]),
          supporters: z.array(id).min(1),
          critics: z.array(id).min(1),
          analysis: z.array(finding).default([]),
        })
        .strict(),
    )
    .min(1),
  quiz: z
    .array(
      z
        .object({
          id,
          question: z.string().min(1),
          options: z.array(z.string().min(1)).min(2),
          /** 0-based index of the right option. */
          answer: z.number().int().nonnegative(),
          explanation: z.string().min(1),
          passage: id.optional(),
          source: id.optional(),
        })
        .strict()
        .refine((item) => item.answer < item.options.length, { message: 'the answer must be one of the options', path: ['answer'] }),
    )
    .min(3),
});

export type LessonKit = z.infer<typeof lessonKitSchema>;
export type Standard = z.infer<typeof standard>;
