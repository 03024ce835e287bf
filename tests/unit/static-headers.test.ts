import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/static-headers.ts';

describe('headersFile', () => {
  const file = headersFile(['/', '/order/', '/embed/layers/', '/layers/'], '/');

  it('sets the common security headers on every path', () => {
    expect(file).toContain('/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin');
  });

  it('forbids framing page by page, and never for the embeds', () => {
    for (const page of ['/', '/order/', '/layers/'])
      expect(file).toContain(`${page}\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'`);
    expect(file).not.toContain('/embed/layers/\n  X-Frame-Options');
    expect(file).toContain('/embed/*\n  Content-Security-Policy: frame-ancestors *');
    expect(file).not.toMatch(/^\/\*\n(?: {2}.*\n)* {2}X-Frame-Options/m);
  });

  it('lets sandboxed embeds load scripts and data (CORS)', () => {
    expect(file).toContain('/_astro/*\n  Access-Control-Allow-Origin: *');
  });

  it('follows the base path', () => {
    const based = headersFile(['/order/'], '/golden-dome/');
    expect(based).toContain('/golden-dome/*\n');
    expect(based).toContain('/golden-dome/order/\n  X-Frame-Options: DENY');
  });
});
