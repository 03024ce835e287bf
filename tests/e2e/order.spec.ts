import { expect, test } from './fixtures.ts';
import { orderParagraphs } from './site.ts';

test.describe('/order/', () => {
  test('holds all 32 paragraphs, each with its id and the official text', async ({ page }) => {
    await page.goto('/order/');
    const ids = await page.locator('.paragraph > .label').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(await page.locator('.paragraph').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.paragraph))).toEqual(
      ids,
    );
    expect(ids).toEqual(orderParagraphs.map((p) => p.id));
    expect(ids).toHaveLength(32);
    for (const paragraph of orderParagraphs) {
      await expect(page.locator(`[data-paragraph="${paragraph.id}"] .text`)).toHaveText(paragraph.text);
    }
  });

  test('each paragraph has a visible self-link to its own anchor', async ({ page }) => {
    await page.goto('/order/');
    for (const paragraph of orderParagraphs) {
      const link = page.locator(`#${paragraph.id} > a.self-link`);
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', `#${paragraph.id}`);
      await expect(link).toHaveText(paragraph.label);
    }
  });

  test('every requirement paragraph lists the elements that explain it, and those pages link back', async ({ page }) => {
    await page.goto('/order/');
    await expect(page.locator('#coverage')).toContainText('18 of 18');
    for (const id of ['sec-2-a', 'sec-3-a-iii', 'sec-3-c', 'sec-4-c']) {
      const links = page.locator(`[data-paragraph="${id}"] .explained a`);
      expect(await links.count(), id).toBeGreaterThan(0);
    }
    const href = await page.locator('[data-paragraph="sec-3-a-iii"] .explained a').first().getAttribute('href');
    await page.goto(href!);
    await expect(page.locator(`a[href="/order/#sec-3-a-iii"]`).first()).toBeVisible();
  });

  test('copy citation copies the pinpoint citation and confirms', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/order/#sec-3-a-iii');
    await page.locator('[data-paragraph="sec-3-a-iii"] summary').click();
    await page.getByRole('button', { name: 'Copy citation of Sec. 3(a)(iii)' }).click();
    await expect(page.locator('[data-paragraph="sec-3-a-iii"] [role="status"]')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Exec. Order No. 14186, § 3(a)(iii), 90 Fed. Reg. 8767 (Feb. 3, 2025)',
    );
  });
});

test.describe('/order/ without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('arriving at #sec-3-a-iii highlights that paragraph only', async ({ page }) => {
    await page.goto('/order/#sec-3-a-iii');
    const background = (id: string) => page.locator(`[data-paragraph="${id}"]`).evaluate((node) => getComputedStyle(node).backgroundColor);
    const targeted = await background('sec-3-a-iii');
    expect(targeted).not.toBe(await background('sec-3-a-ii'));
    expect(targeted).not.toBe('rgba(0, 0, 0, 0)');
    await expect(page.locator('#sec-3-a-iii')).toBeInViewport();
  });

  test('the citation text is readable and no dead copy button shows', async ({ page }) => {
    await page.goto('/order/');
    await page.locator('[data-paragraph="sec-4-b"] summary').click();
    await expect(page.locator('[data-paragraph="sec-4-b"] .citation')).toHaveText(
      'Exec. Order No. 14186, § 4(b), 90 Fed. Reg. 8767 (Feb. 3, 2025)',
    );
    await expect(page.locator('[data-paragraph="sec-4-b"] button')).toBeHidden();
  });
});
