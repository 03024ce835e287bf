import { z } from 'astro/zod';

import { id, sourceId } from './fields.ts';

/** A published figure shown beside the explorable's answer, with the attack it was sized for. */
export const referencePointSchema = z
  .object({
    id,
    label: z.string().min(1),
    /** Interceptors in orbit. */
    value: z.number().int().positive(),
    /** The source gives a lower bound ("at least"). */
    atLeast: z.boolean().default(false),
    /** The attack the figure was sized for, so readers do not compare it with one missile by mistake. */
    sizedFor: z.string().min(1),
    /** What the source says, our words or quoted (quotes in “ ”). */
    text: z.string().min(1),
    source: sourceId,
    /** Where we read the figure, when that is another document. */
    via: sourceId.optional(),
  })
  .strict();

/** content/diagrams/space-interceptors.yaml */
export const explorerSchema = z
  .object({
    id,
    title: z.string().min(1),
    references: z.array(referencePointSchema).min(1),
  })
  .strict();

export type ReferencePointData = z.infer<typeof referencePointSchema>;
