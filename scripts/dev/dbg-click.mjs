import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
context.on('page', (p) => console.log('popup', p.url()));
await page.route(/\/_astro\/LayeredDiagram[^/]*\.js$/, async (route) => { await new Promise((r) => setTimeout(r, 600)); await route.continue(); });
await page.goto('http://localhost:4321/embed/layers/');
const mark = page.locator('.layout-wide a.mark[data-element="midcourse-intercept"] text');
console.log('count', await mark.count(), await mark.isVisible());
try { await mark.click({ timeout: 5000 }); console.log('clicked'); } catch (e) { console.log('click failed', e.message.slice(0, 1500)); }
await page.waitForTimeout(1500);
console.log('panel', await page.locator('[data-panel="midcourse-intercept"]').isVisible(), page.url());
await browser.close();
