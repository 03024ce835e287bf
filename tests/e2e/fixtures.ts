/**
 * `test` and `expect` for the end-to-end specs: Playwright's, with one change. The site's pages
 * start their scripts after the first paint (src/node/html-tidy.ts, deferModuleScripts), so the
 * load event no longer means that menus, popovers, copy buttons or the layered diagram's loader are
 * listening. After `page.goto()` and `page.reload()` (waiting for the load event, their default),
 * the page is awaited until its loader has run the scripts (`data-scripts="ready"` on <html>),
 * as a reader's first interaction a moment after the page appears would find them: on every page
 * of every context, the default one or one a test opens itself. Pages without the loader (embeds)
 * or with JavaScript off are not waited for (tests/shared/deferred-scripts.ts). A test that means
 * to act before the scripts asks for `waitUntil: 'commit'` or `'domcontentloaded'`.
 */
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { deferredScriptsHaveRun } from '../shared/deferred-scripts.ts';

/** Until the page's deferred scripts have run, if it has any and can run them. */
export async function scriptsReady(page: Page): Promise<void> {
  await page.waitForFunction(deferredScriptsHaveRun);
}

/** Whether a navigation's options leave the wait for the load event on (the default). */
const waitsForLoad = (options?: { waitUntil?: string }) =>
  !options?.waitUntil || options.waitUntil === 'load' || options.waitUntil === 'networkidle';

/** The page, with `goto` and `reload` that also wait for its scripts (unless asked to act sooner). */
function waitingForScripts(page: Page): Page {
  const thenScripts = async <Response>(navigation: Promise<Response>, options?: { waitUntil?: string }) => {
    const response = await navigation;
    if (waitsForLoad(options)) await scriptsReady(page);
    return response;
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = (url, options) => thenScripts(goto(url, options), options);
  page.reload = (options) => thenScripts(reload(options), options);
  return page;
}

/** The context, whose every new page waits for its scripts. */
function pagesWaitingForScripts(context: BrowserContext): BrowserContext {
  const newPage = context.newPage.bind(context);
  context.newPage = async () => waitingForScripts(await newPage());
  return context;
}

// At the context, not the page: tests that open their own context (a phone with touch, say)
// get the same waits as those that use the default page.
export const test = base.extend({
  context: async ({ context }, use) => {
    await use(pagesWaitingForScripts(context));
  },
  browser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => pagesWaitingForScripts(await newContext(options));
      await use(browser);
    },
    { scope: 'worker' },
  ],
});

export { expect };
