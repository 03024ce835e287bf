/**
 * The layered diagram's loader on full pages and embeds, bundled into the page by Figure.astro and
 * Embed.astro: for each diagram with a `data-src`, fetch the controller and the diagram's client
 * data when the reader first reaches for it (or at once when the URL asks for a view), then
 * enhance it. Until then the page loads no diagram script beyond this one.
 */
import { onFirstInteraction } from '../../lib/browser/first-interaction.ts';
import { LAYERS_PARAMS } from './params.ts';
import type { LayeredClientData } from './client-data.ts';

for (const root of document.querySelectorAll<HTMLElement>('.layered[data-src]')) {
  onFirstInteraction(root, LAYERS_PARAMS, async () => {
    const [{ enhanceLayered }, data] = await Promise.all([
      import('./controller.ts'),
      fetch(root.dataset.src!).then((response) => {
        if (!response.ok) throw new Error(`${root.dataset.src} answered ${response.status}`);
        return response.json() as Promise<LayeredClientData>;
      }),
    ]);
    enhanceLayered(root, { elements: data.elements });
  });
}
