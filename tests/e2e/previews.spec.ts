import { expect, test } from './fixtures.ts';
import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { selectAll, selectOne } from 'css-select';
import type { Element } from 'domhandler';
import { DIAGRAMS } from '../../src/diagrams/registry.ts';
import { PageStyles } from '../../src/lib/previews/page-styles.ts';
import { color } from '@csstools/css-color-parser';
import { parseComponentValue } from '@csstools/css-parser-algorithms';
import { tokenize } from '@csstools/css-tokenizer';
import { readEmbedPage } from '../../src/node/embed-page.ts';
import { checkLinkPreviews, pngSize } from '../../scripts/lib/link-preview-check.ts';

/** The site's address as the build wrote it (SITE_URL and BASE_PATH), from the home page's canonical link. */
function builtSite(): string {
  const canonical = /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1];
  if (!canonical) throw new Error('dist/index.html has no canonical link: run npm run build first.');
  return canonical;
}

test.describe('link previews', () => {
  test('every built page has Open Graph and Twitter card tags whose image is a 1200×630 PNG of the build', async () => {
    test.setTimeout(120_000);
    const { pages, problems } = await checkLinkPreviews('dist', builtSite());
    expect(pages).toBeGreaterThan(30);
    expect(problems.map((problem) => `${problem.page}: ${problem.problem}`)).toEqual([]);
  });

  test('each diagram has its own card, and the site has one', () => {
    for (const path of [...DIAGRAMS.map((diagram) => `dist/og/${diagram.id}.png`), 'dist/og/site.png']) {
      expect(existsSync(path), path).toBe(true);
      expect(pngSize(readFileSync(path)), path).toEqual({ width: 1200, height: 630 });
    }
  });

  test('a diagram page shares its diagram’s card; other pages the site’s', async () => {
    const site = builtSite();
    const image = (path: string) => /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(`dist${path}index.html`, 'utf8'))?.[1];
    for (const diagram of DIAGRAMS) {
      const first = DIAGRAMS.find((other) => other.page === diagram.page)!;
      expect(image(diagram.page), diagram.page).toBe(new URL(`og/${first.id}.png`, site).href);
      expect(image(`/embed/${diagram.id}/`)).toBe(new URL(`og/${diagram.id}.png`, site).href);
    }
    expect(image('/order/')).toBe(new URL('og/site.png', site).href);
  });
});

/**
 * The cards draw the SVG diagrams with styles that src/lib/previews/page-styles.ts (juice) works out without a
 * browser. Here Chromium says what they are: every element of each SVG the previews reuse must
 * get the same fill, stroke and visibility from both.
 */
test.describe('the plain-SVG styles agree with Chromium', () => {
  const SVGS: Record<string, string> = { layers: '.layout-wide svg', crosswalk: 'svg.crosswalk-svg', history: 'svg.strip' };
  const rgba = (value: string | undefined) => {
    if (value === undefined || value === 'none') return 'none';
    const node = parseComponentValue(tokenize({ css: value.trim() }));
    const data = node ? color(node) : false;
    if (!data) return value;
    const [r, g, b] = data.channels.map((channel) => Math.round(channel * 255));
    return `${r},${g},${b},${Math.round(Number(data.alpha) * 100) / 100}`;
  };

  for (const [id, selector] of Object.entries(SVGS)) {
    test(id, async ({ page }) => {
      await page.setViewportSize({ width: DIAGRAMS.find((diagram) => diagram.id === id)!.embed.width, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`/embed/${id}/`);
      const browser = await page.locator(selector).evaluate((svg) =>
        [...svg.querySelectorAll('*')].map((element) => {
          const style = getComputedStyle(element);
          return { tag: element.tagName, fill: style.fill, stroke: style.stroke, display: style.display };
        }),
      );
      const { html, css } = readEmbedPage('dist', new URL(builtSite()).pathname, id);
      const document = parseDocument(html, { lowerCaseAttributeNames: false });
      const svg = selectOne<Element, Element>(selector, document.children as Element[])!;
      const cascade = new PageStyles(document, css, { width: DIAGRAMS.find((diagram) => diagram.id === id)!.embed.width });
      const ours = selectAll<Element, Element>('*', svg).map((element) => ({
        tag: element.name,
        fill: cascade.value(element, 'fill') ?? element.attribs.fill ?? '#000',
        stroke: cascade.value(element, 'stroke') ?? element.attribs.stroke ?? 'none',
        display: cascade.value(element, 'display') === 'none' ? 'none' : 'shown',
      }));
      expect(ours.length).toBe(browser.length);
      const differences = browser.flatMap((theirs, index) => {
        const mine = ours[index];
        // Only what is drawn matters: an element the browser hides must be hidden here too.
        if ((theirs.display === 'none') !== (mine.display === 'none'))
          return [`${index} <${mine.tag}> display ${theirs.display} vs ${mine.display}`];
        if (theirs.display === 'none' || mine.tag === 'title') return [];
        return [
          ...(rgba(theirs.fill) !== rgba(mine.fill) && !theirs.fill.startsWith('url')
            ? [`${index} <${mine.tag}> fill ${theirs.fill} vs ${mine.fill}`]
            : []),
          ...(rgba(theirs.stroke) !== rgba(mine.stroke) ? [`${index} <${mine.tag}> stroke ${theirs.stroke} vs ${mine.stroke}`] : []),
        ];
      });
      expect(differences).toEqual([]);
    });
  }
});
