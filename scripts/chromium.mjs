/**
 * Where the browser tests find Chromium, in this order:
 *   1. CHROME_PATH, if set (an error if it points nowhere: the user asked for that browser);
 *   2. the system Chromium from Debian's `chromium` package (/usr/bin/chromium), and other usual paths;
 *   3. the browser Playwright downloaded itself, where `npx playwright install` could run.
 * Returns the path, or null when there is none. Shared by playwright.config.ts and
 * scripts/ensure-chromium.mjs so both agree.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags this machine needs: no sandbox as root, and no background traffic to a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(env = process.env) {
  if (env.CHROME_PATH) {
    if (!existsSync(env.CHROME_PATH)) throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, but no file is there.`);
    return env.CHROME_PATH;
  }
  const system = SYSTEM_CHROMIUM_PATHS.find((path) => existsSync(path));
  if (system) return system;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

/**
 * Debian's chromium-headless-shell: Chromium's old headless shell, the browser Playwright itself
 * runs for headless tests. Here it ran pages and axe about a quarter faster than the full browser
 * in headless mode (9.8–10.4 s against 12.6–14.0 s for six pages), with the same engine.
 */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

/**
 * The Chromium the test suite and the embed measurements run: CHROME_PATH if set, else the headless
 * shell where it is installed, else findChromium(). One finder for both, so the heights measured
 * by `npm run measure:embeds` are measured by the browser that checks them.
 */
export function findTestChromium(env = process.env) {
  if (!env.CHROME_PATH && existsSync(HEADLESS_SHELL_PATH)) return HEADLESS_SHELL_PATH;
  return findChromium(env);
}
