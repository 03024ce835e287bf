// Development aid: screenshot one element of a page. node scripts/dev/shot-el.mjs URL SELECTOR OUT [width] [scheme]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findFullChromium } from '../lib/test-tools.ts';
const [url, selector, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findFullChromium() ?? undefined, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url);
await page.waitForTimeout(500);
await page.locator(selector).first().screenshot({ path: out });
await browser.close();
