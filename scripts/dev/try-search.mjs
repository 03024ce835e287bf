import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.text()));
for (const q of ['custody layer', 'countervalue']) {
  await page.goto('http://127.0.0.1:4321/search/?q=' + encodeURIComponent(q));
  await page.waitForTimeout(1500);
  console.log(q, await page.locator('.search-status').textContent());
  console.log(await page.locator('.search-results > li > a').evaluateAll((a) => a.map((x) => x.getAttribute('href') + ' ' + x.textContent)));
}
await browser.close();
