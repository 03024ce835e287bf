import { describe, expect, it } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { DiagramInfo } from './diagram-types.ts';
import {
  citeFigure,
  embedHeight,
  embedUrl,
  IFRAME_SANDBOX,
  iframeSnippet,
  imageSnippet,
  permalink,
  scriptSnippet,
  viewParams,
} from './embed-code.ts';
import { escapeHtml } from './escape-html.ts';

const SITE = 'https://example.org/golden-dome';

/** A diagram as the registry gives it, with two measurements so its frame's shape is one line. */
const killChain: DiagramInfo = {
  id: 'kill-chain',
  figure: 2,
  title: 'How much time each layer has',
  page: '/timeline/',
  anchor: 'figure-kill-chain',
  alt: 'A time axis of an ICBM’s flight.',
  params: ['element', 'threat', 'fuel'],
  embedWidth: 1100,
  embed: {
    width: 1100,
    measured: [
      [320, 900],
      [1100, 700],
    ],
    exportHeight: 700,
  },
};

/** The view a reader has chosen: solid fuel, one element selected. */
const solidView = viewParams(killChain, '?fuel=solid&element=space-based-interceptors');
const PERMALINK = 'https://example.org/golden-dome/timeline/?element=space-based-interceptors&fuel=solid#figure-kill-chain';

const { findAll, getAttributeValue } = DomUtils;

/** Parse a snippet as a browser would and return its elements (tag name and decoded attributes). */
function elementsOf(html: string) {
  return findAll(() => true, parseDocument(html).children);
}

describe('viewParams', () => {
  it("keeps only the diagram's own parameters, in the diagram's order", () => {
    expect(viewParams(killChain, '?theme=dark&fuel=solid&utm_source=x&element=hbtss').toString()).toBe('element=hbtss&fuel=solid');
    expect(viewParams(killChain, 'fuel=liquid').toString()).toBe('fuel=liquid');
  });

  it('drops empty values and values longer than 100 characters', () => {
    expect(viewParams(killChain, `?element=&threat=${'x'.repeat(101)}&fuel=${'y'.repeat(100)}`).toString()).toBe(`fuel=${'y'.repeat(100)}`);
  });

  it('keeps nothing for a diagram without a view', () => {
    expect(viewParams({ params: [] }, '?fuel=solid').toString()).toBe('');
  });
});

describe('permalink', () => {
  it("is the full page with the view's parameters and the figure's anchor", () => {
    expect(permalink(SITE, killChain, solidView)).toBe(PERMALINK);
  });

  it('has no query for the default view, and no double slash when the site URL ends in one', () => {
    expect(permalink(`${SITE}/`, killChain, new URLSearchParams())).toBe('https://example.org/golden-dome/timeline/#figure-kill-chain');
  });

  it('percent-encodes hostile view values, so the link cannot be broken out of', () => {
    const link = permalink(SITE, killChain, viewParams(killChain, `?element=${encodeURIComponent('"><script>x</script>#')}`));
    expect(link).toBe('https://example.org/golden-dome/timeline/?element=%22%3E%3Cscript%3Ex%3C%2Fscript%3E%23#figure-kill-chain');
    expect(new URL(link).searchParams.get('element')).toBe('"><script>x</script>#');
  });
});

describe('embedUrl', () => {
  it('adds the theme and title options after the view, only when they differ from the defaults', () => {
    expect(embedUrl(SITE, killChain, solidView, { theme: 'auto', showTitle: true })).toBe(
      'https://example.org/golden-dome/embed/kill-chain/?element=space-based-interceptors&fuel=solid',
    );
    expect(embedUrl(`${SITE}/`, killChain, new URLSearchParams(), { theme: 'dark', showTitle: false })).toBe(
      'https://example.org/golden-dome/embed/kill-chain/?theme=dark&title=0',
    );
    expect(embedUrl(SITE, killChain, new URLSearchParams(), { theme: 'auto', showTitle: true })).toBe(
      'https://example.org/golden-dome/embed/kill-chain/',
    );
  });

  it('does not change the view it is given (the permalink is made from the same one)', () => {
    const view = viewParams(killChain, '?fuel=solid');
    embedUrl(SITE, killChain, view, { theme: 'light', showTitle: false });
    expect(view.toString()).toBe('fuel=solid');
  });
});

describe('snippets', () => {
  const src = embedUrl(SITE, killChain, solidView, { theme: 'auto', showTitle: true });
  // The frame's shape for measurements (320, 900) and (1100, 700), with 24 px to spare: one line,
  // -25.6 % of the width + 1,006 px (tests/unit/embed-shape.test.ts tests the fitting itself).
  const BOX = 'position:relative;height:0;padding-bottom:calc(-25.6% + 1006px);';

  it('the plain frame keeps its shape with CSS alone, sandboxed, lazy and without a referrer', () => {
    expect(iframeSnippet(killChain, src)).toBe(
      `<div class="golden-dome-embed" style="max-width:1100px"><div class="golden-dome-embed-frame" style="${BOX}">` +
        '<iframe src="https://example.org/golden-dome/embed/kill-chain/?element=space-based-interceptors&amp;fuel=solid" ' +
        'title="Figure 2: How much time each layer has (Golden Dome, Explained)" ' +
        'style="position:absolute;top:0;left:0;width:100%;height:100%;border:0;" ' +
        `sandbox="${IFRAME_SANDBOX}" loading="lazy" referrerpolicy="no-referrer"></iframe></div></div>`,
    );
    // The box's height at the widest width is the one oEmbed gives.
    expect(embedHeight(killChain)).toBe(Math.round(-0.256 * 1100 + 1006));
  });

  it('the script snippet marks the same frame for the resize script and loads it once, async', () => {
    const snippet = scriptSnippet(killChain, src, `${SITE}/embed.js`);
    const [frame, script] = snippet.split('\n');
    expect(frame).toBe(iframeSnippet(killChain, src).replace('<iframe ', '<iframe data-golden-dome-embed '));
    expect(script).toBe('<script src="https://example.org/golden-dome/embed.js" async></script>');
  });

  it('the image snippet links the default view’s picture, with the alt text, to the full page', () => {
    expect(imageSnippet(killChain, `${SITE}/downloads/kill-chain.svg`, PERMALINK)).toBe(
      `<a href="${PERMALINK.replace('&', '&amp;')}"><img src="https://example.org/golden-dome/downloads/kill-chain.svg" ` +
        'alt="A time axis of an ICBM’s flight." style="max-width:100%;height:auto" loading="lazy"></a>',
    );
  });

  describe('hostile values stay attribute values', () => {
    const HOSTILE = `"' onload="alert(1)"><script>alert(2)</script>&amp;`;
    const hostile: DiagramInfo = { ...killChain, title: HOSTILE, alt: HOSTILE };
    const hostileUrl = `${SITE}/embed/x/?a=${HOSTILE}`;

    it('in the frame: one iframe, no script, the title and src read back exactly', () => {
      const elements = elementsOf(iframeSnippet(hostile, hostileUrl));
      expect(elements.map((element) => element.name)).toEqual(['div', 'div', 'iframe']);
      const iframe = elements[2];
      expect(getAttributeValue(iframe, 'src')).toBe(hostileUrl);
      expect(getAttributeValue(iframe, 'title')).toBe(`Figure 2: ${HOSTILE} (Golden Dome, Explained)`);
      expect(getAttributeValue(iframe, 'onload')).toBeUndefined();
    });

    it('in the script snippet: the only script is the resize script, at the given address', () => {
      const scripts = elementsOf(scriptSnippet(hostile, hostileUrl, hostileUrl)).filter((element) => element.name === 'script');
      expect(scripts).toHaveLength(1);
      expect(getAttributeValue(scripts[0], 'src')).toBe(hostileUrl);
      expect(scripts[0].children).toEqual([]);
    });

    it('in the image: one link and one image, the alt text and addresses read back exactly', () => {
      const elements = elementsOf(imageSnippet(hostile, hostileUrl, hostileUrl));
      expect(elements.map((element) => element.name)).toEqual(['a', 'img']);
      expect(getAttributeValue(elements[0], 'href')).toBe(hostileUrl);
      expect(getAttributeValue(elements[1], 'alt')).toBe(HOSTILE);
      expect(getAttributeValue(elements[1], 'src')).toBe(hostileUrl);
    });

    it('escapeHtml escapes the five characters that can end a value or start markup', () => {
      expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
      expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    });
  });
});

describe('citeFigure', () => {
  const citations = citeFigure(killChain, PERMALINK, '2026-01-30', '2026-03-05');

  it('APA: site as author, year, title, description, permalink', () => {
    expect(citations.apa).toBe(
      `Golden Dome, Explained. (2026). Figure 2: How much time each layer has [Interactive diagram]. ${PERMALINK}`,
    );
  });

  it('MLA: quoted title, site, year, permalink, day-month-year access date', () => {
    expect(citations.mla).toBe(
      `“Figure 2: How much time each layer has.” Golden Dome, Explained, 2026, ${PERMALINK}. Accessed 5 Mar. 2026.`,
    );
  });

  it('Chicago: site, quoted title, year, permalink, access date in full', () => {
    expect(citations.chicago).toBe(
      `Golden Dome, Explained. “Figure 2: How much time each layer has.” 2026. ${PERMALINK} (accessed March 5, 2026).`,
    );
  });

  it('BibTeX: a key of letters and digits, the site as a corporate author, the title protected from case changes', () => {
    expect(citations.bibtex).toBe(
      [
        '@misc{goldendome2026killchain,',
        '  author = {{Golden Dome, Explained}},',
        '  title = {{Figure 2: How much time each layer has}},',
        '  year = {2026},',
        `  howpublished = {\\url{${PERMALINK}}},`,
        '  note = {Interactive diagram, CC BY 4.0. Accessed 2026-03-05}',
        '}',
      ].join('\n'),
    );
  });

  it('takes the year from the publication date and the access date from the other', () => {
    const later = citeFigure(killChain, PERMALINK, '2027-12-31', '2028-01-01');
    expect(later.apa).toContain('(2027).');
    expect(later.mla).toMatch(/, 2027, .* Accessed 1 Jan\. 2028\.$/);
    expect(later.chicago).toMatch(/\(accessed January 1, 2028\)\.$/);
    expect(later.bibtex).toContain('@misc{goldendome2027killchain,');
  });

  it('abbreviates months in MLA as the MLA Handbook does: May, June and July in full, September as Sept.', () => {
    const mlaMonth = (month: string) =>
      /Accessed \d+ (.+) 2026\.$/.exec(citeFigure(killChain, PERMALINK, '2026-01-01', `2026-${month}-09`).mla)?.[1];
    expect(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map(mlaMonth)).toEqual([
      'Jan.',
      'Feb.',
      'Mar.',
      'Apr.',
      'May',
      'June',
      'July',
      'Aug.',
      'Sept.',
      'Oct.',
      'Nov.',
      'Dec.',
    ]);
  });

  it('a view in the permalink is cited as it is, percent-encoded, so braces and quotes cannot end a BibTeX field', () => {
    const link = permalink(SITE, killChain, viewParams(killChain, `?element=${encodeURIComponent('a}b"c')}`));
    const { bibtex } = citeFigure(killChain, link, '2026-01-30', '2026-03-05');
    expect(bibtex).toContain('howpublished = {\\url{https://example.org/golden-dome/timeline/?element=a%7Db%22c#figure-kill-chain}},');
    // Every brace the entry opens, it closes, in order.
    let depth = 0;
    for (const char of bibtex) {
      depth += char === '{' ? 1 : char === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('fails with a message naming the date when a date is not an ISO date', () => {
    expect(() => citeFigure(killChain, PERMALINK, '30/01/2026', '2026-03-05')).toThrow('"30/01/2026"');
    expect(() => citeFigure(killChain, PERMALINK, '2026-01-30', '2026-13-05')).toThrow('"2026-13-05"');
  });
});
