import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitByTerms, termPhrases } from '../../src/lib/glossary.ts';
import { termSchema } from '../../src/lib/schema/glossary.ts';
import { safeExcerpt } from '../../src/lib/browser/search-client.ts';

const terms = (parse(readFileSync('content/glossary/terms.yaml', 'utf8')) as unknown[]).map((raw) => termSchema.parse(raw));
const phrases = termPhrases(terms);

describe('the glossary', () => {
  it('has at least 30 terms with unique ids, including those the issue names', () => {
    expect(terms.length).toBeGreaterThanOrEqual(30);
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
    for (const id of [
      'boost-phase',
      'custody-layer',
      'countervalue',
      'counterforce',
      'second-strike-capability',
      'left-of-launch',
      'absentee-ratio',
      'thaad',
      'abm-treaty',
      'sdi',
      'peer-and-near-peer',
    ]) {
      expect(
        terms.some((t) => t.id === id),
        id,
      ).toBe(true);
    }
  });

  it('names the passage where a term appears only if the words are there', () => {
    const order = readFileSync('content/order/eo-14186.txt', 'utf8').toLowerCase();
    for (const term of terms.filter((t) => t.passage)) {
      const paragraph = order.split('\n').find((line) => line.startsWith(`[${term.passage}]`))!;
      const words = [term.term.toLowerCase(), ...term.aliases].some((phrase) => paragraph.includes(phrase));
      // SDI: the order describes Reagan's program without its name (Sec. 1, para. 2).
      if (term.id !== 'sdi') expect(words, `${term.id} in ${term.passage}`).toBe(true);
    }
  });
});

describe('splitByTerms', () => {
  const sample = [
    { id: 'boost-phase', term: 'Boost phase', aliases: ['boost phase'] },
    { id: 'boost', term: 'Boost', aliases: [] },
    { id: 'custody-layer', term: 'Custody layer', aliases: ['custody layer'] },
  ];
  const samplePhrases = termPhrases(sample);

  it('marks the first whole-word use of each term, longest phrase first', () => {
    const used = new Set<string>();
    expect(splitByTerms('In the Boost phase, boost. A custody layer; custody layers.', samplePhrases, used)).toEqual([
      { text: 'In the ' },
      { text: 'Boost phase', term: 'boost-phase' },
      { text: ', ' },
      { text: 'boost', term: 'boost' },
      { text: '. A ' },
      { text: 'custody layer', term: 'custody-layer' },
      { text: '; custody layers.' },
    ]);
    expect([...used].sort()).toEqual(['boost', 'boost-phase', 'custody-layer']);
  });

  it('marks a term once per page: a used term is left alone', () => {
    const used = new Set(['custody-layer']);
    expect(splitByTerms('the custody layer', samplePhrases, used)).toEqual([{ text: 'the custody layer' }]);
  });

  it('does not match inside a word', () => {
    expect(splitByTerms('boosted boosting', samplePhrases, new Set())).toEqual([{ text: 'boosted boosting' }]);
  });

  it('finds real terms in real prose', () => {
    const segments = splitByTerms(
      'Deployment of underlayer and terminal-phase intercept capabilities postured to defeat a countervalue attack',
      phrases,
      new Set(),
    );
    expect(segments.filter((s) => s.term).map((s) => s.term)).toEqual(expect.arrayContaining(['underlayer', 'countervalue']));
  });
});

describe('safeExcerpt', () => {
  it.each([
    ['a <mark>custody</mark> layer', 'a <mark>custody</mark> layer'],
    ['<img src=x onerror=alert(1)>text', 'text'],
    ['1 < 2 & 3 > 2', '1 &lt; 2 &amp; 3 &gt; 2'],
    ['<mark><b>x</b></mark>', '<mark>x</mark>'],
  ])('%s → %s', (input, expected) => {
    expect(safeExcerpt(input)).toBe(expected);
  });
});
