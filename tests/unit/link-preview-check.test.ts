import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinkPreviews, pngSize } from '../../scripts/lib/link-preview-check.ts';

const SITE = 'https://example.org/gd/';
const dist = mkdtempSync(join(tmpdir(), 'gd-previews-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** The start of a PNG: its signature and IHDR chunk, which is all the check reads. */
function png(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(bytes);
  bytes.write('IHDR', 12, 'ascii');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

function tags(url: string, image: string, { ogUrl = url, alt = 'A picture.', width = '1200', card = 'summary_large_image' } = {}) {
  return `<!doctype html><html><head><title>T</title><link rel="canonical" href="${url}">
    <meta property="og:type" content="website"><meta property="og:title" content="T"><meta property="og:description" content="D">
    <meta property="og:url" content="${ogUrl}"><meta property="og:image" content="${image}"><meta property="og:image:width" content="${width}">
    <meta property="og:image:height" content="630"><meta property="og:image:alt" content="${alt}"><meta name="twitter:card" content="${card}"></head><body></body></html>`;
}

function page(path: string, html: string) {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), html);
}

mkdirSync(join(dist, 'og'), { recursive: true });
writeFileSync(join(dist, 'og/site.png'), png(1200, 630));
writeFileSync(join(dist, 'og/small.png'), png(600, 315));
writeFileSync(join(dist, 'og/fake.png'), 'not a png');
page('', tags(`${SITE}`, `${SITE}og/site.png`));
page('bare', '<!doctype html><html><head><title>No tags</title><link rel="canonical" href="https://example.org/gd/bare/"></head></html>');
page('wrong', tags(`${SITE}wrong/`, `${SITE}og/small.png`, { ogUrl: `${SITE}elsewhere/`, alt: '', width: '600', card: 'summary' }));
page('missing', tags(`${SITE}missing/`, `${SITE}og/none.png`));
page('relative', tags(`${SITE}relative/`, '/og/site.png'));
page('fake', tags(`${SITE}fake/`, `${SITE}og/fake.png`));
// An unlisted page (the 404 page) has no preview to check, and is not counted.
page('unlisted', '<!doctype html><html><head><title>Not found</title><meta name="robots" content="noindex"></head></html>');

describe('checkLinkPreviews', () => {
  it('passes a page with every tag and a 1200×630 PNG, and names each page that fails and why', async () => {
    const { pages, problems } = await checkLinkPreviews(dist, SITE);
    expect(pages).toBe(6);
    const by = (path: string) => problems.filter((problem) => problem.page === path).map((problem) => problem.problem);
    expect(by('/index.html')).toEqual([]);
    expect(by('/bare/index.html')).toEqual([
      'no og:title',
      'no og:description',
      'no og:type',
      'no og:url',
      'twitter:card is missing, not summary_large_image',
      '0 og:image, not one',
    ]);
    expect(by('/wrong/index.html')).toEqual([
      'twitter:card is summary, not summary_large_image',
      `og:url ${SITE}elsewhere/ is not the canonical address ${SITE}wrong/`,
      `og:image ${SITE}og/small.png has no og:image:alt`,
      'og:image:width × height is 600 × 630, not 1200 × 630',
      `og:image ${SITE}og/small.png is 600×315, not 1200×630`,
    ]);
    expect(by('/missing/index.html')).toEqual([`og:image ${SITE}og/none.png is not in the build (${join(dist, 'og/none.png')})`]);
    expect(by('/relative/index.html')).toContain(`og:image /og/site.png is not an absolute address under ${SITE}`);
    expect(by('/fake/index.html')).toEqual([`og:image ${SITE}og/fake.png is not a PNG`]);
  });

  it('reads a PNG’s size from its header', () => {
    expect(pngSize(png(1200, 630))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(Buffer.from('GIF89a and more bytes to be long enough'))).toBeNull();
  });
});
