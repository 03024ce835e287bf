/**
 * Sharing without scripts (issue 25): every diagram's tools and /teach/ link to Google Classroom's
 * share page, to an e-mail and copy the link; without JavaScript for the default view, with it
 * for the view on screen. No request ever leaves the site. /teach/ offers the cartridges.
 */
import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DIAGRAMS } from '../../src/diagrams/registry.ts';
import { sitemapPaths } from './site.ts';
import { lessonKitSchema } from '../../src/lib/schema/teach.ts';

const SITE = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '');
const kit = lessonKitSchema.parse(parse(readFileSync('content/teach/lesson-kit.yaml', 'utf8')));
const sharedUrl = (href: string | null) => new URL(href!).searchParams.get('url');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page but the home page shares itself at its foot, by its own address', async ({ page }) => {
    for (const path of sitemapPaths().filter((p) => p !== '/')) {
      await page.goto(path);
      const share = page.locator('main > .share-links');
      await expect(share, path).toBeVisible();
      expect(sharedUrl(await share.getByRole('link', { name: /Share to Google Classroom/ }).getAttribute('href')), path).toBe(
        `${SITE}${path}`,
      );
    }
    // The home page's first-round-trip budget has no room for it (BaseLayout's `share`).
    await page.goto('/');
    await expect(page.locator('main > .share-links')).toHaveCount(0);
  });

  for (const diagram of DIAGRAMS) {
    test(`${diagram.id}: the figure's tools share its page by Google Classroom and e-mail`, async ({ page }) => {
      await page.goto(diagram.page);
      const share = page.locator(`#tools-${diagram.id} .share-links`);
      const classroom = share.getByRole('link', { name: /Share to Google Classroom/ });
      await expect(classroom).toBeVisible();
      const href = await classroom.getAttribute('href');
      expect(href).toMatch(/^https:\/\/classroom\.google\.com\/share\?/);
      expect(sharedUrl(href)).toBe(`${SITE}${diagram.page}#${diagram.anchor}`);
      await expect(classroom).toHaveAttribute('rel', 'noopener noreferrer');
      const email = await share.getByRole('link', { name: 'Email' }).getAttribute('href');
      expect(decodeURIComponent(email!)).toContain(`${SITE}${diagram.page}#${diagram.anchor}`);
      // Copying needs a script: hidden, not a dead button.
      await expect(share.getByRole('button', { name: /Copy link/ })).toBeHidden();
    });
  }

  test('/teach/ shares itself, offers the course cartridge, one per diagram and the classroom pack, and says how to import', async ({
    page,
  }) => {
    await page.goto('/teach/');
    expect(
      sharedUrl(
        await page
          .locator('.share-links')
          .first()
          .getByRole('link', { name: /Google Classroom/ })
          .getAttribute('href'),
      ),
    ).toBe(`${SITE}/teach/`);
    await expect(page.getByRole('link', { name: /Download the course cartridge \(\.imscc, \d+ KB\)/ })).toHaveAttribute(
      'href',
      '/teach/golden-dome.imscc',
    );
    for (const diagram of DIAGRAMS)
      await expect(page.locator(`a[href="/teach/cartridges/${diagram.id}.imscc"]`)).toHaveText(
        `Figure ${diagram.figure}: ${diagram.title}`,
      );
    await expect(page.getByRole('link', { name: 'classroom pack' })).toHaveAttribute('href', '/downloads/golden-dome-classroom.zip');
    for (const platform of ['Canvas.', 'Moodle.', 'Schoology.', 'Brightspace (D2L).'])
      await expect(page.locator('#classroom ~ p strong', { hasText: platform })).toBeVisible();
    for (const standard of kit.standards) await expect(page.getByText(standard.statement, { exact: false })).toBeVisible();
  });
});

for (const diagram of DIAGRAMS.filter((d) => d.exampleView)) {
  test(`${diagram.id}: with a view on screen, the links and "Copy link" carry that view, and nothing is sent to another site`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1') && !request.url().startsWith('data:') && !request.url().startsWith('blob:'))
        foreign.push(request.url());
    });
    await page.goto(`${diagram.page}${diagram.exampleView}`);
    const share = page.locator(`#tools-${diagram.id} .share-links`);
    const view = new URLSearchParams(diagram.exampleView);
    const expected = `${SITE}${diagram.page}?${view}#${diagram.anchor}`;
    const classroom = share.getByRole('link', { name: /Google Classroom/ });
    await classroom.hover();
    expect(sharedUrl(await classroom.getAttribute('href'))).toBe(expected);
    await share.getByRole('button', { name: /Copy link/ }).click();
    await expect(share.locator('.copy-status')).not.toBeEmpty();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(foreign).toEqual([]);
  });
}
