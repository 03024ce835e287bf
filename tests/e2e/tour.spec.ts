import { expect, test } from './fixtures.ts';
import { labelFor } from '../../src/lib/order.ts';
import { axeViolations } from './site.ts';
import { readCollection } from '../../src/node/content.ts';

const elementFiles = readCollection('.', 'elements').map(({ id, data }) => ({ id, title: data.title }));

interface Step {
  id: string;
  title: string;
  cites: { passage: string; quote: string }[];
  view: { threat: string; emphasise: string[] };
}
const [{ data: tour }] = readCollection('.', 'tour');
const steps: Step[] = tour.steps;

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

test.describe('the self-check that closes the tour', () => {
  test('sums up the tour, then asks three or four questions, each with one right answer that quotes the order', async ({ page }) => {
    await page.goto('/tour/');
    const section = page.locator('.self-check');
    await expect(section.getByRole('heading', { level: 2, name: 'What the tour showed' })).toBeVisible();
    await expect(section.locator('ul[data-readability] > li')).toHaveText(tour.summary);
    expect(tour.selfCheck.length).toBeGreaterThanOrEqual(3);
    await expect(section.locator('[data-self-check]')).toHaveCount(tour.selfCheck.length);
    for (const question of tour.selfCheck) {
      const item = page.locator(`#check-${question.id}`);
      await expect(item.locator('summary')).toHaveText(
        question.options.map((option, index) => `${String.fromCharCode(65 + index)}. ${option.text}`),
      );
      const right = question.options.findIndex((option) => option.correct);
      const answer = item.locator('details').nth(right);
      await expect(answer.locator('blockquote')).toContainText(`“${question.cite.quote}”`);
      // Inside a closed reveal, so not in the accessibility tree yet: found by its place.
      const link = answer.locator('blockquote footer a');
      await expect(link).toHaveText(`Exec. Order 14186, ${labelFor(question.cite.passage)}`);
      await expect(link).toHaveAttribute('href', `/order/#${question.cite.passage}`);
    }
  });

  test('by keyboard alone, choosing an answer shows why at once and says so politely; choosing another closes the first', async ({
    page,
  }) => {
    await page.goto('/tour/');
    const question = tour.selfCheck[0];
    const item = page.locator(`#check-${question.id}`);
    const status = item.locator('[aria-live="polite"]');
    await expect(status).toHaveText('');
    const wrong = question.options.findIndex((option) => !option.correct);
    const right = question.options.findIndex((option) => option.correct);
    await item.locator('summary').nth(wrong).focus();
    await page.keyboard.press('Enter');
    await expect(item.locator('details').nth(wrong)).toHaveAttribute('open', '');
    await expect(item.locator('details').nth(wrong).locator('.why')).toBeVisible();
    await expect(status).toHaveText(`${String.fromCharCode(65 + wrong)}. ${question.options[wrong].text}: ${question.options[wrong].why}`);
    await expect(item).toHaveAttribute('data-answered', 'wrong');
    await item.locator('summary').nth(right).focus();
    await page.keyboard.press(' ');
    await expect(item.locator('details').nth(right)).toHaveAttribute('open', '');
    await expect(item.locator('details').nth(wrong)).not.toHaveAttribute('open', '');
    await expect(status).toContainText(question.options[right].why);
    await expect(item).toHaveAttribute('data-answered', 'right');
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe in ${scheme} with a right and a wrong answer open`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/tour/');
      const [first, second] = tour.selfCheck;
      await page
        .locator(`#check-${first.id} summary`)
        .nth(first.options.findIndex((option) => option.correct))
        .click();
      await page
        .locator(`#check-${second.id} summary`)
        .nth(second.options.findIndex((option) => !option.correct))
        .click();
      await page.locator('.self-check').scrollIntoViewIfNeeded();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('each answer is a native reveal that opens from the keyboard', async ({ page }) => {
      await page.goto('/tour/');
      const question = tour.selfCheck[1];
      const item = page.locator(`#check-${question.id}`);
      const right = question.options.findIndex((option) => option.correct);
      await expect(item.locator('details .why').nth(right)).toBeHidden();
      await item.locator('summary').nth(right).focus();
      await page.keyboard.press('Enter');
      await expect(item.locator('details .why').nth(right)).toHaveText(question.options[right].why);
      await expect(item.locator('details').nth(right).locator('blockquote')).toBeVisible();
    });
  });
});

test.describe("the sticky diagram's key", () => {
  for (const { width, height } of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`at ${width} px the numbered drawing has its key in view, with the step's parts in bold`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto('/tour/');
      const diagram = page.locator('.tour-diagram');
      await expect(page.locator('.tour-diagram .layered[data-js="true"]')).toBeAttached();
      // The labelled (wide) layout never fits the sticky column: the numbered one shows, with its key.
      await expect(diagram.locator('.layout-narrow svg')).toBeVisible();
      const key = diagram.locator('.layout-narrow .number-key');
      await expect(key).toBeVisible();
      await expect(key.locator('li')).toHaveCount(await diagram.locator('.layout-narrow a.mark').count());
      const step = steps[1];
      await page.locator(`#step-${step.id} h2`).evaluate((node) => node.scrollIntoView({ block: 'center' }));
      await expect(diagram).toHaveAttribute('data-current-step', step.id);
      // The key names elements by their titles; the step's emphasised ones are the bold ones.
      const titles = elementFiles.filter((file) => step.view.emphasise.includes(file.id)).map((file) => file.title);
      expect(titles).toHaveLength(step.view.emphasise.length);
      expect((await key.locator('li.current').allInnerTexts()).map((text) => text.trim()).sort()).toEqual(titles.sort());
      // The whole sticky block, key included, stays within the screen (on a phone, well within it).
      const box = (await page.locator('.tour-sticky').boundingBox())!;
      expect(box.height, `sticky block at ${width} px`).toBeLessThan(height * (width < 600 ? 0.6 : 1));
      const keyBox = (await key.boundingBox())!;
      expect(keyBox.y + keyBox.height).toBeLessThanOrEqual(height);
      await context.close();
    });
  }
});
