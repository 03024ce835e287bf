import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { PDFDocument } from 'pdf-lib';
import { DIAGRAMS } from '../../src/diagrams/registry.ts';

/**
 * Printed handouts: every page with a diagram (from the registry) prints on at most two pages on
 * Letter and on A4, with the diagram in its wide layout fitted to the page, the caption and key,
 * the order's passages, the credit and the page's address, and no controls. Chromium prints it
 * (page.pdf, print media, its default margins as a reader's print dialog has them); pdf-lib
 * counts the pages. To look at the PDFs: PRINT_DIR=/tmp/handouts npx playwright test
 * tests/e2e/print.spec.ts, then pdftoppm -png on them.
 */
const PAGES = [...new Set(DIAGRAMS.map((diagram) => diagram.page))];
const FORMATS = ['Letter', 'A4'] as const;

/**
 * Buttons whose words are part of the figure: the kill chain's phase durations (a button on screen
 * to open their sources) and the matrix's column heads (a sort button once scripts run). On paper
 * they print as plain words.
 */
const WORDS_IN_BUTTONS = '.phase-keys .duration, th .sort-button';

/** What is on the printed page that a reader could only press, drag or type into on screen. */
async function visibleControls(page: Page): Promise<string[]> {
  return page.evaluate(
    (words) =>
      [
        ...document.querySelectorAll(
          'button, input:not([type="number"], [type="checkbox"]), select, textarea, nav, .threat-switch, .figure-tools, .skip-link, [role="search"]',
        ),
      ]
        .filter((element) => element.checkVisibility() && !element.matches(words))
        .map(
          (element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${element.textContent?.trim().slice(0, 40)}"`,
        ),
    WORDS_IN_BUTTONS,
  );
}

for (const path of PAGES) {
  test.describe(`${path} printed`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
    });

    for (const format of FORMATS) {
      test(`fits on at most two ${format} pages`, async ({ page }) => {
        const pdf = await page.pdf({ format });
        if (process.env.PRINT_DIR) {
          const { writeFileSync, mkdirSync } = await import('node:fs');
          mkdirSync(process.env.PRINT_DIR, { recursive: true });
          writeFileSync(`${process.env.PRINT_DIR}/${path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}-${format}.pdf`, pdf);
        }
        const pages = (await PDFDocument.load(pdf)).getPageCount();
        expect(pages, `${path} on ${format}`).toBeLessThanOrEqual(2);
        expect(pages).toBeGreaterThanOrEqual(1);
      });
    }

    test('shows no controls, and shows each figure’s address and the credit', async ({ page }) => {
      expect(await visibleControls(page)).toEqual([]);
      for (const diagram of DIAGRAMS.filter((candidate) => candidate.page === path)) {
        const permalink = page.locator('.permalink', { hasText: `#${diagram.anchor}` });
        await expect(permalink).toBeVisible();
        await expect(permalink).toContainText(`Figure ${diagram.figure}, Golden Dome, Explained, CC BY 4.0`);
      }
      await expect(page.locator('.site-footer')).toContainText('CC BY 4.0');
    });
  });
}

test.describe('the printed layered diagram', () => {
  test('is the wide layout at the width of a Letter page, with its caption, key and the order’s passages', async ({ page }) => {
    await page.goto('/layers/');
    await page.emulateMedia({ media: 'print' });
    // A Letter page less Chromium's default margins of 0.4 in: about 7.7 in, 739 CSS pixels.
    await page.setViewportSize({ width: 739, height: 1000 });
    const wide = page.locator('.layout-wide svg');
    await expect(wide).toBeVisible();
    await expect(page.locator('.layout-narrow svg')).toBeHidden();
    const box = (await wide.boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    expect(box.width).toBeGreaterThan(main.width * 0.95);
    expect(box.x + box.width).toBeLessThanOrEqual(main.x + main.width + 1);
    await expect(page.locator('#figure-layers-caption')).toContainText('Figure 1. How the layers');
    await expect(page.locator('.layered .key')).toBeVisible();
    const passages = page.locator('.print-passages');
    await expect(passages).toBeVisible();
    await expect(passages.locator('li').first()).toContainText(/“.+” \(Sec\. \d/);
  });

  test('on screen, the handout-only parts stay hidden', async ({ page }) => {
    await page.goto('/layers/');
    await expect(page.locator('.print-passages')).toBeHidden();
    await expect(page.locator('.permalink')).toBeHidden();
  });
});

test('the printed kill chain keeps its phase durations, and lists the order’s words for each row', async ({ page }) => {
  await page.goto('/timeline/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.bars-solid .phase-keys .duration').first()).toBeVisible();
  await expect(page.locator('.kill-chain-explorer .linked')).toBeHidden();
  const rows = await page.locator('.bars-solid .layer-row .row-label').allTextContents();
  const listed = await page.locator('.print-passages li strong').allTextContents();
  expect(listed.map((title) => title.replace(/:$/, ''))).toEqual(rows.map((title) => title.trim()));
});
