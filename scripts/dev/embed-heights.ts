/**
 * Development aid: measure what src/lib/diagrams.ts records for each diagram's embed (needs the
 * static server on 4321), and print the values to put there:
 *   - `measured`: the embed page's content height at widths up to the embed's width, which
 *     the frame's shape for hosts that strip scripts is fitted to (src/lib/embed-shape.ts);
 *   - `exportHeight`: what the build-time standalone SVG's diagram needs.
 * The e2e tests in tests/e2e/embeds.spec.ts fail when these drift from the pages.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { DIAGRAMS, MEASURED_WIDTHS } from '../../src/diagrams/registry.ts';
import { exportFit, embedContentHeight } from '../../tests/e2e/export-height.ts';

const origin = 'http://localhost:4321';
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
for (const diagram of DIAGRAMS) {
  const measured: [number, number][] = [];
  for (const width of MEASURED_WIDTHS.filter((w) => w <= diagram.embed.width)) {
    const page = await browser.newPage({ viewport: { width, height: 100 } });
    await page.goto(`${origin}/embed/${diagram.id}/`);
    measured.push([width, await embedContentHeight(page)]);
    await page.close();
  }
  const page = await browser.newPage();
  await page.goto(`${origin}/downloads/${diagram.id}.svg`);
  const { needed } = await exportFit(page);
  await page.close();
  console.log(`${diagram.id}: measured: ${JSON.stringify(measured)}, exportHeight: ${Math.ceil(needed / 10) * 10 + 20}`);
}
await browser.close();
