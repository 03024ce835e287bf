// Development aid: the tour scrolled to a step, wide and narrow, and without JavaScript.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findFullChromium } from '../lib/test-tools.ts';
const browser = await chromium.launch({ executablePath: findFullChromium() ?? undefined, args: CHROMIUM_ARGS });
for (const [name, width, js] of [
  ['wide', 1280, true],
  ['narrow', 375, true],
  ['nojs', 375, false],
]) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: js });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4321/tour/');
  await page.waitForTimeout(800);
  await page.locator('#step-boost').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -100));
  await page.waitForTimeout(800);
  await page.screenshot({ path: `screenshots/tour-${name}.png` });
  await context.close();
}
await browser.close();
