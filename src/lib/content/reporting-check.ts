/**
 * Checks of the reporting claims and the glossary (the debate's are in debate-check.ts): every
 * quote from a document must be in that document word for word (white space folded), and every
 * document text, passage, source and related term must exist. (Whether a glossary term appears in
 * the passage it names is not checked: the order describes the Strategic Defense Initiative
 * without naming it.) Problems name file, field and value, as the element check does
 * (src/lib/citations.ts).
 */
import type { CitationProblem } from './citations.ts';
import { quoteAppearsIn, type OrderParagraph } from '../order.ts';
import { UNRELIABLE_VERDICTS, type Claim, type ReportingDocument } from '../schema/reporting.ts';
import type { Term } from '../schema/glossary.ts';

/** The ids and texts the checks compare against. */
export interface CheckContext {
  paragraphs: ReadonlyMap<string, OrderParagraph>;
  sourceIds: ReadonlySet<string>;
  /** Document id → its full text. */
  documents: ReadonlyMap<string, string>;
}

function checkQuoteInDocument(file: string, field: string, documentId: string, quote: string, context: CheckContext): CitationProblem[] {
  const text = context.documents.get(documentId);
  if (text === undefined) return [{ file, field: field.replace(/quote$/, 'document'), message: `unknown document id "${documentId}"` }];
  return quoteAppearsIn(quote, text) ? [] : [{ file, field, message: `the quote "${quote}" is not word for word in ${documentId}` }];
}

function checkIds(
  file: string,
  field: string,
  ids: readonly string[],
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  what: string,
): CitationProblem[] {
  return ids.flatMap((value, index) =>
    known.has(value)
      ? []
      : [{ file, field: ids.length > 1 || field.endsWith(']') ? `${field}[${index}]` : field, message: `unknown ${what} id "${value}"` }],
  );
}

/**
 * Words in an explanation that admit the claim departs from the order's text ("the word 'focus' is
 * the report's", "it does not say 'continental'"). Under the rubric (docs/CONTENT.md) such a claim
 * is `partly`, not `in-order`. The apostrophe may be straight or typographic (’).
 */
const ADMITS_DEPARTURE =
  /\b(is|are) the (report|commentary)['’]s\b|\bdoes not (say|rank|itself)\b|\bnot the (commands|order['’]s)\b|\brather than\b|\bleaves out\b|\bnot decisions\b/i;

export function checkClaims(file: string, claims: readonly Claim[], context: CheckContext): CitationProblem[] {
  const seen = new Set<string>();
  return claims.flatMap((claim, index) => {
    const at = `[${index}]`;
    const problems = [
      ...checkQuoteInDocument(file, `${at}.quote`, claim.document, claim.quote, context),
      ...claim.passages.flatMap((passage, i) =>
        context.paragraphs.has(passage) ? [] : [{ file, field: `${at}.passages[${i}]`, message: `unknown passage id "${passage}"` }],
      ),
      ...(claim.source ? checkIds(file, `${at}.source`, [claim.source], context.sourceIds, 'source') : []),
    ];
    if (claim.verdict === 'in-order' && ADMITS_DEPARTURE.test(claim.explanation)) {
      problems.push({
        file,
        field: `${at}.verdict`,
        message: 'the explanation says the claim departs from the order\'s text: rate it "partly" (see the rubric in docs/CONTENT.md)',
      });
    }
    if (seen.has(claim.id)) problems.push({ file, field: `${at}.id`, message: `the id "${claim.id}" is used twice` });
    seen.add(claim.id);
    return problems;
  });
}

/** Per document, the claims that make it unreliable as a source (misstatements of the order, misquotations). */
export function unreliableClaims(claims: readonly Pick<Claim, 'document' | 'verdict' | 'id'>[]): Map<string, string[]> {
  const byDocument = new Map<string, string[]>();
  for (const claim of claims) {
    if (!UNRELIABLE_VERDICTS.includes(claim.verdict)) continue;
    byDocument.set(claim.document, [...(byDocument.get(claim.document) ?? []), claim.id]);
  }
  return byDocument;
}

export function checkDocuments(
  file: string,
  documents: readonly ReportingDocument[],
  texts: ReadonlyMap<string, string>,
): CitationProblem[] {
  return documents.flatMap((document, index) =>
    texts.has(document.id) ? [] : [{ file, field: `[${index}].file`, message: `no text at ${document.file}` }],
  );
}

export function checkGlossary(file: string, terms: readonly Term[], context: CheckContext): CitationProblem[] {
  const ids = new Set(terms.map((term) => term.id));
  return terms.flatMap((term, index) => {
    const at = `[${index}]`;
    const problems: CitationProblem[] = [
      ...(term.source ? checkIds(file, `${at}.source`, [term.source], context.sourceIds, 'source') : []),
      ...term.related.flatMap((related, i) =>
        ids.has(related) ? [] : [{ file, field: `${at}.related[${i}]`, message: `unknown term id "${related}"` }],
      ),
    ];
    if (term.passage) {
      const paragraph = context.paragraphs.get(term.passage);
      if (!paragraph) problems.push({ file, field: `${at}.passage`, message: `unknown passage id "${term.passage}"` });
    }
    return problems;
  });
}
