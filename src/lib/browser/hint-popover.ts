/**
 * The site's one tooltip mechanism: a trigger and a native `popover`. A trigger button names it
 * with `popovertarget`, and the browser opens and closes it on click or tap, and closes it on
 * Escape or a click elsewhere, with or without JavaScript (the kill chain's durations). A trigger
 * that has to stay inline text (a glossary term: a link with the role of a button) gets the same
 * toggling here, on a plain click, Enter or Space. This adds opening on hover (after a short delay)
 * and on keyboard focus, keeps it open while the pointer is over it (WCAG 1.4.13), places it by
 * the trigger inside the viewport, and keeps `aria-expanded` true to what is shown.
 */
import { isPlainClick } from '../events.ts';

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

/**
 * What a button with `popovertarget` does, for another trigger: a plain click (or Enter, which
 * clicks a link) and Space open a closed popover and close an open one. The browser's light
 * dismiss closes an open popover when the press on the trigger ends, before the click, so the
 * state at the press decides.
 */
function toggling(trigger: HTMLElement, popover: HTMLElement, show: () => void): [EventTarget, string, EventListener][] {
  let openAtPress = false;
  const isOpen = () => popover.matches(':popover-open');
  const toggle = (wasOpen: boolean) => {
    if (!wasOpen) show();
    else if (isOpen()) popover.hidePopover();
  };
  const onPress = () => (openAtPress = isOpen());
  const onClick = (event: MouseEvent) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    // A click from the keyboard (Enter) has no press before it: detail is 0.
    toggle(event.detail === 0 ? isOpen() : openAtPress);
    openAtPress = false;
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== ' ' || event.repeat) return;
    event.preventDefault();
    toggle(isOpen());
  };
  return [
    [trigger, 'pointerdown', onPress],
    [trigger, 'click', onClick as EventListener],
    [trigger, 'keydown', onKey as EventListener],
  ];
}

/** Wire `trigger` (a button with `popovertarget`, or an inline trigger: see toggling()) to `popover`; returns the undo. */
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
  if (!(trigger instanceof HTMLButtonElement && trigger.hasAttribute('popovertarget'))) listeners.push(...toggling(trigger, popover, show));
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
  return () => {
    clearTimeout(timer);
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
  };
}
