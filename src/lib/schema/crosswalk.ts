import { z } from 'astro/zod';

import { id, sourceId } from './fields.ts';

/** One way of naming the layers, with its source and whether it is official. */
export const taxonomySchema = z.object({
  id,
  name: z.string().min(1),
  source: sourceId,
  status: z.enum(['official', 'reported', 'notional']),
  /** Says in words whether it is official, shown with the taxonomy. */
  statusText: z.string().min(1),
  layers: z.array(z.object({ id, label: z.string().min(1) })).min(1),
});

/** content/diagrams/crosswalk.yaml: three taxonomies and the links between their layers. */
export const crosswalkSchema = z.object({
  id,
  title: z.string().min(1),
  taxonomies: z.array(taxonomySchema).min(2),
  links: z
    .array(
      z.object({
        /** `taxonomy:layer` */
        from: z.string().regex(/^[a-z0-9-]+:[a-z0-9-]+$/),
        to: z.string().regex(/^[a-z0-9-]+:[a-z0-9-]+$/),
        /** Why the two names correspond, in a sentence. */
        why: z.string().min(1),
      }),
    )
    .min(1),
});

export type CrosswalkData = z.infer<typeof crosswalkSchema>;
