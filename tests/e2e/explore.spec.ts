import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { computeSbi, defaultInputs } from '../../src/diagrams/space-interceptors/model.ts';
import { killChainSchema } from '../../src/lib/schema/kill-chain.ts';
import { axeViolations } from './site.ts';

/** The default scenario, as the page builds it: the first fuel's sourced boost time. */
const DEFAULT_INPUTS = defaultInputs(
  killChainSchema.parse(parseYaml(readFileSync('content/diagrams/kill-chain.yaml', 'utf8'))).fuels[0].boostSeconds,
);

const PATH = '/explore/space-interceptors/';
const IDS = [
  'burn-s',
  'latency-s',
  'dv-kms',
  'accel-g',
  'altitude-km',
  'intercept-alt-km',
  'inclination-deg',
  'launch-lat',
  'salvo',
  'shots',
];

/** The island hydrates when the reader reaches for it: point at it, then wait. */
async function hydrated(page: Page) {
  await page.locator('.explorer').hover();
  await expect(page.locator('.explorer[data-js="true"]')).toBeAttached();
}
const needed = (page: Page) => page.locator('output#sbi-required');

test.describe('the explorable', () => {
  test('has a labelled native input for every assumption and an output for every result', async ({ page }) => {
    await page.goto(PATH);
    for (const id of IDS) {
      const input = page.locator(`input#${id}`);
      await expect(input).toHaveAttribute('type', 'number');
      await expect(input).toHaveAttribute('min', /.+/);
      await expect(input).toHaveAttribute('max', /.+/);
      await expect(page.locator(`label[for="${id}"]`)).toBeVisible();
    }
    for (const id of ['reach-km', 'in-reach-fraction', 'absentee-ratio', 'sbi-required']) {
      await expect(page.locator(`output#${id}`)).toBeVisible();
    }
  });

  test('changing an input recomputes, and the scenario lives in the URL', async ({ page }) => {
    await page.goto(PATH);
    await hydrated(page);
    const expected = computeSbi({ ...DEFAULT_INPUTS, salvo: 10 }).interceptorsNeeded!;
    await page.locator('input#salvo').fill('10');
    await page.locator('input#salvo').press('Enter');
    await expect(needed(page)).toHaveText(expected.toLocaleString('en-US'));
    await expect(page).toHaveURL(/salvo=10/);
    // A shared scenario hydrates at once, without the reader reaching for it.
    const url = page.url();
    await page.goto(url);
    await expect(page.locator('.explorer[data-js="true"]')).toBeAttached();
    await expect(needed(page)).toHaveText(expected.toLocaleString('en-US'));
  });

  test('without a scenario in the URL it waits for the reader; a first tap on a preset still works', async ({ page }) => {
    // Hold the island's script back until the click has landed, so that it surely lands first.
    let release!: () => void;
    const clicked = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/SbiExplorer[^/]*\.js$/, async (route) => {
      await clicked;
      await route.continue();
    });
    await page.goto(PATH);
    await expect(page.locator('.explorer[data-js]')).toHaveCount(0);
    await page.getByRole('button', { name: /Liquid-fuel ICBM/ }).click();
    await expect(page.locator('.explorer[data-js]')).toHaveCount(0);
    release();
    await expect(page.locator('input#burn-s')).toHaveValue('250');
    await expect(needed(page)).toHaveText(computeSbi({ ...DEFAULT_INPUTS, burnSeconds: 250 }).interceptorsNeeded!.toLocaleString('en-US'));
  });

  test('the presets switch the boost time, and keyboard arrows move a slider', async ({ page }) => {
    await page.goto(PATH);
    await hydrated(page);
    await page.getByRole('button', { name: /Liquid-fuel ICBM/ }).click();
    await expect(page.locator('input#burn-s')).toHaveValue('250');
    await expect(needed(page)).toHaveText(computeSbi({ ...DEFAULT_INPUTS, burnSeconds: 250 }).interceptorsNeeded!.toLocaleString('en-US'));
    const slider = page.getByRole('slider', { name: 'Missiles launched at once (slider)' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('input#salvo')).toHaveValue('2');
  });

  test('evenly spread satellites are an option', async ({ page }) => {
    await page.goto(PATH);
    await hydrated(page);
    await page.getByLabel('Evenly spread over the sphere (no single inclination)').check();
    await expect(page.locator('input#inclination-deg')).toBeDisabled();
    await expect(needed(page)).toHaveText(
      computeSbi({ ...DEFAULT_INPUTS, inclinationDeg: null }).interceptorsNeeded!.toLocaleString('en-US'),
    );
    await expect(page).toHaveURL(/inclination-deg=even/);
  });

  for (const [query, note] of [
    ['?burn-s=99999', 'Boost burn time: 99999 s is above the maximum; using the maximum, 600 s.'],
    ['?salvo=abc', 'that is not a number'],
    ['?latency-s=%3Cscript%3E', 'that is not a number'],
    ['?accel-g=NaN&dv-kms=Infinity', 'that is not a number'],
  ]) {
    test(`a bad URL value (${query}) is clamped with a visible note, never NaN`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(PATH + query);
      await hydrated(page);
      await expect(page.locator('.clamp-note').first()).toContainText(note);
      for (const id of ['reach-km', 'in-reach-fraction', 'absentee-ratio', 'sbi-required']) {
        await expect(page.locator(`output#${id}`)).not.toHaveText(/NaN|undefined/);
      }
      expect(errors).toEqual([]);
    });
  }

  test('no interceptor can engage when the boost ends first, and the page says so', async ({ page }) => {
    await page.goto(`${PATH}?burn-s=60&latency-s=90`);
    await hydrated(page);
    await expect(needed(page)).toHaveText('none can engage');
    await expect(page.locator('output#absentee-ratio')).toHaveText('infinite');
  });

  test('the globe turns by keyboard and by drag, and its summary describes it', async ({ page }) => {
    await page.goto(PATH);
    await hydrated(page);
    const globe = page.getByRole('img', { name: /^Globe\./ });
    const landBefore = await page.locator('.globe path.land').getAttribute('d');
    await globe.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('.globe path.land').getAttribute('d')).not.toBe(landBefore);
    const box = (await globe.boundingBox())!;
    const turned = await page.locator('.globe path.land').getAttribute('d');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await page.locator('.globe path.land').getAttribute('d')).not.toBe(turned);
    await expect(page.locator('.globe .summary')).toContainText('within reach of the launch');
  });

  test('the land outline reaches the page once: as markup, not again as an island prop', async ({ page, request }) => {
    const html = await (await request.get(PATH)).text();
    await page.goto(PATH);
    const outline = (await page.locator('.globe path.land').getAttribute('d'))!;
    expect(outline.length).toBeGreaterThan(1000);
    expect(html.split(outline.slice(0, 200)).length - 1).toBe(1);
  });

  test('touch: a drag turns the globe', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(PATH);
    await hydrated(page);
    const globe = page.getByRole('img', { name: /^Globe\./ });
    await globe.scrollIntoViewIfNeeded();
    const before = await page.locator('.globe path.land').getAttribute('d');
    const box = (await globe.boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const at = (dx: number) => [{ x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (const dx of [10, 20, 30, 40]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(dx) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.locator('.globe path.land').getAttribute('d')).not.toBe(before);
    await context.close();
  });

  test('the chart marks the current scenario and follows the chosen input', async ({ page }) => {
    await page.goto(PATH);
    await hydrated(page);
    await expect(page.locator('.chart .current-label')).toHaveText(computeSbi(DEFAULT_INPUTS).interceptorsNeeded!.toLocaleString('en-US'));
    await page.getByLabel('Vary one assumption:').selectOption('altitudeKm');
    await expect(page.locator('.chart .describe')).toContainText('orbital altitude');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${PATH}?salvo=abc`);
      await hydrated(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test("shows the default scenario's numbers and the assumptions", async ({ page }) => {
    await page.goto(PATH);
    const result = computeSbi(DEFAULT_INPUTS);
    await expect(needed(page)).toHaveText(result.interceptorsNeeded!.toLocaleString('en-US'));
    await expect(page.locator('input#burn-s')).toHaveValue(String(DEFAULT_INPUTS.burnSeconds));
    await expect(page.locator('.no-js-note')).toBeVisible();
    await expect(page.locator('#model')).toBeVisible();
    await expect(page.locator('.globe path.land')).toHaveAttribute('d', /^M/);
  });
});
