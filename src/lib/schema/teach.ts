import { z } from 'astro/zod';
import { citeSchema } from './element.ts';

import { diagramId, id, passageId, positionId, sourceId } from './fields.ts';
/** An analyst's finding beside the two sides: our words, and the analyst's source (marked `analyst`). */
const finding = z.object({ text: z.string().min(1), source: sourceId }).strict();

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

/** The kinds of part a lesson is made of; a lesson opens with a warm-up and closes with an exit ticket. */
export const SEGMENT_KINDS = ['warm-up', 'activity', 'discussion', 'exit-ticket'] as const;
export const SEGMENT_KIND_LABELS: Record<(typeof SEGMENT_KINDS)[number], string> = {
  'warm-up': 'Warm-up',
  activity: 'Activity',
  discussion: 'Discussion',
  'exit-ticket': 'Exit ticket',
};

/** One prompt of the student worksheet; its answer is printed only on the answer key. */
const task = z
  .object({
    prompt: z.string().min(1),
    /** Writing lines left under the prompt on the worksheet. */
    lines: z.number().int().min(1).max(6),
    answer: z.string().min(1),
    /** The order's words that support the answer (checked word for word). */
    cite: citeSchema.optional(),
  })
  .strict();

/** A timed part of the lesson: what the teacher does, and the students' tasks. */
const segment = z
  .object({
    kind: z.enum(SEGMENT_KINDS),
    title: z.string().min(1),
    minutes: z.number().int().positive(),
    /** With `kind: activity`: the diagram id of one of the kit's `activities`. */
    activity: id.optional(),
    /** With `kind: discussion`: the id of one of the kit's `questions`. */
    question: id.optional(),
    teacher: z.string().min(1),
    tasks: z.array(task).min(1),
  })
  .strict()
  .refine((part) => part.kind !== 'activity' || part.activity, { message: 'an activity part names its `activity`', path: ['activity'] })
  .refine((part) => part.kind !== 'discussion' || part.question, { message: 'a discussion part names its `question`', path: ['question'] });

/** A lesson that runs: its parts, whose minutes add up to the lesson's, warm-up first and exit ticket last. */
export const lessonSchema = z
  .object({
    title: z.string().min(1),
    minutes: z.number().int().positive(),
    segments: z.array(segment).min(3),
  })
  .strict()
  .superRefine((lesson, context) => {
    const total = lesson.segments.reduce((sum, part) => sum + part.minutes, 0);
    if (total !== lesson.minutes)
      context.addIssue({
        code: 'custom',
        path: ['segments'],
        message: `the parts' minutes add up to ${total}, not the lesson's ${lesson.minutes}`,
      });
    if (lesson.segments[0]?.kind !== 'warm-up')
      context.addIssue({ code: 'custom', path: ['segments', 0, 'kind'], message: 'a lesson opens with a warm-up' });
    if (lesson.segments.at(-1)?.kind !== 'exit-ticket')
      context.addIssue({
        code: 'custom',
        path: ['segments', lesson.segments.length - 1, 'kind'],
        message: 'a lesson closes with an exit ticket',
      });
  });

/** The lesson kit (content/teach/lesson-kit.yaml): objectives, an activity per diagram, a 50-minute lesson, discussion and a quiz. */
export const lessonKitSchema = z.object({
  objectives: z.array(z.object({ text: z.string().min(1) }).strict()).min(3),
  standards: z.array(standard).default([]),
  activities: z
    .array(
      z
        .object({
          diagram: diagramId,
          title: z.string().min(1),
          minutes: z.number().int().positive(),
          /** Ids of the order's paragraphs the diagram shows (quoted on its page in the course cartridge). */
          passages: z.array(passageId).min(1),
          /** Ids in `standards`. */
          standards: z.array(id).default([]),
          steps: z.array(z.string().min(1)).min(2),
          question: z.string().min(1),
        })
        .strict(),
    )
    .min(1),
  lesson: lessonSchema,
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
          supporters: z.array(positionId).min(1),
          critics: z.array(positionId).min(1),
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
          passage: passageId.optional(),
          source: sourceId.optional(),
        })
        .strict()
        .refine((item) => item.answer < item.options.length, { message: 'the answer must be one of the options', path: ['answer'] }),
    )
    .min(3),
});

export type LessonKit = z.infer<typeof lessonKitSchema>;
export type Standard = z.infer<typeof standard>;
export type Lesson = z.infer<typeof lessonSchema>;
export type LessonSegment = Lesson['segments'][number];
