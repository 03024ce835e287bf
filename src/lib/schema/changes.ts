import { z } from 'astro/zod';
import { fullDate } from './fields.ts';

/**
 * One dated change to the site's content (content/changes/changes.yaml), listed on /changes/ and
 * in the Atom feed /changes.xml. Newest first.
 */
export const changeSchema = z
  .object({
    /** Stable id: the feed entry's id and the anchor on /changes/. Never change it. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    date: fullDate,
    title: z.string().min(1).max(120),
    /** What changed and why, in a few plain sentences. */
    summary: z.string().min(1),
    /** The pages it changed: site paths, optionally with an anchor ("/reporting/#debate"). */
    pages: z.array(z.string().regex(/^\/[\w\-./]*(#[\w-]+)?$/, 'a site path such as /reporting/ or /reporting/#debate')).min(1),
  })
  .strict();

export type Change = z.infer<typeof changeSchema>;

/**
 * When each content file was last checked against its sources (content/checked.yaml): a map
 * from the file's path (relative to content/) to a date. Every content file has an entry.
 */
export const checkedSchema = z.record(z.string().regex(/^[\w\-./]+\.(ya?ml|mdx|txt|json)$/), fullDate);

/**
 * How current the record is (content/history/searched.yaml): when developments were last searched
 * for and through what date, what was searched, and any known gap in what the search could reach.
 */
export const searchRecordSchema = z
  .object({
    /** The day of the search. */
    searchedOn: fullDate,
    /** Developments were searched for up to this date. */
    through: fullDate,
    /** What was searched, in a sentence. */
    scope: z.string().min(1),
    /** What the search could not reach, if anything. */
    gap: z.string().min(1).optional(),
  })
  .strict()
  .refine((record) => record.through <= record.searchedOn, {
    message: 'cannot have searched through a date after the search',
    path: ['through'],
  });

export type SearchRecord = z.infer<typeof searchRecordSchema>;
