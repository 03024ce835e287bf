import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/lib/static-server.mjs';

/** A tiny built site (a page, a page as a file, a script), and a page beside it that must stay out of reach. */
const outside = mkdtempSync(join(tmpdir(), 'static-server-'));
const dir = join(outside, 'site');
writeFileSync(join(outside, 'secret.html'), '<!doctype html><html><head><title>Secret</title></head></html>');
mkdirSync(join(dir, 'order'), { recursive: true });
writeFileSync(join(dir, 'order', 'index.html'), '<!doctype html><html><head><title>Order</title></head></html>');
writeFileSync(join(dir, 'plain.html'), '<!doctype html><html><head><title>Plain</title></head></html>');
writeFileSync(join(dir, 'app.js'), 'console.log("<head>")');

const servers: Server[] = [];
async function start(options: Parameters<typeof createStaticServer>[0]): Promise<string> {
  const server = createStaticServer({ dir, ...options });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let plain = '';
let cors = '';
let probed = '';
beforeAll(async () => {
  plain = await start({ cors: false });
  cors = await start({});
  probed = await start({ cors: false, transformHtml: (html) => html.replace('<head>', '<head><script src="/probe.js"></script>') });
});
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(outside, { recursive: true });
});

describe('createStaticServer', () => {
  it('sends Access-Control-Allow-Origin by default, and none with cors: false', async () => {
    for (const path of ['/order/', '/app.js']) {
      expect((await fetch(`${cors}${path}`)).headers.get('access-control-allow-origin')).toBe('*');
      const response = await fetch(`${plain}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('rewrites every HTML page with transformHtml, however its path is written, and nothing else', async () => {
    for (const path of ['/order/', '/order', '/order/index.html', '/plain', '/plain.html', '/order/?q=1']) {
      const response = await fetch(`${probed}${path}`);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(await response.text(), path).toMatch(/^<!doctype html><html><head><script src="\/probe.js"><\/script><title>/);
    }
    expect(await (await fetch(`${probed}/app.js`)).text()).toBe('console.log("<head>")');
  });

  it('answers 404 for missing files and paths that climb out of the folder', async () => {
    for (const path of [
      '/missing/',
      '/missing.html',
      '/%2e%2e/secret.html',
      '/..%2fsecret.html',
      '/..%2fsecret',
      '/order/..%2f..%2fsecret.html',
    ]) {
      expect((await fetch(`${probed}${path}`)).status, path).toBe(404);
    }
  });
});
