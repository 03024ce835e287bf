import type { Page } from '@playwright/test';

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

/** An embed page's content height at the page's current width: how tall its frame must be. */
export function embedContentHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}
