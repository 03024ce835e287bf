/**
 * Shared state of one layered diagram: the threat shown, the selected element and the one under
 * the pointer or focus. One instance per diagram, created by LayeredDiagram.svelte and shared
 * with its children through context (the layercake/svelteplot pattern), so that every mark reads
 * the same state and linked views (the timeline's scrubber) can drive it.
 */
import { getContext, setContext } from 'svelte';
import { DEFAULT_LAYERED_STATE, type LayeredState } from '../url-state.ts';
import type { DiagramThreat } from '../../../lib/schema/vocabulary.ts';

export class LayeredDiagramState {
  threat = $state<DiagramThreat>(DEFAULT_LAYERED_STATE.threat);
  /** The element whose panel is open. */
  selected = $state<string | null>(null);
  /** The element under the pointer or keyboard focus (its tooltip shows). */
  hovered = $state<string | null>(null);
  /** Whether the pointer is over the tooltip: it stays while the reader moves onto it (WCAG 1.4.13). */
  tooltipHovered = $state(false);
  /** Short notes for the reader (a bad URL value, say). */
  notes = $state<string[]>([]);
  /**
   * How far along its path the threat is (0..1), when a linked view (the kill-chain timeline)
   * moves it; null hides the marker.
   */
  progress = $state<number | null>(null);
  /** Elements to emphasise (the guided tour); the others are dimmed. Empty: none dimmed. */
  emphasised = $state<string[]>([]);
  /** True once the island has hydrated: CSS for the no-JavaScript fallback stops applying. */
  hydrated = $state(false);

  constructor(initial: Partial<LayeredState> = {}) {
    this.threat = initial.threat ?? DEFAULT_LAYERED_STATE.threat;
    this.selected = initial.element ?? null;
  }

  /** Stop hovering `id`, after a short delay so the pointer can move onto the tooltip. */
  leave(id: string): void {
    setTimeout(() => {
      if (this.hovered === id && !this.tooltipHovered) this.hovered = null;
    }, 150);
  }

  get snapshot(): LayeredState {
    return { element: this.selected, threat: this.threat };
  }

  apply(state: LayeredState): void {
    this.threat = state.threat;
    this.selected = state.element;
  }
}

const KEY = Symbol('layered-diagram-state');

export function setLayeredState(state: LayeredDiagramState): LayeredDiagramState {
  return setContext(KEY, state);
}

export function getLayeredState(): LayeredDiagramState {
  const state = getContext<LayeredDiagramState | undefined>(KEY);
  if (!state) throw new Error('getLayeredState() must be called inside <LayeredDiagram>.');
  return state;
}
