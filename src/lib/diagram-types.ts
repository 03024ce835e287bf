/**
 * What a diagram's folder declares about itself (src/diagrams/<id>/info.ts), and what the
 * registry adds: the embed's measured sizes. Pure types.
 */
import type { Measurement } from './embed-shape.ts';

export interface DiagramDeclaration {
  /** Stable id, used in URLs: /embed/<id>/, /oembed/<id>.json, /downloads/<id>.svg, /downloads/<id>.csv. */
  id: string;
  /** Figure number, stable across the site. */
  figure: number;
  title: string;
  /** The full page (site path) and the id of the element that holds the figure on it. */
  page: string;
  anchor: string;
  /** A text alternative for images of the diagram. */
  alt: string;
  /** URL parameters its view reads: its URL-state codec's (none for a diagram without a state). */
  params: readonly string[];
  /**
   * A view other than the default, as a query its codec reads (required when `params` is not
   * empty): the tests follow it through the page's URL, the embed snippet and the citation.
   */
  exampleView?: string;
  /** The widest the embed's frame gets. */
  embedWidth: number;
}

/** The embed's sizes, measured by scripts/measure-embeds.ts into src/diagrams/embed-sizes.json. */
export interface EmbedSizes {
  /** The embed page's content height at each measured width up to the frame's widest ([width, height], CSS pixels, Chromium). */
  measured: readonly Measurement[];
  /** The height the build-time standalone SVG (/downloads/<id>.svg) gives the diagram at the widest width. */
  exportHeight: number;
}

export interface DiagramInfo extends DiagramDeclaration {
  embed: EmbedSizes & { width: number };
}
