import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findTestChromium } from './scripts/lib/test-tools.ts';

/**
 * End-to-end tests run against the production build (`astro build` first; `npm test` does it),
 * served from dist/ by scripts/serve-static.mjs (a static host, as in production). The browser is Debian's chromium-headless-shell where installed, else a system Chromium (scripts/lib/test-tools.ts; `npm test` installs it first).
 */
const executablePath = findTestChromium() ?? undefined;
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 45_000,
  // Islands hydrate when the browser is idle; on a busy two-core CI machine that can take seconds.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
    // The site registers a service worker (the offline copy). A page it controls fetches through
    // it, out of page.route()'s reach, and every fresh context would precache the site again:
    // blocked here, allowed by tests/e2e/offline.spec.ts, which tests it.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } } }],
  webServer: {
    command: `node scripts/serve-static.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
