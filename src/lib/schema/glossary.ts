import { z } from 'astro/zod';

import { id, passageId, sourceId, termId } from './fields.ts';

/** One glossary term (content/glossary/terms.yaml). */
export const termSchema = z.object({
  /** Anchor on /glossary/ (`#<id>`). */
  id,
  term: z.string().min(1),
  /** Lower-case phrases that mark the term in prose (the term itself included). */
  aliases: z.array(z.string().min(2)).default([]),
  /** Plain words, at most about three sentences. */
  definition: z.string().min(1).max(450),
  /** Required when the definition states a fact. */
  source: sourceId.optional(),
  /** A paragraph of the order where the term appears. */
  passage: passageId.optional(),
  related: z.array(termId).default([]),
});

export type Term = z.infer<typeof termSchema>;
