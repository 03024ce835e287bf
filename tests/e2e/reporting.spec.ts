import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { foldWhitespace } from '../../src/lib/order.ts';
import { axeViolations, foreignRequests } from './site.ts';

interface Claim {
  id: string;
  document: string;
  quote: string;
  verdict: string;
  passages?: string[];
}
const claims = parse(readFileSync('content/reporting/claims.yaml', 'utf8')) as Claim[];
const documents = parse(readFileSync('content/reporting/documents.yaml', 'utf8')) as { id: string; file: string }[];

test.describe('/reporting/', () => {
  test('every document has its claims, each with an anchor, its quote from the document and its passage links', async ({ page }) => {
    await page.goto('/reporting/');
    for (const document of documents) {
      const text = foldWhitespace(readFileSync(`content/reporting/${document.file}`, 'utf8'));
      const mine = claims.filter((claim) => claim.document === document.id);
      expect(mine.length, document.id).toBeGreaterThan(0);
      for (const claim of mine) {
        expect(text, claim.id).toContain(foldWhitespace(claim.quote));
        const item = page.locator(`#${claim.id}`);
        await expect(item.locator('.doc-quote')).toHaveText(`“${claim.quote}”`);
        await expect(item.locator('.verdict')).toBeVisible();
        for (const passage of claim.passages ?? []) {
          await expect(item.locator(`a[href="/order/#${passage}"]`).first()).toBeAttached();
        }
      }
    }
  });

  test('shows the count per verdict', async ({ page }) => {
    await page.goto('/reporting/');
    for (const verdict of new Set(claims.map((claim) => claim.verdict))) {
      const count = claims.filter((claim) => claim.verdict === verdict).length;
      await expect(page.locator(`a[href="#verdict-${verdict}"] strong`)).toHaveText(String(count));
      await expect(page.locator(`#verdict-${verdict} + ul > li`)).toHaveCount(count);
    }
  });

  test('a misstatement shows the passage that says otherwise, word for word', async ({ page }) => {
    await page.goto('/reporting/');
    const misstatement = claims.find((claim) => claim.verdict === 'misstates' && claim.passages?.length)!;
    const passage = misstatement.passages![0];
    const order = readFileSync('content/order/eo-14186.txt', 'utf8');
    const official = order
      .split('\n')
      .find((line) => line.startsWith(`[${passage}] `))!
      .slice(passage.length + 3);
    await expect(page.locator(`#${misstatement.id} .order-quote p`).first()).toHaveText(official);
  });

  // axe on this page: a11y.spec.ts, as loaded.
});

test.describe('glossary terms in prose', () => {
  test('hover and focus show the definition; Escape closes it; it links to the glossary', async ({ page }) => {
    await page.goto('/elements/underlayer-terminal-intercept/');
    const term = page.locator('a.term[role="button"]', { hasText: /^countervalue$/i }).first();
    await expect(term).toBeVisible();
    await term.hover();
    const popover = page.locator(`#${await term.getAttribute('aria-controls')}`);
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('cities');
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await page.mouse.move(0, 0);
    await expect(popover).toBeHidden();
    await term.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(popover).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(popover).toBeVisible();
    await expect(popover.getByRole('link', { name: 'In the glossary' })).toHaveAttribute('href', '/glossary/#countervalue');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a click opens and closes the definition, a modified click still opens the glossary, and Space works as on a button', async ({
    page,
  }) => {
    await page.goto('/elements/underlayer-terminal-intercept/');
    const term = page.locator('a.term[role="button"]', { hasText: /^countervalue$/i }).first();
    const popover = page.locator(`#${await term.getAttribute('aria-controls')}`);
    await expect(term).toHaveAccessibleName(/countervalue/i);
    await term.click();
    await expect(popover).toBeVisible();
    await expect(page).toHaveURL('/elements/underlayer-terminal-intercept/');
    await term.click();
    await expect(popover).toBeHidden();
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    await term.focus();
    await page.keyboard.press('Escape');
    const scrolled = await page.evaluate(() => scrollY);
    await page.keyboard.press(' ');
    await expect(popover).toBeVisible();
    await page.keyboard.press(' ');
    await expect(popover).toBeHidden();
    // Space toggled the definition; it did not scroll the page, as it would on a plain link.
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    const [glossary] = await Promise.all([page.context().waitForEvent('page'), term.click({ modifiers: ['ControlOrMeta'] })]);
    await expect(glossary).toHaveURL(/\/glossary\/#countervalue$/);
    await glossary.close();
  });

  // The enhanced term used to be an inline-block <button>: a long term that wrapped as a link
  // moved to a line of its own when the scripts arrived, and the text around it reflowed.
  for (const width of [390, 1280]) {
    test(`enhancing the terms moves no text, at ${width} px (tour, a long term)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/_astro\/GlossaryPopovers[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto('/tour/', { waitUntil: 'domcontentloaded' });
      await page.evaluate(() => document.fonts.ready);
      // Each term's line boxes (a wrapped term has two), and the height of each paragraph that holds one.
      const layout = () =>
        page.locator('main').evaluate((main) => ({
          terms: [...main.querySelectorAll('.term')].map((node) => [
            node.textContent,
            ...[...node.getClientRects()].map((r) => [r.x, r.y, r.width, r.height].map((n) => n.toFixed(1)).join(' ')),
          ]),
          paragraphs: [...main.querySelectorAll('p:has(.term)')].map((node) => node.getBoundingClientRect().height.toFixed(1)),
        }));
      const before = await layout();
      expect(before.terms.map(([text]) => text)).toContain('Hypersonic and Ballistic Tracking Space Sensor');
      release();
      await expect(page.locator('main a.term[role="button"]')).toHaveCount(before.terms.length);
      expect(await layout()).toEqual(before);
    });
  }

  test('a tap opens the definition on a touch screen', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto('/elements/pwsa-custody-layer/');
    const term = page.locator('a.term[role="button"]').first();
    await term.tap();
    await expect(page.locator(`#${await term.getAttribute('aria-controls')}`)).toBeVisible();
    await context.close();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('terms are links to the glossary', async ({ page }) => {
      await page.goto('/elements/underlayer-terminal-intercept/');
      await expect(page.locator('a.term', { hasText: /^countervalue$/i }).first()).toHaveAttribute('href', '/glossary/#countervalue');
      await page.goto('/glossary/#countervalue');
      await expect(page.locator('#countervalue')).toBeInViewport();
    });
  });
});

test.describe('search', () => {
  for (const [query, expected] of [
    ['custody layer', ['/elements/pwsa-custody-layer/', '/glossary/#custody-layer', '/order/#sec-3-a-v']],
    ['countervalue', ['/glossary/#countervalue', '/order/#sec-3-a-iv']],
  ] as const) {
    test(`"${query}" finds the right pages and anchors, asking no other origin for anything`, async ({ page, baseURL }) => {
      const foreign = foreignRequests(page, baseURL!);
      await page.goto('/search/');
      await page.getByLabel('Search the order, elements, glossary and reporting').fill(query);
      await expect(page.locator('.search-status')).toContainText(`for “${query}”`);
      const hrefs = await page.locator('.search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const href of expected)
        expect(
          hrefs.some((found) => found?.startsWith(href)),
          `${href} in ${hrefs.join(', ')}`,
        ).toBe(true);
      expect(foreign).toEqual([]);
    });
  }

  /**
   * Holds every request for the Pagefind index (its script, WebAssembly, chunks) until `release`
   * is called; `failed` answers them with an error instead. `requested` resolves at the first one.
   */
  async function holdIndex(page: Page) {
    let answer!: (how: 'continue' | 'abort') => void;
    const answered = new Promise<'continue' | 'abort'>((resolve) => (answer = resolve));
    const requested = page.waitForRequest(/\/pagefind\/pagefind\.js$/);
    await page.route('**/pagefind/**', async (route) => ((await answered) === 'continue' ? route.continue() : route.abort()));
    return { requested, release: () => answer('continue'), fail: () => answer('abort') };
  }

  test('a query typed while the index loads runs as soon as it has loaded', async ({ page }) => {
    const index = await holdIndex(page);
    await page.goto('/search/', { waitUntil: 'domcontentloaded' });
    await index.requested;
    await page.getByLabel('Search the order, elements, glossary and reporting').pressSequentially('countervalue');
    const status = page.locator('.search-status');
    await expect(status).toHaveText('Loading the search index…');
    await expect(page).toHaveURL(/\?q=countervalue$/);
    await expect(page.locator('.search-results li')).toHaveCount(0);
    index.release();
    await expect(status).toContainText('for “countervalue”');
    await expect(page.locator('.search-results a[href^="/glossary/#countervalue"]').first()).toBeVisible();
  });

  test('a query pasted while the index loads, then changed, shows only the last one', async ({ page }) => {
    const index = await holdIndex(page);
    await page.goto('/search/', { waitUntil: 'domcontentloaded' });
    await index.requested;
    const input = page.getByLabel('Search the order, elements, glossary and reporting');
    await input.fill('custody layer');
    await expect(page).toHaveURL(/\?q=custody\+layer$/);
    await input.fill('countervalue');
    await expect(page).toHaveURL(/\?q=countervalue$/);
    index.release();
    const status = page.locator('.search-status');
    await expect(status).toContainText('for “countervalue”');
    await expect(page.locator('.search-results a[href^="/glossary/#countervalue"]').first()).toBeVisible();
    await expect(page.locator('.search-results a[href^="/elements/pwsa-custody-layer/"]')).toHaveCount(0);
  });

  test('when the index cannot be loaded, a query typed meanwhile says so and nothing breaks', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const index = await holdIndex(page);
    await page.goto('/search/', { waitUntil: 'domcontentloaded' });
    await index.requested;
    await page.getByLabel('Search the order, elements, glossary and reporting').fill('countervalue');
    await expect(page.locator('.search-status')).toHaveText('Loading the search index…');
    index.fail();
    await expect(page.locator('.search-status')).toHaveText(
      'The search index could not be loaded. Try the glossary or the list of elements instead.',
    );
    await expect(page.locator('.search-results li')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('is keyboard friendly and keeps the query in the URL', async ({ page }) => {
    await page.goto('/search/?q=second-strike');
    await expect(page.locator('.search-results li').first()).toBeVisible();
    await page.getByLabel('Search the order, elements, glossary and reporting').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator('.search-results a').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/\/search\//);
  });

  test('a hostile query is shown as text, never run', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror=window.hacked=1>')}`);
    await expect(page.locator('.search-status')).toContainText(/results? for/);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
