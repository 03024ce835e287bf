/**
 * A lean stand-in for Vite's preload helper, the module through which the bundler routes every
 * dynamic `import()` in browser code (the layered diagram's loader fetching its controller, the
 * search page fetching Pagefind). Vite's helper is 0.9 KB of gzip that every diagram page and
 * embed loaded before its load event, a request of its own chained behind the loader (issue 17).
 * This one keeps what the site uses: it starts fetching the imported chunk's own imports at once
 * (`<link rel="modulepreload">`) instead of one round trip later, and waits for a stylesheet an
 * import needs. It leaves out Vite's `vite:preloadError` event, CSP nonces (the site's policy uses
 * hashes) and relative bases (Astro's base is absolute). Tested in tests/unit/lean-preload-helper.test.ts
 * and, in the browser, by every test that opens the layered diagram's panel.
 */
import type { AstroIntegration } from 'astro';

/** The id under which Vite's build resolves its preload helper (vite/src/node/plugins/importAnalysisBuild.ts). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/** The helper's source for a site served under `base` (Astro's `base`, always absolute). */
export function leanPreloadHelperSource(base: string): string {
  if (!base.startsWith('/')) throw new Error(`lean-preload-helper: the base "${base}" is not an absolute path`);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `const seen = new Set();
export const __vitePreload = async (load, deps) => {
  await Promise.all((deps || []).map((dep) => {
    const href = ${JSON.stringify(prefix)} + dep;
    if (seen.has(href)) return;
    seen.add(href);
    const link = document.createElement('link');
    link.href = href;
    if (!dep.endsWith('.css')) {
      link.rel = 'modulepreload';
      document.head.append(link);
      return;
    }
    link.rel = 'stylesheet';
    return new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => reject(new Error('Unable to preload CSS for ' + href));
      document.head.append(link);
    });
  }));
  return load();
};
`;
}

export default function leanPreloadHelper(): AstroIntegration {
  return {
    name: 'golden-dome:lean-preload-helper',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const source = leanPreloadHelperSource(config.base);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'golden-dome:lean-preload-helper',
                // Before Vite's own import analysis, which would otherwise load its helper.
                enforce: 'pre',
                load(id: string) {
                  return id === PRELOAD_HELPER_ID ? source : undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
