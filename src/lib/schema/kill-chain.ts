import { z } from 'astro/zod';

import { id, sourceId } from './fields.ts';
/** A sourced duration: seconds, the source id, and what the source says (shown on hover and focus). */
const sourcedDuration = z.object({ seconds: z.number().positive(), source: sourceId, sourceText: z.string().min(1) });

/** content/diagrams/kill-chain.yaml */
export const killChainSchema = z.object({
  id,
  title: z.string().min(1),
  /** ICBM variants; the first is the default. */
  fuels: z
    .array(z.object({ id, label: z.string().min(1), boostSeconds: z.number().positive(), source: sourceId, sourceText: z.string().min(1) }))
    .min(1),
  midcourse: sourcedDuration,
  terminal: sourcedDuration,
  /** Assumed seconds for sensors to detect a launch (not sourced; shown as an assumption). */
  detectSeconds: z.number().nonnegative(),
  /** Assumed seconds from detection to an interceptor's launch (not sourced; shown as an assumption). */
  decisionSeconds: z.number().nonnegative(),
  /** Why the timeline's total is not one missile's flight: sourced. */
  flightNote: z.object({ text: z.string().min(1), source: sourceId }),
  /** How the sourced boost range for ballistic missiles relates to the ICBM figures used: sourced. */
  boostNote: z.object({ text: z.string().min(1), source: sourceId }),
  otherThreats: z.array(
    z.object({
      threat: z.enum(['hypersonic', 'cruise']),
      text: z.string().min(1),
      source: sourceId,
      milesPerSecond: z.number().positive().optional(),
    }),
  ),
});

export type KillChainData = z.infer<typeof killChainSchema>;
