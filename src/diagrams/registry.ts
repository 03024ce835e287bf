/**
 * Every diagram on the site, in one registry: its stable figure number, where it lives, how to
 * embed it, and what it offers (CSV). Embed pages, oEmbed files, downloads, citations, the embed
 * dialog and the lesson kit all read it, so a new diagram plugs into all of them by being added
 * here and given an embed page, src/pages/embed/<id>.astro.
 */

import type { Measurement } from '../lib/embed-shape.ts';

export interface DiagramInfo {
  /** Stable id, used in URLs: /embed/<id>/, /oembed/<id>.json, /downloads/<id>.svg. */
  id: string;
  /** Figure number, stable across the site. */
  figure: number;
  title: string;
  /** The full page (site path) and the id of the figure on it. */
  page: string;
  anchor: string;
  /** A text alternative for images of the diagram. */
  alt: string;
  /** URL parameters its view reads (the embed reads the same, plus theme and title). */
  params: readonly string[];
  /**
   * The embed's size: its frame's widest width and what it needs to show all of the default
   * view, without scripts on the host, and in the standalone SVG.
   */
  embed: {
    /** The frame's widest width. */
    width: number;
    /**
     * The embed page's content height at MEASURED_WIDTHS up to `width` ([width, height], CSS
     * pixels, Chromium; scripts/dev/embed-heights.ts measures them). The frame's shape for
     * hosts that strip scripts is fitted to them (src/lib/embed-shape.ts); an e2e test fails
     * when the pages drift from them.
     */
    measured: readonly Measurement[];
    /**
     * The height the build-time standalone SVG (/downloads/<id>.svg) gives the diagram at
     * `width`: what its content needs when the SVG is opened in Chromium, plus a little
     * (scripts/dev/embed-heights.ts measures it; an e2e test fails when it clips or leaves much
     * blank).
     */
    exportHeight: number;
  };
  /** Whether /downloads/<id>.csv exists. */
  csv: boolean;
}

/** Frame widths at which embed pages are measured: phones, tablets, the columns of learning platforms, desktops. */
export const MEASURED_WIDTHS = [320, 375, 480, 600, 768, 900, 1000, 1100, 1300] as const;

export const DIAGRAMS: readonly DiagramInfo[] = [
  {
    id: 'layers',
    figure: 1,
    title: 'How the layers of the shield meet a missile',
    page: '/layers/',
    anchor: 'figure-layers',
    alt: 'A side view across the curve of the Earth: a missile’s path from a launch site to a defended location, the boost, midcourse and terminal phases, satellites in low orbit, space-based interceptors, and interceptors on the ground, each labelled.',
    params: ['element', 'threat'],
    embed: { width: 1300, measured: [[320, 1870], [375, 1762], [480, 1627], [600, 1707], [768, 1816], [900, 1909], [1000, 1355], [1100, 1408], [1300, 950]], exportHeight: 750 },
    csv: true,
  },
  {
    id: 'kill-chain',
    figure: 2,
    title: 'How much time each layer has',
    page: '/timeline/',
    anchor: 'figure-kill-chain',
    alt: 'A time axis of an ICBM’s flight, about 23 minutes: a boost of about 3 minutes, a midcourse of up to 20 minutes and a terminal phase of about 30 seconds, with each layer’s window to detect, track, decide and engage.',
    // element: the kill chain's linked layered diagram reads a selection too.
    params: ['threat', 'fuel', 'element'],
    embed: { width: 1100, measured: [[320, 3258], [375, 3040], [480, 2736], [600, 2778], [768, 2687], [900, 2780], [1000, 2196], [1100, 2249]], exportHeight: 1770 },
    csv: true,
  },
  {
    id: 'history',
    figure: 3,
    title: 'History of the order',
    page: '/timeline/',
    anchor: 'figure-history',
    alt: 'A dated timeline from the Strategic Defense Initiative (1983) and the ABM Treaty withdrawal (2002) to Executive Order 14186 (January 27, 2025), its 60-day deadline (March 28, 2025) and what followed.',
    params: [],
    embed: { width: 900, measured: [[320, 6939], [375, 5937], [480, 4765], [600, 4038], [768, 3624], [900, 3620]], exportHeight: 3320 },
    csv: true,
  },
  {
    id: 'matrix',
    figure: 4,
    title: 'What the order requires',
    page: '/matrix/',
    anchor: 'figure-matrix',
    alt: 'A table of the 18 requirements of Executive Order 14186: who must meet each, by when, and the flight phases and threats it concerns.',
    params: [],
    embed: { width: 1100, measured: [[320, 3656], [375, 3656], [480, 3540], [600, 3540], [768, 3540], [900, 3519], [1000, 3519], [1100, 3519]], exportHeight: 3200 },
    csv: true,
  },
  {
    id: 'crosswalk',
    figure: 5,
    title: 'Three ways to name the layers',
    page: '/matrix/',
    anchor: 'figure-crosswalk',
    alt: 'Three columns of layer names linked to each other: flight phases (boost, midcourse, terminal), four layers in reported government slides, and the four interceptor layers of CBO’s 2026 study.',
    params: [],
    embed: { width: 900, measured: [[320, 4705], [375, 3928], [480, 3058], [600, 2550], [768, 2518], [900, 2332]], exportHeight: 2080 },
    csv: true,
  },
  {
    id: 'space-interceptors',
    figure: 6,
    title: 'How many space-based interceptors one missile takes',
    page: '/explore/space-interceptors/',
    anchor: 'figure-space-interceptors',
    alt: 'An interactive model: the assumptions about a missile and a constellation, the share of interceptors within reach, and the number needed, with a globe and a chart.',
    params: ['burn-s', 'latency-s', 'dv-kms', 'accel-g', 'altitude-km', 'intercept-alt-km', 'inclination-deg', 'launch-lat', 'salvo', 'shots'],
    embed: { width: 1000, measured: [[320, 3352], [375, 3314], [480, 2982], [600, 2867], [768, 2725], [900, 2625], [1000, 1949]], exportHeight: 1740 },
    csv: true,
  },
];

export function diagramById(id: string): DiagramInfo | undefined {
  return DIAGRAMS.find((diagram) => diagram.id === id);
}
