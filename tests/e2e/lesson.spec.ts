/**
 * The kit's 50-minute lesson (issue 29): the sequence on /teach/, the student worksheet and the
 * answer key, as pages and as print. The printed page count is measured as in print.spec.ts:
 * Chromium prints (page.pdf, print media), pdf-lib counts. PRINT_DIR=/tmp/x keeps the PDFs.
 */
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './site.ts';
import { lessonKitSchema } from '../../src/lib/schema/teach.ts';
import { labelFor } from '../../src/lib/order.ts';
import { ANSWER_KEY_PATH, WORKSHEET_PATH, lessonTimetable } from '../../src/lib/lesson.ts';

const kit = lessonKitSchema.parse(parse(readFileSync('content/teach/lesson-kit.yaml', 'utf8')));
const parts = lessonTimetable(kit.lesson);
const tasks = parts.flatMap((part) => part.tasks);
const HANDOUTS = [WORKSHEET_PATH, ANSWER_KEY_PATH];

test('/teach/ lays out the 50 minutes part by part, warm-up to exit ticket, and links both handouts', async ({ page }) => {
  await page.goto('/teach/');
  const section = page.locator('section[aria-labelledby="lesson"]');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(`A ${kit.lesson.minutes}-minute lesson`);
  const rows = section.locator('tbody tr');
  await expect(rows).toHaveCount(parts.length);
  // The minutes as the page shows them add up to 50.
  const shown = (await rows.locator('.minutes').allTextContents()).map((text) => Number(/(\d+) minutes/.exec(text)![1]));
  expect(shown.reduce((sum, minutes) => sum + minutes, 0)).toBe(50);
  await expect(rows.first().locator('th')).toHaveText(/^\s*Warm-up: /);
  await expect(rows.last().locator('th')).toHaveText(/^\s*Exit ticket: /);
  await expect(rows.locator('.when')).toHaveText(parts.map((part) => new RegExp(`^\\s*${part.clock}\\s*${part.minutes} minutes\\s*$`)));
  await expect(section.locator('tfoot')).toContainText('50 minutes');
  await expect(section.getByRole('link', { name: 'student worksheet' })).toHaveAttribute('href', WORKSHEET_PATH);
  await expect(section.getByRole('link', { name: 'answer key' })).toHaveAttribute('href', ANSWER_KEY_PATH);
  // Each activity or question a part uses is linked on the page.
  for (const link of await section.locator('tbody a[href^="#"]').all()) {
    await expect(page.locator((await link.getAttribute('href'))!)).toBeAttached();
  }
  await expect(page.locator('.on-this-page a[href="#lesson"], nav a[href="#lesson"]').first()).toBeAttached();
});

test('the worksheet has every prompt, numbered through the lesson, with lines to write on, and no answer anywhere', async ({ page }) => {
  await page.goto(WORKSHEET_PATH);
  await expect(page.locator('h1')).toHaveText(`Worksheet: ${kit.lesson.title}`);
  await expect(page.locator('.part h2')).toHaveText(parts.map((part) => `${part.kindLabel} (${part.minutes} min): ${part.title}`));
  await expect(page.locator('.prompt')).toHaveText(tasks.map((task) => task.prompt));
  expect(await page.locator('.tasks > li').evaluateAll((items) => items.map((item) => (item as HTMLLIElement).value))).toEqual(
    tasks.map((task) => task.number),
  );
  for (const task of tasks) await expect(page.locator(`[data-task="${task.number}"] .line`)).toHaveCount(task.lines);
  const text = (await page.locator('body').textContent())!.replace(/\s+/g, ' ');
  for (const task of tasks) {
    expect(text, `worksheet shows the answer to ${task.number}`).not.toContain(task.answer.slice(0, 60));
    if (task.cite) expect(text, `worksheet shows the quote behind ${task.number}`).not.toContain(task.cite.quote);
  }
  await expect(page.locator('[data-answer], .teacher')).toHaveCount(0);
  await expect(page.locator(`a[href="${ANSWER_KEY_PATH}"]`)).toHaveCount(0);
  // Kept honest: the same check finds the answers on the key.
  await page.goto(ANSWER_KEY_PATH);
  expect((await page.locator('body').textContent())!.replace(/\s+/g, ' ')).toContain(tasks[0].answer.slice(0, 60));
});

test('the answer key gives the timings, the teacher’s part, and each answer with the order’s words, numbered as on the worksheet', async ({
  page,
}) => {
  await page.goto(ANSWER_KEY_PATH);
  await expect(page.locator('.part h2')).toHaveText(
    parts.map((part) => `${part.kindLabel} (${part.minutes} min, ${part.clock}): ${part.title}`),
  );
  await expect(page.locator('.teacher')).toHaveText(parts.map((part) => `Teacher: ${part.teacher}`));
  for (const task of tasks) {
    const item = page.locator(`[data-task="${task.number}"]`);
    await expect(item.locator('.prompt')).toHaveText(task.prompt);
    await expect(item.locator('[data-answer] > p').first()).toHaveText(`Answer: ${task.answer}`);
    if (task.cite) {
      await expect(item.locator('blockquote')).toContainText(`“${task.cite.quote}”`);
      await expect(item.getByRole('link', { name: `Exec. Order 14186, ${labelFor(task.cite.passage)}` })).toHaveAttribute(
        'href',
        `/order/#${task.cite.passage}`,
      );
    }
  }
  await expect(page.getByRole('link', { name: 'student worksheet' })).toHaveAttribute('href', WORKSHEET_PATH);
});

for (const path of HANDOUTS) {
  test.describe(`${path} printed`, () => {
    for (const format of ['Letter', 'A4'] as const) {
      test(`fits on at most two ${format} pages`, async ({ page }) => {
        await page.goto(path);
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format });
        if (process.env.PRINT_DIR) {
          const { writeFileSync, mkdirSync } = await import('node:fs');
          mkdirSync(process.env.PRINT_DIR, { recursive: true });
          writeFileSync(`${process.env.PRINT_DIR}/${path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}-${format}.pdf`, pdf);
        }
        const pages = (await PDFDocument.load(pdf)).getPageCount();
        console.log(`${path} on ${format}: ${pages} printed pages`);
        expect(pages, `${path} on ${format}`).toBeLessThanOrEqual(2);
        expect(pages).toBeGreaterThanOrEqual(1);
      });
    }

    test('prints no controls or navigation, and keeps the credit', async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.breadcrumbs')).toBeHidden();
      await expect(page.locator('.site-footer')).toContainText('CC BY 4.0');
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`axe in ${scheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the handouts are complete, and the print button, which needs scripts, is not offered', async ({ page }) => {
    await page.goto(WORKSHEET_PATH);
    await expect(page.locator('.prompt')).toHaveCount(tasks.length);
    await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
  });
});
