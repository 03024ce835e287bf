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

  test('wider than the page at 1280 px, it says so: edge shadows and a hint, in a named region the keyboard scrolls (issue 29)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/matrix/');
    const region = page.getByRole('region', { name: /What the order requires, from whom, by when/ });
    expect(await region.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeGreaterThan(100);
    const hint = page.locator('.scroll-hint');
    await expect(hint).toBeVisible();
    await expect(hint).toHaveText(/Scroll sideways to see all 14 columns/);
    // Both covers and both shadows (RequirementsMatrix.astro): the shadow at an edge shows while the table runs on past it.
    expect(await region.evaluate((node) => getComputedStyle(node).backgroundImage.match(/linear-gradient/g)?.length)).toBe(4);
    expect(await region.evaluate((node) => getComputedStyle(node).backgroundAttachment)).toBe('local, local, scroll, scroll');
    const frame = page.locator('.scroll-frame');
    await expect(frame).toHaveAttribute('data-overflow', 'end');
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((node) => node.scrollLeft)).toBeGreaterThan(0);
    await expect(frame).toHaveAttribute('data-overflow', 'start end');
    await region.evaluate((node) => node.scrollTo({ left: node.scrollWidth }));
    await expect(frame).toHaveAttribute('data-overflow', 'start');
  });

  test('the hint shows only while the table overflows, and its line is kept, so nothing moves when it appears', async ({ page }) => {
    // The embed in a frame wide enough for the whole table.
    await page.setViewportSize({ width: 1800, height: 800 });
    await page.goto('/embed/matrix/');
    const region = page.locator('.table-scroll');
    expect(await region.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeLessThanOrEqual(1);
    await expect(page.locator('.scroll-frame')).not.toHaveAttribute('data-overflow');
    await expect(page.locator('.scroll-hint')).toBeHidden();
    // Narrower, the table overflows and the hint appears, in the line it had kept: the table stays put.
    const top = await region.evaluate((node) => node.getBoundingClientRect().top);
    await region.evaluate((node) => node.closest<HTMLElement>('.scroll-frame')!.style.setProperty('width', '900px'));
    await expect(page.locator('.scroll-hint')).toBeVisible();
    expect(await region.evaluate((node) => node.getBoundingClientRect().top)).toBe(top);
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
