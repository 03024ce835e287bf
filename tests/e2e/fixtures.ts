/**
 * `test` and `expect` for the end-to-end specs: Playwright's, with one change. The site's pages
 * start their scripts after the first paint (src/build/html-tidy.ts, deferModuleScripts), so the
 * load event no longer means that menus, popovers, copy buttons or the layered diagram's loader are
 * listening. After `page.goto()` and `page.reload()` (waiting for the load event, their default),
 * the page is awaited until its loader has run the scripts (`data-scripts="ready"` on <html>),
 * as a reader's first interaction a moment after the page appears would find them. Pages without
 * the loader (embeds, and any page with JavaScript off) are not waited for. A test that means to
 * act before the scripts asks for `waitUntil: 'commit'` or `'domcontentloaded'`.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { deferredScriptsHaveRun } from '../shared/deferred-scripts.ts';

/** Until the page's deferred scripts have run, if it has any and can run them. */
export async function scriptsReady(page: Page): Promise<void> {
  await page.waitForFunction(deferredScriptsHaveRun);
}

/** Whether a navigation's options leave the wait for the load event on (the default). */
const waitsForLoad = (options?: { waitUntil?: string }) =>
  !options?.waitUntil || options.waitUntil === 'load' || options.waitUntil === 'networkidle';

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      /** A navigation that also waits for the scripts, unless its options ask to act sooner. */
      const thenScripts = async <Response>(navigation: Promise<Response>, options?: { waitUntil?: string }) => {
        const response = await navigation;
        if (waitsForLoad(options)) await scriptsReady(page);
        return response;
      };
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = (url, options) => thenScripts(goto(url, options), options);
      page.reload = (options) => thenScripts(reload(options), options);
    }
    await use(page);
  },
});

export { expect };
