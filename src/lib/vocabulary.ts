/**
 * The fixed vocabularies that elements, diagrams and URLs share. Each list is ordered the way the
 * site presents it (flight order for phases). Keep in sync with docs/CONTENT.md.
 */

/** Phases of a missile's flight, in flight order. `pre-launch` is before the missile leaves. */
export const PHASES = ['pre-launch', 'boost', 'midcourse', 'terminal'] as const;
export type Phase = (typeof PHASES)[number];

/** Threat types named by the order (Sec. 1, Sec. 3(a)(i)); `other-aerial` covers "other advanced aerial attacks". */
export const THREATS = ['ballistic', 'hypersonic', 'cruise', 'other-aerial'] as const;
export type Threat = (typeof THREATS)[number];

/**
 * Where an element sits in the layered concept. `cross-cutting` elements act across the whole
 * chain (supply chain, threat assessment, allies); `policy` elements are goals, plans and reviews
 * rather than hardware.
 */
export const LAYERS = ['space-sensor', 'boost-phase', 'midcourse', 'terminal', 'cross-cutting', 'policy'] as const;
export type Layer = (typeof LAYERS)[number];

/**
 * The threats a diagram draws a path for: the order's first three. The fourth, "other advanced
 * aerial attacks", has no single shape of flight.
 */
export const DIAGRAM_THREATS = ['ballistic', 'hypersonic', 'cruise'] as const;
export type DiagramThreat = (typeof DIAGRAM_THREATS)[number];

export const DIAGRAM_THREAT_LABELS: Record<DiagramThreat, string> = {
  ballistic: 'Ballistic missile (ICBM)',
  hypersonic: 'Hypersonic glide vehicle',
  cruise: 'Cruise missile',
};

/** The same, as a noun phrase inside a sentence ("cannot engage a cruise missile"). */
export const DIAGRAM_THREAT_NOUNS: Record<DiagramThreat, string> = {
  ballistic: 'a ballistic missile (ICBM)',
  hypersonic: 'a hypersonic glide vehicle',
  cruise: 'a cruise missile',
};

export const PHASE_LABELS: Record<Phase, string> = {
  'pre-launch': 'Pre-launch',
  boost: 'Boost',
  midcourse: 'Midcourse',
  terminal: 'Terminal',
};

export const THREAT_LABELS: Record<Threat, string> = {
  ballistic: 'Ballistic',
  hypersonic: 'Hypersonic',
  cruise: 'Cruise',
  'other-aerial': 'Other aerial',
};

export const LAYER_LABELS: Record<Layer, string> = {
  'space-sensor': 'Space sensor layer',
  'boost-phase': 'Pre-launch and boost phase',
  midcourse: 'Midcourse',
  terminal: 'Terminal and underlayer',
  'cross-cutting': 'Across the whole chain',
  policy: 'Policy, plans and reviews',
};

/** Where a label may sit around its mark (compass directions), in the order tried when none is preferred. */
export const DIRECTIONS = ['e', 'w', 'n', 's', 'ne', 'nw', 'se', 'sw'] as const;
