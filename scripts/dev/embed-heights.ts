/**
 * Development aid: open each build-time standalone SVG (dist/downloads/<id>.svg, served on 4321)
 * and print how tall its diagram needs to be, with the value to put in `embed.exportHeight`
 * (src/lib/diagrams.ts). The e2e test "the SVG is tall enough for its diagram" holds the numbers.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { DIAGRAMS } from '../../src/lib/diagrams.ts';
import { exportFit } from '../../tests/e2e/export-height.ts';

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const diagram of DIAGRAMS) {
  await page.goto(`http://localhost:4321/downloads/${diagram.id}.svg`);
  const { given, needed } = await exportFit(page);
  console.log(diagram.id.padEnd(20), 'given', given, 'needed', needed, 'suggested exportHeight', Math.ceil(needed / 10) * 10 + 20);
}
await browser.close();
