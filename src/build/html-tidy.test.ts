import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { moveIslandStyle, pruneCspHashes, stripHydrationMarkers, tidyPage } from './html-tidy.ts';

const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('stripHydrationMarkers', () => {
  it("removes Svelte's markers from markup that nothing hydrates", () => {
    expect(stripHydrationMarkers('<svg><!--[--><!--[0--><g></g><!--]--><!--[-1--><!----><text>a</text><!--]--></svg>')).toBe(
      '<svg><g></g><text>a</text></svg>',
    );
  });

  it('keeps them inside islands, nested or not, and keeps other comments', () => {
    const island = '<astro-island uid="a"><!--[--><p>x</p><astro-island uid="b"><!--[-1--></astro-island><!--]--></astro-island>';
    expect(stripHydrationMarkers(`<!--[-->${island}<!--]--><!-- a note -->`)).toBe(`${island}<!-- a note -->`);
  });
});

describe('pruneCspHashes', () => {
  const script = 'console.log(1)';
  const style = 'p{color:red}';
  const page = (policy: string) =>
    `<head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body><script>${script}</script><script type="module" src="/a.js"></script></body>`;

  it("keeps the hashes of the page's own inline scripts and styles, and drops the rest", () => {
    const policy = `default-src 'self'; script-src 'self' '${hash(script)}' '${hash('other()')}'; style-src 'self' '${hash('q{}')}' '${hash(style)}';`;
    expect(pruneCspHashes(page(policy))).toBe(
      page(`default-src 'self'; script-src 'self' '${hash(script)}'; style-src 'self' '${hash(style)}';`),
    );
  });

  it('leaves a page without a policy alone', () => {
    expect(pruneCspHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});

describe('tidyPage', () => {
  it('moves the island style to the head and hashes it where it ends up', () => {
    const islandStyle = 'astro-island,astro-slot,astro-static-slot{display:contents}';
    const html = `<head><meta http-equiv="content-security-policy" content="style-src 'self' '${hash(islandStyle)}' '${hash('x')}'"></head><body><style>${islandStyle}</style><astro-island></astro-island></body>`;
    const tidy = tidyPage(html);
    expect(tidy).toBe(moveIslandStyle(html).replace(` '${hash('x')}'`, ''));
    expect(tidy.indexOf(islandStyle)).toBeLessThan(tidy.indexOf('</head>'));
  });
});
