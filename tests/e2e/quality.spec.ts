import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks, htmlFiles } from '../../scripts/lib/link-check.ts';
import { weighPage } from '../../scripts/lib/page-weight.ts';
import { DIAGRAMS } from '../../src/lib/diagrams.ts';
import { sitemapPaths } from './site.ts';

/** Every built page, as a site path. */
const builtPages = () => htmlFiles('dist').map((file) => file.slice('dist'.length).replace(/index\.html$/, '').split('\\').join('/'));

test.describe('links', () => {
  test('no internal link is broken, and every #anchor exists', () => {
    const { checked, broken } = checkLinks('dist');
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  test('served under a base path (/golden-dome/), the build has no broken links either', () => {
    test.setTimeout(240_000);
    const out = mkdtempSync(join(tmpdir(), 'gd-base-'));
    try {
      const build = spawnSync('npx', ['astro', 'build', '--outDir', out], {
        encoding: 'utf8',
        env: { ...process.env, BASE_PATH: '/golden-dome/', SITE_URL: 'https://example.org', ASTRO_TELEMETRY_DISABLED: '1' },
        timeout: 220_000,
      });
      expect(build.status, build.stderr.slice(-2000)).toBe(0);
      const { checked, broken } = checkLinks(out, '/golden-dome/', 'https://example.org');
      expect(checked).toBeGreaterThan(1000);
      expect(broken).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

test.describe('budgets (bytes are stable; times are measured by npm run bench)', () => {
  test('no page ships more than 60 KB of JavaScript (gzip), counting what loads on interaction', () => {
    const heavy = builtPages()
      .map((page) => ({ page, js: weighPage('dist', page).js }))
      .filter(({ js }) => js > 60 * 1024);
    expect(heavy).toEqual([]);
  });

  test('every embed page loads under 50 KB in total (gzip HTML, CSS and JavaScript)', () => {
    const embeds = DIAGRAMS.map((diagram) => weighPage('dist', `/embed/${diagram.id}/`));
    expect(embeds).toHaveLength(DIAGRAMS.length);
    const heavy = embeds.filter((weight) => weight.totalAtLoad > 50 * 1024).map(({ page, totalAtLoad }) => ({ page, totalAtLoad }));
    expect(heavy).toEqual([]);
  });
});

test.describe('privacy', () => {
  const pages = () => [...sitemapPaths(), ...DIAGRAMS.map((diagram) => `/embed/${diagram.id}/`)];

  test('no page asks any other origin for anything', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(`${page.url()} → ${request.url()}`);
    });
    for (const path of pages()) {
      await page.goto(path, { waitUntil: 'networkidle' });
    }
    // The search page loads its index only when asked.
    await page.goto('/search/?q=custody', { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
  });
});
