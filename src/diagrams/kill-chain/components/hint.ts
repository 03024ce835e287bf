/**
 * A Svelte action for the site's tooltip mechanism: on a button with `popovertarget`, wires the
 * popover it names (src/lib/browser/hint-popover.ts).
 */
import { attachHint } from '../../../lib/browser/hint-popover.ts';

export function hint(trigger: HTMLElement): { destroy: () => void } {
  const id = trigger.getAttribute('popovertarget');
  const popover = id ? trigger.ownerDocument.getElementById(id) : null;
  return { destroy: popover ? attachHint(trigger, popover) : () => {} };
}
