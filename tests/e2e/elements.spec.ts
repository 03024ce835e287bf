import { expect, test } from './fixtures.ts';
import { readCollection } from '../../src/node/content.ts';
import { labelFor } from '../../src/lib/order.ts';

const elements = readCollection('.', 'elements').map((entry) => entry.data);

test.describe('element pages', () => {
  for (const element of elements) {
    test(`/elements/${element.id}/ quotes the order and links to each passage`, async ({ page }) => {
      await page.goto(`/elements/${element.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(element.title);
      for (const cite of element.cites) {
        const link = page.getByRole('link', { name: `Exec. Order 14186, ${labelFor(cite.passage)}`, exact: true });
        await expect(link.first()).toHaveAttribute('href', `/order/#${cite.passage}`);
        await expect(page.locator('blockquote.order-quote', { hasText: cite.quote }).first()).toBeVisible();
      }
    });
  }

  test('previous and next walk through every element in flight order', async ({ page }) => {
    await page.goto('/elements/');
    const first = await page.locator('.card a.title').first().getAttribute('href');
    await page.goto(first!);
    const visited = new Set<string>([new URL(page.url()).pathname]);
    for (;;) {
      const next = page.locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
      const path = new URL(page.url()).pathname;
      expect(visited.has(path), `loop at ${path}`).toBe(false);
      visited.add(path);
    }
    expect(visited.size).toBe(elements.length);
  });
});

test.describe('the home page', () => {
  // The figure's key listed the parts that act across the chain and the policies, and the list of
  // elements under it repeated both groups, link for link (issue 29).
  for (const width of [1280, 390]) {
    test(`links each element once, outside the picture, at ${width} px: no list is repeated`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      const links = await page
        .locator('main a[href^="/elements/"]:not(svg a)')
        .evaluateAll((nodes) => nodes.filter((node) => node.getClientRects().length > 0).map((node) => node.getAttribute('href')));
      const repeated = links.filter((href, index) => links.indexOf(href) !== index);
      expect(repeated).toEqual([]);
      // Every element is still linked from the page, once: in the key or in the list.
      expect(links.filter((href) => href !== '/elements/').sort()).toEqual(elements.map((element) => `/elements/${element.id}/`).sort());
    });
  }
});

test.describe('site shell', () => {
  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/elements/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('the current section is marked in the navigation', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/elements/space-based-interceptors/');
    const nav = page.locator('nav.nav-wide');
    // The group that holds the page says so to a screen reader before it is opened…
    const group = nav.locator('summary', { hasText: 'The order' });
    await expect(group).toContainText('(current section)');
    await expect(nav.locator('summary', { hasText: 'Learn' })).not.toContainText('(current section)');
    // …and, opened, marks the section's link.
    await group.click();
    await expect(nav.getByRole('link', { name: 'Elements' })).toHaveAttribute('aria-current', 'page');
  });

  test('pages fit a 320 px screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/order/', '/elements/', '/elements/space-based-interceptors/', '/about/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test("the footer states the licence and the order's public-domain status", async ({ page }) => {
    await page.goto('/');
    const footer = page.locator('footer.site-footer');
    await expect(footer.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
    await expect(footer).toContainText('public domain');
  });

  test('print hides navigation and buttons', async ({ page }) => {
    await page.goto('/order/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('[data-paragraph="sec-1"] .text')).toBeVisible();
  });
});
