import { z } from 'astro/zod';
import { citeSchema } from './element.ts';
import { DIAGRAM_THREATS } from '../vocabulary.ts';

import { elementId, id, sourceId } from './fields.ts';

/** One step of the guided tour (content/tour/steps.yaml). */
export const tourStepSchema = z.object({
  /** Anchor of the step on /tour/ (`#step-<id>`). */
  id,
  title: z.string().min(1).max(60),
  /** Plain text; quotes in double quotes are the order's or a named source's words. */
  text: z.string().min(1),
  /** The passages the step explains; checked word for word at build. */
  cites: z.array(citeSchema).min(1),
  /** Sources of facts in the text. */
  sources: z.array(sourceId).default([]),
  /** Show, after the text, the sentence spanning every published cost estimate (src/lib/costs.ts). */
  costSummary: z.boolean().default(false),
  /** The diagram's view at this step. */
  view: z.object({
    threat: z.enum(DIAGRAM_THREATS),
    /** Element ids to emphasise; the others are dimmed. Empty: nothing dimmed. */
    emphasise: z.array(elementId).default([]),
    /** Where the threat is along its path, 0..1. */
    progress: z.number().min(0).max(1),
  }),
});

export type TourStep = z.infer<typeof tourStepSchema>;

/** One choice of a self-check question: its words, whether it is the right one, and why. */
const selfCheckOption = z
  .object({
    text: z.string().min(1).max(80),
    correct: z.boolean().default(false),
    /** Shown when the option is chosen: starts by saying whether it is right. */
    why: z.string().min(1),
  })
  .strict();

/** A question of the tour's closing self-check; `cite` is the order's words that settle it (checked word for word). */
export const selfCheckQuestionSchema = z
  .object({
    id,
    question: z.string().min(1),
    options: z.array(selfCheckOption).min(2).max(4),
    cite: citeSchema,
  })
  .strict()
  .refine((question) => question.options.filter((option) => option.correct).length === 1, {
    message: 'exactly one option must be correct',
    path: ['options'],
  });

/** The whole tour file: the steps, what they showed, and the self-check that closes it. */
export const tourSchema = z
  .object({
    steps: z.array(tourStepSchema).min(1),
    summary: z.array(z.string().min(1)).min(2).max(6),
    selfCheck: z.array(selfCheckQuestionSchema).min(3).max(4),
  })
  .strict();

export type SelfCheckQuestion = z.infer<typeof selfCheckQuestionSchema>;
export type Tour = z.infer<typeof tourSchema>;
