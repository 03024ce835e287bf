/** Shapes the kill chain's build-time data takes on its way to the island. */
import type { ChainScene } from './scene.ts';

/** A source as a short label and an address, for a mark's tooltip or a note. */
export interface SourceLink {
  label: string;
  href: string | null;
}

/** One fuel's bars, with each phase's source. */
export interface ChainView extends ChainScene {
  /** Short source label and link for each phase, in phase order. */
  phaseSources: SourceLink[];
}

/** A sourced sentence: the text and its source. */
export interface SourcedNote extends SourceLink {
  text: string;
}

/** What the sources say of a threat that has no sourced flight durations. */
export interface OtherThreat extends SourceLink {
  threat: 'hypersonic' | 'cruise';
  text: string;
  /** Seconds per 1,000 miles at the sourced speed, if one is given. */
  secondsPer1000Miles: number | null;
}
