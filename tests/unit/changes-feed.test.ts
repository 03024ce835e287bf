/**
 * The Atom feed of changes (/changes.xml), read back the way a feed reader does: with a real
 * feed parser (@rowanmanning/feed-parser) and a strict XML parser for the elements RFC 4287
 * requires of a feed and of each entry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildChangesFeed, changeLink } from '../../src/node/changes-feed.ts';
import { changeSchema } from '../../src/lib/schema/changes.ts';

const changes = z.array(changeSchema).parse(parseYaml(readFileSync('content/changes/changes.yaml', 'utf8')));
const site = { root: 'https://example.org/golden-dome/', title: 'Golden Dome, Explained' };
const xml = buildChangesFeed(changes, site);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('the changes feed', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('is read as an Atom feed by a feed parser, one item per change, newest first', () => {
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe("What's new: Golden Dome, Explained");
    expect(feed.items.map((item) => item.title)).toEqual(changes.map((change) => change.title));
    expect(feed.items.map((item) => item.url)).toEqual(changes.map((change) => changeLink(change, site.root)));
  });

  it('has what RFC 4287 requires: ids, titles and update times on the feed and every entry, and unique ids', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml).feed;
    expect(parsed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.id).toBe('https://example.org/golden-dome/changes/');
    expect(parsed.updated).toMatch(RFC3339);
    expect(parsed.link.find((link: Record<string, string>) => link['@_rel'] === 'self')['@_href']).toBe(
      'https://example.org/golden-dome/changes.xml',
    );
    const ids = parsed.entry.map((entry: { id: string }) => entry.id);
    expect(new Set(ids).size).toBe(changes.length);
    for (const entry of parsed.entry) {
      expect(entry.id).toMatch(/^https:\/\/example\.org\/golden-dome\/changes\/#[a-z0-9-]+$/);
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.link[0]['@_href']).toMatch(/^https:\/\/example\.org\/golden-dome\//);
    }
  });

  it('dates the feed by its newest change, so that rebuilding does not look like news', () => {
    expect(buildChangesFeed(changes, site)).toBe(xml);
    expect(parseFeed(xml).updated?.toISOString().slice(0, 10)).toBe(changes[0].date);
  });

  it('escapes what it is given', () => {
    const tricky = buildChangesFeed(
      [{ id: 'x', date: '2026-01-01', title: 'A < B & "C"', summary: '<script>alert(1)</script>', pages: ['/'] }],
      site,
    );
    expect(XMLValidator.validate(tricky)).toBe(true);
    const [item] = parseFeed(tricky).items;
    expect(item.title).toBe('A < B & "C"');
    // Summaries are plain text: in the HTML the feed carries, markup arrives as text.
    expect(tricky).not.toContain('<script>');
    expect(tricky).toContain('&lt;script&gt;');
  });
});
