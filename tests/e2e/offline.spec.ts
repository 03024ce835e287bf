/**
 * The offline copy (issue 25): after one visit the whole site works with the network gone, and a
 * new deploy's worker replaces the old one once the reader accepts the "Updated — reload" note.
 * Each test serves the build itself (a server it can stop), with service workers allowed (the
 * config blocks them elsewhere). Also the classroom pack: its contents, and what opens from disk.
 */
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createStaticServer } from '../../scripts/lib/static-server.mjs';
import { DIAGRAMS } from '../../src/diagrams/registry.ts';
import { writeServiceWorker } from '../../src/build/offline.ts';
import { PACK_FILE, PACK_FOLDER } from '../../src/lib/offline-files.ts';
import { UPDATE_NOTE_ID } from '../../src/lib/browser/offline.ts';
import { sitemapPaths } from './site.ts';
import { unzip } from '../shared/cartridge.ts';

test.use({ serviceWorkers: 'allow' });

const temporary: string[] = [];
test.afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A static server over `dir` on a free port, and a way to stop it for good (open connections too). */
async function serve(dir: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server: Server = createStaticServer({ dir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      (server as unknown as { closeAllConnections(): void }).closeAllConnections();
    });
  return { origin, stop };
}

/** Until the worker is active and controls the page (it claims the first page it installs on). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.ready).active?.state === 'activated' && navigator.serviceWorker.controller !== null,
    null,
    {
      timeout: 60_000,
    },
  );
}

test('after one visit, every page and embed loads with the network gone, downloads and cartridges too, and search finds hits', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const site = await serve('dist');
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${site.origin}/`);
  await controlled(page);
  await site.stop();
  await context.setOffline(true);

  const routes = [...sitemapPaths(), ...DIAGRAMS.map((diagram) => `/embed/${diagram.id}/`), '/embed/layers/?theme=dark&threat=cruise'];
  for (const route of routes) {
    const response = await page.goto(`${site.origin}${route}`);
    expect(response?.status(), route).toBe(200);
    expect(response?.fromServiceWorker(), route).toBe(true);
    await expect(page.locator('h1').first(), route).toBeVisible();
  }
  const files = [
    '/teach/golden-dome.imscc',
    ...DIAGRAMS.flatMap((d) => [`/downloads/${d.id}.svg`, `/downloads/${d.id}.csv`, `/teach/cartridges/${d.id}.imscc`]),
    '/pagefind/pagefind.js',
    '/pagefind/wasm.en.pagefind',
  ];
  const statuses = await page.evaluate((urls) => Promise.all(urls.map(async (url) => [url, (await fetch(url)).status] as const)), files);
  expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);

  await page.goto(`${site.origin}/search/`);
  await page.locator('#search-input').fill('custody layer');
  await expect(page.locator('.search-results a[href^="/elements/pwsa-custody-layer/"]').first()).toBeVisible({ timeout: 20_000 });
  expect(violations).toEqual([]);
});

test("a new build's worker replaces the old one: the page says it was updated, and Reload brings the new build", async ({ page }) => {
  test.setTimeout(180_000);
  const deployed = mkdtempSync(join(tmpdir(), 'gd-deploy-'));
  temporary.push(deployed);
  cpSync('dist', deployed, { recursive: true });
  const site = await serve(deployed);
  await page.goto(`${site.origin}/about/`);
  await controlled(page);
  const firstWorker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active!.scriptURL);

  // The next deploy: one page changed, and its build's worker (the same step the build runs).
  const about = join(deployed, 'about/index.html');
  writeFileSync(about, readFileSync(about, 'utf8').replace('</main>', '<p id="new-build">This is the new build.</p></main>'));
  await writeServiceWorker(deployed, '/');

  // Until the reader chooses, the page is the one the old worker keeps (never a half-updated site).
  await page.reload();
  await expect(page.locator('#new-build')).toHaveCount(0);
  const note = page.locator(`#${UPDATE_NOTE_ID}`);
  await expect(note).toBeVisible({ timeout: 30_000 });
  await expect(note).toContainText('Updated — reload');
  await note.getByRole('button', { name: 'Reload' }).click();
  await expect(page.locator('#new-build')).toBeVisible({ timeout: 30_000 });
  const after = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { url: registration.active!.scriptURL, waiting: registration.waiting !== null };
  });
  expect(after).toEqual({ url: firstWorker, waiting: false });
  await site.stop();
});

test.describe('the classroom pack', () => {
  test('is the whole site in one zip (no link-preview cards, not itself), with a README on serving it', async () => {
    const files = await unzip(readFileSync(join('dist', PACK_FILE)));
    const inPack = (path: string) => files.has(`${PACK_FOLDER}/${path}`);
    for (const path of [
      ...sitemapPaths().map((p) => `${p.slice(1)}index.html`),
      'teach/golden-dome.imscc',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
    ])
      expect(inPack(path), path).toBe(true);
    expect([...files.keys()].filter((path) => path.includes('/og/') || path.endsWith('.zip'))).toEqual([]);
    expect(files.get(`${PACK_FOLDER}/README.txt`)!.toString('utf8')).toContain('python3 -m http.server 8000');
  });

  test('opened from disk, a page shows its text and figure, styled; served, the whole site works', async ({ page, browser }) => {
    const root = mkdtempSync(join(tmpdir(), 'gd-pack-'));
    temporary.push(root);
    for (const [path, content] of await unzip(readFileSync(join('dist', PACK_FILE)))) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    const folder = join(root, PACK_FOLDER);
    // file://: the text and the server-rendered figure, with the page's inlined styles.
    await page.goto(pathToFileURL(join(folder, 'layers/index.html')).href);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('#figure-layers svg').first()).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--space-4').trim())).not.toBe('');
    // Served by any static server from the folder: pages, scripts and search.
    const site = await serve(folder);
    const served = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await served.goto(`${site.origin}/search/`);
    await served.locator('#search-input').fill('custody layer');
    await expect(served.locator('.search-results a').first()).toBeVisible({ timeout: 20_000 });
    await site.stop();
  });
});
