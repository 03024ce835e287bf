/**
 * The flight phases as one threat flies them: each band's name and time for the ballistic
 * missile, the hypersonic glide vehicle or the cruise missile. One resolver for the picture
 * (scene.ts), the phase lists and the table (model.ts), so what the bands say and what is said
 * about them cannot drift apart.
 *
 * The rule: a band's name and time are the ballistic missile's unless `threatPhases` gives the
 * threat its own. A sourced time is the ballistic missile's alone: another threat shows a time only
 * where a source gives one for that threat, and otherwise `unsourcedTime`. A band's time without a
 * source ("before launch") is no time, and holds for every threat.
 */
import type { LayeredDiagramData } from '../../lib/schema/layered-diagram.ts';
import type { DiagramThreat, Phase } from '../../lib/vocabulary.ts';

export interface ResolvedPhase {
  phase: Phase;
  label: string;
  shortLabel: string | string[];
  /** What the band says of time: the sourced time, a time that holds for every threat, or `unsourcedTime`. */
  duration: string;
  /** Whether `duration` is a time the sources give for this threat (false for "before launch" and for `unsourcedTime`). */
  sourced: boolean;
  /** Whether no source gives this threat's time in a phase that has one for the ballistic missile. */
  unsourced: boolean;
  /** The time's source and the source's words. */
  source: { id: string; quote: string } | null;
  /** Where the name is a source's for this threat. */
  nameSource: { id: string; quote: string } | null;
}

/** The four bands as `threat` flies them, in flight order. Assumes checkLayeredDiagram() found no problems. */
export function phasesFor(
  data: Pick<LayeredDiagramData, 'phases' | 'threatPhases' | 'unsourcedTime'>,
  threat: DiagramThreat,
): ResolvedPhase[] {
  return data.phases.map((band) => {
    const own = threat === 'ballistic' ? undefined : data.threatPhases[threat][band.phase];
    const name = { label: own?.label ?? band.label, shortLabel: own?.shortLabel ?? band.shortLabel };
    const nameSource = own?.nameSource ? { id: own.nameSource, quote: own.nameQuote! } : null;
    if (own?.duration)
      return {
        phase: band.phase,
        ...name,
        duration: own.duration,
        sourced: true,
        unsourced: false,
        source: { id: own.source!, quote: own.sourceQuote! },
        nameSource,
      };
    if (!band.source)
      return { phase: band.phase, ...name, duration: band.duration, sourced: false, unsourced: false, source: null, nameSource };
    if (threat === 'ballistic')
      return {
        phase: band.phase,
        ...name,
        duration: band.duration,
        sourced: true,
        unsourced: false,
        source: { id: band.source, quote: band.sourceQuote ?? '' },
        nameSource,
      };
    return { phase: band.phase, ...name, duration: data.unsourcedTime, sourced: false, unsourced: true, source: null, nameSource };
  });
}
