import { expect, test, type Page } from '@playwright/test';

/**
 * Hostile URL parameters and hashes against every page that reads them. Each payload that could
 * run sets window.__fuzzed or adds an element with data-fuzz; neither may happen, no error may
 * escape, and the page must show its default view.
 */
const PAYLOADS = [
  '<script>window.__fuzzed=1</script>',
  '"><img src=x onerror="window.__fuzzed=1">',
  "'><svg onload=window.__fuzzed=1>",
  '<b data-fuzz>bold</b>',
  'javascript:window.__fuzzed=1',
  'data:text/html,<b data-fuzz>x</b>',
  '%3Cscript%3Ewindow.__fuzzed%3D1%3C%2Fscript%3E',
  '%253Cb%2520data-fuzz%253E',
  '{{7*7}}',
  '${7*7}',
  '../../../../etc/passwd',
  "' OR '1'='1",
  'x'.repeat(10_000),
  '\u202Eevil\u202C',
  '\u0000\u0001\u001f',
  '🚀💥',
  'ballistic\u200B',
  'BALLISTIC',
  ' cruise ',
  'NaN',
  'Infinity',
  '-1e999',
  '0x1F',
  '1e-400',
  '[]',
  '{}',
  'null',
  'undefined',
  'constructor',
  '__proto__',
];

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
    params: ['threat', 'fuel'],
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

for (const target of TARGETS) {
  test(`${target.path}: hostile parameters and hashes change nothing they should not`, async ({ page }) => {
    // Up to 300 page loads in one test: generous, for a busy two-core CI machine.
    test.setTimeout(480_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`a dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    let loads = 0;
    for (const payload of PAYLOADS) {
      for (const param of target.params) {
        const url = `${target.path}?${param}=${encodeURIComponent(payload)}#${encodeURIComponent(payload.slice(0, 200))}`;
        await page.goto(url);
        await target.ready(page);
        loads++;
        expect(await page.evaluate(() => (window as unknown as { __fuzzed?: number }).__fuzzed), url).toBeUndefined();
        expect(await page.locator('[data-fuzz]').count(), url).toBe(0);
        // Only numbers that are in range could change the explorable's view; everything here is hostile.
        if (!/^[\d.]+$/.test(payload)) await target.isDefault(page);
      }
    }
    expect(errors).toEqual([]);
    expect(loads).toBe(PAYLOADS.length * target.params.length);
  });
}

test('at least 300 hostile URLs are tried across the pages that read them', () => {
  expect(TARGETS.reduce((sum, target) => sum + target.params.length * PAYLOADS.length, 0)).toBeGreaterThanOrEqual(300);
});
