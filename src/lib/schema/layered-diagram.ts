import { z } from 'astro/zod';
import { PHASES } from '../vocabulary.ts';
import { DIAGRAM_THREATS, DIRECTIONS } from '../vocabulary.ts';

import { elementId, id, passageId, sourceId } from './fields.ts';
const unit = z.number().min(0).max(1);
/** A point in diagram coordinates: [range, height], both 0..1 (src/diagrams/layers/frame.ts). */
const framePoint = z.tuple([unit, unit]);

/** The kinds of mark the diagram can draw; each has its own shape so colour is never the only cue. */
export const MARK_KINDS = ['satellite', 'space-interceptor', 'strike', 'effect', 'ground-interceptor', 'defended'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** A flight phase drawn as a band across the frame. */
export const phaseBandSchema = z.object({
  phase: z.enum(PHASES),
  /** Range where the band starts and ends (0..1). */
  from: unit,
  to: unit,
  /** Label in the wide layout. */
  label: z.string().min(1),
  /**
   * The same name for narrow screens, in one or more lines (a long word may break at its hyphen:
   * ["Pre-", "launch"]); never a truncation: a unit test checks the lines spell the label.
   */
  shortLabel: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /** Typical duration for an ICBM, as the source gives it. */
  duration: z.string().min(1),
  /** Source id of the duration (none for "before launch"). */
  source: sourceId.optional(),
  /** The source's words, quoted in the table and hover text. */
  sourceQuote: z.string().optional(),
});

/** One element drawn where it acts. */
export const markSchema = z.object({
  element: elementId,
  kind: z.enum(MARK_KINDS),
  /** Where the mark sits. */
  at: framePoint,
  /** How many glyphs to draw (a constellation), spaced `spread` apart in range. */
  count: z.number().int().min(1).max(5).default(1),
  spread: z.number().min(0).max(0.2).default(0),
  /**
   * For interceptors: the range at which a dashed fly-out line meets the ballistic path (the
   * height comes from the path itself, so the line always ends on it).
   */
  intercept: unit.optional(),
  /** The annotation's lines (wide layout). */
  label: z.array(z.string().min(1)).min(1).max(3),
  /** Sides to try first when placing the label. */
  prefer: z.array(z.enum(DIRECTIONS)).default([]),
});

/** Why a drawn element fades for a threat, with its source (a source id or a passage of the order). */
export const fadeSchema = z
  .object({
    threat: z.enum(DIAGRAM_THREATS),
    element: elementId,
    /** One line, shown under the diagram and in the element's tooltip. */
    reason: z.string().min(1).max(200),
    source: sourceId.optional(),
    passage: passageId.optional(),
  })
  .refine((fade) => Boolean(fade.source) !== Boolean(fade.passage), { message: 'give exactly one of source or passage' });

/** content/diagrams/layered-defense.yaml */
export const layeredDiagramSchema = z.object({
  id,
  title: z.string().min(1),
  /** What the picture exaggerates; shown on the diagram and under it. */
  notToScale: z.string().min(1),
  launch: unit,
  target: unit,
  atmosphereTop: unit,
  lowOrbit: unit,
  higherOrbit: unit,
  phases: z.array(phaseBandSchema).length(PHASES.length),
  marks: z.array(markSchema).min(1),
  /** Elements that act across the chain: listed in the side key, not drawn. */
  key: z.array(elementId),
  fades: z.array(fadeSchema),
});

export type LayeredDiagramData = z.infer<typeof layeredDiagramSchema>;
export type MarkData = z.infer<typeof markSchema>;
export type FadeData = z.infer<typeof fadeSchema>;
