/**
 * What every engine test gets, per worker (one worker per engine, so each browser starts once):
 * `site`, the built site served from dist/ by a plain static host that sends no CORS header (as
 * a host may, docs/DEPLOY.md), with the error probe added to every page, and a host page on a
 * second origin for the embed; and `driver`, the engine's browser behind the Driver interface.
 * After each test, an automatic check fails it if the page, the browser or the server saw an
 * error (probe.js, the browser's console where the protocol gives it, any 4xx/5xx answer).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { expect, test as base } from '@playwright/test';
import { staticHandler } from '../../scripts/lib/static-server.mjs';
import { CHROMIUM_ARGS, requireTool } from '../../scripts/lib/test-tools.ts';
import type { Driver, Engine } from './driver.ts';
import { deferredScriptsHaveRun } from '../shared/deferred-scripts.ts';
import { launchPuppeteer } from './puppeteer-driver.ts';
import { launchWebKit } from './webkit-driver.ts';

export interface Site {
  /** The site's origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  /** A second origin (localhost) whose every path answers with the page given to setHost. */
  host: string;
  setHost(body: string): void;
  /** Requests the site answered with an error status since the current test began. */
  failed: string[];
}

const PROBE_PATH = '/__engine-probe.js';
const probe = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');
const withProbe = (html: string) => {
  if (!html.includes('<head>')) throw new Error('a page without <head>: the error probe has nowhere to go');
  return html.replace('<head>', `<head><script src="${PROBE_PATH}"></script>`);
};

/** Waits until `fn` (run in the page) returns true; never a fixed sleep. */
export async function until<Args extends unknown[]>(driver: Driver, message: string, fn: (...args: Args) => boolean, ...args: Args) {
  await expect.poll(() => driver.evaluate(fn, ...args), { message, timeout: 15_000, intervals: [50, 100, 200] }).toBe(true);
}

/**
 * The driver, with a `goto` that also waits for the page's scripts: the site's pages start them
 * after the first paint (src/node/html-tidy.ts), so the load event no longer means they run.
 */
function waitingForScripts(driver: Driver): Driver {
  return {
    ...driver,
    async goto(url) {
      await driver.goto(url);
      await until(driver, "the page's deferred scripts run", deferredScriptsHaveRun);
    },
  };
}

async function listen(server: Server, hostname: string): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, hostname === 'localhost' ? 'localhost' : '127.0.0.1', resolve));
  return `http://${hostname}:${(server.address() as AddressInfo).port}`;
}

/**
 * The browser for an engine, from the system's packages: scripts/setup-test-tools.ts, the first
 * step of `npm test`, has installed them or stopped, so a missing one here means the suite was
 * started on its own (the error names the package).
 */
async function launch(engine: Engine): Promise<Driver> {
  if (engine === 'chromium') return launchPuppeteer('chromium', requireTool('chromium'), CHROMIUM_ARGS);
  if (engine === 'firefox') return launchPuppeteer('firefox', requireTool('firefox'));
  requireTool('webkit-driver');
  requireTool('xvfb');
  return launchWebKit(requireTool('minibrowser'));
}

export const test = base.extend<{ clean: void; allowedErrors: RegExp[] }, { engine: Engine; site: Site; driver: Driver }>({
  engine: ['firefox', { option: true, scope: 'worker' }],
  /** Errors a test expects the browser to report (each must be named and explained where it is set). */
  allowedErrors: [[], { option: true }],

  site: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring even when no fixture is used.
    async ({}, use) => {
      const failed: string[] = [];
      const serveSite = staticHandler({ cors: false, transformHtml: withProbe });
      const siteServer = createServer((request, response) => {
        const url = request.url ?? '/';
        response.on('finish', () => response.statusCode >= 400 && failed.push(`${response.statusCode} ${url}`));
        if (url === PROBE_PATH) response.writeHead(200, { 'content-type': 'text/javascript' }).end(probe);
        else serveSite(request, response);
      });
      let hostBody = '';
      const hostServer = createServer((_, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostBody);
      });
      const origin = await listen(siteServer, '127.0.0.1');
      const host = await listen(hostServer, 'localhost');
      await use({ origin, host, failed, setHost: (body) => (hostBody = body) });
      // The browser may still hold keep-alive connections (it can close after the servers do).
      const close = (server: Server) =>
        new Promise((resolve) => {
          server.close(resolve);
          server.closeAllConnections();
        });
      await Promise.all([siteServer, hostServer].map(close));
    },
    { scope: 'worker' },
  ],

  driver: [
    async ({ engine }, use, workerInfo) => {
      const driver = waitingForScripts(await launch(engine));
      await driver.setViewport(1280, 800);
      console.log(`${engine}: ${driver.version} (worker ${workerInfo.workerIndex})`);
      await use(driver);
      await driver.close();
    },
    // A cold browser start on a busy two-core machine can take a while; the tests themselves are quick.
    { scope: 'worker', timeout: 90_000 },
  ],

  clean: [
    async ({ driver, site, allowedErrors }, use) => {
      site.failed.length = 0;
      await use();
      const page = await driver.evaluate(() => ({
        origin: location.origin,
        errors: (window as unknown as { __engineErrors?: string[] }).__engineErrors ?? null,
      }));
      // Pages of the site carry the probe; a missing probe would make this check pass vacuously.
      const probeErrors = page.origin === site.origin ? (page.errors ?? ['the error probe did not run on this page']) : [];
      const errors = [...probeErrors, ...driver.browserErrors()].filter((error) => !allowedErrors.some((allowed) => allowed.test(error)));
      expect(errors, 'errors in the page').toEqual([]);
      expect(site.failed, 'requests the site answered with an error').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
