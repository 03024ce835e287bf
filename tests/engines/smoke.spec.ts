/**
 * The smoke suite every engine runs (tests/engines/playwright.config.ts picks the engines): each
 * page of the built site loads without errors and does not overflow sideways at 1280 and 390 px,
 * and the core flows work with a real pointer and keyboard. Written once against the Driver
 * interface (driver.ts); functions passed to driver.evaluate run in the page, so they use nothing
 * from this file's scope.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { DIAGRAMS } from '../../src/diagrams/registry.ts';
import { scriptSnippet } from '../../src/lib/embed-code.ts';
import { computeSbi, defaultInputs } from '../../src/diagrams/space-interceptors/model.ts';
import { killChainSchema } from '../../src/lib/schema/kill-chain.ts';
import { sitemapPaths } from '../e2e/site.ts';
import { expect, test, until } from './fixtures.ts';
import { createStaticServer } from '../../scripts/lib/static-server.mjs';
import type { AddressInfo } from 'node:net';

/** Every page of the built site: the sitemap, and the embed pages it leaves out. */
const PAGES = [...sitemapPaths(), ...DIAGRAMS.map((diagram) => `/embed/${diagram.id}/`)];

/**
 * Whether the page in the tab fits 1280 px (the tab's viewport) and 390 px: the latter in a
 * borderless 390 px frame of the same page, since MiniBrowser's window cannot be narrower than its
 * header bar (447 px), so every engine checks 390 px the same way (media and container queries
 * answer to a frame's own width). For each width, what sticks out to the right ([] when the page
 * fits): the widths, and the outermost elements that stick out (whose parent does not), which are
 * where to look. Also what the probe recorded in the frame. One call, as each costs a round trip.
 */
async function fitsWideAndNarrow(path: string) {
  const overflow = (doc: Document): string[] => {
    const root = doc.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const sticksOut = (node: Element | null) => node !== null && node.getBoundingClientRect().right > root.clientWidth + 0.5;
    const name = (node: Element) => `${node.localName}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}`;
    const outermost = [...doc.body.querySelectorAll('*')].filter((node) => sticksOut(node) && !sticksOut(node.parentElement));
    return [
      `${root.scrollWidth} px of content in a ${root.clientWidth} px viewport`,
      ...outermost.slice(0, 6).map((node) => `${node.parentElement ? `${name(node.parentElement)} > ` : ''}${name(node)}`),
    ];
  };
  const wide = overflow(document);
  const frame = document.createElement('iframe');
  frame.width = '390';
  frame.height = '800';
  frame.title = 'The page at 390 px';
  // The site sets border-box sizing, so a border would narrow the viewport. CSSOM, which the CSP allows.
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const result = {
    path: location.pathname,
    wide,
    narrowViewport: frame.contentWindow!.innerWidth,
    narrow: overflow(frame.contentDocument!),
    narrowErrors: [
      ...((frame.contentWindow as unknown as { __engineErrors?: string[] }).__engineErrors ?? ['the error probe did not run in the frame']),
    ],
  };
  frame.remove();
  return result;
}

test.describe('every page', () => {
  for (const path of PAGES) {
    test(`${path} loads without errors and fits 1280 and 390 px`, async ({ driver, site }) => {
      await driver.goto(`${site.origin}${path}`);
      const fit = await driver.evaluate(fitsWideAndNarrow, path);
      expect(fit.path).toBe(path);
      expect(fit.wide, 'overflow at 1280 px').toEqual([]);
      expect(fit.narrowViewport).toBe(390);
      expect(fit.narrow, 'overflow at 390 px').toEqual([]);
      expect(fit.narrowErrors, 'errors at 390 px').toEqual([]);
    });
  }
});

/** A point on the mark's painted shape (its glyph), found by the browser's own hit testing. */
function pointOnMark(selector: string): { x: number; y: number } | null {
  const mark = document.querySelector(selector)!;
  const glyph = mark.querySelector('.glyph') ?? mark;
  // The glyph, not the mark: Firefox does not scroll an SVG <a> into view (it has no box of its own there).
  glyph.scrollIntoView({ block: 'center' });
  const box = glyph.getBoundingClientRect();
  const hits = (x: number, y: number) => mark.contains(document.elementFromPoint(x, y));
  // Scan the glyph's box from its middle outwards; the first point the browser hit-tests to the mark.
  const candidates: { x: number; y: number; d: number }[] = [];
  for (let dx = 0; dx <= box.width / 2; dx += 2)
    for (let dy = 0; dy <= box.height / 2; dy += 2)
      for (const [sx, sy] of [
        [1, 1],
        [-1, 1],
        [1, -1],
        [-1, -1],
      ])
        candidates.push({ x: box.x + box.width / 2 + sx * dx, y: box.y + box.height / 2 + sy * dy, d: dx * dx + dy * dy });
  candidates.sort((a, b) => a.d - b.d);
  const point = candidates.find(({ x, y }) => hits(x, y) && glyph.contains(document.elementFromPoint(x, y)));
  return point ? { x: point.x, y: point.y } : null;
}

test.describe('the layered diagram (/layers/)', () => {
  const MARK = 'midcourse-intercept';

  test('a real click on a mark opens its panel in place', async ({ driver, site }) => {
    await driver.goto(`${site.origin}/layers/`);
    const point = await driver.evaluate(pointOnMark, `.layout-wide a.mark[data-element="${MARK}"]`);
    expect(point, 'a point on the mark').not.toBeNull();
    // The first pointer event loads the diagram's controller; the click is held and replayed on the mark.
    await driver.click(point!.x, point!.y);
    await until(driver, 'the panel opens', (id) => document.querySelector(`[data-panel="${id}"]`)?.checkVisibility() === true, MARK);
    expect(await driver.evaluate(() => location.pathname + location.search)).toBe(`/layers/?element=${MARK}`);
  });

  test('Tab reaches a mark; Enter opens its panel and moves focus there; Escape returns it', async ({ driver, site }) => {
    await driver.goto(`${site.origin}/layers/`);
    // Start from the last threat link, just before the marks in tab order.
    await driver.evaluate(() => document.querySelector<HTMLElement>('.threat-switch a:last-of-type')!.focus());
    await driver.press('Tab');
    const id = await driver.evaluate(() => document.activeElement?.closest('.layout-wide a.mark')?.getAttribute('data-element') ?? null);
    expect(id, 'Tab moves focus to the first mark').not.toBeNull();
    // The first mark sits by the left edge: its focus tooltip stays inside the picture.
    await until(driver, 'the focus tooltip shows', () => document.querySelector('.layout-wide .tooltip') !== null);
    const outside = await driver.evaluate(() => {
      const picture = document.querySelector('.layout-wide svg')!.getBoundingClientRect();
      const tip = document.querySelector('.layout-wide .tooltip')!.getBoundingClientRect();
      const sides = {
        left: tip.left - picture.left,
        top: tip.top - picture.top,
        right: picture.right - tip.right,
        bottom: picture.bottom - tip.bottom,
      };
      return Object.entries(sides)
        .filter(([, room]) => room < -0.5)
        .map(([side, room]) => `${side} ${room.toFixed(1)}`);
    });
    expect(outside, 'edges of the tooltip outside the picture').toEqual([]);
    await driver.press('Enter');
    await until(
      driver,
      'the panel opens with focus on its heading',
      (mark) => document.activeElement === document.querySelector(`[data-panel="${mark}"] h2`),
      id!,
    );
    // It opens under the picture and the key at this width: it is brought into view.
    await until(
      driver,
      'the panel scrolls into view',
      (mark) => {
        const box = document.querySelector(`[data-panel="${mark}"]`)!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight + 1;
      },
      id!,
    );
    await driver.press('Escape');
    await until(
      driver,
      'the panel closes and focus returns to the mark',
      (mark) =>
        !document.querySelector('[data-panel]') &&
        document.activeElement === document.querySelector(`.layout-wide a.mark[data-element="${mark}"]`),
      id!,
    );
  });

  test('the threat switch changes the path shown', async ({ driver, site }) => {
    await driver.goto(`${site.origin}/layers/`);
    const visiblePath = () =>
      [...document.querySelectorAll('.layout-wide [data-threat-path]')]
        .find((path) => path.checkVisibility())
        ?.getAttribute('data-threat-path') ?? null;
    expect(await driver.evaluate(visiblePath)).toBe('ballistic');
    const link = await driver.evaluate(() => {
      const choice = document.querySelector('[data-threat-choice="hypersonic"]')!;
      choice.scrollIntoView({ block: 'center' });
      const box = choice.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await driver.click(link.x, link.y);
    await until(driver, 'the hypersonic path shows', () =>
      [...document.querySelectorAll('.layout-wide [data-threat-path]')].some(
        (path) => path.checkVisibility() && path.getAttribute('data-threat-path') === 'hypersonic',
      ),
    );
    expect(await driver.evaluate(visiblePath)).toBe('hypersonic');
    // Switched by the island (no navigation to the no-script link's #threat-hypersonic), which marks the choice.
    expect(await driver.evaluate(() => location.search + location.hash)).toBe('?threat=hypersonic');
    expect(await driver.evaluate(() => document.querySelector('[data-threat-choice="hypersonic"]')!.getAttribute('aria-current'))).toBe(
      'true',
    );
    // The bands name and time the glide vehicle's phases: none of the ballistic missile's times (issue 29).
    const bands = await driver.evaluate(() =>
      [...document.querySelectorAll('.layout-wide .bands text')]
        .filter((text) => text.getBoundingClientRect().width > 0)
        .map((text) => text.textContent),
    );
    expect(bands).toContain('Glide');
    expect(bands).not.toContain('Midcourse');
    for (const time of ['3–5 min', 'up to ~20 min', '~30 s']) expect(bands).not.toContain(time);
  });
});

test('search finds pages as the reader types', async ({ driver, site }) => {
  await driver.goto(`${site.origin}/search/`);
  const input = await driver.evaluate(() => {
    const field = document.querySelector('#search-input')!;
    const box = field.getBoundingClientRect();
    return { x: box.x + 10, y: box.y + box.height / 2 };
  });
  await driver.click(input.x, input.y);
  await driver.type('custody layer');
  await until(
    driver,
    'the status names the query',
    () => document.querySelector('.search-status')?.textContent?.includes('for “custody layer”') ?? false,
  );
  await until(driver, 'the custody layer page is a result', () =>
    [...document.querySelectorAll('.search-results a')].some((a) => a.getAttribute('href')?.startsWith('/elements/pwsa-custody-layer/')),
  );
});

test('the explorable recomputes when an input changes', async ({ driver, site }) => {
  const inputs = defaultInputs(
    killChainSchema.parse(parseYaml(readFileSync('content/diagrams/kill-chain.yaml', 'utf8'))).fuels[0].boostSeconds,
  );
  const before = computeSbi(inputs).interceptorsNeeded!.toLocaleString('en-US');
  const after = computeSbi({ ...inputs, salvo: 10 }).interceptorsNeeded!.toLocaleString('en-US');
  expect(after).not.toBe(before);
  await driver.goto(`${site.origin}/explore/space-interceptors/`);
  expect(await driver.evaluate(() => document.querySelector('output#sbi-required')!.textContent)).toBe(before);
  const salvo = await driver.evaluate(() => {
    const field = document.querySelector('input#salvo')!;
    field.scrollIntoView({ block: 'center' });
    const box = field.getBoundingClientRect();
    return { x: box.x + 8, y: box.y + box.height / 2 };
  });
  await driver.click(salvo.x, salvo.y);
  await until(driver, 'the explorable hydrates', () => document.querySelector('.explorer[data-js="true"]') !== null);
  await driver.press('SelectAll');
  await driver.type('10');
  await driver.press('Enter');
  await until(driver, `the result becomes ${after}`, (text) => document.querySelector('output#sbi-required')!.textContent === text, after);
});

test('a glossary term opens its definition in a popover', async ({ driver, site }) => {
  await driver.goto(`${site.origin}/elements/underlayer-terminal-intercept/`);
  await until(driver, 'terms become toggles', () => document.querySelector('a.term[role="button"]') !== null);
  const term = await driver.evaluate(() => {
    const button = [...document.querySelectorAll('a.term[role="button"]')].find((b) => /^countervalue$/i.test(b.textContent!.trim()))!;
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, popover: button.getAttribute('aria-controls')! };
  });
  await driver.hover(term.x, term.y);
  await until(driver, 'the definition opens', (id) => document.getElementById(id)!.matches(':popover-open'), term.popover);
  expect(await driver.evaluate((id) => document.getElementById(id)!.textContent, term.popover)).toContain('cities');
  await driver.press('Escape');
  await until(driver, 'Escape closes it', (id) => !document.getElementById(id)!.matches(':popover-open'), term.popover);
});

test('an enhanced glossary term is still inline text: a long term wraps as it did (issue 29)', async ({ driver, site }) => {
  await driver.setViewport(1280, 900);
  await driver.goto(`${site.origin}/tour/`);
  await until(driver, 'terms become toggles', () => document.querySelector('a.term[role="button"]') !== null);
  // In a 390 px frame, where the long term wraps: an inline box has one fragment per line its text
  // takes, an atomic one (a button) a single box around all of them.
  const found = await driver.evaluate(
    () =>
      new Promise<{ term: string; fragments: number; lines: number }[]>((resolve) => {
        const frame = document.createElement('iframe');
        frame.width = '390';
        frame.height = '800';
        frame.title = 'The tour at 390 px';
        // CSSOM, which the CSP allows: a border would narrow the frame's viewport.
        frame.style.border = '0';
        frame.src = location.pathname;
        frame.onload = () => {
          const doc = frame.contentDocument!;
          const deadline = Date.now() + 15_000;
          const check = () => {
            // No toggles after 15 s: resolve with none, and the length check below says so.
            if (!doc.querySelector('a.term[role="button"]') && Date.now() < deadline) return void setTimeout(check, 50);
            resolve(
              [...doc.querySelectorAll<HTMLElement>('a.term[role="button"]')].map((term) => {
                const range = doc.createRange();
                range.selectNodeContents(term);
                const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
                return { term: term.textContent!, fragments: term.getClientRects().length, lines };
              }),
            );
            frame.remove();
          };
          check();
        };
        document.body.append(frame);
      }),
  );
  expect(found.length, 'enhanced terms in the 390 px frame').toBeGreaterThan(5);
  expect(found.filter((term) => term.lines > 1).length, 'some term wraps at 390 px').toBeGreaterThan(0);
  expect(found.filter((term) => term.fragments !== term.lines)).toEqual([]);
});

// Before the no-CORS host's test: Firefox reports that test's refused module scripts a moment
// after it ends, into whichever test navigates next.
test.describe('into the classroom (issue 25)', () => {
  test("a figure's share links carry the view on screen", async ({ driver, site }) => {
    const layers = DIAGRAMS.find((diagram) => diagram.id === 'layers')!;
    await driver.goto(`${site.origin}/layers/${layers.exampleView}`);
    // A real pointer over the Classroom link rewrites the links from the address bar.
    const box = await driver.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('#tools-layers [data-share="classroom"]')!;
      link.scrollIntoView({ block: 'center' });
      const rect = link.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    await driver.hover(box.x, box.y);
    const shared = await driver.evaluate(() => ({
      classroom: new URL(document.querySelector<HTMLAnchorElement>('#tools-layers [data-share="classroom"]')!.href).searchParams.get('url'),
      email: decodeURIComponent(document.querySelector<HTMLAnchorElement>('#tools-layers [data-share="email"]')!.href),
      copy: document.querySelector('#tools-layers .share-links [data-copy-text]')!.getAttribute('data-copy-text'),
    }));
    const site0 = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '');
    const expected = `${site0}/layers/?${new URLSearchParams(layers.exampleView)}#${layers.anchor}`;
    expect(shared.classroom).toBe(expected);
    expect(shared.email).toContain(expected);
    expect(shared.copy).toBe(expected);
  });

  test('after one visit, the site reloads with its server gone (the offline copy), where the engine has service workers', async ({
    driver,
    engine,
  }) => {
    test.setTimeout(120_000);
    // A server of its own, stopped mid-test (the suite's server stays up for the other tests).
    const server = createStaticServer({ dir: 'dist' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await driver.goto(`${origin}/teach/`);
      const supported = await driver.evaluate(() => 'serviceWorker' in navigator && window.isSecureContext);
      test.skip(!supported, `${engine}: this driver's browser exposes no service worker`);
      await until(driver, 'the worker controls the page', () => navigator.serviceWorker.controller !== null);
      // The precache is complete once the worker is active (it activates after installing every file).
      await until(driver, 'the worker is active', () => navigator.serviceWorker.controller?.state === 'activated');
    } finally {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }
    await driver.goto(`${origin}/layers/`);
    expect(
      await driver.evaluate(() => ({
        h1: document.querySelector('h1')?.textContent?.trim() ?? '',
        svg: !!document.querySelector('#figure-layers svg'),
      })),
    ).toEqual({
      h1: expect.stringMatching(/\S/),
      svg: true,
    });
    await driver.goto(`${origin}/search/`);
    await driver.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('#search-input')!;
      field.value = 'custody layer';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(driver, 'search answers from the offline copy', () => document.querySelectorAll('.search-results a').length > 0);
  });
});

test.describe('a host that sends no CORS header', () => {
  // In a sandboxed frame (an opaque origin) module scripts are CORS requests: from a host without
  // Access-Control-Allow-Origin they are refused, so the embed stays a static diagram with links
  // (docs/DEPLOY.md). Firefox reports the refusal, and the deferred loader's import() rejects with
  // it: those are the only errors allowed here. The height messages are an inline classic script,
  // so they run all the same.
  // One pattern: an array of two would be read by test.use as [value, fixture options].
  test.use({
    allowedErrors: [
      new RegExp(
        [
          /^uncaught: Cross-Origin Request Blocked: .*\/_astro\/[^ ]+\.js\. \(Reason: CORS header ‘Access-Control-Allow-Origin’ missing\)/,
          /^uncaught: TypeError: error loading dynamically imported module: .*\/_astro\/[^ ]+\.js$/,
        ]
          .map((pattern) => `(?:${pattern.source})`)
          .join('|'),
      ),
    ],
  });

  test('an embed in a sandboxed frame on another origin resizes its host', async ({ driver, site }) => {
    const layers = DIAGRAMS.find((diagram) => diagram.id === 'layers')!;
    site.setHost(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
  <script>window.heights = []; addEventListener('message', (e) => e.data && e.data.type === 'golden-dome:resize' && heights.push([e.origin, e.data.diagram, e.data.height]));</script>
  <div style="width:900px">${scriptSnippet(layers, `${site.origin}/embed/layers/`, `${site.origin}/embed.js`)}</div></body></html>`);
    await driver.goto(`${site.host}/lesson`);
    expect(await driver.evaluate(() => document.querySelector('iframe')!.getAttribute('sandbox'))).toMatch(/^allow-scripts\b/);
    await until(driver, 'embed.js fits the frame', () => document.querySelector('iframe')!.hasAttribute('data-golden-dome-height'));
    const fitted = await driver.evaluate(() => ({
      frame: Math.round(document.querySelector('iframe')!.getBoundingClientRect().height),
      last: (window as unknown as { heights: [string, string, number][] }).heights.at(-1)!,
    }));
    expect(fitted.last.slice(0, 2)).toEqual(['null', 'layers']);
    expect(fitted.last[2]).toBeGreaterThan(200);
    expect(Math.abs(fitted.frame - fitted.last[2])).toBeLessThanOrEqual(1);
  });
});
