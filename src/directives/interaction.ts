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
 *
 * The island's props are not in the page (src/build/island-props.ts moves them to a JSON file
 * named in `data-props-src`): they are fetched here, while the component's modules load, and
 * set as the `props` attribute before Astro hydrates, so nothing the picture does not need comes
 * before it in the HTML.
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
        await fetchProps(el);
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

/**
 * Set the island's props from its `data-props-src` file. The component and renderer modules are
 * requested at the same time, so the two downloads overlap; Astro's own import of them then
 * comes from the module map. The attribute is set before `load()`: Astro re-hydrates whenever
 * `props` changes after it has loaded the component.
 */
async function fetchProps(el: HTMLElement): Promise<void> {
  const src = el.dataset.propsSrc;
  if (!src) return;
  for (const name of ['component-url', 'renderer-url']) {
    const url = el.getAttribute(name);
    if (url) import(/* @vite-ignore */ url).catch(() => {});
  }
  const response = await fetch(src);
  if (!response.ok) throw new Error(`client:interaction: ${src} answered ${response.status}`);
  el.setAttribute('props', await response.text());
}

export default interaction;
