/**
 * Shared helpers for the end-to-end tests: the list of built pages (from the sitemap the build
 * writes, so a new page is tested without editing a list), the order's data, and axe.
 */
import { readFileSync, readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parseOrderText } from '../../src/lib/order.ts';

/** Every page in the built sitemap, as a path (`/order/`). */
export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const xml = files.map((name) => readFileSync(`dist/${name}`, 'utf8')).join('\n');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  if (paths.length === 0) throw new Error('The sitemap lists no pages: run `npm run build` first.');
  return paths;
}

export const orderParagraphs = parseOrderText(readFileSync('content/order/eo-14186.txt', 'utf8'));

/** WCAG 2.2 AA, as the project requires. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe violations on the page as it is now, formatted so a failure says what and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself: the default opens a second page per analysis to
  // merge frames' results, which made each run about 40 % slower here (3.8 s against 2.3 s on
  // /reporting/), with the same findings. (axe's resultTypes option would save more, but it
  // reported a landmark-unique violation on /reporting/ that the full run does not.)
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}: ${node.failureSummary?.split('\n').join(' ')}`),
  );
}

/**
 * Resolves once the page has painted `frames` animation frames: how a test waits to see that
 * something did not move (a paused animation) without a fixed sleep.
 */
export async function animationFrames(page: Page, frames = 10): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let seen = 0;
        const tick = () => (++seen >= count ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

/**
 * The requests the page makes from now on to any origin other than the site's (data: and blob:
 * are not requests to anyone): a live list, to read after the page has done its work.
 */
export function foreignRequests(page: Page, baseURL: string): string[] {
  const origin = new URL(baseURL).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(`${page.url()} → ${request.url()}`);
  });
  return foreign;
}
