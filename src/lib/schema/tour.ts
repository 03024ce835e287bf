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
