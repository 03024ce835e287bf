import { z } from 'astro/zod';

/**
 * A source the site cites for anything that is not the order's own text
 * (content/sources/sources.yaml). One entry per document.
 */
export const sourceSchema = z.object({
  /** Stable id, referenced from elements (`context`, `programs`) and other content. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens'),
  /** The document's title, as published. */
  title: z.string().min(1),
  /** Who published it (agency, outlet, society). */
  publisher: z.string().min(1),
  /** Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as is known. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD'),
  /** Where to read it, when a stable address is known. */
  url: z.url().optional(),
  /**
   * `primary`: the order itself or an official document of the government body concerned
   * (CBO, CRS, MDA, the White House). `secondary`: reporting, commentary, studies about it.
   */
  standing: z.enum(['primary', 'secondary']),
  /** What kind of document it is; shown next to the title. */
  kind: z.enum(['order', 'government', 'congressional', 'study', 'reporting', 'commentary']),
  /** Anything a reader should know about how we use it (e.g. "as reported by ..."). */
  note: z.string().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
