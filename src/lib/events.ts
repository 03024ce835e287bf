/**
 * Whether a click is a plain left click, with no modifier key. Diagram marks and key entries are
 * links: a plain click selects in place, while a middle or modified click still opens the page.
 */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
