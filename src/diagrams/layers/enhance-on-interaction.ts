/**
 * The layered diagram's loader on full pages and embeds, bundled into the page by Figure.astro and
 * Embed.astro: for each diagram with a `data-src`, fetch the controller and the diagram's client
 * data when the reader first reaches for it (or at once when the URL asks for a view), then
 * enhance it. Until then the page loads no diagram script beyond this one.
 *
 * The parameters that ask for a view come from the markup (`data-view-params`), not from an import:
 * a module shared by this loader and the controller would be preloaded again when the controller
 * loads, which Firefox reports as a failed load of a module it already has.
 */
import { onFirstInteraction } from '../../lib/browser/first-interaction.ts';
import type { LayeredClientData } from './client-data.ts';

for (const root of document.querySelectorAll<HTMLElement>('.layered[data-src]')) {
  onFirstInteraction(root, (root.dataset.viewParams ?? '').split(' ').filter(Boolean), async () => {
    const [{ enhanceLayered }, data] = await Promise.all([
      import('./controller.ts'),
      fetch(root.dataset.src!).then((response) => {
        if (!response.ok) throw new Error(`${root.dataset.src} answered ${response.status}`);
        return response.json() as Promise<LayeredClientData>;
      }),
    ]);
    // The first click opens the panel: its stylesheet first, so it never shows unstyled.
    await enhanceLayered(root, { elements: data.elements }).styled;
  });
}
