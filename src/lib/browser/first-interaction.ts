/**
 * Start something (hydrate an island, enhance a diagram) when the reader reaches for an element
 * (a pointer over it, a touch, focus inside it, a key), or at once when the page's URL asks for a
 * view (any of `params` in the query). Used by the `client:interaction` directive and by the
 * layered diagram's loader, so both behave the same.
 *
 * A click that arrives before the start has finished is held and replayed on the same element
 * once it has: the first click then does what it does on an interactive diagram (open the panel,
 * press the button) instead of what the static markup falls back to (follow the link). It is
 * replayed whether or not the start worked: if it failed, the markup's own behaviour (follow the
 * link) is still better than a click that does nothing.
 */
import { asksForView, INTERACTION_EVENTS } from '../hydrate-on-interaction.ts';

export function onFirstInteraction(el: HTMLElement, params: readonly string[], start: () => Promise<void>): void {
  let started: Promise<void> | undefined;

  function run(): Promise<void> {
    started ??= (async () => {
      for (const type of INTERACTION_EVENTS) el.removeEventListener(type, run);
      try {
        await start();
      } finally {
        el.removeEventListener('click', holdClick, true);
      }
    })();
    return started;
  }

  function holdClick(event: MouseEvent): void {
    const target = event.target;
    if (!event.isTrusted || !(target instanceof Element)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void run().finally(() => target.dispatchEvent(new MouseEvent('click', event)));
  }

  if (asksForView(window.location.search, params)) {
    void run();
    return;
  }
  for (const type of INTERACTION_EVENTS) el.addEventListener(type, run, { once: true, passive: true });
  el.addEventListener('click', holdClick, true);
}
