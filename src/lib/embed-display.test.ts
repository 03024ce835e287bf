import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EMBED_DISPLAY_SCRIPT } from './embed-display.ts';
import { cspSha256 } from './csp-hash.ts';

/** Run the inline script as a browser would, against a stand-in <html> element, for a query. */
function run(search: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const documentElement = { setAttribute: (name: string, value: string) => (attributes[name] = value) };
  new Function('location', 'document', EMBED_DISPLAY_SCRIPT)({ search }, { documentElement });
  return attributes;
}

describe('the embed display script', () => {
  it('applies ?theme=light and ?theme=dark, and hides the title with ?title=0', () => {
    expect(run('?theme=dark')).toEqual({ 'data-theme': 'dark' });
    expect(run('?theme=light&title=0')).toEqual({ 'data-theme': 'light', 'data-embed-title': 'hidden' });
  });

  it('ignores anything else quietly: the reader’s system theme and the title stay', () => {
    for (const search of ['', '?theme=auto', '?theme=DARK', '?theme=%3Cscript%3E', '?title=1', '?title=', '?%E0%A4%A']) {
      expect(run(search), search).toEqual({});
    }
  });

  it('is allowed by the hash the Content Security Policy carries', async () => {
    const expected = `sha256-${createHash('sha256').update(EMBED_DISPLAY_SCRIPT).digest('base64')}`;
    expect(await cspSha256(EMBED_DISPLAY_SCRIPT)).toBe(expected);
  });
});
