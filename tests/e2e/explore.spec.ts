import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { computeSbi, defaultInputs, SBI_BASIC_FIELDS, SBI_INPUTS, SBI_MORE_FIELDS } from '../../src/diagrams/space-interceptors/model.ts';
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
const moreInputs = (page: Page) => page.locator('details.more');
/** The answer as the page writes it (en-US grouping). */
const answer = (inputs: Partial<typeof DEFAULT_INPUTS>) =>
  computeSbi({ ...DEFAULT_INPUTS, ...inputs }).interceptorsNeeded!.toLocaleString('en-US');
/** Plain decimal numbers only: "4.79e-4" or "1e+21" anywhere a reader sees would fail. */
const EXPONENT = /\d(?:\.\d+)?e[+-]?\d/i;

test.describe('the explorable', () => {
  test('has a labelled native input for every assumption and an output for every result', async ({ page }) => {
    await page.goto(PATH);
    await moreInputs(page).locator('summary').click();
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
    await moreInputs(page).locator('summary').click();
    await page.getByLabel('Evenly spread over the sphere (no single inclination)').check();
    await expect(page.locator('input#inclination-deg')).toBeDisabled();
    await expect(needed(page)).toHaveText(
      computeSbi({ ...DEFAULT_INPUTS, inclinationDeg: null }).interceptorsNeeded!.toLocaleString('en-US'),
    );
    await expect(page).toHaveURL(/inclination-deg=even/);
  });

  for (const [query, note] of [
    ['?burn-s=99999', 'Boost burn time: 99,999 s is above the maximum; using the maximum, 600 s.'],
    ['?burn-s=1e300', 'Boost burn time: the value given is above the maximum; using the maximum, 600 s.'],
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

  test('the basic inputs come first; the rest wait under "More inputs", which a view that changed one of them opens', async ({ page }) => {
    await page.goto(PATH);
    await expect(moreInputs(page)).not.toHaveAttribute('open');
    for (const field of SBI_BASIC_FIELDS) await expect(page.locator(`input#${SBI_INPUTS[field].param}`)).toBeVisible();
    for (const field of SBI_MORE_FIELDS) await expect(page.locator(`input#${SBI_INPUTS[field].param}`)).toBeHidden();
    expect(await moreInputs(page).locator('summary').innerText()).toBe('More inputs');
    // The presets stay, before the inputs.
    await expect(page.getByRole('group', { name: 'Presets' }).getByRole('button')).toHaveCount(2);
    await page.goto(`${PATH}?shots=2`);
    await expect(page.locator('.explorer[data-js="true"]')).toBeAttached();
    await expect(moreInputs(page)).toHaveAttribute('open');
    await expect(page.locator('input#shots')).toHaveValue('2');
  });

  test('on a 390 px phone the answer stays in view while the inputs change, and never moves what is below it', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(PATH);
    await hydrated(page);
    await moreInputs(page).locator('summary').click();
    const result = page.locator('.explorer .result');
    const inView = async () => {
      const box = (await result.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= 844;
    };
    const height = (await result.boundingBox())!.height;
    for (const id of ['salvo', 'launch-lat', 'shots']) {
      const input = page.locator(`input#${id}`);
      await input.scrollIntoViewIfNeeded();
      await input.fill('2');
      await input.press('Enter');
      expect(await inView(), `the answer is on screen while ${id} changes`).toBe(true);
      // The input itself is not under the sticky answer.
      const inputBox = (await input.boundingBox())!;
      const resultBox = (await result.boundingBox())!;
      expect(inputBox.y, `${id} below the answer`).toBeGreaterThanOrEqual(resultBox.y + resultBox.height);
    }
    // From a number to words: the answer's box keeps its height, and the inputs keep their places on the page.
    const onPage = () => page.locator('input#shots').evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const before = await onPage();
    await page.locator('input#latency-s').fill('300');
    await page.locator('input#latency-s').press('Enter');
    await expect(needed(page)).toHaveText('none can engage');
    expect((await result.boundingBox())!.height).toBe(height);
    expect(await onPage()).toBe(before);
    await context.close();
  });

  test('on a phone, a control reached by Tab is never left under the sticky answer', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(PATH);
    await hydrated(page);
    for (const [from, to] of [
      ['input[aria-label^="Latency"]', 'input#latency-s'],
      ['input#latency-s', 'input[aria-label^="Kill-vehicle Δv"]'],
    ]) {
      await page.locator(from).focus();
      // The next control sits just below the top edge, where the answer covers it.
      await page.locator(to).evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 20));
      await page.keyboard.press('Tab');
      await expect(page.locator(to)).toBeFocused();
      const [control, answer] = await Promise.all([page.locator(to).boundingBox(), page.locator('.explorer .result').boundingBox()]);
      expect(control!.y, `${to} clear of the answer`).toBeGreaterThanOrEqual(answer!.y + answer!.height);
    }
    await context.close();
  });

  test('on a wide screen the answer sits beside the inputs and stays in view with every input open', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(PATH);
    await hydrated(page);
    await moreInputs(page).locator('summary').click();
    const inputs = (await page.locator('.explorer form.assumptions').boundingBox())!;
    const result = page.locator('.explorer .result');
    expect((await result.boundingBox())!.x).toBeGreaterThan(inputs.x + inputs.width - 1);
    await page.locator('input#shots').scrollIntoViewIfNeeded();
    const box = (await result.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
  });

  test('a screen reader hears the new answer once, politely, when the inputs have settled', async ({ page }) => {
    await page.goto(PATH);
    await hydrated(page);
    const region = page.locator('.explorer [aria-live="polite"]');
    await expect(region).toHaveCount(1);
    await expect(region).toHaveAttribute('aria-atomic', 'true');
    await expect(region).toBeEmpty();
    // The visible numbers are not live regions of their own (an <output> is one by default).
    for (const id of ['reach-km', 'in-reach-fraction', 'absentee-ratio', 'sbi-required'])
      await expect(page.locator(`output#${id}`)).toHaveAttribute('aria-live', 'off');
    // Count what the region says while a slider is held down for five steps.
    await region.evaluate((element) => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => said.push(element.textContent ?? '')).observe(element, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const slider = page.getByRole('slider', { name: 'Missiles launched at once (slider)' });
    await slider.focus();
    for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('input#salvo')).toHaveValue('6');
    await expect(region).toHaveText(`Interceptors needed: ${answer({ salvo: 6 })}.`);
    expect(await page.evaluate(() => (window as unknown as { said: string[] }).said.filter((text) => text !== ''))).toEqual([
      `Interceptors needed: ${answer({ salvo: 6 })}.`,
    ]);
  });

  test('the model text keeps its words apart', async ({ page }) => {
    await page.goto(PATH);
    const model = (await page.locator('section[aria-labelledby="model"]').innerText()).replace(/\s+/g, ' ');
    for (const words of [
      'Time available: t = burn − latency',
      'until it reaches Δv, then coasts',
      'orbits at radius R + h and',
      'at radius R + hᵢ (R = 6,371 km)',
      'within d: cos θ',
      'evenly over the sphere, f = (1 − cos θ)/2',
      'proportional to 1/√(sin²i − sin²φ)',
      'A = 1/f, and ceil(salvo × shots × A)',
    ])
      expect(model).toContain(words);
  });

  test('numbers read as a reader writes them, even where the share within reach is tiny', async ({ page }) => {
    // The smallest share above zero that an orbital altitude gives at the defaults, by scanning the model.
    const altitudes = Array.from({ length: 2000 }, (_, index) => 400 + index / 20);
    const tiny = altitudes
      .map((altitudeKm) => ({ altitudeKm, share: computeSbi({ ...DEFAULT_INPUTS, altitudeKm }).inReachFraction }))
      .filter(({ share }) => share > 0)
      .sort((a, b) => a.share - b.share)[0];
    expect(tiny.share).toBeLessThan(1e-4);
    for (const query of ['', `?altitude-km=${tiny.altitudeKm}`]) {
      await page.goto(PATH + query);
      await hydrated(page);
      const text = await page.locator('.explorer').innerText();
      expect(text, query).not.toMatch(EXPONENT);
      await expect(page.locator('output#in-reach-fraction')).toHaveText(/^(under )?\d+(\.\d+)?%$/);
    }
    await expect(page.locator('.explorer .chart')).not.toContainText(EXPONENT);
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
  test("shows the default scenario's numbers, and the inputs as the values used, not as controls", async ({ page }) => {
    await page.goto(PATH);
    const result = computeSbi(DEFAULT_INPUTS);
    await expect(needed(page)).toHaveText(result.interceptorsNeeded!.toLocaleString('en-US'));
    await expect(page.getByRole('heading', { name: 'The values used' })).toBeVisible();
    await expect(page.locator('.no-js-note')).toBeVisible();
    await expect(page.locator('.no-js-note')).toContainText('needs JavaScript');
    // Nothing that looks live: no slider, number box, checkbox, preset, chart choice or globe button.
    const live = page.locator('.explorer').locator('input, select, button');
    for (const control of await live.all()) await expect(control).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Assumptions', exact: true })).toHaveCount(0);
    // Each value used is written out, the basic ones first, the rest in a disclosure that opens without scripts.
    const values = page.locator('.explorer .value-used');
    await expect(values).toHaveCount(IDS.length);
    await expect(page.locator('.explorer .field').filter({ hasText: 'Boost burn time' }).locator('.value-used')).toHaveText(
      `${DEFAULT_INPUTS.burnSeconds} s`,
    );
    await expect(page.locator('.explorer .field').filter({ hasText: 'Missiles launched at once' }).locator('.value-used')).toHaveText(
      '1 missile',
    );
    expect(await moreInputs(page).locator('summary').innerText()).toBe('More values used');
    const latitude = page.locator('.explorer .field').filter({ hasText: 'Launch latitude' }).locator('.value-used');
    await expect(latitude).toBeHidden();
    await moreInputs(page).locator('summary').click();
    await expect(latitude).toHaveText(`${DEFAULT_INPUTS.launchLatDeg}°`);
    await expect(page.locator('#model')).toBeVisible();
    await expect(page.locator('.globe path.land')).toHaveAttribute('d', /^M/);
    expect(await page.locator('.explorer').innerText()).not.toMatch(EXPONENT);
  });
});
