import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { labelFor } from '../../src/lib/order.ts';
import { axeViolations } from './site.ts';

interface Step {
  id: string;
  title: string;
  cites: { passage: string; quote: string }[];
  view: { threat: string; emphasise: string[] };
}
const steps = parse(readFileSync('content/tour/steps.yaml', 'utf8')) as Step[];

test('the tour has about eight steps in flight order, each quoting and linking its passage', async ({ page }) => {
  expect(steps.length).toBeGreaterThanOrEqual(7);
  await page.goto('/tour/');
  for (const step of steps) {
    const section = page.locator(`#step-${step.id}`);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(step.title);
    for (const cite of step.cites) {
      await expect(section.getByRole('link', { name: `Exec. Order 14186, ${labelFor(cite.passage)}`, exact: true })).toHaveAttribute(
        'href',
        `/order/#${cite.passage}`,
      );
      await expect(section.locator('blockquote', { hasText: cite.quote })).toBeVisible();
    }
  }
});

test('scrolling changes the sticky diagram at each step', async ({ page }) => {
  await page.goto('/tour/');
  const diagram = page.locator('.tour-diagram');
  await expect(page.locator('.tour-diagram .layered[data-js="true"]')).toBeAttached();
  await expect(page.locator('.step-figure').first()).toBeHidden();
  for (const step of [steps[2], steps[5], steps[7]]) {
    await page.locator(`#step-${step.id} h2`).evaluate((node) => node.scrollIntoView({ block: 'center' }));
    await expect(diagram).toHaveAttribute('data-current-step', step.id);
    await expect(diagram.locator('.layered')).toHaveAttribute('data-threat', step.view.threat);
    for (const id of step.view.emphasise) {
      await expect(diagram.locator(`.layout-narrow a.mark[data-element="${id}"]`)).not.toHaveClass(/dimmed/);
    }
    if (step.view.emphasise.length > 0) await expect(diagram.locator('.layout-narrow a.mark.dimmed').first()).toBeAttached();
  }
});

test('with reduced motion the tour is a plain sequence of figures', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/tour/');
  await expect(page.locator('.tour-sticky')).toBeHidden();
  await expect(page.locator('.step-figure')).toHaveCount(steps.length);
  await expect(page.locator('.step-figure').nth(3)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test("each step has its own server-rendered figure in that step's view", async ({ page }) => {
    await page.goto('/tour/');
    await expect(page.locator('.tour-sticky')).toBeHidden();
    for (const step of steps) {
      const figure = page.locator(`#step-${step.id} .step-figure`);
      await expect(figure).toBeVisible();
      await expect(figure.locator('.layered')).toHaveAttribute('data-threat', step.view.threat);
      // Only the narrow layout is drawn (a step is never wide enough for the other), and it shows.
      await expect(figure.locator('.layout-wide')).toHaveCount(0);
      await expect(figure.locator('.layout-narrow svg')).toBeVisible();
    }
  });
});

test('on a phone the sticky diagram and the text both fit', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/tour/');
  const sticky = await page.locator('.tour-sticky').boundingBox();
  expect(sticky!.height).toBeLessThan(740 * 0.6);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

// Light only: the theme tokens decide this page's colours in dark (tests/unit/theme-contrast.test.ts).
test('axe: /tour/ scrolled to step 4', async ({ page }) => {
  await page.goto('/tour/');
  await page.locator(`#step-${steps[3].id} h2`).evaluate((node) => node.scrollIntoView({ block: 'center' }));
  await expect(page.locator('.tour-diagram')).toHaveAttribute('data-current-step', steps[3].id);
  expect(await axeViolations(page)).toEqual([]);
});
