/**
 * The reporting rules no schema can say (src/lib/content/reporting-check.ts). Unknown ids of
 * documents, passages, sources and terms are the reference walk's: tests/unit/content-check.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkClaims, checkDocuments, unreliableClaims } from './reporting-check.ts';
import type { Claim, ReportingDocument } from '../schema/reporting.ts';

const CLAIMS = 'content/reporting/claims.yaml';
const DOCUMENTS = 'content/reporting/documents.yaml';
const texts = new Map([['report-a', 'The order, the report says,\n  calls for a shield\tin space.']]);

/** A claim that passes every check; each test changes one thing. */
const claim = (changes: Partial<Claim> = {}): Claim => ({
  id: 'claim-1',
  document: 'report-a',
  about: 'order',
  quote: 'calls for a shield in space',
  claim: 'The report says the order calls for a shield in space.',
  verdict: 'partly',
  passages: ['sec-2-a'],
  source: 'eo-14186',
  explanation: 'The order calls for a shield; the words "in space" are the report\'s.',
  ...changes,
});

describe('checkClaims', () => {
  it('passes a claim whose quote is in its document (white space folded)', () => {
    expect(checkClaims(CLAIMS, [claim()], texts)).toEqual([]);
  });

  it('fails a quote that is not word for word in its document, naming the quote and the document', () => {
    expect(checkClaims(CLAIMS, [claim(), claim({ id: 'claim-2', quote: 'calls for a dome in space' })], texts)).toEqual([
      { file: CLAIMS, field: '[1].quote', message: 'the quote "calls for a dome in space" is not word for word in report-a' },
    ]);
  });

  it('fails a quote that differs only in punctuation or case: only white space is folded', () => {
    expect(checkClaims(CLAIMS, [claim({ quote: 'calls for a Shield in space' })], texts)).toHaveLength(1);
    expect(checkClaims(CLAIMS, [claim({ quote: 'The order the report says' })], texts)).toHaveLength(1);
  });

  describe('an "in-order" verdict whose explanation admits the claim departs from the text', () => {
    const departures = [
      'the word "focus" is the report\'s',
      "the emphasis is the commentary's",
      'the word “focus” is the report’s', // a typographic apostrophe, as prose editors type it
      'The order does not say "continental".',
      'It does not rank the threats.',
      'These are not the commands of the order.',
      'Those words are not the order’s.',
      'It names a deadline rather than a goal.',
      'The report leaves out the qualifier.',
      'They are plans, not decisions.',
    ];
    for (const explanation of departures) {
      it(`fails: "${explanation}"`, () => {
        expect(checkClaims(CLAIMS, [claim({ verdict: 'in-order', explanation })], texts)).toEqual([
          {
            file: CLAIMS,
            field: '[0].verdict',
            message: 'the explanation says the claim departs from the order\'s text: rate it "partly" (see the rubric in docs/CONTENT.md)',
          },
        ]);
      });
    }

    it('passes the same words under "partly", and an "in-order" explanation that admits nothing', () => {
      expect(departures.flatMap((explanation) => checkClaims(CLAIMS, [claim({ verdict: 'partly', explanation })], texts))).toEqual([]);
      expect(checkClaims(CLAIMS, [claim({ verdict: 'in-order', explanation: 'Sec. 2(a) says so in these words.' })], texts)).toEqual([]);
    });
  });

  it('reports every problem of a claim, not only the first; a claim whose document is unknown is not compared', () => {
    const broken = claim({ quote: 'not there', verdict: 'in-order', explanation: 'It does not say so.' });
    expect(checkClaims(CLAIMS, [claim(), broken], texts).map((problem) => problem.field)).toEqual(['[1].quote', '[1].verdict']);
    expect(checkClaims(CLAIMS, [claim({ document: 'report-z', quote: 'not there' })], texts)).toEqual([]);
  });
});

describe('checkDocuments', () => {
  const document = (id: string, file: string): ReportingDocument => ({ id, file, title: id, kind: 'news', date: null, note: 'A note.' });

  it('fails a document whose text file was not found, at its file field', () => {
    const documents = [document('report-a', 'texts/a.txt'), document('report-b', 'texts/b.txt')];
    expect(checkDocuments(DOCUMENTS, documents, texts)).toEqual([
      { file: DOCUMENTS, field: '[1].file', message: 'no text at texts/b.txt' },
    ]);
    expect(checkDocuments(DOCUMENTS, documents.slice(0, 1), texts)).toEqual([]);
  });
});

describe('unreliableClaims', () => {
  it('lists, per document, the claims that misstate the order or misquote a person, in file order', () => {
    const flagged = unreliableClaims([
      { id: 'a', document: 'd1', verdict: 'misstates' },
      { id: 'b', document: 'd2', verdict: 'quote-matches' },
      { id: 'c', document: 'd1', verdict: 'misquotes' },
      { id: 'd', document: 'd2', verdict: 'unconfirmed' },
      { id: 'e', document: 'd3', verdict: 'not-in-order' },
    ]);
    expect([...flagged]).toEqual([['d1', ['a', 'c']]]);
  });

  it('is empty when every claim is reliable', () => {
    expect(unreliableClaims([{ id: 'a', document: 'd1', verdict: 'in-order' }]).size).toBe(0);
  });
});
