import type { Frame, Page } from '@playwright/test';

/**
 * In a page showing a standalone SVG download: the height its foreignObject gives the diagram,
 * and the height the diagram's content needs there (its root clips what does not fit).
 */
export function exportFit(page: Page): Promise<{ given: number; needed: number }> {
  return page.evaluate(() => {
    const foreign = document.querySelector('foreignObject')!;
    const root = foreign.firstElementChild!;
    // A range's box covers the content even where the root clips it, and not the root's own height.
    const range = document.createRange();
    range.selectNodeContents(root);
    const top = root.getBoundingClientRect().top;
    return { given: Math.round(foreign.getBoundingClientRect().height), needed: Math.ceil(range.getBoundingClientRect().bottom - top) };
  });
}

/**
 * An embed page's content height at its current width: how tall its frame must be. The bottom of
 * <main id="embed">, as the embed's own resize script measures it (src/lib/browser/embed-resize.js),
 * not the document's scroll height, which never falls below the frame's height. A page or a frame.
 */
export function embedContentHeight(page: Page | Frame): Promise<number> {
  return page.evaluate(() => {
    const main = document.getElementById('embed');
    if (!main) throw new Error('not an embed page: no <main id="embed">');
    return Math.ceil(main.getBoundingClientRect().bottom + scrollY + (parseFloat(getComputedStyle(document.body).marginBottom) || 0));
  });
}
