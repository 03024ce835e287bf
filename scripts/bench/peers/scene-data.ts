/**
 * The layered diagram's data for the bench's peer pages: the same scenes (geometry) and element
 * facts the site renders, computed from the content files by the site's own pure functions
 * (buildLayeredScene, buildLayeredModel), outside Astro, the way the diagram's unit tests do.
 * Nothing here computes geometry; it only reads content and trims the result to what a plain
 * page needs (no citations, no policy list, no marker samples: the site's views of the diagram
 * ship no marker samples either, see withoutMarker).
 */
import { readCollection } from '../../../src/node/content.ts';
import { buildLayeredModel } from '../../../src/diagrams/layers/model.ts';
import { LAYOUTS, buildLayeredScene, withoutMarker, type LayeredScene, type LayoutName } from '../../../src/diagrams/layers/scene.ts';
import { DIAGRAM_THREATS, DIAGRAM_THREAT_LABELS, type DiagramThreat } from '../../../src/lib/vocabulary.ts';

/** One drawn element, as the peer page shows it: its mark's colour, its title and summary, why it fades. */
export interface PeerElement {
  id: string;
  title: string;
  summary: string;
  layer: string;
  /** For each threat it cannot engage, the one-line reason. */
  fades: Partial<Record<DiagramThreat, string>>;
}

/** Everything the peer pages draw, as plain JSON. */
export interface PeerData {
  title: string;
  /** Below this container width (CSS px) the narrow layout shows, as on the site. */
  wideMinWidth: number;
  scenes: Record<LayoutName, LayeredScene>;
  /** Drawn elements, in the order of scene.marks. */
  elements: PeerElement[];
  threats: { id: DiagramThreat; label: string }[];
}

/** Read the content under `root` (the repository) and return the peer pages' data. */
export function peerData(root = '.'): PeerData {
  const [{ data }] = readCollection(root, 'layeredDiagram');
  const elements = readCollection(root, 'elements').map((entry) => entry.data);
  const sources = new Map(readCollection(root, 'sources').map(({ data: source }) => [source.id, source]));
  const model = buildLayeredModel(data, elements, sources);
  const scenes = withoutMarker({ wide: buildLayeredScene(data, 'wide'), narrow: buildLayeredScene(data, 'narrow') });
  return {
    title: model.title,
    wideMinWidth: LAYOUTS.wide.minWidth,
    scenes,
    elements: model.drawn.map((element) => ({
      id: element.id,
      title: element.title,
      summary: element.summary,
      layer: element.layer,
      fades: Object.fromEntries(Object.entries(element.fades).map(([threat, fade]) => [threat, fade.reason])),
    })),
    threats: DIAGRAM_THREATS.map((id) => ({ id, label: DIAGRAM_THREAT_LABELS[id] })),
  };
}
