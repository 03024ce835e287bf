import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bluebookDate,
  citationFor,
  depthOf,
  foldWhitespace,
  labelFor,
  parseOrderText,
  pinpointFor,
  quoteAppearsIn,
  splitHeading,
  type OrderMeta,
} from '../../src/lib/order.ts';

const source = readFileSync('content/order/eo-14186.txt', 'utf8');
const paragraphs = parseOrderText(source);
const meta = JSON.parse(readFileSync('content/order/meta.json', 'utf8')) as OrderMeta;

/** The ids the design fixes (../shared/DESIGN.md): they are URL anchors, so they may never change. */
const EXPECTED_IDS = [
  'preamble',
  'sec-1',
  'sec-1-p2',
  'sec-1-p3',
  'sec-2',
  'sec-2-a',
  'sec-2-b',
  'sec-2-c',
  'sec-3',
  'sec-3-a',
  'sec-3-a-i',
  'sec-3-a-ii',
  'sec-3-a-iii',
  'sec-3-a-iv',
  'sec-3-a-v',
  'sec-3-a-vi',
  'sec-3-a-vii',
  'sec-3-a-viii',
  'sec-3-b',
  'sec-3-c',
  'sec-3-d',
  'sec-3-d-i',
  'sec-3-d-ii',
  'sec-4',
  'sec-4-a',
  'sec-4-b',
  'sec-4-c',
  'sec-5-a',
  'sec-5-a-i',
  'sec-5-a-ii',
  'sec-5-b',
  'sec-5-c',
];

describe('parseOrderText on the official text', () => {
  it('finds all 32 paragraphs with the fixed ids, in order', () => {
    expect(paragraphs.map((p) => p.id)).toEqual(EXPECTED_IDS);
    expect(paragraphs.map((p) => p.position)).toEqual(EXPECTED_IDS.map((_, i) => i + 1));
  });

  it('keeps the text word for word, without the [id] marker or notes', () => {
    const byId = new Map(paragraphs.map((p) => [p.id, p.text]));
    expect(byId.get('sec-3-a-iii')).toBe(
      '(iii) Development and deployment of proliferated space-based interceptors capable of boost-phase intercept;',
    );
    expect(byId.get('sec-2-b')).toBe(
      '(b) The United States will deter—and defend its citizens and critical infrastructure against—any foreign aerial attack on the Homeland; and',
    );
    expect(byId.get('sec-5-a')).toMatch(/^Sec\. 5\. General Provisions\. \(a\) Nothing in this order/);
    for (const p of paragraphs) {
      expect(p.text).not.toMatch(/^\[|^#/);
      expect(source).toContain(`[${p.id}] ${p.text}`);
    }
  });

  it('skips the signature block, which has no id', () => {
    expect(paragraphs.some((p) => p.text.includes('THE WHITE HOUSE'))).toBe(false);
  });

  it.each([
    ['preamble', null],
    ['sec-1', null],
    ['sec-1-p2', 'sec-1'],
    ['sec-2-a', 'sec-2'],
    ['sec-3-a', 'sec-3'],
    ['sec-3-a-iii', 'sec-3-a'],
    ['sec-3-d-ii', 'sec-3-d'],
    ['sec-4-c', 'sec-4'],
    ['sec-5-a', null],
    ['sec-5-a-ii', 'sec-5-a'],
    ['sec-5-c', null],
  ])('the parent of %s is %s', (id, parent) => {
    expect(paragraphs.find((p) => p.id === id)?.parent).toBe(parent);
  });

  it('rejects a text that repeats an id', () => {
    expect(() => parseOrderText('[sec-1] One.\n\n[sec-1] Two.')).toThrow(/repeats the paragraph id "sec-1"/);
  });

  it('handles Windows line endings', () => {
    expect(parseOrderText('# note\r\n\r\n[sec-1] One\r\ntwo.\r\n\r\n[sec-2] Three.').map((p) => p.text)).toEqual(['One\ntwo.', 'Three.']);
  });
});

describe('labels, pinpoints and depth', () => {
  it.each([
    ['preamble', 'Preamble', null, 0],
    ['sec-1', 'Sec. 1', '§ 1', 0],
    ['sec-1-p3', 'Sec. 1, para. 3', '§ 1', 0],
    ['sec-2-c', 'Sec. 2(c)', '§ 2(c)', 1],
    ['sec-3-a-iii', 'Sec. 3(a)(iii)', '§ 3(a)(iii)', 2],
    ['sec-3-a-viii', 'Sec. 3(a)(viii)', '§ 3(a)(viii)', 2],
    ['sec-5-a-ii', 'Sec. 5(a)(ii)', '§ 5(a)(ii)', 2],
  ])('%s → %s, %s, depth %i', (id, label, pinpoint, depth) => {
    expect(labelFor(id)).toBe(label);
    expect(pinpointFor(id)).toBe(pinpoint);
    expect(depthOf(id)).toBe(depth);
  });

  it('labels every paragraph of the parsed order', () => {
    expect(paragraphs.every((p) => p.label === labelFor(p.id))).toBe(true);
  });
});

describe('citations', () => {
  it.each([
    [undefined, 'Exec. Order No. 14186, 90 Fed. Reg. 8767 (Feb. 3, 2025)'],
    ['sec-3-a-iii', 'Exec. Order No. 14186, § 3(a)(iii), 90 Fed. Reg. 8767 (Feb. 3, 2025)'],
    ['sec-4-b', 'Exec. Order No. 14186, § 4(b), 90 Fed. Reg. 8767 (Feb. 3, 2025)'],
    ['preamble', 'Exec. Order No. 14186, 90 Fed. Reg. 8767 (Feb. 3, 2025)'],
  ])('citationFor(%s)', (id, expected) => {
    expect(citationFor(meta, id)).toBe(expected);
  });

  it.each([
    ['2025-02-03', 'Feb. 3, 2025'],
    ['2025-05-20', 'May 20, 2025'],
    ['2025-09-29', 'Sept. 29, 2025'],
    ['2024-12-31', 'Dec. 31, 2024'],
  ])('bluebookDate(%s) is %s', (iso, expected) => {
    expect(bluebookDate(iso)).toBe(expected);
  });
});

describe('quotes', () => {
  it('folds white space', () => {
    expect(foldWhitespace('  a\n\tb   c ')).toBe('a b c');
  });

  it.each([
    ['proliferated space-based interceptors', true],
    ['proliferated  space-based\ninterceptors', true],
    ['proliferated space based interceptors', false],
    ['Proliferated space-based interceptors', false],
    ['many space-based interceptors', false],
    ['   ', false],
  ])('%j in 3(a)(iii): %s', (quote, expected) => {
    const text = paragraphs.find((p) => p.id === 'sec-3-a-iii')!.text;
    expect(quoteAppearsIn(quote, text)).toBe(expected);
  });
});

describe('splitHeading', () => {
  it.each([
    ['Section 1. Purpose. The threat of attack', { heading: 'Section 1. Purpose.', rest: 'The threat of attack' }],
    ['Sec. 3. Implementation. Within 60 days', { heading: 'Sec. 3. Implementation.', rest: 'Within 60 days' }],
    ['(a) Submit to the President', null],
  ])('%s', (text, expected) => {
    expect(splitHeading(text)).toEqual(expected);
  });

  it('never changes the words: heading + rest is the paragraph', () => {
    for (const p of paragraphs) {
      const split = splitHeading(p.text);
      if (split) expect(`${split.heading} ${split.rest}`).toBe(p.text);
    }
  });
});
