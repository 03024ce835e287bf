/**
 * Development aid: screenshots of built pages, wide and 375 px, light and dark, for looking at the
 * work. Usage: `npm run build && node scripts/screenshots.mjs /order/ /elements/x/` (needs a
 * running `npm run preview`; set SHOTS_URL for another address). Writes PNGs to ./screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const base = process.env.SHOTS_URL ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2);
const fullPage = process.env.FULL_PAGE !== '0';
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
for (const path of paths.length ? paths : ['/']) {
  for (const [label, width] of [
    ['wide', 1280],
    ['narrow', 375],
  ]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(base + path);
      await page.waitForTimeout(300);
      const name = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_')}-${label}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
