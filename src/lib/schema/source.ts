import { z } from 'astro/zod';
import { id, partialDate } from './fields.ts';

/**
 * A source the site cites for anything that is not the order's own text
 * (content/sources/sources.yaml). One entry per document. The rules a reader can rely on (title,
 * publisher, date, an address or the reason there is none, primary or secondary) are enforced
 * here; docs/CONTENT.md explains them.
 */
export const sourceSchema = z
  .object({
    /** Stable id, referenced from elements (`context`, `programs`) and other content. */
    id,
    /** The document's title, as published (a headline for news, the report's title for a study). */
    title: z.string().min(1),
    /** The copy we read did not show the document's own title: `title` describes it, and pages show it in brackets. */
    titleDescribed: z.boolean().default(false),
    /** Who published it (agency, outlet, society). */
    publisher: z.string().min(1),
    /** The author or authors, when the document names them. */
    author: z.string().min(1).optional(),
    /** Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as is known. */
    date: partialDate,
    /** What `date` is: when it was published (the default), when the copy we read was archived, or, for an undated page, when we read it. */
    dateKind: z.enum(['published', 'archived', 'read']).default('published'),
    /** Where to read it. */
    url: z.url().optional(),
    /** Why there is no address (e.g. a print article, a speech known from its transcript elsewhere). */
    noUrl: z.string().min(10).optional(),
    /**
     * `primary`: the order itself or an official document of the government body concerned
     * (CBO, CRS, MDA, the White House, a foreign ministry). `secondary`: reporting, commentary,
     * studies about it.
     */
    standing: z.enum(['primary', 'secondary']),
    /** What kind of document it is; shown next to the title. */
    kind: z.enum(['order', 'government', 'congressional', 'study', 'reporting', 'commentary']),
    /**
     * A nonpartisan analyst (CBO, CRS, GAO, the National Academies, a scientific society's study
     * group): its findings are analysis, never a side of the debate (content/debate/positions.yaml).
     */
    analyst: z.boolean().default(false),
    /** Set when our own checks found the source unreliable: why. Positions may not rest on it. */
    flagged: z.string().min(10).optional(),
    /** Anything a reader should know about how we use it (e.g. "as reported by ..."). */
    note: z.string().optional(),
  })
  .strict()
  .refine((source) => Boolean(source.url) !== Boolean(source.noUrl), {
    message: 'give the url, or say in noUrl why there is none (not both)',
    path: ['url'],
  });

export type Source = z.infer<typeof sourceSchema>;
