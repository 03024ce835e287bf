/**
 * /debate/ and /costs/, the two sections that left /reporting/ (issue 29): the two cases in brief
 * side by side where the width allows, every position with a source and a date, the chart of the
 * cost estimates with its table view, and the old anchors of /reporting/ sent on.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';

const positions = parse(readFileSync('content/debate/positions.yaml', 'utf8')) as {
  id: string;
  group: string;
  stance: string;
  kind?: string;
}[];
const costs = parse(readFileSync('content/debate/costs.yaml', 'utf8')) as { id: string }[];
const isFor = (p: (typeof positions)[number]) => p.stance === 'supports' && ['us-government', 'supporters'].includes(p.group);
const isAgainst = (p: (typeof positions)[number]) => p.stance === 'critical' && p.group === 'critics';

test.describe('/debate/', () => {
  test('gives every position, each with a source and a date, under its group', async ({ page }) => {
    await page.goto('/debate/');
    await expect(page.locator('.position')).toHaveCount(positions.length);
    for (const position of await page.locator('.position').all()) {
      await expect(position.locator('.meta')).toContainText('Source:');
      await expect(position.locator('.when')).not.toBeEmpty();
    }
    for (const group of ['us-government', 'supporters', 'critics', 'foreign-governments', 'analysis'])
      await expect(page.locator(`#debate-${group}`)).toBeVisible();
  });

  test('lists each side’s arguments in brief, each a link to the full position', async ({ page }) => {
    await page.goto('/debate/');
    const brief = page.locator('.brief');
    const forBrief = brief.getByRole('region', { name: 'The case for' }).getByRole('link');
    const againstBrief = brief.getByRole('region', { name: 'The case against' }).getByRole('link');
    await expect(forBrief).toHaveCount(positions.filter((p) => isFor(p) && p.kind === 'argument').length);
    await expect(againstBrief).toHaveCount(positions.filter((p) => isAgainst(p) && p.kind === 'argument').length);
    await againstBrief.first().click();
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });

  test('puts the two sides side by side at 1280 px, and one after the other on a phone', async ({ page }) => {
    for (const [width, beside] of [
      [1280, true],
      [390, false],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/debate/');
      const boxes = await page
        .locator('.columns > section')
        .evaluateAll((sections) => sections.map((s) => s.getBoundingClientRect().toJSON()));
      expect(boxes).toHaveLength(2);
      expect(Math.abs(boxes[0].top - boxes[1].top) < 2, `side by side at ${width}`).toBe(beside);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    }
  });
});

test.describe('/costs/', () => {
  test('draws every estimate on the chart, labelled in both layouts, with the table beside it', async ({ page }) => {
    for (const [width, layout] of [
      [1280, 'wide'],
      [390, 'narrow'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/costs/');
      const chart = page.locator(`.cost-chart svg.layout-${layout}`);
      await expect(chart).toBeVisible();
      await expect(chart.locator('.row')).toHaveCount(costs.length);
      await expect(page.getByRole('img', { name: 'The estimates on one axis' })).toBeVisible();
      // Text keeps a readable size: the SVG is drawn at about one unit a pixel, never much below.
      const scale = await chart.evaluate((svg: SVGSVGElement) => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
      expect(scale).toBeGreaterThan(0.9);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    }
    await expect(page.locator('table tbody tr')).toHaveCount(costs.length);
    for (const estimate of costs) await expect(page.locator(`#cost-${estimate.id}`)).toBeAttached();
  });
});

test.describe('old anchors of /reporting/', () => {
  test('a position’s and an estimate’s old address lead to their new page, and #debate and #costs link there', async ({ page }) => {
    await page.goto('/reporting/#kelly-2026-02-05');
    await expect(page).toHaveURL(/\/debate\/#kelly-2026-02-05$/);
    await expect(page.locator('#kelly-2026-02-05')).toBeInViewport();
    await page.goto('/reporting/#cost-cbo-2026-05');
    await expect(page).toHaveURL(/\/costs\/#cost-cbo-2026-05$/);
    await page.goto('/reporting/#debate');
    await expect(page.locator('#debate').getByRole('link', { name: 'a page of its own' })).toHaveAttribute('href', '/debate/');
    await expect(page.locator('#costs').getByRole('link', { name: 'a page of their own' })).toHaveAttribute('href', '/costs/');
  });
});
