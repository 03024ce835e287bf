import { defineConfig } from '@playwright/test';
import { ENGINES, type Engine } from './driver.ts';

/**
 * The smoke suite in three browser engines (docs/TESTING.md): `npm run test:engines` runs
 * Firefox and WebKit (Chromium has the full Playwright suite); ENGINES=chromium,firefox,webkit
 * (any of them, comma-separated) picks others. Playwright Test is only the runner here: the
 * browsers are driven by puppeteer-core and WebKitWebDriver (fixtures.ts). One worker per engine,
 * so each browser starts once and the engines run side by side.
 */
const requested = (process.env.ENGINES ?? 'firefox,webkit')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = requested.filter((name) => !(ENGINES as readonly string[]).includes(name));
if (unknown.length > 0) throw new Error(`ENGINES: unknown engine ${unknown.join(', ')}; choose from ${ENGINES.join(', ')}`);
const engines = requested as Engine[];
// WebdriverIO's protocol client logs each connection at "info"; the workers inherit this.
process.env.WDIO_LOG_LEVEL ??= 'warn';

export default defineConfig<object, { engine: Engine }>({
  testDir: '.',
  testMatch: 'smoke.spec.ts',
  fullyParallel: false,
  workers: engines.length,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  projects: engines.map((engine) => ({ name: engine, use: { engine } })),
});
