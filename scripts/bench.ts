/**
 * `npm run bench`: what each page ships and how fast it becomes interactive. Not a test: times
 * vary from run to run. Builds first unless --no-build. Prints a table and writes
 * bench-results/bench.json.
 *   - JavaScript and total transfer: gzip bytes from dist/ (scripts/lib/page-weight.ts).
 *   - Time to interactive: navigation start to the island's hydration (data-js on the diagram),
 *     median of 5 loads in Chromium against the static server (scripts/serve-static.mjs).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { weighPage } from './lib/page-weight.ts';

const PAGES = ['/', '/layers/', '/order/', '/elements/', '/elements/space-based-interceptors/', '/about/'];
/** Pages with an island, and the selector that appears once it has hydrated. */
const INTERACTIVE: Record<string, string> = { '/': '.layered[data-js]', '/layers/': '.layered[data-js]' };
const PORT = 4323;
const RUNS = 5;

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['scripts/serve-static.mjs', '--port', String(PORT)], { stdio: 'ignore', detached: true });
const origin = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(origin)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
try {
  for (const page of PAGES) {
    const weight = weighPage('dist', page);
    let interactiveMs: number | null = null;
    const selector = INTERACTIVE[page];
    if (selector) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext();
        const tab = await context.newPage();
        await tab.goto(origin + page);
        await tab.waitForSelector(selector, { state: 'attached' });
        times.push(await tab.evaluate(() => performance.now()));
        await context.close();
      }
      interactiveMs = Math.round(median(times));
    }
    rows.push({ page, jsGzip: weight.js, totalGzip: weight.total, htmlGzip: weight.html, cssGzip: weight.css, interactiveMs, jsFiles: weight.jsFiles });
  }
} finally {
  await browser.close();
  process.kill(-server.pid!);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\npage                                   JS (gzip)   total (gzip)   time to interactive');
for (const row of rows) {
  console.log(`${row.page.padEnd(38)} ${kb(row.jsGzip).padStart(9)}   ${kb(row.totalGzip).padStart(12)}   ${row.interactiveMs === null ? '—' : `${row.interactiveMs} ms`}`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, pages: rows }, null, 2)}\n`);
console.log('\nwritten: bench-results/bench.json');
