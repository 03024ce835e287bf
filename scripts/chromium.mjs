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
