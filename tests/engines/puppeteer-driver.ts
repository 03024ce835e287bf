/**
 * Chromium and Firefox through puppeteer-core: Chromium over the DevTools protocol, Firefox (Debian's
 * firefox-esr) over WebDriver BiDi. Playwright's Firefox channel cannot drive ESR 153, which lacks
 * `emulation.setMediaFeaturesOverride`; puppeteer-core asks for nothing it lacks.
 */
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import type { Driver, Engine, Key } from './driver.ts';

const KEYS: Record<Exclude<Key, 'SelectAll'>, KeyInput> = { Tab: 'Tab', Enter: 'Enter', Escape: 'Escape', Backspace: 'Backspace' };

export async function launchPuppeteer(
  engine: Extract<Engine, 'chromium' | 'firefox'>,
  executablePath: string,
  args: string[] = [],
): Promise<Driver> {
  const browser: Browser = await puppeteer.launch({
    browser: engine === 'firefox' ? 'firefox' : 'chrome',
    executablePath,
    args,
    headless: true,
  });
  const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
  let errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  const version = await browser.version();

  return {
    engine,
    version,
    async goto(url) {
      errors = [];
      await page.goto(url, { waitUntil: 'load' });
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
    },
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])),
    async click(x, y) {
      await page.mouse.click(x, y);
    },
    async hover(x, y) {
      await page.mouse.move(x, y);
    },
    async press(key) {
      if (key === 'SelectAll') {
        await page.keyboard.down('Control');
        await page.keyboard.press('KeyA');
        await page.keyboard.up('Control');
      } else await page.keyboard.press(KEYS[key]);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    browserErrors: () => [...errors],
    async close() {
      await browser.close();
    },
  };
}
