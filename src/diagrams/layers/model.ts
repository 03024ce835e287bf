/**
 * The layered diagram's facts, apart from its geometry: which elements it draws (in flight order),
 * which sit in the side key, which fade for which threat and why, and each threat's phases with
 * their durations and sources (phases.ts). Built at build time and passed to the island, the table view and the text
 * description, so all three say the same thing.
 *
 * checkLayeredDiagram() is part of the build's content check (src/node/content.ts): it fails on a
 * drawn element left out, or a fade that disagrees with the element's `threats` (unknown ids of
 * elements, sources and passages are the generic reference walk's).
 */
import type { ElementData } from '../../lib/schema/element.ts';
import type { Source } from '../../lib/schema/source.ts';
import type { LayeredDiagramData } from '../../lib/schema/layered-diagram.ts';
import type { CitationProblem } from '../../lib/content/citations.ts';
import { labelFor } from '../../lib/order.ts';
import { DIAGRAM_THREATS, type DiagramThreat } from '../../lib/vocabulary.ts';
import { PHASES, type Phase, type Threat } from '../../lib/vocabulary.ts';
import { orderPath } from '../../lib/paths.ts';
import { shortSourceLabel } from '../../lib/source-label.ts';
import { phasesFor } from './phases.ts';

export interface FadeInfo {
  reason: string;
  /** Who says so: a source ("CRS, 2025") or the order ("Exec. Order 14186, Sec. 3(a)(ii)"). */
  sourceLabel: string;
  /** Link to the source (external URL or /order/#passage as a site path); null if none. */
  href: string | null;
}

export interface DiagramElement {
  id: string;
  title: string;
  summary: string;
  layer: ElementData['layer'];
  phases: Phase[];
  threats: Threat[];
  cites: { passage: string; label: string; quote: string }[];
  /** 1-based number on the diagram (drawn elements only). */
  number: number | null;
  /** Why it fades, for each threat it cannot engage. */
  fades: Partial<Record<DiagramThreat, FadeInfo>>;
}

/** A source as the phase lists cite it: a short label, a link where there is one, and the source's words. */
export interface QuotedSource {
  label: string;
  href: string | null;
  quote: string;
}

/** A flight phase as one threat flies it (phases.ts), with its sources ready to cite. */
export interface DiagramPhase {
  phase: Phase;
  label: string;
  /** What the band says of time (the data's `unsourcedTime` where no source gives this threat's). */
  duration: string;
  /** No source gives this threat's time in a phase the ballistic missile has a sourced time for. */
  unsourced: boolean;
  /** The time's source. */
  source: QuotedSource | null;
  /** Where the phase's name is a source's for this threat. */
  nameSource: QuotedSource | null;
}

export interface LayeredModel {
  id: string;
  title: string;
  notToScale: string;
  /** Drawn elements, in flight (and keyboard) order. */
  drawn: DiagramElement[];
  /** Elements that act across the chain (side key). */
  key: DiagramElement[];
  /** Policy elements: listed, not drawn. */
  policy: DiagramElement[];
  /** Each threat's phases, in flight order: what its bands say. */
  phases: Record<DiagramThreat, DiagramPhase[]>;
  /** For a threat with phases no source gives a time for: the note that says whose times the sources give. */
  phaseNotes: Partial<Record<DiagramThreat, string>>;
  /** Progress along the path (0..1) where the boost and midcourse bands end: links time to the picture. */
  bandProgress: { boostEnd: number; midcourseEnd: number };
}

function toDiagramElement(element: ElementData, number: number | null): DiagramElement {
  return {
    id: element.id,
    title: element.title,
    summary: element.summary,
    layer: element.layer,
    phases: element.phases,
    threats: element.threats,
    cites: element.cites.map((cite) => ({ passage: cite.passage, label: labelFor(cite.passage), quote: cite.quote })),
    number,
    fades: {},
  };
}

/** Assemble the model. Assumes checkLayeredDiagram() found no problems. */
export function buildLayeredModel(
  data: LayeredDiagramData,
  elements: readonly ElementData[],
  sources: ReadonlyMap<string, Source>,
): LayeredModel {
  const byId = new Map(elements.map((element) => [element.id, element]));
  const drawn = data.marks.map((mark, index) => toDiagramElement(byId.get(mark.element)!, index + 1));
  for (const fade of data.fades) {
    const target = drawn.find((element) => element.id === fade.element)!;
    const source = fade.source ? sources.get(fade.source)! : null;
    target.fades[fade.threat] = {
      reason: fade.reason,
      sourceLabel: source ? shortSourceLabel(source) : `Exec. Order 14186, ${labelFor(fade.passage!)}`,
      href: source ? (source.url ?? null) : orderPath(fade.passage),
    };
  }
  const quoted = (ref: { id: string; quote: string } | null): QuotedSource | null => {
    const source = ref ? sources.get(ref.id)! : null;
    return source ? { label: shortSourceLabel(source), href: source.url ?? null, quote: ref!.quote } : null;
  };
  const shown = new Set([...data.marks.map((mark) => mark.element), ...data.key]);
  const progressOf = (range: number) => Math.min(1, Math.max(0, (range - data.launch) / (data.target - data.launch)));
  const bandEnd = (phase: string) => data.phases.find((band) => band.phase === phase)!.to;
  return {
    id: data.id,
    title: data.title,
    notToScale: data.notToScale,
    drawn,
    key: data.key.map((id) => toDiagramElement(byId.get(id)!, null)),
    policy: elements
      .filter((element) => element.layer === 'policy' && !shown.has(element.id))
      .map((element) => toDiagramElement(element, null)),
    phases: Object.fromEntries(
      DIAGRAM_THREATS.map((threat) => [
        threat,
        phasesFor(data, threat).map((phase) => ({
          phase: phase.phase,
          label: phase.label,
          duration: phase.duration,
          unsourced: phase.unsourced,
          source: quoted(phase.source),
          nameSource: quoted(phase.nameSource),
        })),
      ]),
    ) as Record<DiagramThreat, DiagramPhase[]>,
    phaseNotes: Object.fromEntries(
      DIAGRAM_THREATS.filter((threat) => phasesFor(data, threat).some((phase) => phase.unsourced)).map((threat) => [
        threat,
        data.unsourcedNote,
      ]),
    ),
    bandProgress: { boostEnd: progressOf(bandEnd('boost')), midcourseEnd: progressOf(bandEnd('midcourse')) },
  };
}

/** Content problems in the diagram's data, named by file and field (see src/lib/content/citations.ts). */
export function checkLayeredDiagram(file: string, data: LayeredDiagramData, elements: readonly ElementData[]): CitationProblem[] {
  const problems: CitationProblem[] = [];
  const byId = new Map(elements.map((element) => [element.id, element]));
  const drawnIds = new Set(data.marks.map((mark) => mark.element));

  for (const element of elements) {
    const placed = drawnIds.has(element.id) || data.key.includes(element.id) || element.layer === 'policy';
    if (!placed) problems.push({ file, field: 'marks', message: `element "${element.id}" is neither drawn nor in the key` });
    if (element.phases.length > 0 && element.layer !== 'policy' && !drawnIds.has(element.id)) {
      problems.push({ file, field: 'marks', message: `element "${element.id}" acts in a phase but is not drawn` });
    }
  }
  if (data.phases.some((band, index) => band.phase !== PHASES[index]))
    problems.push({ file, field: 'phases', message: `the bands must be the phases in flight order: ${PHASES.join(', ')}` });
  data.fades.forEach((fade, index) => {
    if (!drawnIds.has(fade.element))
      problems.push({ file, field: `fades[${index}].element`, message: `"${fade.element}" is not drawn, so it cannot fade` });
  });
  // Fades must be exactly the drawn elements whose `threats` leave out the threat.
  for (const threat of DIAGRAM_THREATS) {
    for (const id of drawnIds) {
      const element = byId.get(id);
      if (!element) continue;
      const shouldFade = !element.threats.includes(threat);
      const fades = data.fades.some((fade) => fade.threat === threat && fade.element === id);
      if (shouldFade && !fades)
        problems.push({ file, field: 'fades', message: `"${id}" does not list the threat "${threat}", so it needs a fade with a reason` });
      if (!shouldFade && fades)
        problems.push({ file, field: 'fades', message: `"${id}" lists the threat "${threat}", so it must not fade for it` });
    }
  }
  return problems;
}
