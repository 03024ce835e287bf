/**
 * What a view of the layered diagram shows, apart from its geometry: the threat, the selected
 * element, the elements the guided tour emphasises, and where the threat's marker is. The server
 * renders a view as markup (the components), and the browser changes it in place (controller.ts);
 * both take the accessible names and the text of the tooltip from here, so they always agree.
 */
import { DIAGRAM_THREAT_NOUNS, type DiagramThreat } from '../../lib/vocabulary.ts';
import type { LayoutName } from './scene.ts';

export interface LayeredView {
  threat: DiagramThreat;
  /** The element whose panel is open. */
  selected: string | null;
  /** Elements to emphasise (the guided tour); the others are dimmed. Empty: none dimmed. */
  emphasised: readonly string[];
  /** How far along its path the threat is (0..1), when a linked view moves it; null: no marker. */
  progress: number | null;
}

export const DEFAULT_VIEW: LayeredView = { threat: 'ballistic', selected: null, emphasised: [], progress: null };

/**
 * A mark's accessible name. It starts with the visible text (WCAG 2.5.3, label in name): the
 * annotation in the wide layout, the number and the title in the narrow one; a mark that fades
 * for the threat says so.
 */
export function markName(layout: LayoutName, visible: string, title: string, threat: DiagramThreat, fades: boolean): string {
  const base = layout === 'narrow' ? `${visible}. ${title}` : visible;
  return fades ? `${base} (cannot engage ${DIAGRAM_THREAT_NOUNS[threat]})` : base;
}

/** Whether a mark is dimmed in a view: the tour emphasises some elements and dims the rest. */
export function isDimmed(view: Pick<LayeredView, 'emphasised'>, element: string): boolean {
  return view.emphasised.length > 0 && !view.emphasised.includes(element);
}

/** The tooltip's second line: why the element fades for the threat, or else its summary. */
export function tooltipText(summary: string, fadeReason: string | null): string {
  return fadeReason ? `Fades: ${fadeReason}` : summary;
}
