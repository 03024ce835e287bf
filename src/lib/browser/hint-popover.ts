/**
 * The site's one tooltip mechanism: a trigger button and a native `popover` it names with
 * `popovertarget`. The browser opens and closes it on click or tap, and closes it on Escape or a
 * click elsewhere, with or without JavaScript; this adds opening on hover (after a short delay)
 * and on keyboard focus, keeps it open while the pointer is over it (WCAG 1.4.13), places it by
 * the trigger inside the viewport, and keeps `aria-expanded` true to what is shown. Used by the
 * glossary's terms and the kill chain's durations.
 */

const HOVER_DELAY_MS = 200;

/** Place `popover` below `anchor` (above it when there is no room), inside the viewport. */
export function placeBy(popover: HTMLElement, anchor: HTMLElement): void {
  const rect = anchor.getBoundingClientRect();
  const width = popover.offsetWidth;
  const height = popover.offsetHeight;
  const left = Math.min(Math.max(8, rect.left), window.innerWidth - width - 8);
  const below = rect.bottom + 6;
  const top = below + height > window.innerHeight - 8 ? Math.max(8, rect.top - height - 6) : below;
  // CSSOM, not a style attribute: allowed by the Content Security Policy.
  popover.style.left = `${left}px`;
  popover.style.top = `${top}px`;
}

/** Whether this browser has the popover API (older ones keep the plain fallback). */
export const popoversSupported = (): boolean => typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/** Wire `trigger` (a button with `popovertarget`) to `popover`; returns the undo. */
export function attachHint(trigger: HTMLElement, popover: HTMLElement): () => void {
  if (!popoversSupported()) return () => {};
  const root = trigger.ownerDocument;
  trigger.setAttribute('aria-expanded', 'false');
  trigger.setAttribute('aria-controls', popover.id);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const isOpen = () => popover.matches(':popover-open');
  const show = () => {
    clearTimeout(timer);
    if (!isOpen()) popover.showPopover();
  };
  const hideSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (isOpen() && !popover.matches(':hover') && !popover.contains(root.activeElement) && root.activeElement !== trigger)
        popover.hidePopover();
    }, HOVER_DELAY_MS);
  };
  const onToggle = (event: Event) => {
    const open = (event as ToggleEvent).newState === 'open';
    trigger.setAttribute('aria-expanded', String(open));
    if (open) placeBy(popover, trigger);
  };
  const onEnter = (event: PointerEvent) => {
    if (event.pointerType === 'mouse') timer = setTimeout(show, HOVER_DELAY_MS);
  };
  const onFocus = () => {
    if (trigger.matches(':focus-visible')) show();
  };
  const listeners: [EventTarget, string, EventListener][] = [
    [popover, 'toggle', onToggle],
    [trigger, 'pointerenter', onEnter as EventListener],
    [trigger, 'pointerleave', hideSoon],
    [popover, 'pointerleave', hideSoon],
    [popover, 'focusout', hideSoon],
    [trigger, 'focus', onFocus],
    [trigger, 'blur', hideSoon],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
  return () => {
    clearTimeout(timer);
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
  };
}
