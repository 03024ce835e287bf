import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures.ts';
import { embedContentHeight } from '../../scripts/lib/embed-measure.ts';
import { DIAGRAMS } from '../../src/diagrams/registry.ts';
import { scriptSnippet } from '../../src/lib/embed-code.ts';
import { createStaticServer } from '../../scripts/lib/static-server.mjs';

/**
 * Embeds resize on any host: the site served by a plain static server that sends no
 * Access-Control-Allow-Origin header, framed by a page on another origin in a sandboxed frame
 * (an opaque origin, where module scripts are CORS requests). The height messages are an inline
 * classic script (src/lib/browser/embed-resize.js), so they must still arrive and public/embed.js
 * must fit the frame. Both servers listen on a free port the system picks, so parallel runs never
 * collide.
 */
let site: Server;
let host: Server;
let SITE = '';
let HOST = '';

const origin = (server: Server, name: string) => `http://${name}:${(server.address() as AddressInfo).port}`;

test.beforeAll(async () => {
  site = createStaticServer({ cors: false });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  SITE = origin(site, '127.0.0.1');
  // The host page: /<diagram id> frames that diagram with the snippet the embed dialog gives.
  host = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    const diagram = DIAGRAMS.find((d) => url.pathname === `/${d.id}`);
    const width = Number(url.searchParams.get('width') ?? 900);
    if (!diagram) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">
<script>window.messages = []; window.addEventListener('message', (e) => window.messages.push({ origin: e.origin, data: e.data }));</script>
<div id="column" style="width:${width}px">${scriptSnippet(diagram, `${SITE}/embed/${diagram.id}/`, `${SITE}/embed.js`)}</div></body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  HOST = origin(host, 'localhost');
});

test.afterAll(async () => {
  // closeAllConnections: the browser may still hold keep-alive connections, which close() would wait for.
  const close = (server: Server) =>
    new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
  await Promise.all([site, host].map(close));
});

test('the plain host really sends no CORS header, and a sandboxed frame then cannot load module scripts', async ({ page, request }) => {
  for (const path of ['/embed/layers/', '/embed.js']) {
    const response = await request.get(`${SITE}${path}`);
    expect(response.ok(), path).toBe(true);
    expect(response.headers()['access-control-allow-origin'], path).toBeUndefined();
  }
  // The condition the inline script exists for: the diagram's module script (its loader, fetched
  // with CORS by the sandboxed frame as the page loads) is refused, so the embed stays static.
  const refused = page.waitForEvent('requestfailed', (failed) => /\/_astro\/.*\.js$/.test(failed.url()));
  await page.goto(`${HOST}/layers`);
  await refused;
  await expect(page.frameLocator('iframe').locator('.layered svg:visible').first()).toBeVisible();
});

for (const diagram of DIAGRAMS) {
  test(`${diagram.id}: without CORS, the sandboxed embed still reports its height and the host fits the frame to it`, async ({ page }) => {
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) blocked.push(message.text());
    });
    await page.goto(`${HOST}/${diagram.id}`);
    await expect(page.locator('iframe')).toHaveAttribute('sandbox', /^allow-scripts\b/);
    // embed.js marks the frame once it has fitted it.
    await expect(page.locator('iframe')).toHaveAttribute('data-golden-dome-height', /^\d+$/);
    const embed = page.frames().find((frame) => frame.url().startsWith(`${SITE}/embed/`))!;
    const content = () => embedContentHeight(embed);
    await expect
      .poll(async () => Math.abs((await page.locator('iframe').boundingBox())!.height - (await content())))
      .toBeLessThanOrEqual(2);
    const messages = await page.evaluate(
      () => (window as unknown as { messages: { origin: string; data: Record<string, unknown> }[] }).messages,
    );
    const last = (match: (data: Record<string, unknown>) => boolean) => messages.filter((m) => match(m.data)).at(-1);
    const lti = last((data) => data.subject === 'lti.frameResize');
    const imsLti = last((data) => data.subject === 'org.imsglobal.lti.frameResize');
    const ours = last((data) => data.type === 'golden-dome:resize');
    // From the frame's opaque origin, in all three shapes (both LTI names and ours), with the same height.
    expect(lti).toMatchObject({ origin: 'null', data: { subject: 'lti.frameResize', height: expect.any(Number) } });
    expect(imsLti).toEqual({ origin: 'null', data: { subject: 'org.imsglobal.lti.frameResize', height: lti!.data.height } });
    expect(ours).toEqual({ origin: 'null', data: { type: 'golden-dome:resize', diagram: diagram.id, height: lti!.data.height } });
    expect(blocked).toEqual([]);
  });
}

/**
 * The frame fits its content both ways (issue 29): the height reported is the content's, so a frame
 * shrinks when its column widens and the diagram needs less height, as well as growing. Held at
 * 320, 600 and 900 px, each width reached from another so that the frame has to shrink at least once.
 */
for (const diagram of DIAGRAMS) {
  test(`${diagram.id}: the frame holds its content within a few pixels at 320, 600 and 900 px, shrinking as well as growing`, async ({
    page,
  }) => {
    await page.goto(`${HOST}/${diagram.id}?width=320`);
    const frame = page.locator('iframe');
    await expect(frame).toHaveAttribute('data-golden-dome-height', /^\d+$/);
    const embed = page.frames().find((f) => f.url().startsWith(`${SITE}/embed/`))!;
    const content = () => embedContentHeight(embed);
    const heights: number[] = [];
    // Both ways between 320 and 900 px: whichever layout is taller, one of the two steps shrinks the frame.
    for (const width of [320, 600, 900, 320, 900]) {
      await page.evaluate((w) => (document.getElementById('column')!.style.width = `${w}px`), width);
      await expect
        .poll(async () => Math.abs((await frame.boundingBox())!.height - (await content())), { message: `at ${width} px` })
        .toBeLessThanOrEqual(4);
      heights.push((await frame.boundingBox())!.height);
    }
    expect(heights[0], 'the content needs another height at 320 px than at 900 px, so the frame had to shrink once').not.toBe(heights[2]);
  });
}
