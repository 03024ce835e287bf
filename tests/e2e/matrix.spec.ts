import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { REQUIRED_PASSAGES } from '../../src/lib/content/citations.ts';
import { labelFor } from '../../src/lib/order.ts';
import { axeViolations } from './site.ts';

const crosswalk = parse(readFileSync('content/diagrams/crosswalk.yaml', 'utf8')) as {
  taxonomies: { id: string; name: string; statusText: string; layers: { label: string }[] }[];
  links: unknown[];
};
const crosswalkLinks = crosswalk.links.length;

test.describe('/matrix/', () => {
  test('has a row for every requirement, its label linking to the passage, with owner and deadline', async ({ page }) => {
    await page.goto('/matrix/');
    const rows = page.locator('.matrix tbody tr');
    await expect(rows).toHaveCount(REQUIRED_PASSAGES.length);
    for (const passage of REQUIRED_PASSAGES) {
      const row = page.locator(`#requirement-${passage}`);
      await expect(row.getByRole('link', { name: labelFor(passage), exact: true })).toHaveAttribute('href', `/order/#${passage}`);
    }
    await expect(page.locator('#requirement-sec-3-a-iii')).toContainText('Within 60 days');
    await expect(page.locator('#requirement-sec-3-a-iii')).toContainText('by March 28, 2025');
    await expect(page.locator('#requirement-sec-3-c')).toContainText(
      'jointly with the Director of the Office of Management and Budget (OMB)',
    );
    await expect(page.locator('#requirement-sec-4-b')).toContainText('After the reference architecture is submitted');
  });

  test('a row opens the elements that cite it', async ({ page }) => {
    await page.goto('/matrix/');
    const row = page.locator('#requirement-sec-3-a-iii');
    await row.locator('summary', { hasText: /\belements?\s*$/ }).click();
    await expect(row.getByRole('link', { name: 'Space-based interceptors' })).toHaveAttribute(
      'href',
      '/elements/space-based-interceptors/',
    );
  });

  test('sorts by keyboard and announces the sort', async ({ page }) => {
    await page.goto('/matrix/');
    const sortButton = page.getByRole('button', { name: 'By when' });
    await sortButton.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.matrix-status')).toHaveText('Sorted by deadline, ascending.');
    await expect(page.locator('th[data-sort="deadline"]')).toHaveAttribute('aria-sort', 'ascending');
    await page.keyboard.press('Enter');
    await expect(page.locator('.matrix-status')).toHaveText('Sorted by deadline, descending.');
    const first = await page.locator('.matrix tbody tr').first().getAttribute('id');
    expect(first).toMatch(/^requirement-sec-2-/);
    await page.getByRole('button', { name: 'Passage' }).click();
    await expect(page.locator('.matrix tbody tr').first()).toHaveAttribute('id', 'requirement-sec-2-a');
  });

  test('filters by text, phase and threat, from the keyboard, and announces the count', async ({ page }) => {
    await page.goto('/matrix/');
    await page.getByLabel('Filter', { exact: true }).fill('custody');
    await expect(page.locator('.matrix tbody tr:visible')).toHaveCount(1);
    await expect(page.locator('.matrix-status')).toHaveText(`Showing 1 of ${REQUIRED_PASSAGES.length} requirements.`);
    await page.getByLabel('Filter', { exact: true }).fill('');
    await page.locator('.matrix-filters').getByLabel('Phase').selectOption({ label: 'Boost' });
    const boostRows = await page.locator('.matrix tbody tr:visible').count();
    expect(boostRows).toBeGreaterThan(0);
    expect(boostRows).toBeLessThan(REQUIRED_PASSAGES.length);
    await expect(page.locator('#requirement-sec-3-a-iii')).toBeVisible();
    await expect(page.locator('#requirement-sec-3-c')).toBeHidden();
    await page.locator('.matrix-filters').getByLabel('Threat').selectOption({ label: 'Cruise' });
    await expect(page.locator('.matrix-status')).toContainText('Showing');
  });

  test('the crosswalk names each taxonomy with its source and status, and the list gives every link', async ({ page }) => {
    await page.goto('/matrix/');
    for (const taxonomy of crosswalk.taxonomies) {
      const section = page.locator(`section[aria-labelledby="taxonomy-${taxonomy.id}"]`);
      await expect(section.getByRole('heading', { name: taxonomy.name })).toBeVisible();
      await expect(section.locator('.taxonomy-source')).toContainText(taxonomy.statusText);
      await expect(section.locator('.taxonomy-source .standing')).toBeVisible();
      for (const layer of taxonomy.layers) await expect(section.getByText(layer.label, { exact: true }).first()).toBeVisible();
    }
    await expect(page.locator('.crosswalk-list')).toContainText('corresponds to Space-based');
    await expect(page.locator('.crosswalk-svg .link')).toHaveCount(crosswalkLinks);
  });

  test('the order at a glance links every section and its paragraphs', async ({ page }) => {
    await page.goto('/matrix/');
    for (const section of ['1', '2', '3', '4', '5'])
      await expect(page.locator('.glance .section-link', { hasText: `Sec. ${section}.` })).toBeVisible();
    await expect(page.locator('.glance a[href="/order/#sec-3-a-viii"]')).toBeVisible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe, sorted and filtered (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/matrix/');
      await page.getByRole('button', { name: 'Who' }).click();
      await page.getByLabel('Filter', { exact: true }).fill('plans');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('/matrix/ without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('is a complete static table, and the crosswalk a readable list', async ({ page }) => {
    await page.goto('/matrix/');
    await expect(page.locator('.matrix tbody tr')).toHaveCount(REQUIRED_PASSAGES.length);
    await expect(page.locator('.matrix-filters')).toBeHidden();
    await expect(page.locator('.crosswalk-list li').first()).toBeVisible();
  });
});
