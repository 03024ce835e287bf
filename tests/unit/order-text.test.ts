/**
 * The order's text is pinned to its collation with the Federal Register (content/order/meta.json,
 * docs/CONTENT.md "The order's text and its collation"): the words of every paragraph hash to the
 * recorded SHA-256, so any later edit of the order, one character included, fails here until the
 * file is collated again and the digest re-recorded on purpose. The paragraphs whose collation
 * changed the text are also checked word for word.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orderDigestText, parseOrderText, type OrderMeta } from '../../src/lib/order.ts';

const text = readFileSync('content/order/eo-14186.txt', 'utf8');
const meta = JSON.parse(readFileSync('content/order/meta.json', 'utf8')) as OrderMeta;
const paragraphs = parseOrderText(text);
const digest = (list: typeof paragraphs) => createHash('sha256').update(orderDigestText(list)).digest('hex');

describe('the order as collated with the Federal Register', () => {
  it('hashes to the digest recorded at the collation', () => {
    expect(digest(paragraphs), 'the order changed: collate it with the Federal Register again, then record the new digest').toBe(
      meta.collation.sha256,
    );
  });

  it('fails on a one-character change in any paragraph', () => {
    for (const [index, paragraph] of paragraphs.entries()) {
      const middle = Math.floor(paragraph.text.length / 2);
      const changed = paragraph.text.slice(0, middle) + (paragraph.text[middle] === 'x' ? 'y' : 'x') + paragraph.text.slice(middle + 1);
      const edited = paragraphs.map((p, i) => (i === index ? { ...p, text: changed } : p));
      expect(digest(edited), paragraph.id).not.toBe(meta.collation.sha256);
    }
  });

  it('ignores the file’s notes, which are not the order', () => {
    expect(digest(parseOrderText(`# a new note\n${text.replace('# A work of', '# Still a work of')}`))).toBe(meta.collation.sha256);
  });

  it('has the preamble’s Commander in Chief clause and Sec. 2(b)’s closed em dashes, as the Federal Register prints them', () => {
    const byId = new Map(paragraphs.map((p) => [p.id, p.text]));
    expect(byId.get('preamble')).toBe(
      'By the authority vested in me as President by the Constitution and the laws of the United States of America, including my authority as Commander in Chief of the Armed Forces of the United States, it is hereby ordered:',
    );
    expect(byId.get('sec-2-b')).toBe(
      '(b) The United States will deter—and defend its citizens and critical infrastructure against—any foreign aerial attack on the Homeland; and',
    );
  });

  it('records a collation that names only real paragraphs', () => {
    const ids = new Set(paragraphs.map((p) => p.id));
    expect(meta.collation.collated.filter((id) => !ids.has(id))).toEqual([]);
    expect(meta.collation.corrected.filter((id) => !meta.collation.collated.includes(id))).toEqual([]);
    expect(meta.collation.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
