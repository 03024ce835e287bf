import { z } from 'astro/zod';
import { LAYERS, PHASES, THREATS } from '../vocabulary.ts';
import { elementId, id, orderQuote, passageId, sourceId } from './fields.ts';

/** One citation of the order: the passage id and a quote that must appear in it word for word. */
export const citeSchema = orderQuote(
  z.object({
    /** Paragraph id of the order (`sec-3-a-iii`); must exist. */
    passage: passageId,
    /** Words copied from that paragraph; checked at build (white space folded). */
    quote: z.string().min(1),
  }),
);

/** A statement from a secondary source that puts the element in context. */
export const contextSchema = z.object({
  source: sourceId,
  /** What the source says, in our words or quoted (quotes in “ ”). */
  text: z.string().min(1),
});

/** A real program that implements or relates to the element, with the source that says so. */
export const programSchema = z.object({
  /** The program's name ("Hypersonic and Ballistic Tracking Space Sensor (HBTSS)"). */
  name: z.string().min(1),
  source: sourceId,
  /** One sentence on what it is or where it stands, supported by the source. */
  note: z.string().min(1),
});

/**
 * Frontmatter of an architecture element (content/elements/<id>.mdx). The MDX body explains the
 * element for a student: what it is, which phase it acts in, why it is hard, which programs exist.
 */
export const elementSchema = z.object({
  /** Must equal the file name; used in URLs (`/elements/<id>/`, `?element=<id>`). */
  id,
  /** Short name shown on diagrams and in headings. */
  title: z.string().min(1).max(60),
  /** One or two plain sentences; shown in panels, tooltips and lists. */
  summary: z.string().min(1).max(280),
  /** Where the element sits in the layered concept. */
  layer: z.enum(LAYERS),
  /** Flight phases the element acts in; empty for cross-cutting and policy elements. */
  phases: z.array(z.enum(PHASES)),
  /** Threat types the element concerns. */
  threats: z.array(z.enum(THREATS)).min(1),
  /** Where along the flight the element comes: orders lists, previous/next and focus order. */
  sequence: z.number().int().nonnegative(),
  /** The order's text that requires or grounds this element; at least one. */
  cites: z.array(citeSchema).min(1, 'an element must cite at least one passage of the order'),
  /**
   * Set when the layered concept goes beyond the order's words (the order never says
   * "midcourse"): says plainly what the order does not say.
   */
  beyondText: z.string().optional(),
  /** Secondary sources that put the element in context. */
  context: z.array(contextSchema).default([]),
  /** Real programs, each with its source. */
  programs: z.array(programSchema).default([]),
  /** Ids of related elements. */
  related: z.array(elementId).default([]),
});

export type ElementData = z.infer<typeof elementSchema>;
export type Cite = z.infer<typeof citeSchema>;
