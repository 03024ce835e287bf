/**
 * The layered defense diagram as numbers: everything the Svelte components draw, computed once at
 * build time from content/diagrams/layered-defense.yaml and the elements. The result is plain,
 * serialisable data (paths as strings, points, label boxes), so the browser receives finished
 * geometry and ships no D3 for this diagram.
 *
 * Two layouts share the same data: `wide` (full labels) and `narrow` (numbered badges and short
 * phase names, sized so that no text renders below 12 px on a 320 px screen).
 */
import { round } from '../../lib/numbers.ts';
import { arcPath, bandPath, createFrame, type Frame, type FrameSize, type Point } from './frame.ts';
import { boxAround, boxesOverlap, placeLabels, type Box, type LabelRequest, type PlacedLabel } from './labels.ts';
import { pointOnPath, trajectoryPath, trajectoryPoints } from './trajectory.ts';
import { phasesFor } from './phases.ts';
import { DIAGRAM_THREATS, type DiagramThreat } from '../../lib/vocabulary.ts';
import type { LayeredDiagramData, MarkKind } from '../../lib/schema/layered-diagram.ts';
import type { Phase } from '../../lib/vocabulary.ts';

export type LayoutName = 'wide' | 'narrow';

/** How many segments the marker's path is sampled into; enough for a smooth-looking move. */
export const PATH_SAMPLES = 80;

export interface LayoutSpec extends FrameSize {
  name: LayoutName;
  /** Font size of annotations, in user units. */
  fontSize: number;
  /** Radius of a mark's glyph. */
  markRadius: number;
  /** Whether annotations are full labels (wide) or numbers (narrow). */
  numbered: boolean;
  /**
   * The narrowest the layout is shown at, in CSS pixels; with `fontSize` it fixes the smallest
   * rendered text (fontSize × minWidth / width ≥ 12, checked by a unit test).
   */
  minWidth: number;
}

export const LAYOUTS: Record<LayoutName, LayoutSpec> = {
  wide: {
    name: 'wide',
    width: 1200,
    height: 640,
    earthRadius: 2600,
    skyDepth: 500,
    groundMargin: 96,
    sideMargin: 8,
    fontSize: 17,
    markRadius: 11,
    numbered: false,
    minWidth: 880,
  },
  narrow: {
    name: 'narrow',
    width: 400,
    height: 430,
    earthRadius: 760,
    skyDepth: 340,
    groundMargin: 52,
    sideMargin: 6,
    fontSize: 17,
    markRadius: 10,
    numbered: true,
    minWidth: 288,
  },
};

export interface SceneMark {
  element: string;
  /** 1-based number in flight order; the narrow layout and the key show it. */
  number: number;
  kind: MarkKind;
  /** Centres of the glyphs (several for a constellation); the first one is the anchor. */
  glyphs: Point[];
  /** The dashed fly-out line to the ballistic path, if any. */
  flyout: string | null;
  label: PlacedLabel;
}

/**
 * One line of a band's label (text-anchor: middle, at its baseline): a `name` line is the phase's
 * name (bold), the others its time. Drawn for the threats whose label has this very line at this
 * very place (phases.ts); CSS shows the current threat's lines.
 */
export interface BandLine {
  text: string;
  x: number;
  y: number;
  name: boolean;
  threats: DiagramThreat[];
}

export interface SceneBand {
  phase: Phase;
  path: string;
  /** Every threat's label lines, each once, top to bottom. */
  lines: BandLine[];
}

export interface LayeredScene {
  layout: LayoutName;
  width: number;
  height: number;
  fontSize: number;
  markRadius: number;
  earth: string;
  atmosphere: string;
  lowOrbit: string;
  higherOrbit: string;
  /** Names of the atmosphere and the orbits (wide layout only). */
  orbitLabels: PlacedLabel[];
  bands: SceneBand[];
  /** Dividers between bands: radial lines from the ground to the top. */
  dividers: string[];
  paths: Record<DiagramThreat, string>;
  /**
   * Evenly spaced points along each path (by progress from launch to target), for the moving
   * threat marker. Absent where no view moves the marker (see withoutMarker).
   */
  pathSamples?: Record<DiagramThreat, Point[]>;
  launch: Point;
  target: Point;
  /** The launch site's label (wide layout only). */
  launchLabel: PlacedLabel | null;
  marks: SceneMark[];
  notToScale: { text: string; x: number; y: number };
}

/** The y of the ground (the Earth's surface) at x, for keeping labels above it. */
function groundYAt(frame: Frame, x: number): number {
  const dx = x - frame.centre.x;
  return frame.centre.y - Math.sqrt(frame.size.earthRadius ** 2 - dx * dx);
}

function radial(frame: Frame, range: number): string {
  const bottom = frame.project({ range, height: 0 });
  const top = frame.project({ range, height: 1 });
  return `M${round(bottom.x)},${round(bottom.y)}L${round(top.x)},${round(top.y)}`;
}

/** Build one layout of the diagram. Throws (naming the label) if annotations cannot be placed. */
export function buildLayeredScene(data: LayeredDiagramData, layoutName: LayoutName): LayeredScene {
  const layout = LAYOUTS[layoutName];
  const frame = createFrame(layout);
  const project = (range: number, height: number) => {
    const p = frame.project({ range, height });
    return { x: round(p.x), y: round(p.y) };
  };
  const ends = { launch: data.launch, target: data.target };
  const lineHeight = layout.fontSize * 1.2;

  // Phase bands and their labels, at the top of each band, as each threat names and times its
  // phases (phases.ts; placeBandLabels keeps one threat's labels apart and inside the picture).
  const bandTops = data.phases.map((band) => project((band.from + band.to) / 2, 1));
  const linesByThreat = DIAGRAM_THREATS.map((threat) => {
    const texts = phasesFor(data, threat).map((phase) => ({
      names: layout.numbered ? [phase.shortLabel].flat() : [phase.label],
      others: layout.numbered ? [] : [phase.duration],
    }));
    const placed = placeBandLabels(
      bandTops.map((top, index) => ({ x: top.x, y: top.y + layout.fontSize + 6, lines: [...texts[index].names, ...texts[index].others] })),
      { fontSize: layout.fontSize, lineHeight, left: layout.sideMargin, right: layout.width - layout.sideMargin },
    );
    return placed.map((lines, index) => lines.map((line, row) => ({ ...line, name: row < texts[index].names.length })));
  });
  const bands: SceneBand[] = data.phases.map((band, index) => ({
    phase: band.phase,
    path: bandPath(frame, band.from, band.to, 0, 1),
    lines: shareAlike(DIAGRAM_THREATS.flatMap((threat, t) => linesByThreat[t][index].map((line) => ({ ...line, threats: [threat] })))),
  }));
  // Marks' labels keep clear of every threat's band labels, so one placement serves all three views.
  const bandLabelBoxes: Box[] = bands.flatMap((band) =>
    band.lines.map((line) => {
      const width = line.text.length * layout.fontSize * 0.6;
      return { x: line.x - width / 2, y: line.y - layout.fontSize, width, height: layout.fontSize * 1.25 };
    }),
  );

  const launch = project(data.launch, 0);
  const target = project(data.target, 0);

  // Obstacles: every glyph, every sample of every path, the band labels.
  // Glyphs of a constellation sit at least 2.4 glyph radii apart, whatever the layout's width.
  const minimumSpread = (2.4 * layout.markRadius) / (layout.width - 2 * layout.sideMargin);
  const glyphsByMark = data.marks.map((mark) => {
    const [range, height] = mark.at;
    const spread = Math.max(mark.spread, minimumSpread);
    const offsets = Array.from({ length: mark.count }, (_, index) => (index - (mark.count - 1) / 2) * spread);
    // The anchor (first glyph) is the middle one, so the label sits by the centre of a constellation.
    const ordered = [...offsets].sort((a, b) => Math.abs(a) - Math.abs(b));
    return ordered.map((offset) => project(range + offset, height));
  });
  const pathSamples = DIAGRAM_THREATS.flatMap((threat) =>
    trajectoryPoints(threat, ends, 96).map((point) => boxAround(frame.project(point), 2)),
  );
  const interceptPoint = (range: number) => {
    const point = pointOnPath('ballistic', ends, range);
    return project(point.range, point.height);
  };
  const flyoutSamples = data.marks.flatMap((mark, index) => {
    if (mark.intercept === undefined) return [];
    const from = glyphsByMark[index][0];
    const to = interceptPoint(mark.intercept);
    return Array.from({ length: 13 }, (_, step) =>
      boxAround({ x: from.x + ((to.x - from.x) * step) / 12, y: from.y + ((to.y - from.y) * step) / 12 }, 2),
    );
  });
  const glyphBoxes = glyphsByMark.flat().map((point) => boxAround(point, layout.markRadius + 1));
  const siteBoxes = [boxAround(launch, layout.markRadius + 1), boxAround(target, layout.markRadius + 1)];
  const obstacles = [...glyphBoxes, ...siteBoxes, ...pathSamples, ...flyoutSamples, ...bandLabelBoxes];

  const margin = 4;
  const allowed = (box: Box) =>
    box.x >= margin &&
    box.y >= margin &&
    box.x + box.width <= layout.width - margin &&
    box.y + box.height <= Math.min(groundYAt(frame, box.x), groundYAt(frame, box.x + box.width)) - 3;

  const requests: LabelRequest[] = data.marks.map((mark, index) => ({
    id: mark.element,
    anchor: glyphsByMark[index][0],
    lines: layout.numbered ? [String(index + 1)] : mark.label,
    fontSize: layout.fontSize,
    clearance: layout.markRadius + 2,
    prefer: mark.prefer,
  }));
  // Names of the sky's layers, anchored on their lines near the right edge (wide layout only).
  const skyLayers = [
    { id: 'sky-higher-orbits', text: 'Higher orbits', height: data.higherOrbit },
    { id: 'sky-low-orbit', text: 'Low orbit', height: data.lowOrbit },
    { id: 'sky-atmosphere', text: 'Atmosphere', height: data.atmosphereTop },
  ];
  if (!layout.numbered) {
    for (const sky of skyLayers) {
      requests.push({
        id: sky.id,
        anchor: project(0.9, sky.height),
        lines: [sky.text],
        fontSize: layout.fontSize,
        clearance: 2,
        prefer: ['s', 'n', 'sw', 'nw'],
      });
    }
  }
  // The narrow layout has no room for a launch label; its key names the launch site instead.
  if (!layout.numbered) {
    requests.push({
      id: 'launch-site',
      anchor: launch,
      lines: ['Launch'],
      fontSize: layout.fontSize,
      clearance: layout.markRadius + 2,
      prefer: ['ne', 'e', 'n'],
    });
  }
  const placed = placeLabels(requests, { obstacles, allowed });
  const labelFor = (id: string) => placed.find((label) => label.id === id)!;

  const marks: SceneMark[] = data.marks.map((mark, index) => {
    const anchor = glyphsByMark[index][0];
    const intercept = mark.intercept === undefined ? null : interceptPoint(mark.intercept);
    return {
      element: mark.element,
      number: index + 1,
      kind: mark.kind,
      glyphs: glyphsByMark[index],
      flyout: intercept ? `M${anchor.x},${anchor.y}L${intercept.x},${intercept.y}` : null,
      label: labelFor(mark.element),
    };
  });

  return {
    layout: layout.name,
    width: layout.width,
    height: layout.height,
    fontSize: layout.fontSize,
    markRadius: layout.markRadius,
    // The Earth runs past the frame's edges, so its surface meets the sides of the picture.
    earth: `${arcPath(frame, 0, -0.2, 1.2)}L${layout.width},${layout.height}L0,${layout.height}Z`,
    atmosphere: bandPath(frame, 0, 1, 0, data.atmosphereTop),
    lowOrbit: arcPath(frame, data.lowOrbit),
    higherOrbit: arcPath(frame, data.higherOrbit),
    orbitLabels: placed.filter((label) => label.id.startsWith('sky-')),
    bands,
    dividers: data.phases.slice(1).map((band) => radial(frame, band.from)),
    paths: Object.fromEntries(DIAGRAM_THREATS.map((threat) => [threat, trajectoryPath(frame, threat, ends)])) as Record<
      DiagramThreat,
      string
    >,
    pathSamples: Object.fromEntries(
      DIAGRAM_THREATS.map((threat) => [
        threat,
        trajectoryPoints(threat, ends, PATH_SAMPLES).map((point) => project(point.range, point.height)),
      ]),
    ) as Record<DiagramThreat, Point[]>,
    launch,
    target,
    launchLabel: placed.find((label) => label.id === 'launch-site') ?? null,
    marks,
    notToScale: {
      text: layout.numbered ? 'Not to scale' : 'Not to scale: heights and sizes exaggerated',
      x: round(layout.width / 2),
      y: layout.height - (layout.numbered ? 14 : 22),
    },
  };
}

/**
 * The scenes without the path samples that only the moving threat marker uses: for views that
 * never show the marker (/layers/, the home page, the layers embed), about 3.5 KB less (gzip) of
 * island props in every page that carries them.
 */
export function withoutMarker<Layout extends string>(scenes: Record<Layout, LayeredScene>): Record<Layout, LayeredScene> {
  return Object.fromEntries(
    Object.entries<LayeredScene>(scenes).map(([layout, scene]) => {
      const copy = { ...scene };
      delete copy.pathSamples;
      return [layout, copy];
    }),
  ) as Record<Layout, LayeredScene>;
}

/**
 * Lines drawn alike for several threats (the same text at the same place) as one line for all of
 * them, top to bottom (a threat's own lines then read in order): fewer bytes in every page.
 */
function shareAlike(lines: readonly BandLine[]): BandLine[] {
  const merged = new Map<string, BandLine>();
  for (const line of lines) {
    const key = JSON.stringify([line.text, line.x, line.y, line.name]);
    const same = merged.get(key);
    if (same) same.threats.push(...line.threats);
    else merged.set(key, { ...line, threats: [...line.threats] });
  }
  return [...merged.values()].sort((a, b) => a.y - b.y);
}

/** Estimated width of a line of text (the estimate errs wide, as labels.ts does). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/**
 * Place each phase's label lines, centred at the top of its band: inside the picture (moved in from
 * an edge), and a row lower, as often as needed, where a line would run into a label placed before
 * it. Greedy, in band order, so the result is stable.
 */
export function placeBandLabels(
  labels: readonly { x: number; y: number; lines: readonly string[] }[],
  frame: { fontSize: number; lineHeight: number; left: number; right: number },
): { text: string; x: number; y: number }[][] {
  const taken: Box[] = [];
  const boxOf = (text: string, x: number, y: number): Box => {
    const width = textWidth(text, frame.fontSize);
    return { x: x - width / 2, y: y - frame.fontSize, width, height: frame.fontSize };
  };
  return labels.map((label) => {
    const widest = Math.max(...label.lines.map((line) => textWidth(line, frame.fontSize)));
    const x = round(Math.min(Math.max(label.x, frame.left + widest / 2), frame.right - widest / 2));
    const at = (row: number) => label.lines.map((text, index) => ({ text, x, y: round(label.y + (row + index) * frame.lineHeight) }));
    let row = 0;
    while (row < 4 && at(row).some((line) => taken.some((box) => boxesOverlap(box, boxOf(line.text, line.x, line.y))))) row++;
    const lines = at(row);
    taken.push(...lines.map((line) => boxOf(line.text, line.x, line.y)));
    return lines;
  });
}
