/**
 * The 404 page (src/pages/404.astro): a mistyped shared link gets the site's page, with a 404
 * status from the static host, a search that starts from the address's words, the main starts and
 * the link home; without JavaScript it still offers all of them.
 */
import { expect, test } from './fixtures.ts';
import { axeViolations } from './site.ts';

test('a mistyped address answers 404 with the site’s page, and starts a search from its words', async ({ page }) => {
  const response = await page.goto('/elements/space-intercepters/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not here');
  await expect(page.getByText('You asked for /elements/space-intercepters/.')).toBeVisible();
  const search = page.getByRole('main').getByRole('searchbox', { name: 'Search the site' });
  await expect(search).toHaveValue('space intercepters');
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=space\+intercepters$/);
  await expect(page.locator('.search-results li').first()).toBeVisible();
});

test('the 404 page has the main starts and the link home, and no axe violations', async ({ page }) => {
  await page.goto('/no/such/page/');
  const main = page.getByRole('main');
  for (const name of ['The guided tour', 'The order', 'The layers', 'The elements', 'The debate', 'Teach', 'Go to the home page'])
    await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('it still offers the search form, the starts and the link home, and shows no empty "You asked for"', async ({ page }) => {
    await page.goto('/nowhere/');
    await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search the site' })).toHaveValue('');
    await expect(page.getByText('You asked for')).toBeHidden();
    await expect(page.getByRole('main').getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });
});
