import { z } from 'astro/zod';
import { PHASES } from '../vocabulary.ts';
import { DIAGRAM_THREATS, DIRECTIONS, type DiagramThreat } from '../vocabulary.ts';

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
  /**
   * The ballistic missile's (an ICBM's) time in this phase, as the source gives it; without a
   * `source` ("before launch") it is no time at all and holds for every threat.
   */
  duration: z.string().min(1),
  /** Source id of the duration (none for "before launch"). */
  source: sourceId.optional(),
  /** The source's words, quoted in the table and hover text. */
  sourceQuote: z.string().optional(),
});

/** The threats other than the ballistic missile, whose phases `threatPhases` names and times. */
export const OTHER_DIAGRAM_THREATS = ['hypersonic', 'cruise'] as const satisfies readonly Exclude<DiagramThreat, 'ballistic'>[];

/**
 * A phase as another threat flies it, where it differs from the ballistic missile's: a name of its
 * own (a source's, or a plain description) and a time only where a source gives one for this threat.
 */
export const threatPhaseSchema = z
  .object({
    /** The phase's name for this threat (wide layout), with `shortLabel` for narrow screens. */
    label: z.string().min(1).optional(),
    shortLabel: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    /** Where the name is a source's: its id and its words. */
    nameSource: sourceId.optional(),
    nameQuote: z.string().min(1).optional(),
    /** This threat's own time in the phase, with its source and the source's words (all three or none). */
    duration: z.string().min(1).optional(),
    source: sourceId.optional(),
    sourceQuote: z.string().min(1).optional(),
  })
  .strict()
  .refine((phase) => (phase.label === undefined) === (phase.shortLabel === undefined), {
    message: 'give label and shortLabel together',
  })
  .refine((phase) => (phase.nameSource === undefined) === (phase.nameQuote === undefined), {
    message: 'give nameSource and nameQuote together',
  })
  .refine((phase) => new Set([phase.duration, phase.source, phase.sourceQuote].map((value) => value === undefined)).size === 1, {
    message: "a time needs its source and the source's words: give duration, source and sourceQuote together",
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
  /** Each other threat's phases, where they differ from the ballistic missile's (every such threat is required). */
  threatPhases: z.record(z.enum(OTHER_DIAGRAM_THREATS), z.partialRecord(z.enum(PHASES), threatPhaseSchema)),
  /** What a band says in place of a time, for a threat no source gives that phase's time for. */
  unsourcedTime: z.string().min(1),
  /**
   * Said under the picture and with the phase lists, for every threat with such a band: that the
   * sources give the phase times for a ballistic missile only.
   */
  unsourcedNote: z.string().min(1),
  marks: z.array(markSchema).min(1),
  /** Elements that act across the chain: listed in the side key, not drawn. */
  key: z.array(elementId),
  fades: z.array(fadeSchema),
});

export type LayeredDiagramData = z.infer<typeof layeredDiagramSchema>;
export type MarkData = z.infer<typeof markSchema>;
export type FadeData = z.infer<typeof fadeSchema>;
export type ThreatPhaseData = z.infer<typeof threatPhaseSchema>;
