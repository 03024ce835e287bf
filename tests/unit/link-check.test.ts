import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, idsIn, linksIn } from '../../scripts/lib/link-check.ts';

const dist = mkdtempSync(join(tmpdir(), 'gd-links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
function page(path: string, html: string) {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), html);
}
page(
  '',
  '<a href="/a/">a</a> <a href="/a/#here">ok</a> <a href="/a/#nowhere">bad anchor</a> <a href="/missing/">missing</a> <a href="https://example.org/">out</a> <a href="#top" id="top">self</a>',
);
page('a', '<h2 id="here">Here</h2><img src="/pic.svg"><a href="../#top">up</a>');

describe('checkLinks', () => {
  it('reports missing pages and missing anchors, and nothing else', () => {
    const { broken, checked } = checkLinks(dist);
    expect(broken.map((b) => `${b.page} ${b.link}: ${b.reason}`).sort()).toEqual([
      '/a/index.html /pic.svg: no such file',
      '/index.html /a/#nowhere: no element with id "nowhere"',
      '/index.html /missing/: no such file',
    ]);
    expect(checked).toBe(7);
  });

  it('flags links that leave the base path', () => {
    const { broken } = checkLinks(dist, '/golden-dome/');
    expect(broken.some((b) => b.reason === 'outside the base path /golden-dome/')).toBe(true);
  });

  it('reads ids and links, ignoring scripts', () => {
    expect([...idsIn('<p id="a"></p><a name="b"></a>')]).toEqual(['a', 'b']);
    expect(linksIn('<a href="/x/?a=1&amp;b=2"></a><script>const s = "<a href=\\"/fake/\\">"</script>')).toEqual(['/x/?a=1&b=2']);
  });
});
