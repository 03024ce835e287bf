/**
 * `client:interaction`: hydrate an island when the reader reaches for it (a pointer over it, a
 * touch, focus inside it, a key), or at once when the page's URL asks for a view (any of the
 * parameters given as the directive's value).
 *
 * Used on embed pages and on the full pages whose diagram is complete without scripts (/,
 * /layers/, /timeline/, the explorable): its links work, the threat switch works through :target,
 * so a reader who only looks never downloads the island's script and the page does no hydration
 * work at load; one who reaches for it gets it before the click lands.
 *
 * A click that arrives before hydration has finished is held and replayed on the same element
 * once it has: the first click then does what it does on a hydrated diagram (open the panel,
 * press the button) instead of what the static markup falls back to (follow the link).
 */
import type { ClientDirective } from 'astro';
import { asksForView, INTERACTION_EVENTS, viewParams } from '../lib/hydrate-on-interaction.ts';

const interaction: ClientDirective = (load, options, el) => {
  let hydration: Promise<void> | undefined;

  function holdClick(event: MouseEvent): void {
    const target = event.target;
    if (!event.isTrusted || !(target instanceof Element)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // Replayed whether or not hydration worked: if it failed, the static markup's own behaviour
    // (follow the link) is still better than a click that does nothing.
    void start().finally(() => target.dispatchEvent(new MouseEvent('click', event)));
  }

  function start(): Promise<void> {
    hydration ??= (async () => {
      for (const type of INTERACTION_EVENTS) el.removeEventListener(type, start);
      try {
        const hydrate = await load();
        await hydrate();
      } finally {
        el.removeEventListener('click', holdClick, true);
      }
    })();
    return hydration;
  }

  if (asksForView(window.location.search, viewParams(options.value))) {
    void start();
    return;
  }
  for (const type of INTERACTION_EVENTS) el.addEventListener(type, start, { once: true, passive: true });
  el.addEventListener('click', holdClick, true);
};

export default interaction;
