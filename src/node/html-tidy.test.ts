import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  deferModuleScripts,
  deferredScriptsLoader,
  deferredScriptUrls,
  moveIslandStyle,
  pruneCspHashes,
  stripHydrationMarkers,
  tidyPage,
} from './html-tidy.ts';

const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('stripHydrationMarkers', () => {
  it("removes Svelte's markers from markup that nothing hydrates", () => {
    expect(stripHydrationMarkers('<svg><!--[--><!--[0--><g></g><!--]--><!--[-1--><!----><text>a</text><!--]--></svg>')).toBe(
      '<svg><g></g><text>a</text></svg>',
    );
  });

  it('keeps them inside islands, nested or not, and keeps other comments', () => {
    const island = '<astro-island uid="a"><!--[--><p>x</p><astro-island uid="b"><!--[-1--></astro-island><!--]--></astro-island>';
    expect(stripHydrationMarkers(`<!--[-->${island}<!--]--><!-- a note -->`)).toBe(`${island}<!-- a note -->`);
  });
});

describe('pruneCspHashes', () => {
  const script = 'console.log(1)';
  const style = 'p{color:red}';
  const page = (policy: string) =>
    `<head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body><script>${script}</script><script type="module" src="/a.js"></script></body>`;

  it("keeps the hashes of the page's own inline scripts and styles, and drops the rest", () => {
    const policy = `default-src 'self'; script-src 'self' '${hash(script)}' '${hash('other()')}'; style-src 'self' '${hash('q{}')}' '${hash(style)}';`;
    expect(pruneCspHashes(page(policy))).toBe(
      page(`default-src 'self'; script-src 'self' '${hash(script)}'; style-src 'self' '${hash(style)}';`),
    );
  });

  it('leaves a page without a policy alone', () => {
    expect(pruneCspHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});

describe('tidyPage', () => {
  it('moves the island style to the head and hashes it where it ends up', () => {
    const islandStyle = 'astro-island,astro-slot,astro-static-slot{display:contents}';
    const html = `<head><meta http-equiv="content-security-policy" content="style-src 'self' '${hash(islandStyle)}' '${hash('x')}'"></head><body><style>${islandStyle}</style><astro-island></astro-island></body>`;
    const tidy = tidyPage(html);
    expect(tidy).toBe(moveIslandStyle(html).replace(` '${hash('x')}'`, ''));
    expect(tidy.indexOf(islandStyle)).toBeLessThan(tidy.indexOf('</head>'));
  });
});

describe('deferModuleScripts', () => {
  const page = (policy: string, body: string) =>
    `<head><meta http-equiv="content-security-policy" content="${policy}"></head><body><p>text</p>${body}</body>`;
  const scripts = '<script type="module" src="/_astro/a.js"></script><p>more</p><script type="module" src="/_astro/b.js"></script>';

  it('replaces the module scripts with one loader at the end of the body, allowed by its hash', () => {
    const deferred = deferModuleScripts(page("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';", scripts));
    const loader = deferredScriptsLoader(['/_astro/a.js', '/_astro/b.js']);
    expect(deferred).toBe(
      page(
        `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${hash(loader)}'; style-src 'self';`,
        `<p>more</p><script type="module" data-deferred-scripts>${loader}</script>`,
      ),
    );
    expect(deferredScriptUrls(deferred)).toEqual(['/_astro/a.js', '/_astro/b.js']);
    // The hash survives the pruning that follows (the loader is one of the page's inline scripts).
    expect(pruneCspHashes(deferred)).toBe(deferred);
  });

  /**
   * Runs the loader's code (as the browser would, with `import()` swapped for a recorder) against a
   * page whose visibility and paint reporting the test sets, with its timers run by hand.
   */
  function runLoader({ hidden = false, entryTypes }: { hidden?: boolean; entryTypes?: string[] }) {
    const imported: string[] = [];
    const timers: { run: () => void; delay: number }[] = [];
    let observer: { callback: (list: unknown, self: { disconnect(): void }) => void; type?: string; disconnected: boolean } | undefined;
    const dataset: Record<string, string> = {};
    class FakeObserver {
      static supportedEntryTypes = entryTypes;
      constructor(callback: (list: unknown, self: { disconnect(): void }) => void) {
        observer = { callback, disconnected: false };
      }
      observe(options: { type: string; buffered: boolean }) {
        observer!.type = options.type;
        expect(options.buffered).toBe(true);
      }
      disconnect() {
        observer!.disconnected = true;
      }
    }
    const code = deferredScriptsLoader(['/_astro/a.js', '/_astro/b.js']).replace('import(u)', 'record(u)');
    expect(code).toContain('record(u)');
    const start = () =>
      new Function('PerformanceObserver', 'document', 'setTimeout', 'record', code)(
        entryTypes ? FakeObserver : undefined,
        { visibilityState: hidden ? 'hidden' : 'visible', documentElement: { dataset } },
        (run: () => void, delay = 0) => timers.push({ run, delay }),
        (url: string) => (imported.push(url), Promise.resolve({})),
      );
    // Where there is no PerformanceObserver the loader throws after it has set its 2 s start, as a
    // module script would (the error goes to the console, the page goes on).
    if (entryTypes || hidden) start();
    else expect(start).toThrow(TypeError);
    const runTimers = (maxDelay: number) => {
      const due = timers.filter((timer) => timer.delay <= maxDelay);
      timers.splice(0, timers.length, ...timers.filter((timer) => timer.delay > maxDelay));
      for (const timer of due) timer.run();
    };
    return { imported, timers, dataset, observer: () => observer, runTimers };
  }

  it('starts the imports once the first largest-contentful-paint entry is reported, not before', async () => {
    const page = runLoader({ entryTypes: ['paint', 'largest-contentful-paint', 'mark'] });
    expect(page.observer()?.type).toBe('largest-contentful-paint');
    page.runTimers(0);
    expect(page.imported).toEqual([]);
    page.observer()!.callback([], { disconnect: () => (page.observer()!.disconnected = true) });
    expect(page.observer()!.disconnected).toBe(true);
    page.runTimers(0);
    expect(page.imported).toEqual(['/_astro/a.js', '/_astro/b.js']);
    await Promise.resolve();
    await Promise.resolve();
    expect(page.dataset.scripts).toBe('ready');
    // The 2 s safety start finds the imports done and starts nothing twice.
    page.runTimers(2000);
    expect(page.imported).toHaveLength(2);
  });

  it('waits for first-contentful-paint where LCP is not reported, and for nothing in a hidden tab', () => {
    const webkit = runLoader({ entryTypes: ['paint', 'mark'] });
    expect(webkit.observer()?.type).toBe('paint');
    const hidden = runLoader({ hidden: true, entryTypes: ['largest-contentful-paint'] });
    expect(hidden.imported).toHaveLength(2);
    expect(hidden.observer()).toBeUndefined();
  });

  it('starts the imports after 2 s when no paint is ever reported, or the engine has no paint timing', () => {
    for (const page of [runLoader({ entryTypes: ['largest-contentful-paint'] }), runLoader({})]) {
      page.runTimers(1999);
      expect(page.imported).toEqual([]);
      page.runTimers(2000);
      expect(page.imported).toHaveLength(2);
    }
  });

  it('leaves a page without module scripts, or without a policy, alone', () => {
    const plain = page("script-src 'self'", '<script>inline()</script>');
    expect(deferModuleScripts(plain)).toBe(plain);
    expect(deferredScriptUrls(plain)).toEqual([]);
    const noPolicy = `<body>${scripts}</body>`;
    expect(deferModuleScripts(noPolicy)).toBe(noPolicy);
  });

  it('fails the build, saying why, when the policy has no script-src', () => {
    expect(() => deferModuleScripts(page("default-src 'self'", scripts))).toThrow('has no script-src');
  });

  it('runs on every page tidyPage tidies, embeds included', () => {
    const tidied = tidyPage(page("script-src 'self'", scripts));
    expect(tidied).not.toContain('<script type="module" src=');
    expect(deferredScriptUrls(tidied)).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });
});
