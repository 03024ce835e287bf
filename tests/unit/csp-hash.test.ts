import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspSha256 } from '../../src/lib/csp-hash.ts';

describe('cspSha256', () => {
  it("gives the CSP specification's example hash", async () => {
    // Content Security Policy Level 2, section 4.2.4 (hash-source): alert('Hello, world.');
    expect(await cspSha256("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  it('hashes the UTF-8 bytes of the exact text, white space included', async () => {
    for (const text of ['', ' x ', 'const dash = "—";\n', '😀']) {
      expect(await cspSha256(text)).toBe(`sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`);
    }
    expect(await cspSha256('a')).not.toBe(await cspSha256('a\n'));
  });
});
