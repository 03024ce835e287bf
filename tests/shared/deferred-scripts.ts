/**
 * Whether the page in a browser has run the scripts it starts after its first paint
 * (src/node/html-tidy.ts: the loader is `script[data-deferred-scripts]`, and it sets
 * `data-scripts="ready"` on <html> once its imports have run), has no such loader (embeds), or
 * cannot run scripts at all (JavaScript off: the loader never will).
 * Runs in the page: the end-to-end fixtures and the engine suite send it as source text, so it
 * uses nothing from this module's scope.
 */
export function deferredScriptsHaveRun(): boolean {
  return (
    !document.querySelector('script[data-deferred-scripts]') ||
    document.documentElement.getAttribute('data-scripts') === 'ready' ||
    matchMedia('(scripting: none)').matches
  );
}
