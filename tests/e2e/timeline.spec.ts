import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { animationFrames, axeViolations } from './site.ts';

const marker = (page: Page) => page.locator('.kill-chain-explorer .layout-wide .threat-marker');
const markerX = async (page: Page) => Number(await marker(page).getAttribute('cx'));

/** The island hydrates when the reader reaches for it (client:interaction): point at it, then wait. */
async function hydrated(page: Page) {
  await page.locator('#figure-kill-chain-caption').hover();
  await expect(page.locator('.kill-chain-explorer[data-js="true"]')).toBeVisible();
  await expect(page.locator('.kill-chain-explorer .layered[data-js="true"]')).toBeVisible();
}

test.describe('/timeline/: the kill chain', () => {
  test('the scrubber moves the threat on the layered diagram; arrow keys step', async ({ page }) => {
    await page.goto('/timeline/');
    await hydrated(page);
    const start = await markerX(page);
    const slider = page.getByRole('slider', { name: 'Time since launch' });
    await slider.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue('100');
    await expect(slider).toHaveAttribute('aria-valuetext', '1 min 40 s after launch: boost phase');
    expect(await markerX(page)).toBeGreaterThan(start);
    await slider.fill('800');
    await expect(page.locator('.time-readout')).toHaveText('13 min 20 s after launch: midcourse phase');
    const mid = await markerX(page);
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(slider).toHaveValue('810');
    expect(await markerX(page)).toBeGreaterThan(mid);
  });

  test('Space plays and pauses, and play moves the threat', async ({ page }) => {
    await page.goto('/timeline/');
    await hydrated(page);
    const slider = page.getByRole('slider', { name: 'Time since launch' });
    await slider.focus();
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(30);
    await slider.focus();
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
    const paused = await slider.inputValue();
    // Playback advances once per animation frame: ten frames later, a paused slider has not moved.
    await animationFrames(page);
    expect(await slider.inputValue()).toBe(paused);
  });

  test('with reduced motion, play jumps in steps', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/timeline/');
    await hydrated(page);
    await expect(page.locator('.controls .hint')).toContainText('Reduced motion: play moves in steps.');
    await page.getByRole('button', { name: 'Play' }).click();
    const slider = page.getByRole('slider', { name: 'Time since launch' });
    await expect(slider).toHaveValue('170', { timeout: 3000 });
    await page.getByRole('button', { name: 'Pause' }).click();
  });

  test('the fuel selector changes the boost bar', async ({ page }) => {
    await page.goto('/timeline/');
    await hydrated(page);
    await expect(page.locator('.bars-solid')).toBeVisible();
    await expect(page.locator('.bars-solid').getByRole('button', { name: /^Boost: 2 min 50 s/ })).toBeVisible();
    await page.getByLabel('Liquid-fuel ICBM').check();
    await expect(page.locator('.bars-solid')).toBeHidden();
    await expect(page.locator('.bars-liquid').getByRole('button', { name: /^Boost: 4 min 10 s/ })).toBeVisible();
    const boostWidth = async (fuel: string) => parseFloat((await page.locator(`.bars-${fuel} .phase.phase-boost`).getAttribute('width'))!);
    expect(await boostWidth('liquid')).toBeGreaterThan(await boostWidth('solid'));
  });

  test('every duration shows its source on focus and hover; Escape closes it', async ({ page }) => {
    await page.goto('/timeline/');
    await hydrated(page);
    const buttons = page.locator('.bars-solid .duration');
    await expect(buttons).toHaveCount(3);
    for (const [index, source] of [
      [0, 'IEEE Spectrum, 2005'],
      [1, 'MDA, 2009'],
      [2, 'MDA, 2009'],
    ] as const) {
      await buttons.nth(index).focus();
      const tip = page.locator(`#${await buttons.nth(index).getAttribute('aria-describedby')}`);
      await expect(tip).toBeVisible();
      await expect(tip).toContainText(source);
    }
    await buttons.nth(1).click();
    await page.keyboard.press('Escape');
    await expect(page.locator('.tip:popover-open')).toHaveCount(0);
    await page.mouse.move(0, 0);
    await buttons.nth(0).hover();
    await expect(page.locator('#tip-solid-boost')).toBeVisible();
  });

  test('the threat switch on the linked diagram changes the timeline', async ({ page }) => {
    await page.goto('/timeline/');
    await hydrated(page);
    await page.getByRole('link', { name: 'Hypersonic glide vehicle', exact: true }).click();
    await expect(page.locator('.chain-hypersonic')).toBeVisible();
    await expect(page.locator('.chain-hypersonic')).toContainText('roughly 1 mile per second');
    await expect(page.locator('.chain-ballistic')).toBeHidden();
    const slider = page.getByRole('slider', { name: 'Time since launch' });
    await slider.fill('0.5');
    await expect(marker(page)).toHaveAttribute('data-progress', '0.5');
  });

  for (const path of ['/timeline/', '/embed/kill-chain/']) {
    test(`${path}?element= opens that part on the linked diagram at once, without waiting for the reader`, async ({ page }) => {
      await page.goto(`${path}?element=space-based-interceptors`);
      await expect(page.locator('.kill-chain-explorer[data-js="true"]')).toBeAttached();
      await expect(page.locator('[data-panel="space-based-interceptors"]')).toBeVisible();
    });
  }

  test('touch: tapping a duration shows its source', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto('/timeline/');
    // The first tap both hydrates the island and, replayed once it has, opens the tooltip.
    await page.locator('.bars-solid .duration').nth(2).tap();
    await expect(page.locator('#tip-solid-terminal')).toBeVisible();
    await context.close();
  });

  // Both views in light; the default view in dark too, for the fuel radios and the scrubber.
  for (const view of ['', '?threat=hypersonic']) {
    for (const scheme of view ? (['light'] as const) : (['light', 'dark'] as const)) {
      test(`axe: /timeline/${view} (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/timeline/${view}`);
        await hydrated(page);
        await page.getByRole('slider', { name: 'Time since launch' }).fill(view ? '0.3' : '400');
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

test.describe('/timeline/: the history', () => {
  test.use({ javaScriptEnabled: false });

  test('reads without JavaScript, with the computed deadline and a source link for every event', async ({ page }) => {
    await page.goto('/timeline/');
    const events = page.locator('.events > li');
    expect(await events.count()).toBeGreaterThanOrEqual(12);
    await expect(page.locator('#event-sixty-day-deadline time')).toHaveText('March 28, 2025');
    await expect(page.locator('#event-sixty-day-deadline')).toContainText('computed: 60 days after January 27, 2025');
    await expect(page.locator('#event-sixty-day-deadline a[href="/order/#sec-3"]')).toBeVisible();
    for (const event of await events.all()) {
      const cite = event.locator('.cite');
      await expect(cite.locator('.standing').first()).toBeVisible();
      expect(await cite.locator('a, cite').count()).toBeGreaterThan(0);
    }
    await expect(page.locator('#event-sdi-1983')).toHaveClass(/standing-primary-event/);
    await expect(page.locator('#event-slides-2025')).toHaveClass(/standing-secondary-event/);
  });

  test('without JavaScript the fuel selector still switches the boost bar', async ({ page }) => {
    await page.goto('/timeline/');
    await page.getByLabel('Liquid-fuel ICBM').check();
    await expect(page.locator('.bars-liquid')).toBeVisible();
    await expect(page.locator('.controls')).toBeHidden();
  });
});
