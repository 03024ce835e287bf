/**
 * The reader's way through the site: one layout grid, a header on one line from 1024 px, a phone
 * menu that works without JavaScript, captions under their pictures, and every page reachable from
 * the navigation. Each page is loaded once per width; all the measurements of a width run on it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { sitemapPaths } from './site.ts';
import { NAV_ENTRY_COUNT, navLinks } from '../../src/lib/navigation.ts';

const pages = sitemapPaths();

/** What one load of a page measures: the left edges, the header's rows, the captions' gaps. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const left = (selector: string) => {
      const node = document.querySelector(selector);
      return node ? Math.round(node.getBoundingClientRect().left) : null;
    };
    // One line: every entry's middle is level with the site's name.
    const items = [...document.querySelectorAll<HTMLElement>('.nav-wide .nav-bar > li')];
    const brand = document.querySelector('.brand')!.getBoundingClientRect();
    const middle = (box: DOMRect) => box.top + box.height / 2;
    const captions = [...document.querySelectorAll('figure > figcaption')]
      .filter((caption) => caption.getClientRects().length > 0 && caption.previousElementSibling)
      .map((caption) => ({
        id: caption.id || caption.textContent!.slice(0, 40),
        gap: Math.round(caption.getBoundingClientRect().top - caption.previousElementSibling!.getBoundingClientRect().bottom),
      }));
    return {
      brand: left('.site-header .brand'),
      main: left('main h1'),
      footer: left('.site-footer .inner > *'),
      oneLine: items.length > 0 && items.every((item) => Math.abs(middle(item.getBoundingClientRect()) - middle(brand)) < brand.height / 2),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      captions,
    };
  });
}

test.describe('one layout grid', () => {
  for (const width of [1024, 1280, 1600]) {
    test(`at ${width} px: header, content and footer share a left edge; the header is one line; captions sit under their pictures`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      const problems: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        const m = await measure(page);
        if (m.brand === null || m.main === null || m.footer === null) problems.push(`${path}: missing brand, h1 or footer`);
        else if (Math.max(m.brand, m.main, m.footer) - Math.min(m.brand, m.main, m.footer) > 1)
          problems.push(`${path}: left edges differ (header ${m.brand}, content ${m.main}, footer ${m.footer})`);
        if (!m.oneLine) problems.push(`${path}: the header's navigation is not one line beside the name`);
        if (m.overflow > 0) problems.push(`${path}: ${m.overflow} px of horizontal overflow`);
        for (const caption of m.captions)
          if (caption.gap < 0 || caption.gap > 40) problems.push(`${path}: caption "${caption.id}" is ${caption.gap} px under its picture`);
      }
      expect(problems).toEqual([]);
    });
  }
});

test.describe('navigation', () => {
  test(`has at most 7 entries, and every page in the sitemap is in it, in the footer, or linked from a page that is`, async ({ page }) => {
    expect(NAV_ENTRY_COUNT).toBeLessThanOrEqual(7);
    await page.goto('/');
    const linked = new Set(
      await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('header a[href], footer a[href]')].map((a) => new URL(a.href).pathname),
      ),
    );
    for (const link of navLinks()) expect(linked, link.path).toContain(link.path);
  });

  test('a group opens by click and by keyboard, shows where the reader is, and Escape closes it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/matrix/');
    const group = page.locator('.nav-wide details', { hasText: 'The order' });
    await expect(group.locator('summary')).toContainText('(current section)');
    await group.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(group.getByRole('link', { name: 'Requirements' })).toHaveAttribute('aria-current', 'page');
    await expect(group.getByRole('link', { name: 'Requirements' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(group).not.toHaveAttribute('open');
    await expect(group.locator('summary')).toBeFocused();
    await group.locator('summary').click();
    await page.locator('.site-footer p').first().click();
    await expect(group).not.toHaveAttribute('open');
  });

  test('the search field sends the query to the search page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/glossary/');
    await page.locator('.nav-wide').getByRole('searchbox', { name: 'Search the site' }).fill('countervalue');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=countervalue$/);
  });

  test('breadcrumbs show where a nested page sits', async ({ page }) => {
    await page.goto('/elements/space-based-interceptors/');
    const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(trail.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    await expect(trail.getByRole('link', { name: 'Elements' })).toHaveAttribute('href', '/elements/');
    await expect(trail.locator('[aria-current="page"]')).toHaveText('Space-based interceptors');
  });
});

test.describe('the phone menu, without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });

  test('is one button beside the name; it opens to every link, grouped, with the current page marked', async ({ page }) => {
    await page.goto('/timeline/');
    await expect(page.locator('.nav-wide')).toBeHidden();
    const menu = page.locator('.nav-menu');
    await expect(menu.getByRole('link', { name: 'Timelines' })).toBeHidden();
    const [brand, summary] = await Promise.all([page.locator('.brand').boundingBox(), menu.locator('summary').boundingBox()]);
    expect(Math.abs(brand!.y + brand!.height / 2 - (summary!.y + summary!.height / 2))).toBeLessThan(8);
    await menu.locator('summary').click();
    for (const link of navLinks()) await expect(menu.getByRole('link', { name: link.label, exact: true })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Timelines' })).toHaveAttribute('aria-current', 'page');
    await menu.getByRole('link', { name: 'Glossary' }).click();
    await expect(page).toHaveURL(/\/glossary\/$/);
  });
});

test.describe('long pages on a phone', () => {
  /** About fifteen screens of a 390 × 844 phone: a page longer than that needs an on-page contents. */
  const SCREENS = 15;
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of sitemapPaths()) {
    test(`${path}: at most ${SCREENS} screens at 390 px, or an on-page contents near the top`, async ({ page }) => {
      await page.goto(path);
      const { screens, contents } = await page.evaluate(() => {
        // An on-page contents: a nav in the main content with at least three links to this page's own anchors.
        const navs = [...document.querySelectorAll('main nav')].filter(
          (nav) =>
            [...nav.querySelectorAll('a[href^="#"]')].filter((a) =>
              document.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1))),
            ).length >= 3,
        );
        return {
          screens: document.documentElement.scrollHeight / innerHeight,
          contents: navs.map((nav) => nav.getBoundingClientRect().top + scrollY),
        };
      });
      if (screens <= SCREENS) return;
      expect(contents.length, `${path} is ${screens.toFixed(1)} screens tall at 390 px and has no on-page contents`).toBeGreaterThan(0);
      expect(Math.min(...contents), 'the contents is within the first two screens').toBeLessThan(2 * 844);
    });
  }
});
