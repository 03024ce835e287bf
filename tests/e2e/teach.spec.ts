import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DIAGRAMS } from '../../src/diagrams/registry.ts';
import { axeViolations } from './site.ts';

const kit = parse(readFileSync('content/teach/lesson-kit.yaml', 'utf8')) as {
  activities: { diagram: string }[];
  questions: { id: string; supporters: unknown[]; critics: unknown[] }[];
  quiz: { id: string; options: string[]; answer: number }[];
};

test.describe('/teach/ without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('has an activity for every diagram, linking to it', async ({ page }) => {
    await page.goto('/teach/');
    for (const diagram of DIAGRAMS) {
      expect(
        kit.activities.some((activity) => activity.diagram === diagram.id),
        diagram.id,
      ).toBe(true);
      await expect(page.locator(`#activity-${diagram.id} ~ .meta a[href="${diagram.page}#${diagram.anchor}"]`)).toBeVisible();
    }
  });

  test('gives both sides of every discussion question, each with a source', async ({ page }) => {
    await page.goto('/teach/');
    for (const question of kit.questions) {
      const article = page.locator(`#question-${question.id}`);
      await expect(article.locator('.sides > div').first().locator('li')).toHaveCount(question.supporters.length);
      await expect(article.locator('.sides > div').nth(1).locator('li')).toHaveCount(question.critics.length);
      // A position read in a second document shows the standing of both; the first is its own.
      for (const item of await article.locator('li').all()) await expect(item.locator('.standing').first()).toBeVisible();
    }
  });

  test('the quiz works without JavaScript: choose, then check the explained answer', async ({ page }) => {
    await page.goto('/teach/');
    const first = kit.quiz[0];
    const item = page.locator(`#quiz-${first.id}`);
    await item.getByRole('radio').nth(first.answer).check();
    await item.getByText('Check the answer').click();
    await expect(item.locator('details p').first()).toContainText(first.options[first.answer]);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`/teach/: axe, with answers open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/teach/');
    for (const summary of await page.locator('.quiz summary').all()) await summary.click();
    expect(await axeViolations(page)).toEqual([]);
  });
}
