import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DIAGRAMS, type DiagramInfo } from '../../src/diagrams/registry.ts';
import { embedHeight, IFRAME_SANDBOX, iframeSnippet, scriptSnippet } from '../../src/lib/embed-code.ts';
import { axeViolations, foreignRequests } from './site.ts';
import { embedContentHeight, exportFit } from '../../scripts/lib/embed-measure.ts';

/**
 * A host page on another origin: a real server on localhost (the site is on 127.0.0.1), so that
 * Chromium's local-network checks treat host and frame as they would on one machine. Each test
 * sets the page's body; the server answers every path with it.
 */
let HOST = '';
let hostBody = '';
let hostServer: Server;

test.beforeAll(async () => {
  // One host server per worker, on a free port the system picks (a fixed one collided with other
  // servers, such as another checkout's tests on this machine).
  hostServer = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">
<script>window.messages = []; window.addEventListener('message', (e) => window.messages.push({ origin: e.origin, data: e.data }));</script>
<div style="width:900px">${hostBody}</div></body></html>`);
  });
  await new Promise<void>((resolve) => hostServer.listen(0, 'localhost', resolve));
  HOST = `http://localhost:${(hostServer.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => hostServer.close(resolve));
});

async function hostPage(page: Page, body: string) {
  hostBody = body;
  await page.goto(`${HOST}/lesson?${Math.random()}`);
}

const embedSrc = (baseURL: string, diagram: DiagramInfo, query = '') => `${baseURL}/embed/${diagram.id}/${query}`;

test.describe('embed pages in a sandboxed frame on another origin', () => {
  for (const diagram of DIAGRAMS) {
    test(`${diagram.id}: renders, reports its height, and keeps links out of the frame`, async ({ page, baseURL }) => {
      const src = embedSrc(baseURL!, diagram);
      await hostPage(page, iframeSnippet(diagram, src));
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('main#embed h1')).toHaveText(`Figure ${diagram.figure}. ${diagram.title}`);
      await expect(frame.locator('.credit')).toContainText('CC BY 4.0');
      await expect(page.locator('iframe')).toHaveAttribute('sandbox', IFRAME_SANDBOX);
      // The height messages arrive, in both shapes, and match the content.
      await expect
        .poll(() =>
          page.evaluate(() =>
            (window as unknown as { messages: { data: { subject?: string } }[] }).messages.some(
              (m) => m.data?.subject === 'lti.frameResize',
            ),
          ),
        )
        .toBe(true);
      const contentHeight = await embedContentHeight(page.frames()[1]);
      const heights = await page.evaluate(
        () => (window as unknown as { messages: { data: { subject?: string; type?: string; height: number } }[] }).messages,
      );
      const lti = heights.filter((m) => m.data.subject === 'lti.frameResize').at(-1)!;
      const ours = heights.filter((m) => m.data.type === 'golden-dome:resize').at(-1)!;
      expect(Math.abs(lti.data.height - contentHeight)).toBeLessThanOrEqual(2);
      expect(ours.data).toEqual({ type: 'golden-dome:resize', diagram: diagram.id, height: lti.data.height });
      // Links open in a new tab, never inside the frame.
      // (The credit links to the full page at the site's public address, SITE_URL, not to this test server.)
      const link = frame.locator('.credit a').first();
      await expect(link).toHaveAttribute('href', new RegExp(`${diagram.page}#${diagram.anchor}$`));
      const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
      expect(popup).toBeTruthy();
      expect(page.frames()[1].url()).toBe(src);
    });
  }

  test('URL parameters set the view, the theme and the title', async ({ page, baseURL }) => {
    const layers = DIAGRAMS.find((d) => d.id === 'layers')!;
    await hostPage(page, iframeSnippet(layers, embedSrc(baseURL!, layers, '?threat=cruise&element=hbtss-sensor-layer&theme=dark&title=0')));
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.layered[data-js="true"]')).toBeAttached();
    await expect(
      frame.locator('.layout-wide [data-threat-path]:visible, .layout-narrow [data-threat-path]:visible').first(),
    ).toHaveAttribute('data-threat-path', 'cruise');
    await expect(frame.locator('[data-panel="hbtss-sensor-layer"]')).toBeVisible();
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(frame.locator('h1.embed-title')).toBeHidden();
  });

  test('bad values fall back to the defaults quietly', async ({ page, baseURL }) => {
    const layers = DIAGRAMS.find((d) => d.id === 'layers')!;
    await hostPage(page, iframeSnippet(layers, embedSrc(baseURL!, layers, '?threat=laser&element=%3Cscript%3E&theme=purple&title=maybe')));
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.layered[data-js="true"]')).toBeAttached();
    await expect(frame.locator('[data-threat-path]:visible').first()).toHaveAttribute('data-threat-path', 'ballistic');
    await expect(frame.locator('.url-note')).toHaveCount(0);
    await expect(frame.locator('html')).not.toHaveAttribute('data-theme', /.+/);
    await expect(frame.locator('h1.embed-title')).toBeVisible();
  });

  test('the pure iframe snippet keeps its shape with scripts stripped', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const diagram of DIAGRAMS) {
      await hostPage(page, iframeSnippet(diagram, embedSrc(baseURL!, diagram)));
      const box = (await page.locator('iframe').boundingBox())!;
      const width = Math.min(900, diagram.embed.width);
      expect(box.width).toBeCloseTo(width, 0);
      expect(Math.abs(box.height - embedHeight(diagram, width))).toBeLessThanOrEqual(1);
      await expect(page.frameLocator('iframe').locator('main#embed h1')).toBeVisible();
    }
    await context.close();
  });

  test('where the host strips scripts, the frame shows all of the embed, on a phone and in a wide column', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    for (const diagram of DIAGRAMS) {
      for (const width of [375, Math.min(900, diagram.embed.width)]) {
        // The host's scripts are stripped; the frame, sandboxed, still runs its own.
        await hostPage(page, `<div style="width:${width}px">${iframeSnippet(diagram, embedSrc(baseURL!, diagram))}</div>`);
        await expect(page.frameLocator('iframe').locator('.credit')).toBeVisible();
        const frameHeight = (await page.locator('iframe').boundingBox())!.height;
        const content = await embedContentHeight(page.frames()[1]);
        expect(content, `${diagram.id} at ${width} px`).toBeLessThanOrEqual(Math.ceil(frameHeight) + 1);
      }
    }
  });

  for (const diagram of DIAGRAMS) {
    test(`${diagram.id}: the measurements its frames are fitted to are true to the page`, async ({ page }) => {
      // One load; each width is a resize of it (the embed is static until the reader interacts, so
      // its height at a width is the layout's, as on a fresh load at that width).
      await page.setViewportSize({ width: diagram.embed.measured[0][0], height: 100 });
      await page.goto(`/embed/${diagram.id}/`);
      const drifted: string[] = [];
      for (const [width, height] of diagram.embed.measured) {
        await page.setViewportSize({ width, height: 100 });
        const now = await embedContentHeight(page);
        if (Math.abs(now - height) > 24) drifted.push(`${diagram.id} at ${width} px: recorded ${height}, now ${now}`);
      }
      expect(drifted, 'the page drifted from src/diagrams/embed-sizes.json: run npm run measure:embeds').toEqual([]);
    });
  }

  test('a resize script that arrives after the frame has reported still fits it (it asks again)', async ({ page, baseURL }) => {
    const history = DIAGRAMS.find((d) => d.id === 'history')!;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/embed.js', async (route) => {
      await held;
      await route.continue();
    });
    // Not hostPage: its navigation waits for the load event, which waits for the held script.
    hostBody = scriptSnippet(history, embedSrc(baseURL!, history), `${baseURL}/embed.js`);
    await page.goto(`${HOST}/lesson?held`, { waitUntil: 'domcontentloaded' });
    // The frame has told the host its height while nobody there was listening for it.
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { messages: { data: { type?: string } }[] }).messages.some((m) => m.data?.type === 'golden-dome:resize'),
        ),
      )
      .toBe(true);
    await expect(page.locator('iframe')).not.toHaveAttribute('data-golden-dome-height');
    release();
    await expect(page.locator('iframe')).toHaveAttribute('data-golden-dome-height', /^\d+$/);
    const content = await embedContentHeight(page.frames()[1]);
    await expect.poll(async () => Math.abs((await page.locator('iframe').boundingBox())!.height - content)).toBeLessThanOrEqual(2);
  });

  test('the resize script fits the frame to its content, and ignores anything else', async ({ page, baseURL }) => {
    const layers = DIAGRAMS.find((d) => d.id === 'layers')!;
    await hostPage(page, scriptSnippet(layers, embedSrc(baseURL!, layers), `${baseURL}/embed.js`));
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('main#embed svg:visible').first()).toBeVisible();
    const contentHeight = () => embedContentHeight(page.frames()[1]);
    await expect
      .poll(async () => Math.abs((await page.locator('iframe').boundingBox())!.height - (await contentHeight())))
      .toBeLessThanOrEqual(2);
    const fitted = (await page.locator('iframe').boundingBox())!.height;
    // A message from the host page itself (not the frame), and malformed ones, change nothing.
    // A listener added now runs after embed.js's: once it has seen the last message, so has embed.js.
    await page.evaluate(() => {
      (window as unknown as { lastSeen: Promise<void> }).lastSeen = new Promise<void>((resolve) =>
        window.addEventListener('message', (event) => event.data?.diagram === '<b>' && resolve()),
      );
    });
    await page.evaluate(() => {
      window.postMessage({ type: 'golden-dome:resize', diagram: 'layers', height: 40 }, '*');
      window.postMessage({ type: 'golden-dome:resize', diagram: 'layers', height: 'tall' }, '*');
      window.postMessage('golden-dome:resize', '*');
    });
    await page.frames()[1].evaluate(() => window.parent.postMessage({ type: 'golden-dome:resize', diagram: '<b>', height: 50 }, '*'));
    await page.evaluate(() => (window as unknown as { lastSeen: Promise<void> }).lastSeen);
    expect((await page.locator('iframe').boundingBox())!.height).toBeCloseTo(fitted, 0);
  });

  for (const diagram of DIAGRAMS) {
    test(`${diagram.id}: axe finds nothing on the embed page (dark theme), which asks no other origin for anything`, async ({
      page,
      baseURL,
    }) => {
      const foreign = foreignRequests(page, baseURL!);
      await page.goto(embedSrc(baseURL!, diagram, '?theme=dark'));
      expect(await axeViolations(page)).toEqual([]);
      expect(foreign).toEqual([]);
    });
  }
});

test.describe('embeds become interactive on the first interaction', () => {
  const layers = '/embed/layers/';
  const island = (page: Page) => page.locator('astro-island');
  // The layered diagram's controller and its client data load on the first interaction.
  const controllerScript = /\/_astro\/controller[^/]*\.js$/;

  test('a reader who only looks downloads no diagram script or data; pointing at the diagram loads them', async ({ page }) => {
    const deferred: string[] = [];
    page.on('request', (request) => {
      if (controllerScript.test(request.url()) || request.url().endsWith('/data/layers.json')) deferred.push(request.url());
    });
    await page.goto(layers);
    await page.waitForLoadState('networkidle');
    expect(deferred).toEqual([]);
    await expect(page.locator('.layered')).not.toHaveAttribute('data-js');
    await page.locator('.layout-wide svg').hover();
    await expect(page.locator('.layered[data-js="true"]')).toBeAttached();
    expect(deferred.length).toBe(2);
  });

  test('a click that lands before the controller is replayed: it opens the panel, not a new tab', async ({ page, context }) => {
    // Hold the controller back until the click has happened, so that the click surely arrives first.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(controllerScript, async (route) => {
      await held;
      await route.continue();
    });
    const popups: string[] = [];
    context.on('page', (opened) => popups.push(opened.url()));
    await page.goto(layers);
    await page.locator('.layout-wide a.mark[data-element="midcourse-intercept"] text').click();
    await expect(page.locator('.layered')).not.toHaveAttribute('data-js');
    release();
    await expect(page.locator('[data-panel="midcourse-intercept"]')).toBeVisible();
    expect(popups).toEqual([]);
    expect(page.url()).toMatch(/\/embed\/layers\/$/);
  });

  test("the panel's stylesheet comes with the controller, and the first click waits for it", async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route('**/_astro/panel.*.css', async (route) => {
      requested = true;
      await held;
      await route.continue();
    });
    const response = await page.goto(layers);
    // Not in the page's own CSS: the picture does not wait for, or carry, what only a click shows.
    expect(await response!.text()).not.toContain('.tooltip{');
    expect(requested).toBe(false);
    await page.locator('.layout-wide a.mark[data-element="midcourse-intercept"] text').click();
    await expect(page.locator('.layered[data-js="true"]')).toBeAttached();
    await expect.poll(() => requested).toBe(true);
    // The controller is ready, but the held click is not replayed until the panel can be styled.
    await expect(page.locator('[data-panel="midcourse-intercept"]')).toHaveCount(0);
    release();
    const panel = page.locator('[data-panel="midcourse-intercept"]');
    await expect(panel).toBeVisible();
    await expect(panel).toHaveCSS('border-top-width', '1px');
    await expect(panel.locator('.order-quote').first()).toHaveCSS('border-left-width', '4px');
  });

  test('if the controller cannot load, the held click falls back to the static link', async ({ page, context }) => {
    await page.route(controllerScript, (route) => route.abort());
    await page.goto(layers);
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.locator('.layout-wide a.mark[data-element="midcourse-intercept"] text').click(),
    ]);
    await expect(popup).toHaveURL(/\/elements\/midcourse-intercept\/$/);
  });

  test('keyboard: moving focus into the diagram makes it interactive', async ({ page }) => {
    await page.goto(layers);
    await page.locator('.layout-wide a.mark').first().focus();
    await expect(page.locator('.layered[data-js="true"]')).toBeAttached();
  });

  test('the explorable embed recomputes once the reader reaches for an input', async ({ page }) => {
    await page.goto('/embed/space-interceptors/');
    await expect(island(page)).toHaveAttribute('ssr', '');
    await page.locator('input#salvo').click();
    await expect(page.locator('.explorer[data-js="true"]')).toBeAttached();
    const before = await page.locator('output#sbi-required').textContent();
    await page.locator('input#salvo').fill('10');
    await page.locator('input#salvo').press('Enter');
    await expect(page.locator('output#sbi-required')).not.toHaveText(before!);
  });
});

test.describe('embed pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('show the static diagram, whose elements link out in a new tab', async ({ page }) => {
    await page.goto('/embed/layers/');
    const mark = page.locator('.layout-wide a.mark').first();
    await expect(mark).toBeAttached();
    expect(await page.evaluate(() => document.querySelector('base')?.getAttribute('target'))).toBe('_blank');
    await expect(page.locator('.layout-wide svg')).toBeVisible();
  });

  test('read title first: no heading repeats the title, and none is set larger than it', async ({ page }) => {
    for (const diagram of DIAGRAMS) {
      await page.goto(`/embed/${diagram.id}/`);
      const headings = await page.locator('main#embed').evaluate((main) =>
        [...main.querySelectorAll('h1, h2, h3, h4')]
          .filter((heading) => heading.getClientRects().length > 0)
          .map((heading) => ({
            level: heading.tagName,
            text: heading.textContent!.trim(),
            size: parseFloat(getComputedStyle(heading).fontSize),
          })),
      );
      const [title, ...inside] = headings;
      expect(title, diagram.id).toMatchObject({ level: 'H1', text: `Figure ${diagram.figure}. ${diagram.title}` });
      for (const heading of inside) {
        expect(heading.text, `${diagram.id}: "${heading.text}" repeats the title`).not.toBe(diagram.title);
        expect(heading.size, `${diagram.id}: "${heading.text}" is larger than the title`).toBeLessThanOrEqual(title.size);
      }
    }
  });
});

test.describe('oEmbed', () => {
  for (const diagram of DIAGRAMS) {
    test(`${diagram.id}: valid oEmbed 1.0 JSON, linked from the diagram's page`, async ({ page, request }) => {
      const response = await request.get(`/oembed/${diagram.id}.json`);
      expect(response.ok()).toBe(true);
      const json = await response.json();
      expect(json).toMatchObject({
        version: '1.0',
        type: 'rich',
        provider_name: 'Golden Dome, Explained',
        title: `Figure ${diagram.figure}: ${diagram.title}`,
      });
      expect(json.html).toContain(`/embed/${diagram.id}/`);
      expect(json.html).toMatch(/^<div class="golden-dome-embed"[^>]*><div class="golden-dome-embed-frame"[^>]*><iframe /);
      expect(Number.isInteger(json.width) && Number.isInteger(json.height)).toBe(true);
      expect(json.provider_url).toMatch(/^https?:\/\//);
      await page.goto(diagram.page);
      const links = await page
        .locator('link[rel="alternate"][type="application/json+oembed"]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
      expect(links.some((href) => href?.endsWith(`/oembed/${diagram.id}.json`))).toBe(true);
    });
  }
});

test.describe('downloads', () => {
  for (const diagram of DIAGRAMS) {
    test(`${diagram.id}: the SVG is standalone XML with title, credit and licence, and opens on its own`, async ({ page, request }) => {
      const text = await (await request.get(`/downloads/${diagram.id}.svg`)).text();
      await page.goto('/about/');
      const parsed = await page.evaluate((svg) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.tagName,
          title: doc.querySelector('title')?.textContent,
          credit: doc.querySelector('.export-credit')?.textContent,
        };
      }, text);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('svg');
      expect(parsed.title).toContain(diagram.title);
      expect(parsed.credit).toContain('Golden Dome, Explained');
      expect(parsed.credit).toContain('CC BY 4.0');
      await page.goto(`/downloads/${diagram.id}.svg`);
      expect(await page.evaluate(() => document.documentElement.namespaceURI)).toBe('http://www.w3.org/2000/svg');
      // Tall enough for the whole diagram (its root clips the rest), without much blank below.
      const { given, needed } = await exportFit(page);
      expect(needed).toBeGreaterThan(100);
      expect(given, `embed.exportHeight of ${diagram.id} clips the diagram; npm run measure:embeds re-measures it`).toBeGreaterThanOrEqual(
        needed,
      );
      expect(
        given - needed,
        `embed.exportHeight of ${diagram.id} leaves a blank; npm run measure:embeds re-measures it`,
      ).toBeLessThanOrEqual(80);
    });

    test(`${diagram.id}: the CSV has a header and rows`, async ({ request }) => {
      const csv = await (await request.get(`/downloads/${diagram.id}.csv`)).text();
      const lines = csv.trim().split('\r\n');
      expect(lines.length).toBeGreaterThan(2);
      expect(lines[0].split(',').length).toBeGreaterThan(1);
    });
  }

  test('"SVG of this view" and "PNG (2×)" download the view on screen', async ({ page }) => {
    await page.goto('/layers/?threat=cruise');
    await expect(page.locator('.layered[data-js="true"]')).toBeAttached();
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG of this view' }).click(),
    ]);
    const svg = await (await import('node:fs')).promises.readFile((await svgDownload.path())!, 'utf8');
    expect(svg).toContain('<title id="export-title">Figure 1.');
    expect(svg).toContain('?threat=cruise');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG (2×)' }).click()]);
    const png = await (await import('node:fs')).promises.readFile((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = png.readUInt32BE(16);
    const figureWidth = await page.locator('#figure-layers').evaluate((node) => node.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(Math.floor(figureWidth * 2));
  });
});

test.describe('the embed dialog and citations', () => {
  test('opens by keyboard, gives snippets for the current view, previews, copies with a confirmation, and closes with Escape', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/layers/?threat=hypersonic');
    await expect(page.locator('.layered[data-js="true"]')).toBeAttached();
    const open = page.getByRole('button', { name: 'Embed', exact: true });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Embed Figure 1/ });
    await expect(dialog).toBeVisible();
    const iframeCode = dialog.getByLabel('Frame', { exact: true });
    await expect(iframeCode).toHaveValue(/\/embed\/layers\/\?threat=hypersonic/);
    await dialog.getByLabel('Dark').check();
    await dialog.getByLabel('Show the title').uncheck();
    await expect(iframeCode).toHaveValue(/threat=hypersonic&amp;theme=dark&amp;title=0/);
    await expect(dialog.getByLabel('Static image', { exact: true })).toHaveValue(/alt="A side view/);
    await expect(dialog.locator('.embed-preview iframe')).toBeAttached();
    await dialog.getByRole('button', { name: 'Copy the frame snippet' }).click();
    await expect(dialog.locator('.snippet').first().getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('theme=dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('citations in four formats carry the permalink of the current view', async ({ page }) => {
    await page.goto('/layers/?threat=cruise');
    await expect(page.locator('.layered[data-js="true"]')).toBeAttached();
    await page.locator('#tools-layers details.cite summary').click();
    for (const format of ['apa', 'mla', 'chicago', 'bibtex']) {
      await expect(page.locator(`[data-citation="${format}"]`)).toContainText('/layers/?threat=cruise#figure-layers');
      await expect(page.locator(`[data-citation="${format}"]`)).toContainText('Figure 1');
    }
    await expect(page.locator('[data-citation="bibtex"]')).toContainText('@misc{goldendome');
  });

  /**
   * How each diagram with URL parameters shows the view its query asks for. A diagram that gains
   * an exampleView fails the test below until it says here how its view shows.
   */
  const VIEW_SHOWN: Record<string, (page: Page, view: URLSearchParams) => Promise<void>> = {
    layers: async (page, view) => {
      await expect(page.locator('[data-threat-path]:visible').first()).toHaveAttribute('data-threat-path', view.get('threat')!);
      await expect(page.locator('[data-panel]')).toContainText(/./);
    },
    'kill-chain': async (page, view) => {
      await expect(page.locator(`input[value="${view.get('fuel')}"]`)).toBeChecked();
      await expect(page.locator(`.bars-${view.get('fuel')}`)).toBeVisible();
    },
    'space-interceptors': async (page, view) => {
      await expect(page.locator('input#burn-s')).toHaveValue(view.get('burn-s')!);
      await expect(page.locator('input#salvo')).toHaveValue(view.get('salvo')!);
    },
  };

  /** What a view's parameters look like inside a snippet (HTML-escaped) and a citation. */
  const pairsOf = (query: string) => [...new URLSearchParams(query)].map(([key, value]) => `${key}=${encodeURIComponent(value)}`);

  for (const diagram of DIAGRAMS.filter((candidate) => candidate.exampleView)) {
    test(`${diagram.id}: a view in the URL reaches the embed snippet, the citation and the embed itself`, async ({ page }) => {
      const view = diagram.exampleView!;
      await page.goto(`${diagram.page}${view}`);
      const tools = page.locator(`#tools-${diagram.id}`);
      await tools.getByRole('button', { name: 'Embed', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: new RegExp(`Embed Figure ${diagram.figure}\\b`) });
      const snippet = await dialog.getByLabel('Frame', { exact: true }).inputValue();
      for (const pair of pairsOf(view)) expect(snippet, 'the frame snippet').toContain(pair);
      await page.keyboard.press('Escape');
      await tools.locator('details.cite summary').click();
      for (const pair of pairsOf(view)) await expect(tools.locator('[data-citation="apa"]')).toContainText(pair);
      // The embed the snippet points to opens on that view.
      expect(VIEW_SHOWN[diagram.id], `how ${diagram.id} shows its view: add it to VIEW_SHOWN`).toBeDefined();
      const src = new URL(snippet.match(/src="([^"]+)"/)![1].replaceAll('&amp;', '&'));
      await page.goto(src.pathname + src.search);
      await VIEW_SHOWN[diagram.id](page, new URLSearchParams(view));
    });
  }

  test('on /timeline/, a fuel the reader picks is the one the embed snippet and the citation give', async ({ page }) => {
    await page.goto('/timeline/');
    // A click, as a reader's: before the island has loaded, it is held and replayed once it has.
    await page.getByLabel('Liquid-fuel ICBM').click();
    await expect(page.getByLabel('Liquid-fuel ICBM')).toBeChecked();
    await expect(page).toHaveURL(/[?&]fuel=liquid\b/);
    const tools = page.locator('#tools-kill-chain');
    await tools.getByRole('button', { name: 'Embed', exact: true }).click();
    await expect(page.getByRole('dialog', { name: /Embed Figure 2\b/ }).getByLabel('Frame', { exact: true })).toHaveValue(/fuel=liquid/);
    await page.keyboard.press('Escape');
    await tools.locator('details.cite summary').click();
    await expect(tools.locator('[data-citation="mla"]')).toContainText('fuel=liquid');
  });

  test('figure numbers are stable across the site', async ({ page }) => {
    for (const diagram of DIAGRAMS) {
      await page.goto(diagram.page);
      await expect(page.locator(`#tools-${diagram.id} .figure-number`)).toHaveText(`Figure ${diagram.figure}`);
    }
  });

  test('printing gives the handout: no navigation or buttons, the permalink shown', async ({ page }) => {
    await page.goto('/layers/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.figure-tools')).toBeHidden();
    await expect(page.locator('.permalink')).toBeVisible();
    await expect(page.locator('#figure-layers')).toBeVisible();
    await expect(page.locator('.print-passages')).toContainText(
      '“Development and deployment of proliferated space-based interceptors capable of boost-phase intercept” (Sec. 3(a)(iii))',
    );
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.print-passages')).toBeHidden();
  });
});
