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

/**
 * Where a mark's tooltip goes (its top left, in CSS pixels in the picture's box): centred on the
 * mark's glyph (`mark.x`), on the side `prefer` names (the one away from the mark's label), `gap`
 * beyond the mark's glyphs and label (`mark.top`, `mark.bottom`), so it never covers what the
 * pointer is on; moved in from the left and right edges so it stays inside the picture (a mark near
 * an edge used to push half of it off); on the other side where the preferred one has no room; and
 * moved in from the top or bottom only where neither side has. A tooltip wider or taller than the
 * picture starts at its margin.
 */
export function placeTooltip(
  mark: { x: number; top: number; bottom: number },
  size: { width: number; height: number },
  frame: { width: number; height: number },
  prefer: 'above' | 'below',
  { gap = 6, margin = 4 } = {},
): { left: number; top: number; side: 'above' | 'below' } {
  // The low bound wins over the high one: a box too big for the frame starts at its margin.
  const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));
  const left = clamp(mark.x - size.width / 2, margin, frame.width - margin - size.width);
  const tops = { above: mark.top - gap - size.height, below: mark.bottom + gap };
  const fits = (top: number) => top >= margin && top + size.height <= frame.height - margin;
  const other = prefer === 'above' ? 'below' : 'above';
  const side = fits(tops[prefer]) || !fits(tops[other]) ? prefer : other;
  return { left, top: clamp(tops[side], margin, frame.height - margin - size.height), side };
}
