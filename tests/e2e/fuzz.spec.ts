import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { PAYLOADS } from '../shared/hostile-payloads.ts';
import { DIAGRAMS } from '../../src/diagrams/registry.ts';

/**
 * A hostile-URL smoke on every page that reads URL parameters: each page is loaded a few times
 * with every parameter and the hash set to hostile values (tests/shared/hostile-payloads.ts),
 * together. Each payload that could run sets window.__fuzzed or adds an element with data-fuzz;
 * neither may happen, no error may escape, and the page must show its default view. The parsers
 * meet every payload in every parameter one by one in Vitest (tests/unit/hostile-urls.test.ts)
 * and random strings in their property tests; here the question is what the page does with them.
 */

/** Pages, the parameters they read, and how to tell their default view. */
const TARGETS: { path: string; params: string[]; ready: (page: Page) => Promise<void>; isDefault: (page: Page) => Promise<void> }[] = [
  {
    path: '/layers/',
    params: ['element', 'threat'],
    ready: async (page) => expect(page.locator('.layered[data-js="true"]')).toBeAttached(),
    isDefault: async (page) => {
      await expect(page.locator('.layout-wide [data-threat-path]:visible')).toHaveAttribute('data-threat-path', 'ballistic');
      await expect(page.locator('[data-panel]')).toHaveCount(0);
    },
  },
  {
    path: '/timeline/',
    params: ['element', 'threat', 'fuel'],
    ready: async (page) => expect(page.locator('.kill-chain-explorer[data-js="true"]')).toBeAttached(),
    isDefault: async (page) => {
      await expect(page.locator('.bars-solid')).toBeVisible();
      await expect(page.locator('.chain-ballistic')).toBeVisible();
    },
  },
  {
    path: '/explore/space-interceptors/',
    params: [
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
    ],
    ready: async (page) => expect(page.locator('.explorer[data-js="true"]')).toBeAttached(),
    isDefault: async (page) => {
      for (const id of ['reach-km', 'in-reach-fraction', 'absentee-ratio', 'sbi-required'])
        await expect(page.locator(`output#${id}`)).not.toHaveText(/NaN|undefined|Infinity/);
    },
  },
  {
    path: '/search/',
    params: ['q'],
    ready: async (page) => expect(page.locator('.search-status')).not.toBeEmpty(),
    isDefault: async () => {},
  },
  {
    path: '/embed/layers/',
    params: ['theme', 'title', 'element', 'threat'],
    // The island hydrates at once for element= and threat=, otherwise when the reader points at it.
    ready: async (page) => {
      await page.locator('main#embed svg:visible').first().hover();
      await expect(page.locator('.layered[data-js="true"]')).toBeAttached();
    },
    isDefault: async (page) => {
      await expect(page.locator('h1.embed-title')).toBeVisible();
      await expect(page.locator('[data-threat-path]:visible').first()).toHaveAttribute('data-threat-path', 'ballistic');
    },
  },
];

/** The payloads in groups of kinds: markup and script, odd strings, and values that look like data. */
const GROUPS = [PAYLOADS.slice(0, 8), PAYLOADS.slice(8, 19), PAYLOADS.slice(19)];

/** One hostile URL per group: parameter i gets the group's payload i (cycling), the hash its last. */
function hostileUrls(path: string, params: readonly string[]): string[] {
  return GROUPS.map((group) => {
    const query = new URLSearchParams(params.map((param, i) => [param, group[i % group.length]]));
    return `${path}?${query}#${encodeURIComponent(group.at(-1)!.slice(0, 200))}`;
  });
}

for (const target of TARGETS) {
  test(`${target.path}: hostile parameters and hashes change nothing they should not`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`a dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    for (const url of hostileUrls(target.path, target.params)) {
      await page.goto(url);
      await target.ready(page);
      expect(await page.evaluate(() => (window as unknown as { __fuzzed?: number }).__fuzzed), url).toBeUndefined();
      expect(await page.locator('[data-fuzz]').count(), url).toBe(0);
      await target.isDefault(page);
    }
    expect(errors).toEqual([]);
  });
}

test('every hostile payload reaches every page that reads parameters', () => {
  const used = new Set(
    TARGETS.flatMap((target) =>
      hostileUrls(target.path, target.params).flatMap((url) => {
        const parsed = new URL(url, 'http://x');
        return [...parsed.searchParams.values(), decodeURIComponent(parsed.hash.slice(1))];
      }),
    ),
  );
  // Each page sees each group; across the pages every payload is sent at least once (in a parameter or the hash).
  expect(PAYLOADS.filter((payload) => !used.has(payload))).toEqual([]);
});

test('the page of every diagram with view parameters is a target, with all its parameters', () => {
  for (const diagram of DIAGRAMS.filter((candidate) => candidate.params.length > 0)) {
    for (const path of [diagram.page]) {
      const target = TARGETS.find((candidate) => candidate.path === path);
      expect(target, `${path} (${diagram.id}) in TARGETS`).toBeDefined();
      expect(
        diagram.params.filter((param) => !target!.params.includes(param)),
        path,
      ).toEqual([]);
    }
  }
});
