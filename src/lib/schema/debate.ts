import { z } from 'astro/zod';

import { id, partialDate, sourceId } from './fields.ts';

/**
 * Where a voice sits in the debate. `us-government`: the administration and the program;
 * `supporters` and `critics`: others who argue a side; `foreign-governments`: official statements
 * of other states; `analysis`: nonpartisan analysts (CBO, CRS, GAO, the National Academies, a
 * scientific society's study group), who are never a side.
 */
export const DEBATE_GROUPS = ['us-government', 'supporters', 'critics', 'foreign-governments', 'analysis'] as const;
export type DebateGroup = (typeof DEBATE_GROUPS)[number];

/** What a position says of the program. `analysis` is for nonpartisan analysts only. */
export const STANCES = ['supports', 'critical', 'mixed', 'accepts', 'analysis'] as const;
export type Stance = (typeof STANCES)[number];

/** What a side's position does: argue the substance, or announce (a decision, figure, plan or verdict). */
export const POSITION_KINDS = ['argument', 'announcement'] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

/**
 * One position in the debate (content/debate/positions.yaml): a named person or organisation, in
 * their own words where we have them, dated, with a source that names its publisher. The rules
 * beyond the schema (named, sourced from a source we have not flagged, analysts as analysis,
 * balance) are checked in src/lib/content/debate-check.ts.
 */
export const positionSchema = z
  .object({
    /** Anchor on /reporting/ (`#<id>`). */
    id,
    /** The person who said it; omitted when an organisation speaks as a body (a joint statement, a study). */
    person: z.string().min(1).optional(),
    /** The person's role when they said it ("Prime Minister of Canada"); omitted with `person`. */
    role: z.string().min(1).optional(),
    /** The organisation, written out ("Congressional Budget Office", "Ministry of Foreign Affairs of China"). */
    organisation: z.string().min(1),
    group: z.enum(DEBATE_GROUPS),
    stance: z.enum(STANCES),
    /** When it was said or published. */
    date: partialDate,
    /** The argument in our neutral words: what they say, not whether they are right. */
    summary: z.string().min(1),
    /** Their own words, exactly as the source gives them. */
    quote: z.string().min(1).optional(),
    /** The document the position comes from. */
    source: sourceId,
    /** Where we read the words, when that is another document (a report that quotes `source`). */
    via: sourceId.optional(),
    /**
     * What a supporter's or critic's position does (required for them, src/lib/content/debate-check.ts):
     * `argument` argues the substance (why the program is or is not sound: threats, deterrence,
     * physics, cost exchange, oversight); `announcement` states a decision, a figure, a plan or a
     * verdict without the reasons. Each side needs at least one argument.
     */
    kind: z.enum(POSITION_KINDS).optional(),
    /**
     * A position from before the program began (2025), kept as history (e.g. a 2003 study): the
     * only ones whose date or source may be older than PROGRAM_START_YEAR.
     */
    historical: z.boolean().default(false),
  })
  .strict()
  .refine((position) => Boolean(position.person) === Boolean(position.role), {
    message: 'a person needs a role, and a role needs a person',
    path: ['role'],
  });

export type Position = z.infer<typeof positionSchema>;

/**
 * One published estimate of what Golden Dome, or a part of it, would cost
 * (content/debate/costs.yaml). Estimates cover different systems and periods; `covers` says what.
 */
export const costEstimateSchema = z
  .object({
    id,
    /** Who made the estimate, written out. */
    estimator: z.string().min(1),
    /** Short name in tables and summaries ("CBO", "AEI"). */
    short: z.string().min(1).max(40),
    /** `program`: the administration or the program office; `analyst`: a nonpartisan analyst; `independent`: others. */
    kind: z.enum(['program', 'analyst', 'independent']),
    date: partialDate,
    /** Billions of US dollars: the figure, or the low end of a range. */
    low: z.number().positive(),
    /** The high end of a range; absent for a single figure. */
    high: z.number().positive().optional(),
    /** "2025 dollars", or "not stated". */
    dollars: z.string().min(1),
    /** What the estimate covers: the system and the period. */
    covers: z.string().min(1),
    source: sourceId,
  })
  .strict()
  .refine((estimate) => estimate.high === undefined || estimate.high > estimate.low, { message: 'high must be above low', path: ['high'] });

export type CostEstimate = z.infer<typeof costEstimateSchema>;
