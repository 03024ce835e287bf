/**
 * `npm run measure:embeds`: measure what each registered diagram's embed needs and write it to
 * src/diagrams/embed-sizes.json (generated: do not edit it by hand). Needs a build (`npm run
 * build` first; the npm script does it). For each diagram:
 *   - `measured`: the embed page's content height at each width in MEASURED_WIDTHS up to the
 *     embed's own, which the frame's shape for hosts that strip scripts is fitted to
 *     (src/lib/embed-shape.ts);
 *   - `exportHeight`: what the build-time standalone SVG's diagram needs, plus a little.
 * Chromium measures; tests/e2e/embeds.spec.ts fails when the pages drift from these numbers.
 */
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findTestChromium } from './lib/test-tools.ts';
import { createStaticServer } from './lib/static-server.mjs';
import { DIAGRAMS, MEASURED_WIDTHS } from '../src/diagrams/registry.ts';
import { embedContentHeight, exportFit } from './lib/embed-measure.ts';

// In this process, on a port the system picks: no second server to start, wait for and kill.
const server = createStaticServer();
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({ executablePath: findTestChromium() ?? undefined, args: CHROMIUM_ARGS });
const sizes: Record<string, { measured: [number, number][]; exportHeight: number }> = {};
try {
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
    sizes[diagram.id] = { measured, exportHeight: Math.ceil(needed / 10) * 10 + 20 };
    console.log(`${diagram.id}: ${JSON.stringify(sizes[diagram.id])}`);
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
const lines = Object.entries(sizes).map(
  ([id, size]) =>
    `  ${JSON.stringify(id)}: {\n    "measured": ${JSON.stringify(size.measured).replace(/\],\[/g, '], [')},\n    "exportHeight": ${size.exportHeight}\n  }`,
);
writeFileSync('src/diagrams/embed-sizes.json', `{\n${lines.join(',\n')}\n}\n`);
console.log('wrote src/diagrams/embed-sizes.json; now run npm run build again, so the embed frames use the new sizes');
