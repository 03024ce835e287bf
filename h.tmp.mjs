import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const paths = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
for (const path of paths) {
  await p.goto('http://127.0.0.1:4321' + path);
  const h = await p.evaluate(() => document.documentElement.scrollHeight);
  const toc = await p.locator('nav[aria-label="On this page"]').count();
  console.log((h / 844).toFixed(1).padStart(6), toc, path);
}
await b.close();
