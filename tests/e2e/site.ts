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
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}: ${node.failureSummary?.split('\n').join(' ')}`),
  );
}
