/**
 * The Spanish translations in translations/es/ (docs/TRANSLATION.md) are not wired into the site
 * yet; until they are, this holds their shape to the English they were made from, so that none
 * drifts out of step unnoticed: every key names an entry the English file has, every entry with
 * prose has its translation, and every order paragraph is translated.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseOrderText } from '../../src/lib/order.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const frontmatter = (text: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]) as Record<string, unknown>;

/** List files translated as mappings keyed by id (or position), and whether every entry must be there. */
const LISTS = [
  ['glossary/terms.yaml', true],
  ['history/events.yaml', true],
  ['changes/changes.yaml', true],
  ['matrix/requirements.yaml', true],
  ['matrix/sections.yaml', true],
  ['debate/positions.yaml', true],
  ['debate/costs.yaml', true],
  ['reporting/claims.yaml', true],
  ['reporting/documents.yaml', true],
  // Only the entries with a note or a title of our own have anything to translate.
  ['sources/sources.yaml', false],
] as const;

describe('translations/es follows the English content', () => {
  for (const [file, complete] of LISTS) {
    test(`${file}: keyed by the English entries${complete ? ', all of them' : ''}`, () => {
      const english = parse(read(`content/${file}`)) as { id?: string }[];
      const keys = english.map((entry, index) => entry.id ?? String(index));
      const spanish = Object.keys(parse(read(`translations/es/${file}`)) as object);
      expect(
        spanish.filter((key) => !keys.includes(key)),
        `${file}: keys the English file lacks`,
      ).toEqual([]);
      if (complete)
        expect(
          keys.filter((key) => !spanish.includes(key)),
          `${file}: entries not translated`,
        ).toEqual([]);
    });
  }

  test('every paragraph of the order has our translation', () => {
    const ids = parseOrderText(read('content/order/eo-14186.txt')).map((paragraph) => paragraph.id);
    expect(Object.keys(parse(read('translations/es/order.yaml')) as object).sort()).toEqual([...ids].sort());
  });

  const elements = readdirSync('content/elements').filter((name) => name.endsWith('.mdx'));
  test.each(elements)('elements/%s: a title, a summary and one translation per cite, context and program', (name) => {
    const english = frontmatter(read(`content/elements/${name}`));
    const spanish = frontmatter(read(`translations/es/elements/${name}`));
    expect(typeof spanish.title).toBe('string');
    expect(typeof spanish.summary).toBe('string');
    for (const list of ['cites', 'context', 'programs'] as const) {
      expect((spanish[list] as unknown[] | undefined)?.length ?? 0, `${name}: ${list}`).toBe(
        (english[list] as unknown[] | undefined)?.length ?? 0,
      );
    }
  });
});
