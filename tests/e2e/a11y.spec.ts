import { expect, test } from './fixtures.ts';
import { axeViolations, foreignRequests, sitemapPaths } from './site.ts';

/**
 * axe (WCAG 2.2 AA) on every page of the sitemap in the light theme. In the dark theme, the
 * colours of text are decided by the theme tokens, whose contrast tests/unit/theme-contrast.test.ts
 * checks in both themes without a browser; axe in dark runs on the pages whose text colours come
 * from somewhere else: native form controls (radios, range inputs, checkboxes, number fields),
 * which the browser draws for `color-scheme: dark` (docs/TESTING.md lists them). The embed pages
 * get axe in dark in embeds.spec.ts.
 */
const DARK_PAGES = ['/layers/', '/timeline/', '/matrix/', '/explore/space-interceptors/', '/teach/'];

test.describe('axe, light theme', () => {
  test.use({ colorScheme: 'light' });
  for (const path of sitemapPaths()) {
    // The same load checks privacy: a page asks no other origin for anything (embeds.spec.ts
    // checks the embed pages, reporting.spec.ts the search page with its index loaded).
    test(`${path} has no violations, and asks no other origin for anything`, async ({ page, baseURL }) => {
      const foreign = foreignRequests(page, baseURL!);
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
      expect(foreign).toEqual([]);
    });
  }
});

test.describe('axe, dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the pages checked in dark are pages of the site', () => {
    expect(DARK_PAGES.filter((path) => !sitemapPaths().includes(path))).toEqual([]);
  });
  for (const path of DARK_PAGES) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('the order page has no violations with a paragraph targeted and its citation open', async ({ page }) => {
  await page.goto('/order/#sec-3-a-iii');
  await page.locator('[data-paragraph="sec-3-a-iii"] details summary').click();
  expect(await axeViolations(page)).toEqual([]);
});
