/**
 * The rules of the reporting check that no schema can say: every quote from a document is in that
 * document word for word (white space folded), a claim rated `in-order` may not admit that it
 * departs from the text, and every document's text is on disk. (Unknown ids of documents, passages
 * and sources are found by the content check's reference walk, src/lib/content/check.ts.)
 * Problems name file, field and value, as every content check does (src/lib/content/citations.ts).
 */
import type { CitationProblem } from './citations.ts';
import { quoteAppearsIn } from '../order.ts';
import { UNRELIABLE_VERDICTS, type Claim, type ReportingDocument } from '../schema/reporting.ts';

/**
 * Words in an explanation that admit the claim departs from the order's text ("the word 'focus' is
 * the report's", "it does not say 'continental'"). Under the rubric (docs/CONTENT.md) such a claim
 * is `partly`, not `in-order`. The apostrophe may be straight or typographic (’).
 */
const ADMITS_DEPARTURE =
  /\b(is|are) the (report|commentary)['’]s\b|\bdoes not (say|rank|itself)\b|\bnot the (commands|order['’]s)\b|\brather than\b|\bleaves out\b|\bnot decisions\b/i;

export function checkClaims(file: string, claims: readonly Claim[], documents: ReadonlyMap<string, string>): CitationProblem[] {
  return claims.flatMap((claim, index) => {
    const text = documents.get(claim.document);
    const problems: CitationProblem[] =
      text === undefined || quoteAppearsIn(claim.quote, text)
        ? []
        : [{ file, field: `[${index}].quote`, message: `the quote "${claim.quote}" is not word for word in ${claim.document}` }];
    if (claim.verdict === 'in-order' && ADMITS_DEPARTURE.test(claim.explanation)) {
      problems.push({
        file,
        field: `[${index}].verdict`,
        message: 'the explanation says the claim departs from the order\'s text: rate it "partly" (see the rubric in docs/CONTENT.md)',
      });
    }
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
