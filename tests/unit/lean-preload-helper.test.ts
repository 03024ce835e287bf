/**
 * The lean preload helper (src/node/integrations/lean-preload-helper.ts) run as the browser would
 * run it: its source imported as a module, against a small stand-in for `document` that records
 * the <link> elements it adds and lets the test fire their load or error events.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leanPreloadHelperSource } from '../../src/node/integrations/lean-preload-helper.ts';

interface FakeLink {
  rel: string;
  href: string;
  onload: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

type Preload = (load: () => Promise<unknown>, deps?: string[]) => Promise<unknown>;

let appended: FakeLink[];
const realDocument = (globalThis as { document?: unknown }).document;

beforeEach(() => {
  appended = [];
  (globalThis as { document?: unknown }).document = {
    createElement: () => ({ rel: '', href: '', onload: null, onerror: null }) satisfies FakeLink,
    head: { append: (link: FakeLink) => appended.push(link) },
  };
});

afterEach(() => {
  (globalThis as { document?: unknown }).document = realDocument;
});

/** A fresh copy of the helper module for a base (each import of a new data: URL is a new module). */
async function helperFor(base: string, copy: number): Promise<Preload> {
  const source = `${leanPreloadHelperSource(base)}\n// copy ${copy}`;
  const module = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(source)}`)) as { __vitePreload: Preload };
  return module.__vitePreload;
}

describe('the lean preload helper', () => {
  it("preloads a chunk's imports under the site's base, and returns the import itself", async () => {
    const preload = await helperFor('/golden-dome/', 1);
    const result = await preload(async () => ({ enhanceLayered: 'the controller' }), ['_astro/controller.js', '_astro/url-sync.js']);
    expect(result).toEqual({ enhanceLayered: 'the controller' });
    expect(appended.map(({ rel, href }) => [rel, href])).toEqual([
      ['modulepreload', '/golden-dome/_astro/controller.js'],
      ['modulepreload', '/golden-dome/_astro/url-sync.js'],
    ]);
  });

  it('adds each link once, however often the import runs', async () => {
    const preload = await helperFor('/', 2);
    await preload(async () => 1, ['_astro/a.js']);
    await preload(async () => 2, ['_astro/a.js', '_astro/b.js']);
    expect(appended.map(({ href }) => href)).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });

  it('runs the import at once when it has nothing to preload', async () => {
    const preload = await helperFor('/', 3);
    await expect(preload(async () => 'pagefind')).resolves.toBe('pagefind');
    await expect(preload(async () => 'pagefind', [])).resolves.toBe('pagefind');
    expect(appended).toEqual([]);
  });

  it('waits for a stylesheet the import needs, and fails with its address when it cannot load', async () => {
    const preload = await helperFor('/', 4);
    let imported = false;
    const loading = preload(async () => {
      imported = true;
    }, ['_astro/panel.css']);
    await Promise.resolve();
    expect(appended[0]).toMatchObject({ rel: 'stylesheet', href: '/_astro/panel.css' });
    expect(imported).toBe(false);
    appended[0].onload!({});
    await loading;
    expect(imported).toBe(true);

    const failing = preload(async () => 'never', ['_astro/missing.css']);
    await Promise.resolve();
    appended[1].onerror!({});
    await expect(failing).rejects.toThrow('Unable to preload CSS for /_astro/missing.css');
  });

  it('refuses a base that is not an absolute path, naming it', () => {
    expect(() => leanPreloadHelperSource('./')).toThrow('the base "./" is not an absolute path');
  });
});
