/**
 * `client:interaction`: hydrate an island when the reader reaches for it, or at once when the
 * page's URL asks for a view (any of the parameters given as the directive's value); a click
 * before hydration is held and replayed (src/lib/browser/first-interaction.ts).
 *
 * Used on embed pages and full pages whose diagram is complete without scripts (/timeline/, the
 * explorable): its links work, its switches work through CSS, so a reader who only looks never
 * downloads the island's script and the page does no hydration work at load.
 *
 * The island's props are not in the page (src/node/island-props.ts moves them to a JSON file
 * named in `data-props-src`): they are fetched here, while the component's modules load, and
 * set as the `props` attribute before Astro hydrates, so nothing the picture does not need comes
 * before it in the HTML.
 */
import type { ClientDirective } from 'astro';
import { viewParams } from '../lib/hydrate-on-interaction.ts';
import { onFirstInteraction } from '../lib/browser/first-interaction.ts';

const interaction: ClientDirective = (load, options, el) => {
  onFirstInteraction(el, viewParams(options.value), async () => {
    await fetchProps(el);
    const hydrate = await load();
    await hydrate();
  });
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
