/** ensureStylesheet (src/lib/browser/stylesheet.ts) against a small stand-in for a document. */
import { describe, expect, it } from 'vitest';
import { ensureStylesheet } from '../../src/lib/browser/stylesheet.ts';

function fakeDocument() {
  const links: { rel: string; href: string; fire: (type: string) => void }[] = [];
  const doc = {
    baseURI: 'https://example.org/embed/layers/?threat=cruise',
    createElement: () => {
      const listeners = new Map<string, () => void>();
      const link = {
        rel: '',
        href: '',
        addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
        fire: (type: string) => listeners.get(type)?.(),
      };
      return link;
    },
    head: { append: (link: (typeof links)[number]) => links.push(link) },
  };
  return { doc: doc as unknown as Document, links };
}

describe('ensureStylesheet', () => {
  it('adds the stylesheet once, at its absolute address, and settles when it has loaded', async () => {
    const { doc, links } = fakeDocument();
    let settled = false;
    const first = ensureStylesheet('/_astro/panel.test-a.css', doc).then(() => (settled = true));
    const again = ensureStylesheet('https://example.org/_astro/panel.test-a.css', doc);
    expect(links.map(({ rel, href }) => [rel, href])).toEqual([['stylesheet', 'https://example.org/_astro/panel.test-a.css']]);
    await Promise.resolve();
    expect(settled).toBe(false);
    links[0].fire('load');
    await first;
    await again;
    expect(settled).toBe(true);
  });

  it('settles on an error too, so nothing waits for a stylesheet that will not come', async () => {
    const { doc, links } = fakeDocument();
    const arriving = ensureStylesheet('/_astro/panel.test-b.css', doc);
    links[0].fire('error');
    await expect(arriving).resolves.toBeUndefined();
  });
});
