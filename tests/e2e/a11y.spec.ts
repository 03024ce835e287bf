import { expect, test } from '@playwright/test';
import { axeViolations, sitemapPaths } from './site.ts';

// axe (WCAG 2.2 AA) on every page of the sitemap, in the light and the dark theme.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of sitemapPaths()) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test('the order page has no violations with a paragraph targeted and its citation open', async ({ page }) => {
  await page.goto('/order/#sec-3-a-iii');
  await page.locator('[data-paragraph="sec-3-a-iii"] details summary').click();
  expect(await axeViolations(page)).toEqual([]);
});
