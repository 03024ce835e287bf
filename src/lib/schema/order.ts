import { z } from 'astro/zod';

/** One paragraph of the order, as parseOrderText (src/lib/order.ts) reads it from the official text. */
export const paragraphSchema = z.object({
  id: z.string(),
  label: z.string(),
  text: z.string(),
  parent: z.string().nullable(),
  position: z.number(),
});
