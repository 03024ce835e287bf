import { describe, expect, it } from 'vitest';
import type { OrderParagraph } from '../order.ts';
import { checkClaims, checkDocuments, checkGlossary, unreliableClaims, type CheckContext } from './reporting-check.ts';
import type { Claim, ReportingDocument } from '../schema/reporting.ts';
import type { Term } from '../schema/glossary.ts';

const CLAIMS = 'content/reporting/claims.yaml';
const GLOSSARY = 'content/glossary/terms.yaml';
const DOCUMENTS = 'content/reporting/documents.yaml';

const paragraph = (id: string, text: string): OrderParagraph => ({ id, label: id, text, parent: null, position: 1 });

const context: CheckContext = {
  paragraphs: new Map([
    ['sec-2-a', paragraph('sec-2-a', 'The United States will provide for the common defense of its citizens.')],
    ['sec-3-a-iv', paragraph('sec-3-a-iv', 'Deployment of underlayer and terminal-phase intercept capabilities.')],
  ]),
  sourceIds: new Set(['eo-14186', 'cbo-2026']),
  documents: new Map([['report-a', 'The order, the report says,\n  calls for a shield\tin space.']]),
};

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

const term = (changes: Partial<Term> = {}): Term => ({
  id: 'underlayer',
  term: 'Underlayer',
  aliases: ['underlayer'],
  definition: 'The lowest layer of a defense.',
  related: [],
  ...changes,
});

describe('checkClaims', () => {
  it('passes a claim whose quote, document, passages and source all check out (white space folded)', () => {
    expect(checkClaims(CLAIMS, [claim()], context)).toEqual([]);
  });

  it('fails a quote that is not word for word in its document, naming the quote and the document', () => {
    expect(checkClaims(CLAIMS, [claim(), claim({ id: 'claim-2', quote: 'calls for a dome in space' })], context)).toEqual([
      { file: CLAIMS, field: '[1].quote', message: 'the quote "calls for a dome in space" is not word for word in report-a' },
    ]);
  });

  it('fails a quote that differs only in punctuation or case: only white space is folded', () => {
    expect(checkClaims(CLAIMS, [claim({ quote: 'calls for a Shield in space' })], context)).toHaveLength(1);
    expect(checkClaims(CLAIMS, [claim({ quote: 'The order the report says' })], context)).toHaveLength(1);
  });

  it('fails an unknown document on the document field, without also reporting the quote', () => {
    expect(checkClaims(CLAIMS, [claim({ document: 'report-z' })], context)).toEqual([
      { file: CLAIMS, field: '[0].document', message: 'unknown document id "report-z"' },
    ]);
  });

  it('fails each unknown passage at its index', () => {
    expect(checkClaims(CLAIMS, [claim({ passages: ['sec-2-a', 'sec-9', 'sec-3-a-iv', 'sec-10'] })], context)).toEqual([
      { file: CLAIMS, field: '[0].passages[1]', message: 'unknown passage id "sec-9"' },
      { file: CLAIMS, field: '[0].passages[3]', message: 'unknown passage id "sec-10"' },
    ]);
  });

  it('fails an unknown source; a claim without a source is not checked for one', () => {
    expect(checkClaims(CLAIMS, [claim({ source: 'no-such-source' })], context)).toEqual([
      { file: CLAIMS, field: '[0].source', message: 'unknown source id "no-such-source"' },
    ]);
    expect(checkClaims(CLAIMS, [claim({ source: undefined })], context)).toEqual([]);
  });

  it('fails an id used twice, at the second use', () => {
    expect(checkClaims(CLAIMS, [claim(), claim({ id: 'claim-2' }), claim()], context)).toEqual([
      { file: CLAIMS, field: '[2].id', message: 'the id "claim-1" is used twice' },
    ]);
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
        expect(checkClaims(CLAIMS, [claim({ verdict: 'in-order', explanation })], context)).toEqual([
          {
            file: CLAIMS,
            field: '[0].verdict',
            message: 'the explanation says the claim departs from the order\'s text: rate it "partly" (see the rubric in docs/CONTENT.md)',
          },
        ]);
      });
    }

    it('passes the same words under "partly", and an "in-order" explanation that admits nothing', () => {
      expect(departures.flatMap((explanation) => checkClaims(CLAIMS, [claim({ verdict: 'partly', explanation })], context))).toEqual([]);
      expect(checkClaims(CLAIMS, [claim({ verdict: 'in-order', explanation: 'Sec. 2(a) says so in these words.' })], context)).toEqual([]);
    });
  });

  it('reports every problem of a claim, not only the first', () => {
    const problems = checkClaims(
      CLAIMS,
      [
        claim(),
        claim({ quote: 'not there', passages: ['sec-9'], source: 'nope', verdict: 'in-order', explanation: 'It does not say so.' }),
      ],
      context,
    );
    expect(problems.map((problem) => problem.field)).toEqual(['[1].quote', '[1].passages[0]', '[1].source', '[1].verdict', '[1].id']);
  });
});

describe('checkDocuments', () => {
  const document = (id: string, file: string): ReportingDocument => ({ id, file, title: id, kind: 'news', date: null, note: 'A note.' });

  it('fails a document whose text file was not found, at its file field', () => {
    const documents = [document('report-a', 'texts/a.txt'), document('report-b', 'texts/b.txt')];
    expect(checkDocuments(DOCUMENTS, documents, context.documents)).toEqual([
      { file: DOCUMENTS, field: '[1].file', message: 'no text at texts/b.txt' },
    ]);
    expect(checkDocuments(DOCUMENTS, documents.slice(0, 1), context.documents)).toEqual([]);
  });
});

describe('checkGlossary', () => {
  it('passes a term whose source, passage and related terms exist', () => {
    const terms = [term({ source: 'cbo-2026', passage: 'sec-3-a-iv', related: ['terminal-phase'] }), term({ id: 'terminal-phase' })];
    expect(checkGlossary(GLOSSARY, terms, context)).toEqual([]);
  });

  it('fails an unknown source', () => {
    expect(checkGlossary(GLOSSARY, [term({ source: 'no-such-source' })], context)).toEqual([
      { file: GLOSSARY, field: '[0].source', message: 'unknown source id "no-such-source"' },
    ]);
  });

  it('fails an unknown passage', () => {
    expect(checkGlossary(GLOSSARY, [term({ passage: 'sec-99' })], context)).toEqual([
      { file: GLOSSARY, field: '[0].passage', message: 'unknown passage id "sec-99"' },
    ]);
  });

  it('fails each related term that is not in the glossary, at its index', () => {
    const terms = [term({ related: ['boost-phase', 'underlayer', 'salvo'] })];
    expect(checkGlossary(GLOSSARY, terms, context)).toEqual([
      { file: GLOSSARY, field: '[0].related[0]', message: 'unknown term id "boost-phase"' },
      { file: GLOSSARY, field: '[0].related[2]', message: 'unknown term id "salvo"' },
    ]);
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
