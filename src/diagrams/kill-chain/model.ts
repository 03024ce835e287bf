/**
 * The kill-chain timeline as numbers: phase spans of an ICBM's flight (per fuel), each layer's
 * windows to detect, track, decide and engage, and the mapping from flight time to the position
 * on the layered diagram's path (linked views). Pure; computed at build and in the browser.
 */
import type { KillChainData } from '../../lib/schema/kill-chain.ts';
import type { Phase } from '../../lib/vocabulary.ts';
import type { MarkKind } from '../../lib/schema/layered-diagram.ts';

export interface PhaseSpan {
  phase: Exclude<Phase, 'pre-launch'>;
  start: number;
  end: number;
  /** Source id and what the source says, for hover and focus. */
  source: string;
  sourceText: string;
}

export type SegmentKind = 'detect' | 'track' | 'decide' | 'engage';

export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
  /** True for the detection and decision times, which are assumptions, not sourced figures. */
  assumed: boolean;
}

export interface LayerRow {
  element: string;
  title: string;
  layer: string;
  segments: Segment[];
}

export interface KillChain {
  fuel: string;
  total: number;
  phases: PhaseSpan[];
  rows: LayerRow[];
  /** Elements that act only before launch: no window on this axis, listed beside it. */
  beforeLaunch: { element: string; title: string }[];
}

/** What the timeline needs to know of a drawn element. */
export interface RowInput {
  id: string;
  title: string;
  layer: string;
  phases: readonly Phase[];
  kind: MarkKind;
}

/** Phase spans for one fuel, back to back from launch (t = 0). Throws on an unknown fuel. */
export function phaseSpans(data: KillChainData, fuelId: string): PhaseSpan[] {
  const fuel = data.fuels.find((candidate) => candidate.id === fuelId);
  if (!fuel) throw new Error(`Unknown fuel "${fuelId}".`);
  const boostEnd = fuel.boostSeconds;
  const midcourseEnd = boostEnd + data.midcourse.seconds;
  return [
    { phase: 'boost', start: 0, end: boostEnd, source: fuel.source, sourceText: fuel.sourceText },
    { phase: 'midcourse', start: boostEnd, end: midcourseEnd, source: data.midcourse.source, sourceText: data.midcourse.sourceText },
    {
      phase: 'terminal',
      start: midcourseEnd,
      end: midcourseEnd + data.terminal.seconds,
      source: data.terminal.source,
      sourceText: data.terminal.sourceText,
    },
  ];
}

/**
 * Each layer's windows. Sensors detect a launch within the (assumed) detection time and track to
 * the end. An element that engages
 * does so during its phases; before its first engagement after launch comes the (assumed)
 * decision time, counted from detection at launch, so a boost-phase layer has that much less.
 * Pre-launch action happens before t = 0 and has no window on this axis: an element that acts only
 * before launch gets a row with no segments (buildKillChain lists it apart).
 */
export function layerRows(data: KillChainData, fuelId: string, elements: readonly RowInput[]): LayerRow[] {
  const spans = phaseSpans(data, fuelId);
  const total = spans.at(-1)!.end;
  const spanOf = (phase: Phase) => spans.find((span) => span.phase === phase);
  return elements
    .filter((element) => element.kind !== 'defended')
    .map((element) => {
      const inFlight = element.phases.some((phase) => phase !== 'pre-launch');
      if (!inFlight) return { element: element.id, title: element.title, layer: element.layer, segments: [] } satisfies LayerRow;
      if (element.kind === 'satellite') {
        return {
          element: element.id,
          title: element.title,
          layer: element.layer,
          segments: [
            { kind: 'detect', start: 0, end: Math.min(data.detectSeconds, total), assumed: true },
            { kind: 'track', start: Math.min(data.detectSeconds, total), end: total, assumed: false },
          ],
        } satisfies LayerRow;
      }
      const windows = element.phases.map(spanOf).filter((span): span is PhaseSpan => span !== undefined);
      const segments: Segment[] = [];
      const decisionEnd = data.decisionSeconds;
      for (const window of windows) {
        if (window.start < decisionEnd) {
          segments.push({ kind: 'decide', start: window.start, end: Math.min(decisionEnd, window.end), assumed: true });
          if (decisionEnd < window.end) segments.push({ kind: 'engage', start: decisionEnd, end: window.end, assumed: false });
        } else {
          segments.push({ kind: 'engage', start: window.start, end: window.end, assumed: false });
        }
      }
      return { element: element.id, title: element.title, layer: element.layer, segments };
    });
}

export function buildKillChain(data: KillChainData, fuelId: string, elements: readonly RowInput[]): KillChain {
  const phases = phaseSpans(data, fuelId);
  const rows = layerRows(data, fuelId, elements);
  return {
    fuel: fuelId,
    total: phases.at(-1)!.end,
    phases,
    rows: rows.filter((row) => row.segments.length > 0),
    beforeLaunch: rows.filter((row) => row.segments.length === 0).map(({ element, title }) => ({ element, title })),
  };
}

/** Seconds the engagement windows of a row add up to. */
export function engageSeconds(row: LayerRow): number {
  return row.segments.filter((segment) => segment.kind === 'engage').reduce((sum, segment) => sum + segment.end - segment.start, 0);
}

/**
 * Where the threat is on the layered diagram's path at `time`: progress 0..1 along the path,
 * piecewise linear within each phase so that phase boundaries in time meet the phase bands on
 * the picture. `bandProgress` gives the path progress at the end of boost and of midcourse.
 */
export function progressAt(time: number, phases: readonly PhaseSpan[], bandProgress: { boostEnd: number; midcourseEnd: number }): number {
  const marks = [0, bandProgress.boostEnd, bandProgress.midcourseEnd, 1];
  const clamped = Math.min(Math.max(time, 0), phases.at(-1)!.end);
  const index = phases.findIndex((span) => clamped <= span.end);
  const span = phases[index === -1 ? phases.length - 1 : index];
  const i = phases.indexOf(span);
  const within = span.end === span.start ? 1 : (clamped - span.start) / (span.end - span.start);
  return marks[i] + (marks[i + 1] - marks[i]) * within;
}

/** "2 min 50 s", "30 s", "20 min" */
export function formatSeconds(seconds: number): string {
  const rounded = Math.round(seconds);
  const minutes = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
