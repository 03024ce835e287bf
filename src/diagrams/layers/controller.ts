/**
 * The layered diagram's behaviour, added to its server-rendered markup (LayeredDiagram.svelte):
 * selecting an element (click, tap, Enter or Space on a mark or a key entry) opens its panel,
 * moves focus there and scrolls it into view; Escape or Close shuts it and returns focus; pointing
 * at or focusing a mark shows a tooltip, kept inside the picture; the threat switch changes the view in place; the URL keeps the view
 * (`?element=&threat=`, Back and Forward) where the page owns it.
 *
 * Plain DOM code rather than a Svelte island: the markup is complete without JavaScript, so what
 * the browser needs is a few listeners and attribute changes, for a fraction of a component
 * framework's runtime (the embed's whole script budget is 17 KB). Views that drive the diagram
 * (the kill chain's marker, the tour's steps) call `set()`; they hear the reader's choices
 * through `onchange`.
 */
// The tooltip's and the panel's CSS, only once the diagram is enhanced (panel.css says why).
import panelStylesheet from './panel.css?url';
import { ensureStylesheet } from '../../lib/browser/stylesheet.ts';
import { h } from '../../lib/browser/h.ts';
import { isPlainClick } from '../../lib/events.ts';
import { elementPath, orderPath, withBase } from '../../lib/paths.ts';
import { followHistory, readUrlState, writeUrlState } from '../../lib/browser/url-sync.ts';
import { DIAGRAM_THREATS, DIAGRAM_THREAT_NOUNS, type DiagramThreat } from '../../lib/vocabulary.ts';
import { layersUrlState } from './url-state.ts';
import type { LayoutName } from './scene.ts';
import { pointAlong, type markerPaths } from './marker.ts';
import { DEFAULT_VIEW, isDimmed, markName, placeTooltip, tooltipText, type LayeredView } from './view.ts';
import type { ClientElement } from './client-data.ts';

export interface EnhanceOptions {
  /** Every element's title, summary and quotes (client-data.ts). */
  elements: Record<string, ClientElement>;
  /** Where the threat's marker can go (scene.ts markerPaths): only views that move it (the kill chain, the tour). */
  markers?: ReturnType<typeof markerPaths>;
  /** Called after each change the reader makes (not after `set()`). */
  onchange?: (view: LayeredView) => void;
}

export interface LayeredController {
  readonly view: LayeredView;
  /** Show another view (a linked view drives the diagram); the URL is left alone. */
  set(change: Partial<LayeredView>): void;
  /** Show notes for the reader (a bad URL value, say), replacing earlier ones. */
  notes(notes: readonly string[]): void;
  /** Settles when the tooltip's and the panel's stylesheet has arrived (or failed to). */
  readonly styled: Promise<void>;
  destroy(): void;
}

/** How long a tooltip stays after the pointer leaves its mark, so the pointer can move onto it (WCAG 1.4.13). */
const TOOLTIP_GRACE_MS = 150;

export function enhanceLayered(root: HTMLElement, options: EnhanceOptions): LayeredController {
  const { elements, markers, onchange } = options;
  const uid = root.dataset.uid ?? 'layers';
  const urlMode = root.dataset.url ?? 'sync';
  const quiet = root.dataset.quiet !== undefined;
  const base = root.dataset.base ?? '/';
  const linkTarget = root.dataset.linkTarget;
  const href = (path: string) => withBase(base, path);
  const codec = layersUrlState(new Set(Object.keys(elements)));
  const styled = ensureStylesheet(panelStylesheet, root.ownerDocument);

  let view: LayeredView = { ...DEFAULT_VIEW, threat: asThreat(root.dataset.threat) };
  let shown: LayeredView | null = null;
  let hovered: string | null = null;
  let tooltipHovered = false;
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;
  const cleanups: (() => void)[] = [];

  const marks = () => root.querySelectorAll<SVGAElement>('a.mark[data-element]');
  const title = (id: string) => elements[id]?.title ?? id;

  /** The fade reason's markup for an element and threat, from the list under the picture. */
  const fadeItem = (id: string, threat: DiagramThreat) =>
    root.querySelector<HTMLElement>(`.fade-list-${threat} [data-fade-of="${CSS.escape(id)}"]`);

  /** The visible control for an element: its mark in the layout shown, or its key entry. */
  function controlFor(id: string): HTMLElement | SVGElement | null {
    const candidates = root.querySelectorAll<HTMLElement>(`[data-element="${CSS.escape(id)}"]`);
    return [...candidates].find((candidate) => candidate.getClientRects().length > 0) ?? null;
  }

  // ---- Drawing a view ----

  function render(): void {
    const previous = shown;
    shown = view;
    root.dataset.threat = view.threat;
    for (const mark of marks()) {
      const id = mark.dataset.element!;
      mark.classList.toggle('selected', view.selected === id);
      mark.classList.toggle('dimmed', isDimmed(view, id));
      if (previous?.threat !== view.threat) {
        const layout: LayoutName = mark.closest('.layout-narrow') ? 'narrow' : 'wide';
        const visible = (mark.querySelector('text')?.textContent ?? '').replace(/\s+/g, ' ').trim();
        mark.setAttribute('aria-label', markName(layout, visible, title(id), view.threat, mark.classList.contains(`fades-${view.threat}`)));
      }
    }
    for (const choice of root.querySelectorAll<HTMLElement>('[data-threat-choice]')) {
      if (choice.dataset.threatChoice === view.threat) choice.setAttribute('aria-current', 'true');
      else choice.removeAttribute('aria-current');
    }
    renderMarker();
    if (previous?.selected !== view.selected || previous?.threat !== view.threat) renderPanel();
    renderTooltip();
  }

  function renderMarker(): void {
    for (const layout of root.querySelectorAll<HTMLElement>('.layout')) {
      const name: LayoutName = layout.classList.contains('layout-narrow') ? 'narrow' : 'wide';
      const paths = markers?.[name];
      let marker = layout.querySelector<SVGCircleElement>('.threat-marker');
      if (!paths || view.progress === null) {
        marker?.remove();
        continue;
      }
      if (!marker) {
        marker = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
        marker.setAttribute('class', 'threat-marker');
        marker.setAttribute('r', String(paths.radius));
        layout.querySelector('.threat')?.append(marker);
      }
      const point = pointAlong(paths.samples[view.threat], view.progress);
      marker.setAttribute('cx', String(point.x));
      marker.setAttribute('cy', String(point.y));
      marker.dataset.progress = String(view.progress);
    }
  }

  function renderPanel(): void {
    const side = root.querySelector<HTMLElement>('.side');
    if (!side) return;
    side.querySelector('.panel')?.remove();
    const hint = side.querySelector<HTMLElement>('.hint');
    const element = view.selected ? elements[view.selected] : undefined;
    if (hint) hint.hidden = Boolean(element);
    if (!view.selected || !element) return;
    const fade = fadeItem(view.selected, view.threat);
    const reason = fade ? [...fade.childNodes].filter((node) => !(node instanceof HTMLElement && node.tagName === 'STRONG')) : [];
    const panel = h(
      'section',
      { class: 'panel', 'aria-labelledby': `${uid}-panel-title`, 'data-panel': view.selected },
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { id: `${uid}-panel-title`, tabindex: -1 }, element.title),
        h('button', { type: 'button', class: 'close', 'aria-label': `Close ${element.title}` }, 'Close'),
      ),
      h('p', {}, element.summary),
      fade &&
        h('p', { class: 'fade-note' }, h('strong', {}, `Cannot engage ${DIAGRAM_THREAT_NOUNS[view.threat]}:`), ' ', ...cloned(reason)),
      h('h3', {}, 'What the order says'),
      ...element.cites.map((cite) =>
        h(
          'blockquote',
          { class: 'order-quote' },
          h('p', {}, `“${cite.quote}”`),
          h('footer', {}, h('a', { href: href(orderPath(cite.passage)), target: linkTarget }, `Exec. Order 14186, ${cite.label}`)),
        ),
      ),
      h('p', {}, h('a', { class: 'more', href: href(elementPath(view.selected)), target: linkTarget }, `Read more: ${element.title}`)),
    );
    side.insertBefore(panel, side.querySelector('.key'));
  }

  function renderTooltip(): void {
    for (const old of root.querySelectorAll('.tooltip')) old.remove();
    const id = hovered;
    if (!id || id === view.selected) return;
    const reason = fadeItem(id, view.threat)?.querySelector('.fade-reason')?.textContent ?? null;
    for (const layout of root.querySelectorAll<HTMLElement>('.layout')) {
      const mark = layout.querySelector<SVGAElement>(`a.mark[data-element="${CSS.escape(id)}"]`);
      const svg = layout.querySelector('svg');
      const glyph = mark?.querySelector<SVGGElement>('.glyph');
      const ring = mark?.querySelector<SVGRectElement>('.ring');
      // Only the layout on screen: the tooltip is placed by the picture's rendered size.
      if (!svg || !glyph || !ring || svg.getClientRects().length === 0) continue;
      const tooltip = h('div', { class: 'tooltip', 'aria-hidden': 'true' });
      tooltip.append(h('strong', {}, title(id)), h('span', {}, tooltipText(elements[id]?.summary ?? '', reason)));
      layout.append(tooltip);
      // Inside the picture, clear of the mark's glyphs and label and on the side away from the
      // label (view.ts), measured as drawn, with the tooltip in the page.
      const picture = svg.getBoundingClientRect();
      const origin = layout.getBoundingClientRect();
      const anchor = glyph.getBoundingClientRect();
      const label = ring.getBoundingClientRect();
      const parts = [label, ...[...mark!.querySelectorAll('.glyph')].map((node) => node.getBoundingClientRect())];
      const place = placeTooltip(
        {
          x: anchor.left + anchor.width / 2 - picture.left,
          top: Math.min(...parts.map((part) => part.top)) - picture.top,
          bottom: Math.max(...parts.map((part) => part.bottom)) - picture.top,
        },
        { width: tooltip.offsetWidth, height: tooltip.offsetHeight },
        { width: picture.width, height: picture.height },
        label.top + label.height / 2 < anchor.top + anchor.height / 2 ? 'below' : 'above',
      );
      // CSSOM, not a style attribute: the Content Security Policy refuses style attributes.
      tooltip.style.left = `${picture.left - origin.left + place.left}px`;
      tooltip.style.top = `${picture.top - origin.top + place.top}px`;
      tooltip.addEventListener('pointerenter', () => (tooltipHovered = true));
      tooltip.addEventListener('pointerleave', () => {
        tooltipHovered = false;
        leave(id);
      });
    }
  }

  // ---- The reader's choices ----

  function update(change: Partial<LayeredView>): void {
    view = { ...view, ...change };
    render();
  }

  /** A choice of the reader's: a new history entry where the page owns the URL, and the linked view told. */
  function commit(): void {
    notes([]);
    if (urlMode === 'sync') writeUrlState(codec, { element: view.selected, threat: view.threat }, 'push');
    onchange?.(view);
  }

  function activate(id: string): void {
    hovered = null;
    update({ selected: id });
    commit();
    const heading = root.querySelector<HTMLElement>(`#${CSS.escape(uid)}-panel-title`);
    // Where the side column sits under the picture the panel opens out of sight: scroll it in,
    // once its stylesheet has given it its size.
    if (heading) focusInView(heading, () => heading.closest<HTMLElement>('.panel') ?? heading);
  }

  function close(): void {
    const id = view.selected;
    update({ selected: null });
    commit();
    const control = id ? controlFor(id) : null;
    if (control) focusInView(control, () => control);
  }

  /**
   * Focus without the browser's own jump to the element, then scroll `shown()` into view by the
   * least distance (already in view: not at all), smoothly unless the reader asks for reduced motion.
   */
  function focusInView(target: HTMLElement | SVGElement, shown: () => Element): void {
    target.focus({ preventScroll: true });
    void styled.then(() => {
      const reduce = root.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
      shown().scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reduce ? 'instant' : 'smooth' });
    });
  }

  function hover(id: string | null): void {
    clearTimeout(leaveTimer);
    if (hovered === id) return;
    hovered = id;
    renderTooltip();
  }

  function leave(id: string): void {
    clearTimeout(leaveTimer);
    leaveTimer = setTimeout(() => {
      if (hovered === id && !tooltipHovered) hover(null);
    }, TOOLTIP_GRACE_MS);
  }

  function notes(list: readonly string[]): void {
    for (const old of root.querySelectorAll(':scope > .url-note')) old.remove();
    const anchor = root.querySelector(':scope > .threat-switch, :scope > .grid');
    for (const note of list) root.insertBefore(h('p', { class: 'note url-note', role: 'status' }, note), anchor);
  }

  // ---- Listeners, delegated from the root ----

  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGAElement>('a.mark[data-element]') : null);

  function onclick(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest('.panel .close')) {
      close();
      return;
    }
    const link = target.closest<HTMLAnchorElement | SVGAElement>('a');
    if (!link || !isPlainClick(event)) return;
    const threat = link.dataset.threatChoice;
    if (threat) {
      event.preventDefault();
      update({ threat: asThreat(threat) });
      commit();
      return;
    }
    const id = link.dataset.element;
    if (id && (link.matches('.mark') || link.closest('.key'))) {
      event.preventDefault();
      activate(id);
    }
  }

  function onkeydown(event: KeyboardEvent): void {
    const mark = markOf(event.target);
    if (event.key === ' ' && mark) {
      event.preventDefault();
      activate(mark.dataset.element!);
    } else if (event.key === 'Escape') {
      if (view.selected) {
        event.preventDefault();
        close();
      } else if (hovered) {
        hover(null);
      }
    }
  }

  function onpointerover(event: PointerEvent): void {
    const mark = markOf(event.target);
    if (mark && !mark.contains(event.relatedTarget as Node | null)) hover(mark.dataset.element!);
  }

  function onpointerout(event: PointerEvent): void {
    const mark = markOf(event.target);
    if (mark && !mark.contains(event.relatedTarget as Node | null)) leave(mark.dataset.element!);
  }

  function onfocusin(event: FocusEvent): void {
    const mark = markOf(event.target);
    if (mark) hover(mark.dataset.element!);
  }

  function onfocusout(event: FocusEvent): void {
    const mark = markOf(event.target);
    if (mark && hovered === mark.dataset.element) hover(null);
  }

  const listeners = {
    click: onclick,
    keydown: onkeydown,
    pointerover: onpointerover,
    pointerout: onpointerout,
    focusin: onfocusin,
    focusout: onfocusout,
  };
  for (const [type, listener] of Object.entries(listeners)) {
    root.addEventListener(type, listener as EventListener);
    cleanups.push(() => root.removeEventListener(type, listener as EventListener));
  }

  // ---- Start: the view the URL asks for, then the page is interactive ----

  if (urlMode === 'sync' || urlMode === 'read') {
    const { state, notes: found } = readUrlState(codec);
    view = { ...view, threat: state.threat, selected: state.element };
    notes(quiet ? [] : found);
    if (urlMode === 'sync') {
      cleanups.push(
        followHistory(codec, (state, found) => {
          update({ threat: state.threat, selected: state.element });
          notes(quiet ? [] : found);
        }),
      );
    }
  }
  render();
  root.dataset.js = 'true';
  // A mark that had focus before the controller arrived (the reader's first Tab is what loads it)
  // shows its tooltip now, as focus does later (onfocusin).
  const focused = markOf(root.ownerDocument.activeElement);
  if (focused) hover(focused.dataset.element!);
  // A tooltip shown before its stylesheet arrived was measured unstyled: place it again.
  void styled.then(() => hovered && renderTooltip());

  return {
    get view() {
      return view;
    },
    set: update,
    notes: (list) => notes(quiet ? [] : list),
    styled,
    destroy() {
      clearTimeout(leaveTimer);
      for (const cleanup of cleanups) cleanup();
    },
  };
}

function asThreat(value: string | undefined): DiagramThreat {
  return (DIAGRAM_THREATS as readonly string[]).includes(value ?? '') ? (value as DiagramThreat) : DEFAULT_VIEW.threat;
}

/** Deep copies of nodes, so the fade reason's link can appear in the panel as well as under the picture. */
function cloned(nodes: readonly Node[]): Node[] {
  return nodes.map((node) => node.cloneNode(true));
}
