/**
 * Development aid: screenshots of built pages at 390, 1024 and 1440 px, light and dark, for
 * looking at the work. Serve the build first (`npm run build && npm run preview`, or
 * scripts/serve-static.mjs; SHOTS_URL for another address). Usage:
 *   node scripts/screenshots.mjs [/path/ …]      (no paths: every page in dist/sitemap-0.xml)
 * SHOTS_DIR picks the folder (default screenshots/, which git ignores); FULL_PAGE=0 for the first screen only.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findFullChromium } from './lib/test-tools.ts';

const base = process.env.SHOTS_URL ?? 'http://127.0.0.1:4321';
const dir = process.env.SHOTS_DIR ?? 'screenshots';
const fullPage = process.env.FULL_PAGE !== '0';
const fromSitemap = () =>
  [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const paths = process.argv.length > 2 ? process.argv.slice(2) : fromSitemap();
mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({ executablePath: findFullChromium() ?? undefined, args: CHROMIUM_ARGS });
for (const path of paths) {
  for (const width of [390, 1024, 1440]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(base + path, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const name = `${dir}/${path.replace(/[^a-z0-9]+/gi, '_')}-${width}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
